package dev.aegis.pack.llmguard.injection.internal.decode;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** Decoded bytes are worth scanning only when they are text: valid UTF-8, mostly letters and spaces. */
final class Printable {

    private Printable() {}

    static Optional<String> text(byte[] bytes, int length) {
        if (length < 4) {
            return Optional.empty();
        }
        String text;
        try {
            CharBuffer chars = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, 0, length));
            text = chars.toString();
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
        return looksLikeText(text) ? Optional.of(text) : Optional.empty();
    }

    static boolean looksLikeText(String text) {
        int letters = 0;
        int control = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c) || c == ' ') {
                letters++;
            } else if (Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t') {
                control++;
            }
        }
        return control == 0 && letters * 10 >= text.length() * 6;
    }
}
