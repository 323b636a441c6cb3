package dev.aegis.bench.rag;

import java.lang.management.ManagementFactory;

/** What the numbers were measured on: processors and how busy the box was (it is shared). */
final class Machine {

    private Machine() {}

    /** CPU time this process has used, in nanoseconds, on all its threads (native ones too). */
    static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    static String describe() {
        return "%d processors, load average %.1f".formatted(Runtime.getRuntime().availableProcessors(),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }
}
