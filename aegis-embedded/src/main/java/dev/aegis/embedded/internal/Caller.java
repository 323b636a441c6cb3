package dev.aegis.embedded.internal;

import dev.aegis.api.auth.Principal;
import dev.aegis.server.internal.ApiError;
import java.util.Optional;

/** Who the application acts as: the principal its policies, budgets and audit records see. */
public final class Caller {

    private final Optional<Principal> principal;

    public Caller(Optional<Principal> principal) {
        this.principal = principal;
    }

    /** @throws ApiError 401 {@code invalid_api_key} when the application has not said who it acts as */
    public Principal principal() {
        return principal.orElseThrow(() -> new ApiError(401, "authentication_error", "invalid_api_key",
                "No principal: act as one with as(apiKey) or as(principal).", Optional.empty()));
    }
}
