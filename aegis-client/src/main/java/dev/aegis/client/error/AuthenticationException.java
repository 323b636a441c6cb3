package dev.aegis.client.error;

import java.util.Optional;

/** 401: no key, or a key the gateway does not know. */
public class AuthenticationException extends AegisException {

    private static final long serialVersionUID = 1L;

    public AuthenticationException(String type, String code, String message, Optional<String> param, String body) {
        super(401, type, code, message, param, body);
    }
}
