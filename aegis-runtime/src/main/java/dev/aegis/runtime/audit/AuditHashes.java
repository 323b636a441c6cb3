package dev.aegis.runtime.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;

/** The chain: each row's hash covers the previous row's hash and every field of the row. */
final class AuditHashes {

    static final String GENESIS = "0".repeat(64);

    private AuditHashes() {}

    static String hash(String previousHash, String runId, int seq, long timeMillis, String route, String principal, String team,
            String type, String source, String detail, String attributesJson) {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        for (String field : new String[] {previousHash, runId, Integer.toString(seq), Long.toString(timeMillis), route, principal, team,
                type, source, detail, attributesJson}) {
            byte[] bytes = field.getBytes(StandardCharsets.UTF_8);
            // length-prefixed, so no two different rows can concatenate to the same bytes
            digest.update(Integer.toString(bytes.length).getBytes(StandardCharsets.US_ASCII));
            digest.update((byte) ':');
            digest.update(bytes);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /** Attributes as canonical JSON: keys sorted, strings escaped. */
    static String json(Map<String, String> attributes) {
        StringBuilder json = new StringBuilder("{");
        new TreeMap<>(attributes).forEach((key, value) -> {
            if (json.length() > 1) {
                json.append(',');
            }
            quote(json, key).append(':');
            quote(json, value);
        });
        return json.append('}').toString();
    }

    private static StringBuilder quote(StringBuilder out, String text) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"');
    }
}
