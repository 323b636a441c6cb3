package dev.aegis.client.error;

import java.util.Optional;

/** 404: no such run, approval, route, model or collection. */
public class NotFoundException extends AegisException {

    private static final long serialVersionUID = 1L;

    public NotFoundException(String type, String code, String message, Optional<String> param, String body) {
        super(404, type, code, message, param, body);
    }
}
