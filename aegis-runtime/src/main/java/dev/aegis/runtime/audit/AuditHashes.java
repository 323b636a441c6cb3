package dev.aegis.runtime.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** The chain: each entry's hash covers the previous entry's hash in its chain and every field of the entry. */
final class AuditHashes {

    static final String GENESIS = "0".repeat(64);

    private AuditHashes() {}

    static String hash(String previousHash, String chain, long position, AuditEntry entry) {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        for (String field : new String[] {previousHash, chain, Long.toString(position), entry.kind(), entry.subject(),
                Integer.toString(entry.firstSeq()), Integer.toString(entry.eventCount()), Long.toString(entry.timeMillis()), entry.route(),
                entry.principal(), entry.team(), entry.types(), entry.events()}) {
            byte[] bytes = field.getBytes(StandardCharsets.UTF_8);
            // length-prefixed, so no two different entries can concatenate to the same bytes
            digest.update(Integer.toString(bytes.length).getBytes(StandardCharsets.US_ASCII));
            digest.update((byte) ':');
            digest.update(bytes);
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
