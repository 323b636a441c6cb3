package dev.aegis.embedded.internal;

import dev.aegis.client.error.AegisException;
import dev.aegis.runtime.RunNotRecordedException;
import dev.aegis.server.internal.ApiError;
import dev.aegis.server.internal.Json;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The gateway's errors as the SDK's exceptions: the same class for the same status, the same code,
 * type, message and param, and the same OpenAI-style body the HTTP API would have answered.
 */
public final class Errors {

    private Errors() {}

    /** Runs {@code call}, translating what the gateway throws. */
    public static <T> T translated(Supplier<T> call) {
        try {
            return call.get();
        } catch (ApiError error) {
            throw of(error);
        } catch (RunNotRecordedException unrecorded) {
            throw of(ApiError.unrecorded(unrecorded));
        }
    }

    public static AegisException of(ApiError error) {
        return AegisException.of(error.status(), error.type(), error.code(), error.getMessage(), error.param(),
                new String(Json.error(error), StandardCharsets.UTF_8), Optional.<Duration>empty());
    }

    /** 401 {@code invalid_api_key}: nobody the configured authenticators know. */
    public static AegisException unauthenticated() {
        return of(new ApiError(401, "authentication_error", "invalid_api_key",
                "No principal: the API key is not known to the configured authenticators.", Optional.empty()));
    }
}
