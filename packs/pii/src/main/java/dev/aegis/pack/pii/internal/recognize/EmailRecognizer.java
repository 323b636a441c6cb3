package dev.aegis.pack.pii.internal.recognize;

import dev.aegis.pack.pii.EntityType;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** E-mail addresses: a local part, {@code @}, and a domain with a top-level label of letters. */
public final class EmailRecognizer implements Recognizer {

    // Not after ':' or '/', where "user:pass@host" belongs to a URL's credentials instead.
    private static final Pattern EMAIL = Pattern.compile(
            "(?<![\\w.%+:/-])[A-Za-z0-9][A-Za-z0-9._%+-]{0,63}@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)+[A-Za-z]{2,24}(?![\\w-])");

    @Override
    public void find(ScanText scan, List<Span> found) {
        String text = scan.text();
        Matcher matcher = null;
        int end = 0;
        // anchored at each '@' rather than tried at every position of the text
        for (int at = text.indexOf('@'); at > 0; at = text.indexOf('@', at + 1)) {
            int start = at;
            while (start > 0 && at - start < 64 && localPart(text.charAt(start - 1))) {
                start--;
            }
            while (start < at && !Character.isLetterOrDigit(text.charAt(start))) {
                start++;
            }
            if (start == at || start < end) {
                continue;
            }
            matcher = matcher == null ? EMAIL.matcher(text).useTransparentBounds(true) : matcher;
            if (matcher.region(start, text.length()).lookingAt()) {
                found.add(new Span(start, matcher.end(), EntityType.EMAIL, 0.95));
                end = matcher.end();
            }
        }
    }

    private static boolean localPart(char c) {
        return c < 128 && (Character.isLetterOrDigit(c) || c == '.' || c == '_' || c == '%' || c == '+' || c == '-');
    }
}
