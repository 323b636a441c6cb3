package dev.aegis.server.internal;

import dev.aegis.api.auth.Authenticator;
import dev.aegis.api.auth.Credentials;
import dev.aegis.api.auth.Principal;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/** The configured authenticators, asked in order, whatever carried the credentials (HTTP headers, stdio MCP, an embedding application). */
public final class Authenticators {

    private static final Logger LOG = Logger.getLogger(Authenticators.class.getName());

    private final List<Authenticator> authenticators;

    public Authenticators(List<Authenticator> authenticators) {
        this.authenticators = List.copyOf(authenticators);
    }

    /** The first principal an authenticator resolves from these credentials. */
    public Optional<Principal> authenticate(Credentials credentials) {
        for (Authenticator authenticator : authenticators) {
            try {
                Optional<Principal> principal = authenticator.authenticate(credentials);
                if (principal.isPresent()) {
                    return principal;
                }
            } catch (RuntimeException e) {
                // An authenticator that fails admits nobody; the next one may still.
                LOG.log(Level.WARNING, "authenticator " + authenticator.getClass().getName() + " failed: " + e.getClass().getName());
            }
        }
        return Optional.empty();
    }
}
