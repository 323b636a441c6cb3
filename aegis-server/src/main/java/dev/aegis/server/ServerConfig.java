package dev.aegis.server;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;

/**
 * The {@code server} section of {@code aegis.yaml}.
 *
 * @param host the address to listen on; loopback by default, {@code 0.0.0.0} to accept remote clients
 * @param maxRequestBytes larger request bodies are refused with 413 before they are parsed
 * @param keptRuns finished runs kept for {@code GET /v1/runs/{id}} (oldest forgotten first)
 */
public record ServerConfig(@NotBlank String host, @Min(0) @Max(65535) Integer port, @Positive Long maxRequestBytes, @Positive Integer keptRuns) {

    public ServerConfig {
        host = host == null ? "127.0.0.1" : host;
        port = port == null ? 8080 : port;
        maxRequestBytes = maxRequestBytes == null ? 4L * 1024 * 1024 : maxRequestBytes;
        keptRuns = keptRuns == null ? 10_000 : keptRuns;
    }

    public ServerConfig withPort(int newPort) {
        return new ServerConfig(host, newPort, maxRequestBytes, keptRuns);
    }
}
