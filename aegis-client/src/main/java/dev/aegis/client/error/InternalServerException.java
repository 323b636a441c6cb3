package dev.aegis.client.error;

import java.util.Optional;

/** 5xx: the gateway failed to answer the request. */
public class InternalServerException extends AegisException {

    private static final long serialVersionUID = 1L;

    public InternalServerException(int status, String type, String code, String message, Optional<String> param, String body) {
        super(status, type, code, message, param, body);
    }
}
