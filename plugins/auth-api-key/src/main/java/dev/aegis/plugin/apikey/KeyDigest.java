package dev.aegis.plugin.apikey;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 of API keys, in the {@code sha256:<hex>} form the configuration stores. */
final class KeyDigest {

    static final String PREFIX = "sha256:";

    private KeyDigest() {}

    static byte[] of(String key) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform provides SHA-256", e);
        }
    }

    /** The digest a configured {@code sha256:<hex>} hash names. */
    static byte[] parse(String configured) {
        return HexFormat.of().parseHex(configured.substring(PREFIX.length()));
    }

    static String format(byte[] digest) {
        return PREFIX + HexFormat.of().formatHex(digest);
    }
}
