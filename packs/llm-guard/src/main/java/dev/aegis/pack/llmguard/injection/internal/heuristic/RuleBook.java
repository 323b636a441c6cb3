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

    static List<Rule> parse(String text) {
        List<Rule> rules = new ArrayList<>();
        String name = null;
        double weight = 0;
        List<String> anchors = new ArrayList<>();
        List<String> patterns = new ArrayList<>();
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
                    add(rules, name, weight, anchors, patterns);
                    String[] header = rest.split(" ");
                    name = header[0];
                    weight = Double.parseDouble(header[1]);
                    anchors = new ArrayList<>();
                    patterns = new ArrayList<>();
                }
                case "anchor" -> {
                    for (String anchor : rest.split(" ")) {
                        anchors.add(anchor.replace('_', ' '));
                    }
                }
                case "pattern" -> patterns.add(rest);
                default -> throw new IllegalStateException("heuristics line " + number + ": unknown keyword '" + keyword + "'");
            }
        }
        add(rules, name, weight, anchors, patterns);
        return List.copyOf(rules);
    }

    private static void add(List<Rule> rules, String name, double weight, List<String> anchors, List<String> patterns) {
        if (name == null) {
            return;
        }
        if (patterns.isEmpty() || weight <= 0 || weight >= 1) {
            throw new IllegalStateException("heuristic rule " + name + " needs a pattern and a weight between 0 and 1");
        }
        String joined = patterns.size() == 1 ? patterns.getFirst() : "(?:" + String.join(")|(?:", patterns) + ")";
        rules.add(new Rule(name, weight, anchors, Pattern.compile(joined, Pattern.UNICODE_CHARACTER_CLASS)));
    }
}
