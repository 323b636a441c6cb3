package org.eclipse.aether.badfixture;

/** Fixture: stands in for a Maven Resolver type (the real library is on this class path through the installer). */
public final class FakeRepositorySystem {

    public String resolve(String coordinates) {
        return coordinates + ".jar";
    }
}
