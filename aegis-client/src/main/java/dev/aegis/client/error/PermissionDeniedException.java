package dev.aegis.client.error;

import java.util.Optional;

/** 403: the caller may not do this, e.g. {@code role_required}, {@code approval_separation}. */
public class PermissionDeniedException extends AegisException {

    private static final long serialVersionUID = 1L;

    public PermissionDeniedException(String type, String code, String message, Optional<String> param, String body) {
        super(403, type, code, message, param, body);
    }
}
