package dev.aegis.pack.llmguard.scanners.internal.urls;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds URLs in text: with a scheme (also {@code https:\\} and {@code //host} where a link or an
 * image expects a URL), starting with {@code www.}, and bare domains whose last label is a
 * top-level domain, written in lower case; e-mail addresses' domains are found and marked. Markdown
 * links and images, autolinks and HTML images around a URL are noted, for sanitizing and because an
 * image is fetched unasked.
 */
final class UrlFinder {

    /** The longest alt text or link text of a markdown construct that is recognised as one. */
    static final int MAX_LABEL = 256;

    private static final Pattern SCHEME = Pattern.compile("(?i)(?<![\\p{L}\\p{N}+.\\-])(?:https?|ftp|wss?):[/\\\\]{2}");
    private static final Pattern WWW = Pattern.compile("(?i)(?<![\\p{L}\\p{N}@.\\-/\\\\_])www\\.(?=[\\p{L}\\p{N}])");
    private static final Pattern MARKDOWN = Pattern.compile("(!?)\\[[^\\]\\n]{0," + MAX_LABEL + "}\\]\\(\\s*(<?)");
    private static final Pattern HTML_IMAGE = Pattern.compile("(?i)<img\\b[^>]{0," + MAX_LABEL + "}?\\bsrc\\s*=\\s*[\"']?");
    private static final Pattern AUTOLINK = Pattern.compile("<(?=(?i:https?|ftp|wss?):)");

    private record Construct(int start, int endSearchFrom, char closer, boolean image) {}

    private UrlFinder() {}

    static List<FoundUrl> find(String text) {
        Map<Integer, Construct> constructs = constructs(text);
        List<FoundUrl> found = new ArrayList<>();
        if (text.indexOf(':') >= 0) {
            Matcher scheme = SCHEME.matcher(text);
            while (scheme.find()) {
                add(found, text, scheme.start(), scheme.end(), constructs);
            }
        }
        for (Map.Entry<Integer, Construct> construct : constructs.entrySet()) {
            int at = construct.getKey();
            if (text.startsWith("//", at) || text.startsWith("\\\\", at)) {
                add(found, text, at, at + 2, constructs);
            }
        }
        if (containsIgnoringCase(text, "www.")) {
            Matcher www = WWW.matcher(text);
            while (www.find()) {
                if (!covered(found, www.start())) {
                    add(found, text, www.start(), www.start(), constructs);
                }
            }
        }
        List<FoundUrl> linked = List.copyOf(found);
        BareDomains.find(text, bare -> {
            if (!covered(linked, bare.start())) {
                int end = bare.email() ? bare.end() : Authority.pathEnd(text, bare.end());
                found.add(new FoundUrl(bare.start(), end, bare.start(), end, bare.name(), false, false, bare.email()));
            }
        });
        found.sort(Comparator.comparingInt(FoundUrl::start));
        return found;
    }

    private static void add(List<FoundUrl> found, String text, int start, int authorityStart, Map<Integer, Construct> constructs) {
        if (covered(found, start)) {
            return;
        }
        Authority authority = Authority.parse(text, authorityStart);
        if (authority.host().isEmpty()) {
            return;
        }
        int end = Authority.pathEnd(text, authority.end());
        Construct around = constructs.get(start);
        int cutStart = start;
        int cutEnd = end;
        boolean image = false;
        if (around != null) {
            int close = text.indexOf(around.closer(), Math.max(end, around.endSearchFrom()));
            cutStart = around.start();
            cutEnd = close >= 0 && close - end <= MAX_LABEL ? close + 1 : end;
            image = around.image();
        } else if (start > 0 && text.charAt(start - 1) == '<' && end < text.length() && text.charAt(end) == '>') {
            cutStart = start - 1;
            cutEnd = end + 1;
        }
        found.add(new FoundUrl(start, end, cutStart, cutEnd, authority.host(), authority.userinfo(), image, false));
    }

    // Where markdown links and images, HTML images and autolinks expect their URL: the construct, by where its URL starts.
    private static Map<Integer, Construct> constructs(String text) {
        Map<Integer, Construct> constructs = new HashMap<>();
        if (text.indexOf('[') < 0 && text.indexOf('<') < 0) {
            return constructs;
        }
        Matcher markdown = MARKDOWN.matcher(text);
        while (markdown.find()) {
            constructs.put(markdown.end(), new Construct(markdown.start(), markdown.end(), ')', !markdown.group(1).isEmpty()));
        }
        Matcher html = HTML_IMAGE.matcher(text);
        while (html.find()) {
            constructs.put(html.end(), new Construct(html.start(), html.end(), '>', true));
        }
        Matcher autolink = AUTOLINK.matcher(text);
        while (autolink.find()) {
            constructs.putIfAbsent(autolink.end(), new Construct(autolink.start(), autolink.end(), '>', false));
        }
        return constructs;
    }

    private static boolean covered(List<FoundUrl> found, int at) {
        return found.stream().anyMatch(url -> at >= url.start() && at < url.end());
    }

    private static boolean containsIgnoringCase(String text, String ascii) {
        for (int at = text.indexOf('.'); at >= 0; at = text.indexOf('.', at + 1)) {
            if (at >= ascii.length() - 1 && text.regionMatches(true, at - ascii.length() + 1, ascii, 0, ascii.length())) {
                return true;
            }
        }
        return false;
    }
}
