package dev.aegis.plugin.langchain4j;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.Optional;

/** Checks the config records share; failures name the key, as the kernel reports them. */
final class ConfigChecks {

    static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(60);

    /** LangChain4j insists on an API key; a proxy named by base-url that adds its own is sent this instead. */
    static final String NO_KEY = "none";

    private ConfigChecks() {}

    static Duration timeout(Duration timeout) {
        Duration value = timeout == null ? DEFAULT_TIMEOUT : timeout;
        if (value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException("timeout must be positive, e.g. 60s");
        }
        return value;
    }

    /** An absolute http(s) URL without a trailing slash, so the vendor paths append cleanly. */
    static Optional<String> baseUrl(Optional<String> baseUrl) {
        Optional<String> value = baseUrl == null ? Optional.empty() : baseUrl.map(String::strip);
        value.ifPresent(url -> {
            try {
                URI uri = new URI(url);
                if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme()) || uri.getHost() == null) {
                    throw new IllegalArgumentException("base-url must be an absolute http or https URL, e.g. http://127.0.0.1:8080/v1");
                }
            } catch (URISyntaxException e) {
                throw new IllegalArgumentException("base-url is not a URL: " + e.getReason());
            }
        });
        return value.map(url -> url.endsWith("/") ? url.substring(0, url.length() - 1) : url);
    }

    static <T> Optional<T> orEmpty(Optional<T> value) {
        return value == null ? Optional.empty() : value;
    }
}
