package dev.aegis.plugin.badfixture;

import dev.aegis.plugin.mock.MockProviderConfig;

/** Fixture: a plugin reusing another plugin's class instead of the contracts. */
public final class PluginUsingAnotherPlugin {

    public String borrowedModel() {
        return MockProviderConfig.defaults().model();
    }
}
