package dev.aegis.pack.pii.internal.recognize;

import dev.aegis.pack.pii.EntityType;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A value given to a word like key, token, secret or password ({@code api_key=…},
 * {@code "token": "…"}, {@code Bearer …}, {@code my password is …}) when it looks random enough to
 * be one: long and high in entropy for keys and tokens, mixed characters for passwords.
 */
public final class SecretAssignmentRecognizer implements Recognizer {

    private static final Pattern ASSIGNED = Pattern.compile(
            "(?i)\\b(?:(api[_-]?key|apikey|access[_-]?key(?:[_-]?id)?|secret(?:[_-]?(?:access[_-]?)?key)?|client[_-]?secret"
                    + "|(?:auth|access|refresh|api|bearer)?[_-]?token|private[_-]?key)"
                    + "|(password|passwd|pwd|passphrase|passcode))"
                    + "[\"']?\\s*(?::|=>?|\\bis\\b)\\s*[\"']?([^\\s\"'`,;<>(){}\\[\\]]{6,200})");
    private static final String[] KEYWORDS = {"key", "token", "secret", "pass", "pwd"};
    private static final Pattern BEARER = Pattern.compile("\\bBearer\\s+([A-Za-z0-9._~+/-]{16,}=*)");

    @Override
    public void find(ScanText scan, List<Span> found) {
        String text = scan.text();
        if (scan.mentions(KEYWORDS)) {
            findAssigned(scan, found);
        }
        if (text.contains("Bearer")) {
            Matcher bearer = BEARER.matcher(text);
            while (bearer.find()) {
                if (looksLikeKey(bearer.group(1))) {
                    found.add(new Span(bearer.start(1), bearer.end(1), EntityType.SECRET, 0.9));
                }
            }
        }
    }

    // Tried only where a keyword's word starts, not at every position of the text.
    private static void findAssigned(ScanText scan, List<Span> found) {
        String text = scan.text();
        String lower = scan.lower();
        Matcher assigned = ASSIGNED.matcher(text).useTransparentBounds(true);
        int matchedUpTo = 0;
        for (String stem : KEYWORDS) {
            for (int at = lower.indexOf(stem); at >= 0; at = lower.indexOf(stem, at + 1)) {
                int start = at;
                while (start > 0 && keywordCharacter(lower.charAt(start - 1))) {
                    start--;
                }
                if (at < matchedUpTo || !assigned.region(start, Math.min(text.length(), start + 260)).lookingAt()) {
                    continue;
                }
                boolean password = assigned.group(2) != null;
                String value = assigned.group(3);
                // a key in a URL's query ends where the next parameter starts; a password may hold '&'
                int ampersand = value.indexOf('&');
                if (!password && ampersand >= 0) {
                    value = value.substring(0, ampersand);
                }
                if (password ? looksLikePassword(value) : looksLikeKey(value)) {
                    found.add(new Span(assigned.start(3), assigned.start(3) + value.length(), EntityType.SECRET, password ? 0.8 : 0.85));
                    matchedUpTo = assigned.end();
                }
            }
        }
    }

    private static boolean keywordCharacter(char c) {
        return c >= 'a' && c <= 'z' || c == '_' || c == '-';
    }

    // Keys are long and random: "token: required" or "key = value" are not.
    static boolean looksLikeKey(String value) {
        return value.length() >= 16 && classes(value) >= 2 && entropyPerCharacter(value) >= 3.0;
    }

    // Passwords are short but rarely plain words: ask for a digit or a symbol besides letters.
    static boolean looksLikePassword(String value) {
        return value.length() >= 6 && classes(value) >= 2 && !value.chars().allMatch(Character::isDigit);
    }

    private static int classes(String value) {
        boolean lower = false;
        boolean upper = false;
        boolean digit = false;
        boolean other = false;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isLowerCase(c)) {
                lower = true;
            } else if (Character.isUpperCase(c)) {
                upper = true;
            } else if (Character.isDigit(c)) {
                digit = true;
            } else {
                other = true;
            }
        }
        return (lower ? 1 : 0) + (upper ? 1 : 0) + (digit ? 1 : 0) + (other ? 1 : 0);
    }

    /** Shannon entropy in bits per character. */
    static double entropyPerCharacter(String value) {
        int[] counts = new int[128];
        int outside = 0;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < 128) {
                counts[c]++;
            } else {
                outside++;
            }
        }
        double entropy = 0;
        double length = value.length();
        for (int count : counts) {
            entropy -= share(count, length);
        }
        return entropy - share(outside, length);
    }

    private static double share(int count, double length) {
        if (count == 0) {
            return 0;
        }
        double p = count / length;
        return p * Math.log(p) / Math.log(2);
    }
}
