package dev.aegis.runtime.durable.internal;

import dev.aegis.api.secret.Secret;
import dev.aegis.runtime.store.PrivateFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * Where the checkpoint encryption key comes from: the configured secret (32 bytes in base64 are
 * used as they are, any other text is hashed with SHA-256), or else a random key kept in a file of
 * the data directory that only its owner may read, made on first start and reused afterwards.
 */
public final class EncryptionKeys {

    static final String KEY_FILE = "state-encryption.key";
    private static final int KEY_BYTES = 32;

    private EncryptionKeys() {}

    public static SecretKey resolve(Optional<Secret> configured, Path dataDirectory) {
        return configured.map(EncryptionKeys::fromSecret).orElseGet(() -> fromFile(dataDirectory.resolve(KEY_FILE)));
    }

    static SecretKey fromSecret(Secret secret) {
        String text = secret.reveal().trim();
        try {
            byte[] decoded = Base64.getDecoder().decode(text);
            if (decoded.length == KEY_BYTES) {
                return aes(decoded);
            }
        } catch (IllegalArgumentException notBase64) {
            // a passphrase: hashed below
        }
        try {
            return aes(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK offers no SHA-256", e);
        }
    }

    static SecretKey fromFile(Path file) {
        try {
            if (Files.exists(file)) {
                PrivateFiles.tighten(file);
            } else {
                create(file);
            }
            byte[] key = Base64.getDecoder().decode(Files.readString(file, StandardCharsets.US_ASCII).trim());
            if (key.length != KEY_BYTES) {
                throw new IllegalStateException("the key file " + file + " does not hold a 256-bit key");
            }
            return aes(key);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create the state encryption key file " + file, e);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("the key file " + file + " is not base64", e);
        }
    }

    // Written to a private temporary file and linked into place, so that two instances starting
    // together on one data directory agree on one key and nobody reads a half-written file.
    private static void create(Path file) throws IOException {
        Path directory = file.toAbsolutePath().getParent();
        PrivateFiles.createDirectories(directory);
        byte[] key = new byte[KEY_BYTES];
        new SecureRandom().nextBytes(key);
        Path temporary = ownerOnlyFile(directory);
        try {
            Files.writeString(temporary, Base64.getEncoder().encodeToString(key) + "\n", StandardCharsets.US_ASCII);
            link(temporary, file);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    private static void link(Path temporary, Path file) throws IOException {
        try {
            Files.createLink(file, temporary);
        } catch (FileAlreadyExistsException anotherInstanceWasFirst) {
            // theirs is read back by the caller
        } catch (UnsupportedOperationException | IOException noHardLinks) {
            try {
                Files.move(temporary, file);
            } catch (FileAlreadyExistsException anotherInstanceWasFirst) {
                // theirs is read back by the caller
            }
        }
    }

    private static Path ownerOnlyFile(Path directory) throws IOException {
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            return Files.createTempFile(directory, ".state-key", ".tmp",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        }
        Path file = Files.createTempFile(directory, ".state-key", ".tmp");
        var io = file.toFile();
        io.setReadable(false, false);
        io.setWritable(false, false);
        io.setReadable(true, true);
        io.setWritable(true, true);
        return file;
    }

    private static SecretKey aes(byte[] key) {
        return new SecretKeySpec(key, "AES");
    }
}
