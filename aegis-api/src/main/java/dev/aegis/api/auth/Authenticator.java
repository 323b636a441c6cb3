package dev.aegis.api.auth;

import dev.aegis.api.API;
import java.util.Optional;

/**
 * Turns credentials into a principal. Empty means "not mine or not valid": the next authenticator
 * is asked, and when none answers the request is refused with 401 before anything else runs.
 * Thread-safe; compare secrets in constant time.
 */
@API(status = API.Status.STABLE)
public interface Authenticator {

    Optional<Principal> authenticate(Credentials credentials);
}
