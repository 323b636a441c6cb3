package dev.aegis.pack.beta;

/** Fixture: the pack another pack wrongly depends on. */
public final class BetaLabels {

    private BetaLabels() {}

    // a method, not a constant: javac inlines constants and the dependency would vanish from the bytecode
    public static String classification() {
        return "classification";
    }
}
