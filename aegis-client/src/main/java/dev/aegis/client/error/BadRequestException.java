package dev.aegis.client.error;

import java.util.Optional;

/** 400: the request was malformed, e.g. {@code invalid_messages}, {@code invalid_wait}. */
public class BadRequestException extends AegisException {

    private static final long serialVersionUID = 1L;

    public BadRequestException(String type, String code, String message, Optional<String> param, String body) {
        super(400, type, code, message, param, body);
    }
}
