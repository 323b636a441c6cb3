package dev.aegis.pack.llmguard.injection.internal.heuristic;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Reads the rule file ({@code heuristics.rules} beside this pack's classes): blocks of rule, anchor and pattern lines. */
final class RuleBook {

    static final String RESOURCE = "/dev/aegis/pack/llmguard/injection/heuristics.rules";

    private RuleBook() {}

    static List<Rule> load() {
        try (InputStream in = RuleBook.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the heuristics resource " + RESOURCE + " is missing from the pack");
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Parses rule blocks: {@code rule NAME WEIGHT}, then {@code anchor} and {@code pattern} lines; an
     * anchor line guards the patterns after it, up to the next anchor line.
     */
    static List<Rule> parse(String text) {
        List<Rule> rules = new ArrayList<>();
        String name = null;
        double weight = 0;
        List<String> anchors = List.of();
        List<Rule.Guarded> patterns = new ArrayList<>();
        int number = 0;
        for (String line : text.lines().toList()) {
            number++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            int space = line.indexOf(' ');
            String keyword = space < 0 ? line : line.substring(0, space);
            String rest = space < 0 ? "" : line.substring(space + 1).strip();
            switch (keyword) {
                case "rule" -> {
                    add(rules, name, weight, patterns);
                    String[] header = rest.split(" ");
                    name = header[0];
                    weight = Double.parseDouble(header[1]);
                    anchors = List.of();
                    patterns = new ArrayList<>();
                }
                case "anchor" -> anchors = java.util.Arrays.stream(rest.split(" ")).map(anchor -> anchor.replace('_', ' ')).toList();
                case "pattern" -> patterns.add(new Rule.Guarded(anchors, Pattern.compile(rest, Pattern.UNICODE_CHARACTER_CLASS)));
                default -> throw new IllegalStateException("heuristics line " + number + ": unknown keyword '" + keyword + "'");
            }
        }
        add(rules, name, weight, patterns);
        return List.copyOf(rules);
    }

    private static void add(List<Rule> rules, String name, double weight, List<Rule.Guarded> patterns) {
        if (name == null) {
            return;
        }
        if (patterns.isEmpty() || weight <= 0 || weight >= 1) {
            throw new IllegalStateException("heuristic rule " + name + " needs a pattern and a weight between 0 and 1");
        }
        rules.add(new Rule(name, weight, patterns));
    }
}
