package dev.aegis.server.internal;

import java.security.SecureRandom;
import java.util.HexFormat;

/** Run ids: time-ordered (so logs and listings sort naturally) and unguessable. */
public final class RunIds {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final HexFormat HEX = HexFormat.of();

    private RunIds() {}

    public static String next() {
        byte[] random = new byte[10];
        RANDOM.nextBytes(random);
        return "run_" + Long.toHexString(System.currentTimeMillis()) + HEX.formatHex(random);
    }
}
