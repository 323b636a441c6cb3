package dev.aegis.pack.pii.internal;

import dev.aegis.pack.pii.EntityType;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The {@code hash} action: HMAC-SHA256 of the value under a key, cut to 32 bits. Keyed, so nobody
 * without the key can confirm a guess by hashing candidate values; short, since it only needs to tell
 * values apart within a deployment.
 */
public final class KeyedHash {

    private final Mac prototype;

    private KeyedHash(byte[] key) {
        try {
            prototype = Mac.getInstance("HmacSHA256");
            prototype.init(new SecretKeySpec(key, "HmacSHA256"));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is unavailable", e);
        }
    }

    public static KeyedHash withKey(String key) {
        return new KeyedHash(key.getBytes(StandardCharsets.UTF_8));
    }

    /** A key of this process only: hashes then match within its lifetime, not across restarts or instances. */
    public static KeyedHash random() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return new KeyedHash(key);
    }

    /** Eight hex digits standing for {@code value} of {@code type}. */
    String hash(EntityType type, String value) {
        Mac mac;
        try {
            mac = (Mac) prototype.clone();
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException("HmacSHA256 cannot be cloned", e);
        }
        byte[] digest = mac.doFinal(ValueKey.of(type, value).getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(digest, 0, 4);
    }

    @Override
    public String toString() {
        return "KeyedHash[HmacSHA256]";
    }
}
