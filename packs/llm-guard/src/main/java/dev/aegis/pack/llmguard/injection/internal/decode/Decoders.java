package dev.aegis.pack.llmguard.injection.internal.decode;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds what is hidden in base64, hex, percent-escapes, ROT13 and leetspeak, and decodes what it
 * decoded again, within {@link DecodingLimits}. Cost when nothing is encoded: one pass per decoder
 * over the text, no allocation beyond the hex decoder's buffer and the ROT13 word check.
 */
public final class Decoders {

    private static final List<Decoder> ALL = List.of(new Base64Runs(), new HexRuns(), new UrlEscapes(), new Rot13(), new Leetspeak());

    private final DecodingLimits limits;

    public Decoders(DecodingLimits limits) {
        this.limits = limits;
    }

    /** Every decoded text inside {@code text} (a normalised view, case kept), outermost first. */
    public List<Decoded> decode(String text) {
        List<Decoded> found = new ArrayList<>();
        if (limits.maxDepth() > 0) {
            int[] budget = {limits.maxRuns(), limits.maxDecodedChars()};
            decode(text, "", 0, text.length(), 1, budget, found);
        }
        return found;
    }

    // spans of nested decodings stay those of the outermost encoded run in the scanned text
    private void decode(String text, String outer, int outerStart, int outerEnd, int depth, int[] budget, List<Decoded> found) {
        for (Decoder decoder : ALL) {
            int before = found.size();
            decoder.decode(text, (decoded, start, end) -> {
                if (budget[0] <= 0 || decoded.length() > budget[1]) {
                    return false;
                }
                budget[0]--;
                budget[1] -= decoded.length();
                String decoding = outer.isEmpty() ? decoder.name() : outer + ">" + decoder.name();
                boolean top = outer.isEmpty();
                found.add(new Decoded(decoded, decoding, top ? start : outerStart, top ? end : outerEnd));
                return true;
            });
            if (depth < limits.maxDepth()) {
                for (Decoded inner : List.copyOf(found.subList(before, found.size()))) {
                    decode(inner.text(), inner.decoding(), inner.start(), inner.end(), depth + 1, budget, found);
                }
            }
        }
    }
}
