package dev.aegis.client.error;

import java.util.Optional;

/** 422: a guard refused the request. */
public class UnprocessableException extends AegisException {

    private static final long serialVersionUID = 1L;

    public UnprocessableException(String type, String code, String message, Optional<String> param, String body) {
        super(422, type, code, message, param, body);
    }
}
