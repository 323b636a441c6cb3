package dev.aegis.pack.pii.internal.recognize;

import dev.aegis.pack.pii.EntityType;
import java.util.List;
import java.util.regex.Pattern;

/**
 * IPv4 addresses: four octets of 0-255 and not part of a longer dotted run, so {@code 1.2.3} and
 * {@code 1.3.6.1.4.1} are not taken. A version-like context ({@code v1.2.3.4}, "version 10.0.19041.1")
 * rules a candidate out.
 */
public final class Ipv4Recognizer implements Recognizer {

    private static final String OCTET = "(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)";
    private static final Pattern IPV4 = Pattern.compile("(?=\\d)(?<![\\w.])" + OCTET + "(?:\\." + OCTET + "){3}(?![\\w]|\\.\\d)");
    private static final Context VERSION_WORDS = new Context(
            "version|ver|v|release|build|firmware|fw|rev|revision|update|patch|sdk|api level|kernel|windows|ios|android|macos|chrome|firefox"
                    + "|java|jdk|node|python|gradle|maven|npm|pip|library|package|upgrade|upgraded|downgrade",
            24);

    @Override
    public void find(ScanText scan, List<Span> found) {
        String text = scan.text();
        if (text.indexOf('.') < 0) {
            return;
        }
        Anchored.startingAt(scan, IPV4, 0, address -> {
            if (!VERSION_WORDS.before(text, address.start())) {
                found.add(new Span(address.start(), address.end(), EntityType.IP_ADDRESS, 0.92));
            }
        });
    }
}
