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
        String[] labels = host.split("\\.", -1);
        int suffix = labels.length - 1;
        for (int i = 0; i < labels.length; i++) {
            String candidate = join(labels, i);
            if (exceptions.contains(candidate)) {
                suffix = i + 1;
                break;
            }
            if (rules.contains(candidate) || i + 1 < labels.length && wildcards.contains(join(labels, i + 1))) {
                suffix = i;
                break;
            }
        }
        return suffix == 0 ? Optional.empty() : Optional.of(join(labels, suffix - 1));
    }

    private static String join(String[] labels, int from) {
        return String.join(".", java.util.Arrays.asList(labels).subList(from, labels.length));
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
