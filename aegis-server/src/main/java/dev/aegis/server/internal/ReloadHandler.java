package dev.aegis.server.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.aegis.server.ReloadStatus;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * {@code GET /v1/admin/reload} (which load of the file is served, how the last reload went) and
 * {@code POST /v1/admin/reload} (reload now), for the admin role.
 */
public final class ReloadHandler {

    private final Supplier<ReloadStatus> status;
    private final Optional<Function<String, ReloadStatus>> reload;
    private final String role;

    /** @param reload empty when this server was started without the options to load its file again */
    public ReloadHandler(Supplier<ReloadStatus> status, Optional<Function<String, ReloadStatus>> reload, String role) {
        this.status = status;
        this.reload = reload;
        this.role = role;
    }

    public void get(ServerRequest request, ServerResponse response) {
        try {
            admin(request);
            Responses.json(response, 200, render(status.get()));
        } catch (ApiError error) {
            Responses.error(response, error);
        }
    }

    public void post(ServerRequest request, ServerResponse response) {
        try {
            admin(request);
            Function<String, ReloadStatus> reloading = reload.orElseThrow(() -> new ApiError(409, "invalid_request_error", "reload_unavailable",
                    "This gateway was started without a configuration file to load again.", Optional.empty()));
            Responses.json(response, 200, render(reloading.apply("api")));
        } catch (ApiError error) {
            Responses.error(response, error);
        }
    }

    private void admin(ServerRequest request) {
        if (!AuthFilter.principal(request).hasRole(role)) {
            throw ApiError.forbidden("role_required", "Reloading the configuration needs the role '" + role + "'.");
        }
    }

    private static byte[] render(ReloadStatus status) {
        ObjectNode body = Json.MAPPER.createObjectNode().put("object", "config.reload").put("generation", status.generation());
        status.last().ifPresentOrElse(attempt -> {
            ObjectNode last = body.putObject("last");
            last.put("at", attempt.at().toString()).put("trigger", attempt.trigger()).put("outcome", attempt.outcome().name().toLowerCase(Locale.ROOT));
            attempt.errors().forEach(last.putArray("errors")::add);
            attempt.restartRequiredFor().forEach(last.putArray("restart_required_for")::add);
        }, () -> body.putNull("last"));
        try {
            return Json.MAPPER.writeValueAsBytes(body);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
