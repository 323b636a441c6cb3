package dev.aegis.pack.pii.internal.recognize;

import dev.aegis.pack.pii.EntityType;
import java.util.List;
import java.util.regex.Pattern;

/**
 * IPv6 addresses, full or compressed with {@code ::}, optionally ending in an IPv4 address. Each run
 * of hex digits, colons and dots around a colon is parsed, so clock times ({@code 10:30:00}) and C++
 * scopes ({@code std::string}) are not taken.
 */
public final class Ipv6Recognizer implements Recognizer {

    private static final Pattern IPV4_TAIL = Pattern.compile("(?:(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)\\.){3}(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)");

    @Override
    public void find(ScanText scan, List<Span> found) {
        String text = scan.text();
        int colon = text.indexOf(':');
        while (colon >= 0) {
            int start = colon;
            while (start > 0 && addressCharacter(text.charAt(start - 1))) {
                start--;
            }
            int end = colon;
            while (end < text.length() && addressCharacter(text.charAt(end))) {
                end++;
            }
            while (end > start && text.charAt(end - 1) == '.') {
                end--;
            }
            boolean alone = (start == 0 || !Character.isLetterOrDigit(text.charAt(start - 1))) && (end == text.length() || !Character.isLetterOrDigit(text.charAt(end)));
            int groups = alone ? groups(text.substring(start, end)) : 0;
            if (groups > 0) {
                found.add(new Span(start, end, EntityType.IP_ADDRESS, groups >= 3 ? 0.92 : 0.45));
            }
            colon = text.indexOf(':', Math.max(end, colon + 1));
        }
    }

    private static boolean addressCharacter(char c) {
        return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F' || c == ':' || c == '.';
    }

    /** The number of explicit groups of a valid address, or 0 when {@code candidate} is not one. */
    static int groups(String candidate) {
        int compressed = candidate.indexOf("::");
        if (candidate.indexOf(':') == candidate.lastIndexOf(':') || compressed >= 0 && candidate.indexOf("::", compressed + 1) >= 0
                || candidate.contains(":::")) {
            return 0;
        }
        String[] parts = candidate.split(":", -1);
        int explicit = 0;
        int capacity = 8;
        for (int i = 0; i < parts.length; i++) {
            String part = parts[i];
            if (part.isEmpty()) {
                continue;
            }
            if (i == parts.length - 1 && part.indexOf('.') >= 0) {
                if (!IPV4_TAIL.matcher(part).matches()) {
                    return 0;
                }
                capacity = 6;
                explicit += 2;
                continue;
            }
            if (part.length() > 4 || part.indexOf('.') >= 0) {
                return 0;
            }
            explicit++;
        }
        boolean whole = compressed < 0
                ? explicit == 8 && !candidate.startsWith(":") && !candidate.endsWith(":")
                : explicit < 8 && (!candidate.startsWith(":") || candidate.startsWith("::")) && (!candidate.endsWith(":") || candidate.endsWith("::"));
        return whole ? Math.max(explicit, 1) : 0;
    }
}
