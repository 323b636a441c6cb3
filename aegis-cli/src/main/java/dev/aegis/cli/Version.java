package dev.aegis.cli;

import picocli.CommandLine.IVersionProvider;

final class Version implements IVersionProvider {

    @Override
    public String[] getVersion() {
        String version = Version.class.getPackage().getImplementationVersion();
        return new String[] {"aegis " + (version == null ? "development build" : version) + " on Java " + Runtime.version()};
    }
}
