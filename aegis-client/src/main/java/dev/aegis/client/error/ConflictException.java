package dev.aegis.client.error;

import java.util.Optional;

/** 409: the resource is not in a state that allows this, e.g. {@code run_not_paused}, {@code approval_already_given}. */
public class ConflictException extends AegisException {

    private static final long serialVersionUID = 1L;

    public ConflictException(String type, String code, String message, Optional<String> param, String body) {
        super(409, type, code, message, param, body);
    }
}
