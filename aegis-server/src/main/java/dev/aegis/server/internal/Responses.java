package dev.aegis.server.internal;

import io.helidon.http.HeaderNames;
import io.helidon.http.HeaderValues;
import io.helidon.http.Status;
import io.helidon.webserver.http.ServerResponse;

/** Sends JSON bodies and OpenAI-style errors. */
public final class Responses {

    private static final String JSON = "application/json";

    private Responses() {}

    public static void json(ServerResponse response, int status, byte[] body) {
        response.status(Status.create(status));
        response.header(HeaderNames.CONTENT_TYPE, JSON);
        response.send(body);
    }

    public static void json(ServerResponse response, int status, Json.Body body) {
        json(response, status, Json.bytes(body));
    }

    public static void error(ServerResponse response, ApiError error) {
        if (error.status() == 401) {
            response.header(HeaderNames.WWW_AUTHENTICATE, "Bearer realm=\"aegis\"");
        }
        if (error.status() == 413) {
            // the rest of the refused body is never read: the connection cannot carry another request
            response.header(HeaderValues.CONNECTION_CLOSE);
        }
        json(response, error.status(), Json.error(error));
    }
}
