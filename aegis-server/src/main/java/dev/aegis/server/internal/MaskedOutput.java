package dev.aegis.server.internal;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import dev.aegis.api.state.MaskMap;
import dev.aegis.api.state.Message;
import dev.aegis.api.state.ToolCall;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A run's answer as the model saw it: every original of the run's mask map that the answer carries
 * (the egress steps restored it) back behind its placeholder, in the text and in tool-call arguments
 * (there in its JSON-escaped form, as arguments are JSON). Restoring the originals found gives the
 * released answer back; only they are kept, not the whole mask map.
 */
final class MaskedOutput {

    private MaskedOutput() {}

    /**
     * @param message the answer with its placeholders in place of the originals
     * @param originals each placeholder put back, with the original it stands for
     */
    record Masked(Message message, Map<String, String> originals) {}

    static Masked mask(Message answer, MaskMap map) {
        Map<String, String> found = new LinkedHashMap<>();
        if (map.size() == 0) {
            return new Masked(answer, found);
        }
        Map<String, String> placeholderOf = new LinkedHashMap<>();
        map.entries().forEach((placeholder, original) -> {
            if (!original.isEmpty()) {
                placeholderOf.putIfAbsent(original, placeholder);
            }
        });
        String content = replace(answer.content(), placeholderOf, Function.identity(), found);
        List<ToolCall> calls = new ArrayList<>(answer.toolCalls().size());
        for (ToolCall call : answer.toolCalls()) {
            calls.add(new ToolCall(call.id(), call.name(), replace(call.arguments(), placeholderOf, MaskedOutput::jsonEscaped, found)));
        }
        return new Masked(answer.withContent(content).withToolCalls(List.copyOf(calls)), found);
    }

    /** The text with each known placeholder replaced by its original. */
    static String restore(String text, Map<String, String> originals) {
        return replace(text, originals, Function.identity(), null);
    }

    /** Tool-call arguments (JSON) with each known placeholder replaced by its original, JSON-escaped. */
    static String restoreArguments(String arguments, Map<String, String> originals) {
        Map<String, String> escaped = new LinkedHashMap<>();
        originals.forEach((placeholder, original) -> escaped.put(placeholder, jsonEscaped(original)));
        return replace(arguments, escaped, Function.identity(), null);
    }

    // One pass, longest match first, so that neither an original inside a longer one nor a replacement
    // that happens to contain another's text is replaced twice.
    private static String replace(String text, Map<String, String> replacements, Function<String, String> form, Map<String, String> used) {
        if (text.isEmpty() || replacements.isEmpty()) {
            return text;
        }
        Map<String, String> byForm = new LinkedHashMap<>();
        replacements.forEach((from, to) -> byForm.putIfAbsent(form.apply(from), from));
        String alternatives = byForm.keySet().stream()
                .sorted(Comparator.comparingInt(String::length).reversed())
                .map(Pattern::quote)
                .collect(Collectors.joining("|"));
        Matcher matcher = Pattern.compile(alternatives).matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        while (matcher.find()) {
            String from = byForm.get(matcher.group());
            String to = replacements.get(from);
            if (used != null) {
                used.put(to, from);
            }
            matcher.appendReplacement(out, Matcher.quoteReplacement(to));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    private static String jsonEscaped(String text) {
        return new String(JsonStringEncoder.getInstance().quoteAsString(text));
    }
}
