package dev.aegis.client.internal.json;

/** Text that is not the JSON expected, with the offset where reading stopped. */
public final class JsonException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public JsonException(String message) {
        super(message);
    }
}
