package dev.aegis.client.model;

/**
 * An enum whose constants travel as lower-case strings on the wire. Each such enum has an
 * {@code UNKNOWN} constant that stands for a value a newer gateway sends and this client does not know,
 * so that a new status never breaks an old client.
 */
public interface WireValue {

    /** The value as the JSON documents spell it; empty for {@code UNKNOWN}. */
    String wire();
}
