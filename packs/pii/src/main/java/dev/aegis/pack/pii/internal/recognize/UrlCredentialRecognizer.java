package dev.aegis.pack.pii.internal.recognize;

import dev.aegis.pack.pii.EntityType;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code user:password} of a URL such as {@code https://user:pass@host/}. Only the credentials
 * are taken, so the masked URL still shows where it points.
 */
public final class UrlCredentialRecognizer implements Recognizer {

    private static final Pattern USERINFO = Pattern.compile(
            "(?i)\\b[a-z][a-z0-9+.-]{1,15}://([^\\s:/?#@<>\"']+:[^\\s/?#@<>\"']+)@[A-Za-z0-9\\[]");

    @Override
    public void find(ScanText scan, List<Span> found) {
        String text = scan.text();
        if (text.indexOf("://") < 0) {
            return;
        }
        Matcher matcher = USERINFO.matcher(text);
        while (matcher.find()) {
            found.add(new Span(matcher.start(1), matcher.end(1), EntityType.URL_CREDENTIAL, 0.97));
        }
    }
}
