package dev.aegis.runtime.durable.internal;

import static java.util.Objects.requireNonNull;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

/**
 * Seals confidential state values (the mask map) for checkpoints, and other confidential values kept
 * beside a run (a run document's originals), with AES-256-GCM. A fresh
 * 96-bit nonce per value; the associated data binds a sealed value to its run and its state key,
 * so a value copied into another run's or key's slot fails to open instead of decrypting there.
 */
public final class StateCipher {

    private static final String TRANSFORMATION = "AES/GCM/NoPadding";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecretKey key;
    private final SecureRandom random = new SecureRandom();

    public StateCipher(SecretKey key) {
        this.key = requireNonNull(key, "key");
    }

    /** @return the nonce followed by the ciphertext and its tag */
    public byte[] seal(byte[] plaintext, String runId, String stateKey) {
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        try {
            Cipher cipher = Cipher.getInstance(TRANSFORMATION);
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(associatedData(runId, stateKey));
            byte[] sealed = cipher.doFinal(plaintext);
            return ByteBuffer.allocate(NONCE_BYTES + sealed.length).put(nonce).put(sealed).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot encrypt state key '" + stateKey + "' of run " + runId, e);
        }
    }

    public byte[] open(byte[] sealed, String runId, String stateKey) {
        if (sealed.length < NONCE_BYTES + TAG_BITS / 8) {
            throw new IllegalStateException("the sealed value of state key '" + stateKey + "' of run " + runId + " is truncated");
        }
        try {
            Cipher cipher = Cipher.getInstance(TRANSFORMATION);
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, sealed, 0, NONCE_BYTES));
            cipher.updateAAD(associatedData(runId, stateKey));
            return cipher.doFinal(sealed, NONCE_BYTES, sealed.length - NONCE_BYTES);
        } catch (AEADBadTagException e) {
            // The usual cause: instances sharing a database with different keys.
            throw new IllegalStateException("state key '" + stateKey + "' of run " + runId
                    + " does not decrypt: it was sealed with another encryption key (give every instance the same"
                    + " state encryption-key) or for another run", e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot decrypt state key '" + stateKey + "' of run " + runId, e);
        }
    }

    private static byte[] associatedData(String runId, String stateKey) {
        return ("aegis-checkpoint\u0000" + runId + "\u0000" + stateKey).getBytes(StandardCharsets.UTF_8);
    }
}
