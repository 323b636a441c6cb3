package dev.aegis.pack.pii.evaluation;

import dev.aegis.pack.pii.EntityType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A text with the spans a perfect recognizer would find in it.
 *
 * @param gold every entity the text holds; anything else a recognizer reports is a false positive
 */
public record LabelledText(String text, List<Gold> gold) {

    private static final Pattern SLOT = Pattern.compile("\\{(~?[A-Z_0-9]+)}");
    private static final Pattern MARKUP = Pattern.compile("\\[([A-Z_]+)\\|([^\\]]+)]");

    public LabelledText {
        gold = List.copyOf(gold);
    }

    public record Gold(EntityType type, int start, int end) {}

    /**
     * Fills a template: {@code {EMAIL}} takes a value from {@code values} and is labelled with its type;
     * {@code {~NAME}} takes a value but is not labelled (look-alikes, or filler that is not personal data).
     */
    public static LabelledText fill(String template, Map<String, Supplier<String>> values) {
        StringBuilder text = new StringBuilder();
        List<Gold> gold = new ArrayList<>();
        Matcher slot = SLOT.matcher(template);
        int copied = 0;
        while (slot.find()) {
            text.append(template, copied, slot.start());
            String name = slot.group(1);
            Supplier<String> value = values.get(name);
            if (value == null) {
                throw new IllegalArgumentException("no values for slot " + name + " in: " + template);
            }
            int start = text.length();
            text.append(value.get());
            if (!name.startsWith("~")) {
                gold.add(new Gold(EntityType.valueOf(name.replaceAll("_\\d$", "")), start, text.length()));
            }
            copied = slot.end();
        }
        text.append(template, copied, template.length());
        return new LabelledText(text.toString(), gold);
    }

    /** Parses inline markup: {@code Call [PERSON|Ann Lee] at [PHONE|+1 202 555 0143].} */
    public static LabelledText marked(String markup) {
        StringBuilder text = new StringBuilder();
        List<Gold> gold = new ArrayList<>();
        Matcher entity = MARKUP.matcher(markup);
        int copied = 0;
        while (entity.find()) {
            text.append(markup, copied, entity.start());
            int start = text.length();
            text.append(entity.group(2));
            gold.add(new Gold(EntityType.valueOf(entity.group(1)), start, text.length()));
            copied = entity.end();
        }
        text.append(markup, copied, markup.length());
        return new LabelledText(text.toString(), gold);
    }
}
