package dev.aegis.bench.rag;

import java.lang.management.ManagementFactory;

/** What the numbers were measured on: processors and how busy the box was (it is shared). */
final class Machine {

    private Machine() {}

    static String describe() {
        return "%d processors, load average %.1f".formatted(Runtime.getRuntime().availableProcessors(),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }
}
