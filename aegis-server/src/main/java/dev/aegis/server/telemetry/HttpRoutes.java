package dev.aegis.server.telemetry;

import java.util.Set;

/** A request path as a route template: the ids in it replaced, so that spans and metrics do not carry run ids. */
final class HttpRoutes {

    private static final Set<String> WITH_IDS = Set.of("runs", "approvals");

    private HttpRoutes() {}

    /** {@code /v1/runs/run-123} → {@code /v1/runs/{id}}; {@code /v1/approvals/run-1/approve} → {@code /v1/approvals/{id}/approve}. */
    static String template(String path) {
        String[] segments = path.split("/", -1);
        if (segments.length >= 4 && segments[1].equals("v1") && WITH_IDS.contains(segments[2]) && !segments[3].isEmpty()) {
            segments[3] = "{id}";
            return String.join("/", segments);
        }
        return path;
    }
}
