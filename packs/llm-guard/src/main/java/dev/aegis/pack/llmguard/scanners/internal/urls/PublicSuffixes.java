package dev.aegis.pack.llmguard.scanners.internal.urls;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.IDN;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * The Public Suffix List, packaged with the pack (MPL-2.0, see the resource's header): which part
 * of a host is a public suffix ({@code com}, {@code co.uk}, {@code github.io}), and so which part
 * is the registrable domain, the eTLD+1 ({@code example.co.uk}) that one owner controls.
 */
final class PublicSuffixes {

    private static final String RESOURCE = "/dev/aegis/pack/llmguard/scanners/public_suffix_list.dat";

    private static final class Holder {
        static final PublicSuffixes INSTANCE = load();
    }

    private final Set<String> rules;
    // "*.ck" is kept as "ck", "!www.ck" as "www.ck"
    private final Set<String> wildcards;
    private final Set<String> exceptions;

    private PublicSuffixes(Set<String> rules, Set<String> wildcards, Set<String> exceptions) {
        this.rules = rules;
        this.wildcards = wildcards;
        this.exceptions = exceptions;
    }

    static PublicSuffixes shared() {
        return Holder.INSTANCE;
    }

    /** Whether {@code label} is a top-level domain the list knows, e.g. {@code com} or {@code xn--p1ai}. */
    boolean isTopLevel(String label) {
        return rules.contains(label) || wildcards.contains(label);
    }

    /** The registrable domain of an ASCII, lower-case host; empty when the host is a public suffix itself. */
    Optional<String> registrableDomain(String host) {
        // candidates from the longest (the host) to the last label; "previous" is where the label before starts
        int previous = -1;
        int at = 0;
        while (true) {
            String candidate = host.substring(at);
            int dot = host.indexOf('.', at);
            if (exceptions.contains(candidate)) {
                return Optional.of(candidate);
            }
            if (rules.contains(candidate) || dot >= 0 && wildcards.contains(host.substring(dot + 1))) {
                return previous < 0 ? Optional.empty() : Optional.of(host.substring(previous));
            }
            if (dot < 0) {
                // no rule matched: the last label is the suffix ("*")
                return previous < 0 ? Optional.empty() : Optional.of(host.substring(previous));
            }
            previous = at;
            at = dot + 1;
        }
    }

    private static PublicSuffixes load() {
        Set<String> rules = new HashSet<>();
        Set<String> wildcards = new HashSet<>();
        Set<String> exceptions = new HashSet<>();
        try (InputStream in = PublicSuffixes.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the public suffix list " + RESOURCE + " is missing from the pack");
            }
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.isEmpty() || line.startsWith("//")) {
                    continue;
                }
                if (line.startsWith("!")) {
                    exceptions.add(ascii(line.substring(1)));
                } else if (line.startsWith("*.")) {
                    wildcards.add(ascii(line.substring(2)));
                } else {
                    rules.add(ascii(line));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new PublicSuffixes(Set.copyOf(rules), Set.copyOf(wildcards), Set.copyOf(exceptions));
    }

    private static String ascii(String rule) {
        return IDN.toASCII(rule, IDN.ALLOW_UNASSIGNED).toLowerCase(java.util.Locale.ROOT);
    }
}
