package dev.aegis.kernel.badfixture;

import dev.aegis.runtime.badfixture.RuntimeEntry;

/** Fixture: the kernel reaching up into the runtime. */
public final class KernelCallingTheRuntime {

    public void start() {
        new RuntimeEntry().run();
    }
}
