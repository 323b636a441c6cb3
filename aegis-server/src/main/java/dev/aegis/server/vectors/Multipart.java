package dev.aegis.server.vectors;

import dev.aegis.server.internal.ApiError;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A {@code multipart/form-data} body (RFC 7578), read whole: uploads are bounded by
 * {@code vector-store-api.max-file-bytes} before they get here. Helidon's multipart module is not served
 * for Helidon 4.5 on Maven Central, and the format is small.
 */
public final class Multipart {

    private static final Pattern BOUNDARY = Pattern.compile("(?i)boundary=(?:\"([^\"]+)\"|([^;\\s]+))");
    private static final Pattern NAME = Pattern.compile("(?i);\\s*name=\"([^\"]*)\"");
    private static final Pattern FILENAME = Pattern.compile("(?i);\\s*filename=\"([^\"]*)\"");
    private static final Pattern FILENAME_STAR = Pattern.compile("(?i);\\s*filename\\*=UTF-8''([^;\\s]+)");

    /** One part: a form field, or a file when it has a file name. */
    public record Part(String name, Optional<String> filename, byte[] content) {
        public String text() {
            return new String(content, StandardCharsets.UTF_8);
        }
    }

    private Multipart() {}

    /** The boundary of a {@code multipart/form-data} content type, or empty for any other type. */
    public static Optional<String> boundary(String contentType) {
        if (!contentType.toLowerCase(Locale.ROOT).startsWith("multipart/form-data")) {
            return Optional.empty();
        }
        Matcher matcher = BOUNDARY.matcher(contentType);
        return matcher.find() ? Optional.of(matcher.group(1) != null ? matcher.group(1) : matcher.group(2)) : Optional.empty();
    }

    public static List<Part> parse(byte[] body, String boundary) {
        byte[] delimiter = ("--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
        int at = indexOf(body, delimiter, 0);
        if (at < 0) {
            throw invalid("the body has no part");
        }
        List<Part> parts = new ArrayList<>();
        byte[] next = ("\r\n--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
        int position = at + delimiter.length;
        while (true) {
            if (startsWith(body, position, "--")) {
                return parts;
            }
            if (!startsWith(body, position, "\r\n")) {
                throw invalid("a boundary is not followed by a line break");
            }
            int headersEnd = indexOf(body, "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1), position + 2);
            if (headersEnd < 0) {
                throw invalid("a part's headers do not end");
            }
            String headers = new String(body, position + 2, headersEnd - position - 2, StandardCharsets.UTF_8);
            int contentStart = headersEnd + 4;
            int contentEnd = indexOf(body, next, contentStart);
            if (contentEnd < 0) {
                throw invalid("the last part is not closed");
            }
            parts.add(part(headers, java.util.Arrays.copyOfRange(body, contentStart, contentEnd)));
            position = contentEnd + next.length;
        }
    }

    private static Part part(String headers, byte[] content) {
        for (String line : headers.split("\r\n")) {
            if (line.toLowerCase(Locale.ROOT).startsWith("content-disposition:")) {
                Matcher name = NAME.matcher(line);
                if (!name.find()) {
                    throw invalid("a part has no name");
                }
                Matcher star = FILENAME_STAR.matcher(line);
                Matcher plain = FILENAME.matcher(line);
                Optional<String> filename = star.find()
                        ? Optional.of(java.net.URLDecoder.decode(star.group(1).replace("+", "%2B"), StandardCharsets.UTF_8))
                        : plain.find() ? Optional.of(plain.group(1)) : Optional.empty();
                return new Part(name.group(1), filename, content);
            }
        }
        throw invalid("a part has no Content-Disposition");
    }

    private static ApiError invalid(String why) {
        return ApiError.badRequest("invalid_multipart", "The multipart/form-data body is malformed: " + why + ".");
    }

    private static boolean startsWith(byte[] body, int at, String text) {
        return at + text.length() <= body.length && new String(body, at, text.length(), StandardCharsets.ISO_8859_1).equals(text);
    }

    static int indexOf(byte[] haystack, byte[] needle, int from) {
        outer:
        for (int i = Math.max(0, from); i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
