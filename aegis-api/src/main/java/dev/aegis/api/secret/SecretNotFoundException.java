package dev.aegis.api.secret;

import dev.aegis.api.API;
import dev.aegis.api.AegisException;

/** A reference names no secret. The message names the reference, never a value. */
@API(status = API.Status.STABLE)
public class SecretNotFoundException extends AegisException {

    private static final long serialVersionUID = 1L;

    public SecretNotFoundException(String message) {
        super("secret_not_found", message);
    }
}
