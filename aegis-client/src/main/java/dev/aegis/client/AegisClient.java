package dev.aegis.client;

import dev.aegis.client.internal.Backoff;
import dev.aegis.client.internal.HttpApprovals;
import dev.aegis.client.internal.HttpAudit;
import dev.aegis.client.internal.HttpBudgets;
import dev.aegis.client.internal.HttpCollections;
import dev.aegis.client.internal.HttpModels;
import dev.aegis.client.internal.HttpRoutes;
import dev.aegis.client.internal.HttpRuns;
import dev.aegis.client.internal.HttpToolPins;
import dev.aegis.client.internal.Transport;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * The Aegis native API over HTTP ({@code java.net.http}, no other dependency). Thread-safe; build one
 * and share it:
 *
 * <pre>{@code
 * try (Aegis aegis = AegisClient.builder().baseUrl("http://127.0.0.1:8080").apiKey(key).build()) {
 *     Run run = aegis.runs().create("default", "Hello");
 * }
 * }</pre>
 */
public final class AegisClient implements Aegis {

    public static final String DEFAULT_BASE_URL = "http://127.0.0.1:8080";

    private final HttpClient http;
    private final RunsApi runs;
    private final ApprovalsApi approvals;
    private final AuditApi audit;
    private final BudgetsApi budgets;
    private final ToolPinsApi toolPins;
    private final RoutesApi routes;
    private final ModelsApi models;
    private final CollectionsApi collections;

    private AegisClient(HttpClient http, Transport transport) {
        this.http = http;
        this.runs = new HttpRuns(transport);
        this.approvals = new HttpApprovals(transport);
        this.audit = new HttpAudit(transport);
        this.budgets = new HttpBudgets(transport);
        this.toolPins = new HttpToolPins(transport);
        this.routes = new HttpRoutes(transport);
        this.models = new HttpModels(transport);
        this.collections = new HttpCollections(transport);
    }

    public static Builder builder() {
        return new Builder();
    }

    @Override
    public RunsApi runs() {
        return runs;
    }

    @Override
    public ApprovalsApi approvals() {
        return approvals;
    }

    @Override
    public AuditApi audit() {
        return audit;
    }

    @Override
    public BudgetsApi budgets() {
        return budgets;
    }

    @Override
    public ToolPinsApi toolPins() {
        return toolPins;
    }

    @Override
    public RoutesApi routes() {
        return routes;
    }

    @Override
    public ModelsApi models() {
        return models;
    }

    @Override
    public CollectionsApi collections() {
        return collections;
    }

    @Override
    public void close() {
        http.shutdown();
    }

    /** Base URL (default {@value #DEFAULT_BASE_URL}, with or without {@code /v1}), key (default env {@code AEGIS_API_KEY}), timeout, retries. */
    public static final class Builder {

        private String baseUrl = DEFAULT_BASE_URL;
        private Optional<String> apiKey = Optional.ofNullable(System.getenv("AEGIS_API_KEY")).filter(key -> !key.isBlank());
        private Duration timeout = Duration.ofSeconds(60);
        private Duration connectTimeout = Duration.ofSeconds(10);
        private int maxRetries = 2;
        private Backoff backoff = Backoff.standard();
        private Transport.Sleeper sleeper = delay -> Thread.sleep(delay);

        private Builder() {}

        public Builder baseUrl(String url) {
            this.baseUrl = Objects.requireNonNull(url, "url");
            return this;
        }

        public Builder apiKey(String key) {
            this.apiKey = Optional.of(Objects.requireNonNull(key, "key"));
            return this;
        }

        /** How long to wait for an answer to start (a long-poll's wait comes on top). */
        public Builder timeout(Duration answerTimeout) {
            this.timeout = positive(answerTimeout, "timeout");
            return this;
        }

        public Builder connectTimeout(Duration connect) {
            this.connectTimeout = positive(connect, "connectTimeout");
            return this;
        }

        /** Retries after a 429 (any call), a 503 or a broken connection (reads only); 0 turns them off. */
        public Builder maxRetries(int retries) {
            if (retries < 0) {
                throw new IllegalArgumentException("maxRetries must not be negative, was " + retries);
            }
            this.maxRetries = retries;
            return this;
        }

        /** The backoff's first step and its cap; a {@code retry-after} over the cap is not waited for. */
        public Builder backoff(Duration first, Duration cap) {
            this.backoff = new Backoff(positive(first, "first"), positive(cap, "cap"), Math::random);
            return this;
        }

        Builder sleeper(Transport.Sleeper substitute) {
            this.sleeper = substitute;
            return this;
        }

        public AegisClient build() {
            HttpClient http = HttpClient.newBuilder().connectTimeout(connectTimeout).followRedirects(HttpClient.Redirect.NEVER).build();
            return new AegisClient(http, new Transport(http, base(baseUrl), apiKey, timeout, maxRetries, backoff, sleeper, Clock.systemUTC()));
        }

        private static URI base(String url) {
            String trimmed = url.strip();
            while (trimmed.endsWith("/")) {
                trimmed = trimmed.substring(0, trimmed.length() - 1);
            }
            if (trimmed.endsWith("/v1")) {
                trimmed = trimmed.substring(0, trimmed.length() - 3);
            }
            URI uri = URI.create(trimmed);
            if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme())) {
                throw new IllegalArgumentException("the base URL must be http or https: " + url);
            }
            return uri;
        }

        private static Duration positive(Duration duration, String name) {
            if (duration == null || duration.isNegative() || duration.isZero()) {
                throw new IllegalArgumentException(name + " must be positive, was " + duration);
            }
            return duration;
        }
    }
}
