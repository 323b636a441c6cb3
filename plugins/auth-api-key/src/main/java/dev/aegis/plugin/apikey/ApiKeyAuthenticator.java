package dev.aegis.plugin.apikey;

import dev.aegis.api.auth.Authenticator;
import dev.aegis.api.auth.Credentials;
import dev.aegis.api.auth.Principal;
import java.security.MessageDigest;
import java.util.List;
import java.util.Optional;

/**
 * Authenticates the key a request presents against configured SHA-256 hashes. Keys never sit in
 * memory in clear and are never logged; a presented key is compared with every configured hash in
 * constant time, so neither whether nor where it matched shows in the timing.
 */
final class ApiKeyAuthenticator implements Authenticator {

    private final List<byte[]> digests;
    private final List<Principal> principals;
    private final List<String> headers;

    ApiKeyAuthenticator(ApiKeyConfig config) {
        this.digests = config.keys().stream().map(key -> KeyDigest.parse(key.hash())).toList();
        this.principals = config.keys().stream()
                .map(key -> new Principal(key.principal(), key.team(), key.roles(), key.attributes()))
                .toList();
        this.headers = config.header();
    }

    @Override
    public Optional<Principal> authenticate(Credentials credentials) {
        try {
            return presentedKey(credentials).flatMap(this::lookUp);
        } catch (RuntimeException e) {
            // refusing is the only safe answer, and the exception could carry the key: no log
            return Optional.empty();
        }
    }

    private Optional<String> presentedKey(Credentials credentials) {
        for (String header : headers) {
            Optional<String> key = ApiKeyConfig.AUTHORIZATION.equals(header)
                    ? credentials.bearerToken()
                    : credentials.header(header).map(String::strip).filter(value -> !value.isEmpty());
            if (key.isPresent()) {
                return key;
            }
        }
        return Optional.empty();
    }

    private Optional<Principal> lookUp(String key) {
        byte[] presented = KeyDigest.of(key);
        int match = -1;
        // every hash is compared, without an early exit, so the time does not depend on the position
        for (int i = 0; i < digests.size(); i++) {
            boolean equal = MessageDigest.isEqual(presented, digests.get(i));
            match = equal ? i : match;
        }
        return match < 0 ? Optional.empty() : Optional.of(principals.get(match));
    }

    @Override
    public String toString() {
        return "ApiKeyAuthenticator[" + digests.size() + " keys, headers=" + headers + "]";
    }
}
