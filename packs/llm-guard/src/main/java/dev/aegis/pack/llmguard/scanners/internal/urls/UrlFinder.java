package dev.aegis.pack.llmguard.scanners.internal.urls;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
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
    private static final Pattern BARE = Pattern.compile(
            "(?<![\\p{L}\\p{N}_.\\-/\\\\])((?:[\\p{L}\\p{N}][\\p{L}\\p{N}\\-]{0,62}\\.)+)([\\p{L}][\\p{L}\\p{N}\\-]{1,62})(?![\\p{L}\\p{N}_\\-]|\\.[\\p{L}\\p{N}])");
    // top-level domains that are also common file extensions: "setup.py", "notes.md", "a.zip" are names of files
    private static final Set<String> FILE_EXTENSIONS = Set.of("zip", "mov", "py", "md", "sh", "rs", "pl", "pm", "so", "ai", "ps", "cc",
            "ml", "mk", "tf", "in", "ac", "am", "mo", "es", "sc", "ts", "gz", "cs");

    private record Construct(int start, int endSearchFrom, char closer, boolean image) {}

    private UrlFinder() {}

    static List<FoundUrl> find(String text) {
        Map<Integer, Construct> constructs = constructs(text);
        List<FoundUrl> found = new ArrayList<>();
        Matcher scheme = SCHEME.matcher(text);
        while (scheme.find()) {
            add(found, text, scheme.start(), scheme.end(), constructs);
        }
        for (Map.Entry<Integer, Construct> construct : constructs.entrySet()) {
            int at = construct.getKey();
            if (text.startsWith("//", at) || text.startsWith("\\\\", at)) {
                add(found, text, at, at + 2, constructs);
            }
        }
        Matcher www = WWW.matcher(text);
        while (www.find()) {
            if (!covered(found, www.start())) {
                add(found, text, www.start(), www.start(), constructs);
            }
        }
        Matcher bare = BARE.matcher(text);
        while (bare.find()) {
            if (!covered(found, bare.start()) && bareDomain(text, bare)) {
                boolean email = bare.start() > 0 && text.charAt(bare.start() - 1) == '@';
                int end = email ? bare.end() : Authority.pathEnd(text, bare.end());
                found.add(new FoundUrl(bare.start(), end, bare.start(), end, bare.group(1) + bare.group(2), false, false, email));
            }
        }
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

    // A top-level domain the list knows, written in lower case (ASP.NET, Socket.IO are names, not hosts), and
    // not a file extension unless a path or port follows.
    private static boolean bareDomain(String text, Matcher bare) {
        String tld = bare.group(2);
        if (!tld.equals(tld.toLowerCase(Locale.ROOT)) || !PublicSuffixes.shared().isTopLevel(IdnForms.asciiOrEmpty(tld))) {
            return false;
        }
        boolean pathOrPort = bare.end() < text.length() && (text.charAt(bare.end()) == '/' || text.charAt(bare.end()) == ':');
        return pathOrPort || !FILE_EXTENSIONS.contains(tld);
    }
}
