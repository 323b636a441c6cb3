package dev.aegis.pack.pii.internal.recognize;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

/** Reads the word lists packaged under {@code dev/aegis/pack/pii/gazetteer/}: one entry a line, {@code #} starts a comment. */
final class WordLists {

    static final String ROOT = "/dev/aegis/pack/pii/gazetteer/";

    private WordLists() {}

    /** The entries of {@code name} (relative to the root) added to {@code into}; a missing list is an error. */
    static Set<String> load(String name, Set<String> into) {
        try (InputStream in = WordLists.class.getResourceAsStream(ROOT + name)) {
            if (in == null) {
                throw new IllegalStateException("the pii pack is missing its word list " + name);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String entry = line.strip();
                if (!entry.isEmpty() && entry.charAt(0) != '#') {
                    into.add(entry);
                }
            }
            return into;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the word list " + name, e);
        }
    }

    static Set<String> load(String name) {
        return Set.copyOf(load(name, new HashSet<>()));
    }
}
