package dev.aegis.testkit.badfixture;

import dev.aegis.kernel.config.ConfigBinding;

/** Fixture: a testkit helper that an outside plugin author could not use without the kernel. */
public final class TestkitUsingTheKernel {

    public Object bind(String yaml) {
        return ConfigBinding.bindYaml(dev.aegis.api.NoConfig.class, yaml);
    }
}
