package dev.aegis.cli.badfixture;

import org.eclipse.aether.badfixture.FakeRepositorySystem;

/** Fixture: Maven Resolver (a stand-in in its package) used outside the installer. */
public final class CliResolvingArtifacts {

    public String download(String coordinates) {
        return new FakeRepositorySystem().resolve(coordinates);
    }
}
