package dev.aegis.client.error;

import java.util.Optional;

/**
 * A streamed run ended with an {@code error} event: the run could not be recorded after the stream
 * had started (status 200 was already sent), or the stream ended before its final run.
 */
public class StreamException extends AegisException {

    private static final long serialVersionUID = 1L;

    public StreamException(String type, String code, String message, Optional<String> param, String body) {
        super(200, type, code, message, param, body);
    }
}
