package dev.aegis.pack.pii.internal.recognize;

import dev.aegis.pack.pii.PiiMaskConfig;
import java.util.ArrayList;
import java.util.List;

/** What a recognizer finds, as the texts of its spans, at the default minimum confidence unless told otherwise. */
final class Found {

    static final double DEFAULT = 0.5;

    private Found() {}

    static List<String> in(Recognizer recognizer, String text) {
        return in(recognizer, text, DEFAULT);
    }

    static List<String> in(Recognizer recognizer, String text, double minConfidence) {
        return spans(recognizer, text).stream().filter(span -> span.confidence() >= minConfidence).map(span -> span.textIn(text)).toList();
    }

    static List<Span> spans(Recognizer recognizer, String text) {
        List<Span> found = new ArrayList<>();
        recognizer.find(new ScanText(text), found);
        return found;
    }

    static Gazetteer gazetteer() {
        return Gazetteer.load(PiiMaskConfig.SUPPORTED_LOCALES);
    }
}
