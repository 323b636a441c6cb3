package dev.aegis.plugin.mcp;

import dev.aegis.api.secret.Secret;
import jakarta.validation.constraints.NotEmpty;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The MCP servers one tool source connects to.
 *
 * @param servers by name (kebab or snake case); the order is kept, it is the order of {@code tools()}
 * @param callTimeout the longest a tool call may take
 * @param startTimeout the longest starting a server (process start, {@code initialize}) or listing its tools may take
 * @param refreshInterval how long a tool listing is trusted when the server sends no {@code tools/list_changed}
 * @param prefix true exposes each tool as {@code <server>_<tool>}; false keeps the server's names, and a
 *     name offered by two servers stops startup
 */
public record McpConfig(
        @NotEmpty Map<String, Server> servers,
        Duration callTimeout,
        Duration startTimeout,
        Duration refreshInterval,
        Boolean prefix) {

    private static final Pattern SERVER_NAME = Pattern.compile("[a-z0-9]+([-_][a-z0-9]+)*");

    public McpConfig {
        servers = servers == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(servers));
        callTimeout = positive(callTimeout == null ? Duration.ofSeconds(30) : callTimeout, "call-timeout");
        startTimeout = positive(startTimeout == null ? Duration.ofSeconds(30) : startTimeout, "start-timeout");
        refreshInterval = positive(refreshInterval == null ? Duration.ofMinutes(5) : refreshInterval, "refresh-interval");
        prefix = prefix != null && prefix;
        servers.forEach(McpConfig::check);
    }

    /**
     * One MCP server: either a {@code command} started as a child process speaking MCP on its stdin and
     * stdout, or the {@code url} of a streamable HTTP endpoint.
     *
     * @param command the program and its arguments, no shell involved
     * @param env variables the child gets besides a minimal base (PATH, HOME, …); the gateway's own
     *     environment, with its keys, is not passed on
     * @param secretEnv like {@code env}, with secret references as values
     * @param workingDirectory the child's; the gateway's by default
     * @param url an absolute http(s) URL without credentials
     * @param headers sent with every HTTP request, e.g. {@code Authorization}; values are secret references
     */
    public record Server(
            List<String> command,
            Map<String, String> env,
            Map<String, Secret> secretEnv,
            Optional<String> workingDirectory,
            Optional<String> url,
            Map<String, Secret> headers) {

        public Server {
            command = command == null ? List.of() : List.copyOf(command);
            env = env == null ? Map.of() : Map.copyOf(env);
            secretEnv = secretEnv == null ? Map.of() : Map.copyOf(secretEnv);
            workingDirectory = workingDirectory == null ? Optional.empty() : workingDirectory.filter(directory -> !directory.isBlank());
            url = url == null ? Optional.empty() : url.map(String::strip).filter(address -> !address.isEmpty());
            headers = headers == null ? Map.of() : Map.copyOf(headers);
        }

        public boolean isStdio() {
            return !command.isEmpty();
        }
    }

    private static void check(String name, Server server) {
        String at = "servers." + name;
        if (!SERVER_NAME.matcher(name).matches()) {
            throw new IllegalArgumentException(at + ": a server name is lower case letters and digits, words joined by '-' or '_'");
        }
        if (server == null) {
            throw new IllegalArgumentException(at + ": give a command or a url");
        }
        if (server.isStdio() == server.url().isPresent()) {
            throw new IllegalArgumentException(at + ": give either a command (stdio) or a url (streamable HTTP), not " + (server.isStdio() ? "both" : "neither"));
        }
        if (server.isStdio()) {
            if (server.command().stream().anyMatch(part -> part == null || part.isBlank())) {
                throw new IllegalArgumentException(at + ".command: no part may be empty");
            }
            if (!server.headers().isEmpty()) {
                throw new IllegalArgumentException(at + ".headers: only for a url server");
            }
            server.env().keySet().stream().filter(server.secretEnv()::containsKey).findFirst().ifPresent(key -> {
                throw new IllegalArgumentException(at + ": '" + key + "' is in both env and secret-env");
            });
        } else {
            if (!server.env().isEmpty() || !server.secretEnv().isEmpty() || server.workingDirectory().isPresent()) {
                throw new IllegalArgumentException(at + ": env, secret-env and working-directory are only for a command server");
            }
            requireHttpUrl(at + ".url", server.url().orElseThrow());
        }
    }

    private static Duration positive(Duration duration, String key) {
        if (duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException(key + " must be positive");
        }
        return duration;
    }

    // The messages never echo the URL: it could carry credentials.
    private static void requireHttpUrl(String at, String url) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(at + " is not a valid URL");
        }
        boolean http = "http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme());
        if (!http || uri.getHost() == null) {
            throw new IllegalArgumentException(at + " must be an absolute http or https URL");
        }
        if (uri.getRawUserInfo() != null) {
            throw new IllegalArgumentException(at + " must not hold credentials: use headers");
        }
        if (uri.getRawFragment() != null) {
            throw new IllegalArgumentException(at + " must have no fragment");
        }
    }
}
