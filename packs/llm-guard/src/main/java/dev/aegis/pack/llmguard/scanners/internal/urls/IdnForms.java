package dev.aegis.pack.llmguard.scanners.internal.urls;

import java.net.IDN;
import java.util.Locale;

/** The ASCII and Unicode forms of configured names. */
final class IdnForms {

    private IdnForms() {}

    /**
     * A configured domain in the form hosts are matched in: ASCII, lower case, no trailing dot, no
     * {@code *.} in front (an entry covers its subdomains anyway).
     *
     * @throws IllegalArgumentException when it is not a valid name
     */
    static String entry(String configured) {
        String name = configured.strip().toLowerCase(Locale.ROOT);
        if (name.startsWith("*.")) {
            name = name.substring(2);
        }
        while (name.endsWith(".")) {
            name = name.substring(0, name.length() - 1);
        }
        String ascii = Host.of(name).map(Host::ascii).orElseThrow(() -> new IllegalArgumentException("'" + configured + "' is not a valid domain name"));
        if (ascii.contains("/") || ascii.contains(":") || ascii.contains("@")) {
            throw new IllegalArgumentException("'" + configured + "' is not a domain name (write the host only, without scheme, port or path)");
        }
        return ascii;
    }

    /** A label or name in ASCII, lower case; empty when IDNA refuses it. */
    static String asciiOrEmpty(String name) {
        try {
            return IDN.toASCII(name, IDN.ALLOW_UNASSIGNED).toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            return "";
        }
    }

    static String unicode(String ascii) {
        try {
            return IDN.toUnicode(ascii, IDN.ALLOW_UNASSIGNED);
        } catch (IllegalArgumentException e) {
            return ascii;
        }
    }
}
