package dev.aegis.api.secret;

import dev.aegis.api.API;

/**
 * Resolves secret references of one scheme. The factory's name is the scheme: the provider named
 * {@code env} resolves {@code {secret: "env:OPENAI_API_KEY"}} and receives {@code OPENAI_API_KEY}.
 * References are resolved once, when configuration loads.
 */
@API(status = API.Status.STABLE)
public interface SecretProvider {

    /**
     * @param reference the part after {@code scheme:}
     * @throws SecretNotFoundException when nothing answers to the reference
     */
    Secret resolve(String reference);
}
