package dev.aegis.plugin.openai;

import dev.aegis.api.secret.Secret;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Positive;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * Configuration of one OpenAI-compatible upstream.
 *
 * @param baseUrl the API root the paths {@code /chat/completions} and {@code /embeddings} are appended to
 * @param apiKey a secret reference; absent for local servers that need no key
 * @param authHeader how the key is sent: {@code Authorization: Bearer KEY}, or {@code api-key: KEY} for Azure
 * @param model used when neither the request nor the route names a model
 * @param organization sent as {@code OpenAI-Organization}
 * @param headers extra static headers sent with every call; not for secrets
 * @param query extra query parameters, e.g. Azure's {@code api-version}
 * @param connectTimeout for opening a connection
 * @param idleTimeout the longest silence between two reads, not a total: a long stream that keeps
 *     sending survives, a stalled one fails
 * @param maxConnections idle keep-alive connections kept for reuse; size it for concurrent streams
 * @param poolIdleTimeout a connection idle longer is closed rather than reused: keep it below the
 *     upstream's keep-alive timeout (5 s for uvicorn, Node.js and Apache, 60 s for AWS load balancers)
 * @param streamUsage asks for the usage chunk at the end of a stream unless the client set {@code stream_options}
 */
public record OpenAiConfig(
        String baseUrl,
        Optional<Secret> apiKey,
        AuthHeader authHeader,
        Optional<String> model,
        Optional<String> organization,
        Map<String, String> headers,
        Map<String, String> query,
        Duration connectTimeout,
        Duration idleTimeout,
        @Positive @Max(65_536) Integer maxConnections,
        Duration poolIdleTimeout,
        Boolean streamUsage,
        Boolean systemProxy) {

    public OpenAiConfig {
        baseUrl = withoutTrailingSlash(baseUrl == null ? "https://api.openai.com/v1" : baseUrl.strip());
        apiKey = apiKey == null ? Optional.empty() : apiKey;
        authHeader = authHeader == null ? AuthHeader.AUTHORIZATION : authHeader;
        model = model == null ? Optional.empty() : model.filter(name -> !name.isBlank());
        organization = organization == null ? Optional.empty() : organization.filter(name -> !name.isBlank());
        headers = headers == null ? Map.of() : Map.copyOf(headers);
        query = query == null ? Map.of() : Map.copyOf(query);
        connectTimeout = positive(connectTimeout == null ? Duration.ofSeconds(5) : connectTimeout, "connect-timeout");
        idleTimeout = positive(idleTimeout == null ? Duration.ofSeconds(60) : idleTimeout, "idle-timeout");
        maxConnections = maxConnections == null ? 256 : maxConnections;
        poolIdleTimeout = positive(poolIdleTimeout == null ? Duration.ofSeconds(4) : poolIdleTimeout, "pool-idle-timeout");
        streamUsage = streamUsage == null || streamUsage;
        systemProxy = systemProxy != null && systemProxy;
        requireHttpUrl(baseUrl);
    }

    /** Where the key goes. */
    public enum AuthHeader {
        /** {@code Authorization: Bearer KEY}: OpenAI and most compatible servers. */
        AUTHORIZATION,
        /** {@code api-key: KEY}: Azure OpenAI. */
        API_KEY
    }

    private static String withoutTrailingSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    private static Duration positive(Duration duration, String key) {
        if (duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException(key + " must be positive");
        }
        return duration;
    }

    // The messages never echo the URL: it could carry credentials.
    private static void requireHttpUrl(String url) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("base-url is not a valid URL");
        }
        boolean http = "http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme());
        if (!http || uri.getHost() == null) {
            throw new IllegalArgumentException("base-url must be an absolute http or https URL");
        }
        if (uri.getRawUserInfo() != null) {
            throw new IllegalArgumentException("base-url must not hold credentials: use api-key");
        }
        if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
            throw new IllegalArgumentException("base-url must have no query or fragment: put parameters under query");
        }
    }
}
