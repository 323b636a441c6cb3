package dev.aegis.plugin.apikey;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * Prints the {@code sha256:…} hash to configure for a key. Reads the key from standard input, so
 * it stays out of shell history and process listings; {@code --new} makes a fresh random key.
 *
 * <pre>{@code
 * java -cp aegis-auth-api-key.jar dev.aegis.plugin.apikey.ApiKeyHasher < key.txt
 * java -cp aegis-auth-api-key.jar dev.aegis.plugin.apikey.ApiKeyHasher --new
 * }</pre>
 */
public final class ApiKeyHasher {

    private static final int KEY_BYTES = 32;

    private ApiKeyHasher() {}

    public static void main(String[] args) throws IOException {
        if (args.length == 1 && args[0].equals("--new")) {
            String key = newKey();
            System.out.println("key:  " + key);
            System.out.println("hash: " + hash(key));
            return;
        }
        if (args.length != 0) {
            System.err.println("usage: ApiKeyHasher < file-holding-the-key   |   ApiKeyHasher --new");
            System.exit(2);
        }
        String key = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
        if (key == null || key.isBlank()) {
            System.err.println("no key on standard input");
            System.exit(1);
        }
        System.out.println(hash(key.strip()));
    }

    /** The configuration form of {@code key}'s hash, {@code sha256:} and 64 hex digits. */
    public static String hash(String key) {
        return KeyDigest.format(KeyDigest.of(key));
    }

    /** A new key of 256 random bits, URL-safe. */
    public static String newKey() {
        byte[] random = new byte[KEY_BYTES];
        new SecureRandom().nextBytes(random);
        return "aegis-" + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }
}
