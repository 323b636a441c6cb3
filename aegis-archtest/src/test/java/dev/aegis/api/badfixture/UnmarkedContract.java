package dev.aegis.api.badfixture;

/** Fixture: a public contract type that does not say how stable it is. */
public interface UnmarkedContract {

    String name();
}
