package dev.aegis.plugin.lucene.shared;

/** The shared database could not be read or written; nothing of the call was applied. */
public final class SharedStoreException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    SharedStoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
