package dev.aegis.archtest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Finds the words of governance capabilities and provider names in source files: the kernel must
 * know nothing about what a pipeline does (DESIGN.md). Substrings count, in any case, so
 * {@code PiiMasker} and {@code OPENAI_API_KEY} are both caught.
 */
final class CapabilityWords {

    static final List<String> WORDS = List.of(
            "pii", "mask", "budget", "residency", "classif", "openai", "anthropic", "gemini", "bedrock", "ollama", "langchain", "mcp");

    /** One mention: where, and which word. */
    record Mention(String file, int line, String word) {
        @Override
        public String toString() {
            return file + ":" + line + ": " + word;
        }
    }

    private CapabilityWords() {}

    /** Every mention in the regular files under {@code root}, paths relative to it. */
    static List<Mention> findIn(Path root) {
        List<Mention> mentions = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                // ISO-8859-1 decodes any bytes, and the words are ASCII
                List<String> lines = Files.readAllLines(file, StandardCharsets.ISO_8859_1);
                for (int i = 0; i < lines.size(); i++) {
                    String line = lines.get(i).toLowerCase(Locale.ROOT);
                    for (String word : WORDS) {
                        if (line.contains(word)) {
                            mentions.add(new Mention(root.relativize(file).toString().replace('\\', '/'), i + 1, word));
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot scan " + root, e);
        }
        return mentions;
    }
}
