package dev.aegis.plugin.secrets;

import static java.util.Objects.requireNonNull;

import dev.aegis.api.secret.Secret;
import dev.aegis.api.secret.SecretNotFoundException;
import dev.aegis.api.secret.SecretProvider;
import java.util.Optional;
import java.util.function.Function;

/**
 * Resolves a reference by reading the environment variable of that name. A variable that is unset
 * or empty resolves to nothing: an empty key is always a deployment mistake, better caught at load.
 */
public final class EnvSecretProvider implements SecretProvider {

    private final Function<String, Optional<String>> environment;

    /** @param environment looks a variable up by name; tests pass a map's lookup instead of the process environment */
    public EnvSecretProvider(Function<String, Optional<String>> environment) {
        this.environment = requireNonNull(environment, "environment");
    }

    /** A provider reading this process's environment. */
    public static EnvSecretProvider system() {
        return new EnvSecretProvider(name -> Optional.ofNullable(System.getenv(name)));
    }

    @Override
    public Secret resolve(String reference) {
        if (reference.isBlank()) {
            throw new SecretNotFoundException("env: a secret reference needs a variable name, e.g. env:OPENAI_API_KEY");
        }
        return environment.apply(reference)
                .filter(value -> !value.isEmpty())
                .map(Secret::of)
                .orElseThrow(() -> new SecretNotFoundException("environment variable '" + reference + "' is not set or empty"));
    }

    @Override
    public String toString() {
        return "EnvSecretProvider";
    }
}
