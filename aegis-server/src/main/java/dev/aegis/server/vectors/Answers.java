package dev.aegis.server.vectors;

import dev.aegis.server.internal.ApiError;
import dev.aegis.server.internal.Responses;
import io.helidon.webserver.http.ServerResponse;
import java.util.Optional;

/** Answers a request of the vector store API, turning refusals and state store failures into OpenAI-style errors. */
final class Answers {

    private Answers() {}

    static void answer(ServerResponse response, Runnable work) {
        try {
            work.run();
        } catch (ApiError error) {
            Responses.error(response, error);
        } catch (IllegalStateException e) {
            // what Transactions throws when the state store cannot be reached
            Responses.error(response, new ApiError(503, "service_unavailable", "state_unavailable",
                    "The gateway's state store could not be reached; try again.", Optional.empty()));
        }
    }
}
