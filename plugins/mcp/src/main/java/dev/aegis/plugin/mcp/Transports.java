package dev.aegis.plugin.mcp;

import dev.aegis.api.secret.Secret;
import io.modelcontextprotocol.client.transport.HttpClientStreamableHttpTransport;
import io.modelcontextprotocol.json.McpJsonMapper;
import io.modelcontextprotocol.spec.McpClientTransport;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;

/** Opens the transport a server's configuration asks for. */
final class Transports {

    // What a child needs to find programs and its home, and nothing of the gateway's own secrets
    // (the same idea as the SDK's default environment).
    private static final Set<String> BASE_ENVIRONMENT = Set.of(
            "HOME", "LOGNAME", "PATH", "SHELL", "TERM", "USER", "LANG", "LC_ALL", "TZ", "TMPDIR",
            "APPDATA", "HOMEDRIVE", "HOMEPATH", "LOCALAPPDATA", "PATHEXT", "PROCESSOR_ARCHITECTURE",
            "SYSTEMDRIVE", "SYSTEMROOT", "TEMP", "TMP", "USERNAME", "USERPROFILE", "COMSPEC");

    private Transports() {}

    /** For a stdio server, the child process it starts; otherwise none. */
    record Opened(McpClientTransport transport, ChildProcessTransport child) {}

    static Opened open(String name, McpConfig.Server server, Duration startTimeout, McpJsonMapper json) {
        if (server.isStdio()) {
            ChildProcessTransport child = new ChildProcessTransport(name, server.command(), environment(server), server.workingDirectory().map(Path::of),
                    json, new StandardErrorTail(name, server.secretEnv().values().stream().map(Secret::reveal).toList()));
            return new Opened(child, child);
        }
        String url = server.url().orElseThrow();
        Map<String, Secret> headers = server.headers();
        HttpClientStreamableHttpTransport http = HttpClientStreamableHttpTransport.builder(url)
                .endpoint(url)
                .jsonMapper(json)
                .connectTimeout(startTimeout)
                // plain HTTP/1.1: the JDK client otherwise sends an h2c upgrade on every new connection
                .customizeClient(client -> client.version(HttpClient.Version.HTTP_1_1).executor(Executors.newVirtualThreadPerTaskExecutor()))
                .httpRequestCustomizer((request, method, endpoint, body, context) -> headers.forEach((header, value) -> request.setHeader(header, value.reveal())))
                .build();
        return new Opened(http, null);
    }

    static Map<String, String> environment(McpConfig.Server server) {
        Map<String, String> environment = new HashMap<>();
        System.getenv().forEach((key, value) -> {
            if (BASE_ENVIRONMENT.contains(key.toUpperCase(Locale.ROOT))) {
                environment.put(key, value);
            }
        });
        environment.putAll(server.env());
        server.secretEnv().forEach((key, value) -> environment.put(key, value.reveal()));
        return environment;
    }

    static List<String> baseEnvironment() {
        return BASE_ENVIRONMENT.stream().sorted().toList();
    }
}
