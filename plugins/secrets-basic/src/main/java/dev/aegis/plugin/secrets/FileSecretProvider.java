package dev.aegis.plugin.secrets;

import static java.util.Objects.requireNonNull;

import dev.aegis.api.secret.Secret;
import dev.aegis.api.secret.SecretNotFoundException;
import dev.aegis.api.secret.SecretProvider;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Resolves a reference by reading the file it names, as mounted secrets (Docker, Kubernetes) are
 * read: the whole content in UTF-8, with one trailing newline stripped. Errors name the reference
 * and never the content.
 */
public final class FileSecretProvider implements SecretProvider {

    private final Optional<Path> baseDir;

    private FileSecretProvider(Optional<Path> baseDir) {
        this.baseDir = baseDir;
    }

    /** References are paths, relative ones resolved against the working directory. */
    public static FileSecretProvider unconfined() {
        return new FileSecretProvider(Optional.empty());
    }

    /** References must name files inside {@code baseDir}, which relative references resolve against. */
    public static FileSecretProvider confinedTo(Path baseDir) {
        return new FileSecretProvider(Optional.of(requireNonNull(baseDir, "baseDir").toAbsolutePath().normalize()));
    }

    @Override
    public Secret resolve(String reference) {
        Path file = locate(reference);
        if (!Files.isRegularFile(file)) {
            throw new SecretNotFoundException("no secret file for 'file:" + reference + "'");
        }
        baseDir.ifPresent(base -> requireRealPathInside(base, file, reference));
        try {
            return Secret.of(stripTrailingNewline(Files.readString(file, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            // the exception's message could quote content (malformed input), so only its kind is kept
            throw new SecretNotFoundException("cannot read the secret file for 'file:" + reference + "' (" + e.getClass().getSimpleName() + ")");
        }
    }

    private Path locate(String reference) {
        if (reference.isBlank()) {
            throw new SecretNotFoundException("file: a secret reference needs a path, e.g. file:/run/secrets/openai");
        }
        Path path;
        try {
            path = Path.of(reference);
        } catch (InvalidPathException e) {
            throw new SecretNotFoundException("'file:" + reference + "' is not a valid path");
        }
        if (baseDir.isEmpty()) {
            return path;
        }
        Path base = baseDir.get();
        Path resolved = base.resolve(path).normalize();
        requireInside(base, resolved, reference);
        return resolved;
    }

    // the lexical check catches .. and absolute paths elsewhere
    private static void requireInside(Path base, Path file, String reference) {
        if (!file.startsWith(base) || file.equals(base)) {
            throw outside(reference);
        }
    }

    // the real-path check catches symbolic links that lead out of the base directory
    private static void requireRealPathInside(Path base, Path file, String reference) {
        try {
            if (!file.toRealPath().startsWith(base.toRealPath())) {
                throw outside(reference);
            }
        } catch (IOException e) {
            throw new SecretNotFoundException("cannot read the secret file for 'file:" + reference + "' (" + e.getClass().getSimpleName() + ")");
        }
    }

    private static SecretNotFoundException outside(String reference) {
        return new SecretNotFoundException("'file:" + reference + "' lies outside the configured base-dir");
    }

    static String stripTrailingNewline(String content) {
        if (content.endsWith("\r\n")) {
            return content.substring(0, content.length() - 2);
        }
        return content.endsWith("\n") ? content.substring(0, content.length() - 1) : content;
    }

    @Override
    public String toString() {
        return baseDir.map(base -> "FileSecretProvider[base-dir=" + base + "]").orElse("FileSecretProvider");
    }
}
