package dev.aegis.server.internal;

import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Run ids: time-ordered, so logs and listings sort naturally, and unique. They grant nothing: a run
 * is shown only to the principal it ran for. (A shared SecureRandom serializes every request.)
 */
public final class RunIds {

    private static final HexFormat HEX = HexFormat.of();

    private RunIds() {}

    public static String next() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return "run_" + Long.toHexString(System.currentTimeMillis()) + HEX.toHexDigits(random.nextLong()) + HEX.toHexDigits((short) random.nextInt());
    }
}
