package dev.aegis.cli;

import picocli.CommandLine.IVersionProvider;

final class Version implements IVersionProvider {

    @Override
    public String[] getVersion() {
        String version = Version.class.getPackage().getImplementationVersion();
        // java.home says which Java runs: a release's own runtime/, JAVA_HOME's or the PATH's
        return new String[] {"aegis " + (version == null ? "development build" : version) + " on Java " + Runtime.version()
                + " (" + System.getProperty("java.home") + ")"};
    }
}
