package dev.aegis.server.vectors;

import java.security.SecureRandom;

/** Ids in OpenAI's forms, {@code file-…} and {@code vs_…}; lower-case, so a vector store id is a valid collection name. */
final class VectorIds {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final char[] ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789".toCharArray();

    private VectorIds() {}

    static String file() {
        return "file-" + random(24);
    }

    static String fileBatch() {
        return "vsfb_" + random(24);
    }

    static String vectorStore() {
        return "vs_" + random(24);
    }

    static boolean isVectorStore(String id) {
        return id.matches("vs_[a-z0-9]{1,64}");
    }

    private static String random(int length) {
        char[] id = new char[length];
        for (int i = 0; i < length; i++) {
            id[i] = ALPHABET[RANDOM.nextInt(ALPHABET.length)];
        }
        return new String(id);
    }
}
