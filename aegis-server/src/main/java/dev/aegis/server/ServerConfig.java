package dev.aegis.server;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import java.time.Duration;

/**
 * The {@code server} section of {@code aegis.yaml}.
 *
 * @param host the address to listen on; loopback by default, {@code 0.0.0.0} to accept remote clients
 * @param maxRequestBytes larger request bodies are refused with 413 before they are parsed
 * @param keptRuns finished runs kept for {@code GET /v1/runs/{id}} (oldest forgotten first)
 * @param mcpAllowedOrigins browser origins allowed to call {@code /mcp} (e.g. {@code https://app.example}); a
 *     request carrying any other {@code Origin} header is refused with 403, against DNS rebinding. Clients
 *     that are not browsers send none and are not affected.
 * @param headerTimeout a request's headers must be complete this long after their first byte (or after the
 *     connection was accepted), else the connection is closed
 * @param bodyTimeout a read of a request's body may wait this long for the next bytes, else the connection is
 *     closed; responses (SSE streams included) are never cut
 * @param maxConnectionsPerClient connections one client address may hold at once; the next is answered 503 and
 *     closed; 0 for no limit (raise it, or use 0, behind a reverse proxy, whose connections all share its address)
 * @param drainTimeout on SIGTERM, how long requests already admitted (SSE streams included) may take to finish
 *     while new ones are refused with 503; then the gateway stops whatever still runs
 * @param adminRole the role that may read and trigger configuration reloads ({@code /v1/admin/reload})
 */
public record ServerConfig(@NotBlank String host, @Min(0) @Max(65535) Integer port, @Positive Long maxRequestBytes, @Positive Integer keptRuns,
        java.util.List<@NotBlank String> mcpAllowedOrigins, Duration headerTimeout, Duration bodyTimeout, @Min(0) Integer maxConnectionsPerClient, Duration drainTimeout,
        @NotBlank String adminRole) {

    public ServerConfig {
        host = host == null ? "127.0.0.1" : host;
        port = port == null ? 8080 : port;
        maxRequestBytes = maxRequestBytes == null ? 4L * 1024 * 1024 : maxRequestBytes;
        keptRuns = keptRuns == null ? 10_000 : keptRuns;
        mcpAllowedOrigins = mcpAllowedOrigins == null ? java.util.List.of() : java.util.List.copyOf(mcpAllowedOrigins);
        headerTimeout = headerTimeout == null ? Duration.ofSeconds(10) : headerTimeout;
        bodyTimeout = bodyTimeout == null ? Duration.ofSeconds(30) : bodyTimeout;
        maxConnectionsPerClient = maxConnectionsPerClient == null ? 256 : maxConnectionsPerClient;
        drainTimeout = drainTimeout == null ? Duration.ofSeconds(30) : drainTimeout;
        adminRole = adminRole == null ? "admin" : adminRole;
        if (drainTimeout.isNegative()) {
            throw new IllegalArgumentException("drain-timeout must not be negative");
        }
        if (headerTimeout.isNegative() || headerTimeout.isZero() || bodyTimeout.isNegative() || bodyTimeout.isZero()) {
            throw new IllegalArgumentException("header-timeout and body-timeout must be positive");
        }
    }

    /** Every key at its default. */
    public static ServerConfig defaults() {
        return new ServerConfig(null, null, null, null, null, null, null, null, null, null);
    }

    public ServerConfig withPort(int newPort) {
        return new ServerConfig(host, newPort, maxRequestBytes, keptRuns, mcpAllowedOrigins, headerTimeout, bodyTimeout, maxConnectionsPerClient,
                drainTimeout, adminRole);
    }
}
