package com.example.aegis.competitors;

import dev.aegis.api.PluginFactory;
import dev.aegis.testkit.PluginFactoryContractTest;

/** A kebab-case name, a config record named like one, and discovery through the service file. */
class BlockCompetitorsFactoryContractTest extends PluginFactoryContractTest {

    @Override
    protected PluginFactory<?, ?> factory() {
        return new BlockCompetitorsFactory();
    }
}
