package dev.aegis.pack.llmguard.injection.corpus;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Hand-written templates and the fillers of their slots, read from the corpus resources.
 *
 * <p>Template files: {@code ## family lang} starts a family, every other non-blank line not starting
 * with {@code #} is a template. In a template {@code {a|b|c}} picks one alternative ({@code {|x}} is
 * optional text) and {@code {slot}} picks a line of the filler section {@code [slot]}; fillers may hold
 * templates themselves. {@code \n} in a line is a line break, {@code \{} and {@code \}} are braces.
 */
public final class Templates {

    /** One template and the family it belongs to. */
    public record Template(String family, String language, String text) {}

    private static final String ROOT = "/dev/aegis/pack/llmguard/injection/corpus/";

    private final Map<String, List<String>> fillers;

    private Templates(Map<String, List<String>> fillers) {
        this.fillers = fillers;
    }

    /** The fillers of {@code split} ({@code training} or {@code held-out}). */
    public static Templates fillers(String split) {
        Map<String, List<String>> sections = new LinkedHashMap<>();
        List<String> current = null;
        for (String line : lines(split + "/fillers.txt")) {
            if (line.startsWith("[") && line.endsWith("]")) {
                current = sections.computeIfAbsent(line.substring(1, line.length() - 1), name -> new ArrayList<>());
            } else if (current == null) {
                throw new IllegalStateException("filler outside a [section]: " + line);
            } else {
                current.add(line);
            }
        }
        return new Templates(sections);
    }

    /** The templates of a file of {@code split}. */
    public static List<Template> read(String split, String file) {
        List<Template> templates = new ArrayList<>();
        String family = null;
        String language = "en";
        for (String line : lines(split + "/" + file)) {
            if (line.startsWith("## ")) {
                String[] header = line.substring(3).trim().split("\\s+");
                family = header[0];
                language = header.length > 1 ? header[1] : "en";
            } else if (family == null) {
                throw new IllegalStateException(file + ": template before any ## family: " + line);
            } else {
                templates.add(new Template(family, language, line));
            }
        }
        return templates;
    }

    /** A random expansion of {@code template}. */
    public String expand(String template, Random random) {
        return unescape(expand(escape(template), random, 0));
    }

    /** A random line of the filler section {@code slot}, expanded. */
    public String pick(String slot, Random random) {
        List<String> values = fillers.get(slot);
        if (values == null || values.isEmpty()) {
            throw new IllegalArgumentException("no filler section [" + slot + "]");
        }
        return unescape(expand(escape(values.get(random.nextInt(values.size()))), random, 1));
    }

    private static String escape(String template) {
        return template.replace("\\{", "\u0001").replace("\\}", "\u0002");
    }

    private static String unescape(String text) {
        return text.replace('\u0001', '{').replace('\u0002', '}');
    }

    private String expand(String template, Random random, int depth) {
        if (depth > 4) {
            throw new IllegalStateException("fillers nest too deep: " + template);
        }
        StringBuilder out = new StringBuilder(template.length() + 32);
        int at = 0;
        while (at < template.length()) {
            int open = template.indexOf('{', at);
            if (open < 0) {
                out.append(template, at, template.length());
                break;
            }
            int close = template.indexOf('}', open);
            if (close < 0) {
                throw new IllegalStateException("unclosed { in " + template);
            }
            out.append(template, at, open);
            String inside = template.substring(open + 1, close);
            if (inside.contains("|")) {
                String[] options = inside.split("\\|", -1);
                out.append(expand(options[random.nextInt(options.length)], random, depth + 1));
            } else {
                List<String> values = fillers.get(inside);
                if (values == null) {
                    throw new IllegalArgumentException("no filler section [" + inside + "] for " + template);
                }
                out.append(expand(escape(values.get(random.nextInt(values.size()))), random, depth + 1));
            }
            at = close + 1;
        }
        return out.toString().replace("\\n", "\n");
    }

    static List<String> lines(String resource) {
        try (InputStream in = Templates.class.getResourceAsStream(ROOT + resource)) {
            if (in == null) {
                throw new IllegalStateException("missing corpus resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("# ") && !line.equals("#"))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
