package dev.aegis.pack.llmguard.scanners.internal.urls;

import java.io.ByteArrayOutputStream;
import java.net.IDN;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * A host as a browser would resolve it: percent escapes decoded, ideographic full stops read as
 * dots, lower case, trailing dots dropped, international names in their ASCII (punycode) form,
 * IPv4 addresses however written ({@code 0x7f.1}, {@code 2130706433}) in dotted decimal.
 *
 * @param ascii the host in ASCII, lower case: what DNS resolves and lists are matched against
 * @param unicode the same host with punycode labels shown as Unicode, to judge look-alikes
 * @param domain the registrable domain (eTLD+1), or the host itself for an IP address or a public suffix
 * @param address whether the host is an IP address
 */
record Host(String ascii, String unicode, String domain, boolean address) {

    /** The host, or empty when it is empty or not a valid name (IDNA refuses it). */
    static Optional<Host> of(String raw) {
        String host = raw.indexOf('%') >= 0 ? percentDecoded(raw) : raw;
        host = host.replace('\u3002', '.').replace('\uFF0E', '.').replace('\uFF61', '.').toLowerCase(Locale.ROOT);
        while (host.endsWith(".")) {
            host = host.substring(0, host.length() - 1);
        }
        if (host.isEmpty() || host.startsWith(".") || host.contains("..")) {
            return Optional.empty();
        }
        if (host.startsWith("[")) {
            return Optional.of(new Host(host, host, host, true));
        }
        Optional<String> ipv4 = Ipv4.canonical(host);
        if (ipv4.isPresent()) {
            return Optional.of(new Host(ipv4.get(), ipv4.get(), ipv4.get(), true));
        }
        String ascii = plain(host) ? host : idnaAscii(host);
        if (ascii.isEmpty() || ascii.contains("..") || !plain(ascii)) {
            return Optional.empty();
        }
        String unicode = ascii.contains("xn--") ? IDN.toUnicode(ascii, IDN.ALLOW_UNASSIGNED) : ascii;
        return Optional.of(new Host(ascii, unicode, PublicSuffixes.shared().registrableDomain(ascii).orElse(ascii), false));
    }

    /** Whether this host is {@code entry} or lies under it ({@code docs.example.com} under {@code example.com}). */
    boolean within(String entry) {
        return ascii.equals(entry) || ascii.endsWith("." + entry);
    }

    // Lower-case ASCII letters, digits, hyphens, dots and underscores: IDNA leaves such a name as it is.
    private static boolean plain(String host) {
        for (int i = 0; i < host.length(); i++) {
            char c = host.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-' || c == '.' || c == '_')) {
                return false;
            }
        }
        return true;
    }

    private static String idnaAscii(String host) {
        try {
            return IDN.toASCII(host, IDN.ALLOW_UNASSIGNED).toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            return "";
        }
    }

    private static String percentDecoded(String raw) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%' && i + 2 < raw.length() && hex(raw.charAt(i + 1)) >= 0 && hex(raw.charAt(i + 2)) >= 0) {
                bytes.write(hex(raw.charAt(i + 1)) * 16 + hex(raw.charAt(i + 2)));
                i += 2;
            } else {
                byte[] encoded = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                bytes.write(encoded, 0, encoded.length);
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static int hex(char c) {
        return Character.digit(c, 16);
    }
}
