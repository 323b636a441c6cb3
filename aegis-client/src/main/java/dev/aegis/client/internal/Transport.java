package dev.aegis.client.internal;

import dev.aegis.client.error.AegisConnectionException;
import dev.aegis.client.error.AegisException;
import dev.aegis.client.error.AegisTimeoutException;
import dev.aegis.client.internal.json.JsonException;
import dev.aegis.client.internal.json.JsonReader;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;

/**
 * Sends {@link Call}s: adds the key, applies the timeout, retries what is safe to retry and turns
 * error statuses into {@link AegisException}s. 429 is retried for every call, a POST too; 503 and a
 * broken connection for idempotent calls only; a timeout never (the caller chose it).
 */
public final class Transport {

    private static final String USER_AGENT = "aegis-client-java/" + Version.current();

    private final HttpClient http;
    private final URI base;
    private final Optional<String> apiKey;
    private final Duration timeout;
    private final int maxRetries;
    private final Backoff backoff;
    private final Sleeper sleeper;
    private final Clock clock;

    public Transport(HttpClient http, URI base, Optional<String> apiKey, Duration timeout, int maxRetries, Backoff backoff, Sleeper sleeper, Clock clock) {
        this.http = http;
        this.base = base;
        this.apiKey = apiKey;
        this.timeout = timeout;
        this.maxRetries = maxRetries;
        this.backoff = backoff;
        this.sleeper = sleeper;
        this.clock = clock;
    }

    /** How long an answer may take to start, and a stream may stay silent. */
    public Duration timeout() {
        return timeout;
    }

    /** Sends the call and parses the successful answer's JSON body. */
    public Answer json(Call call) {
        HttpResponse<InputStream> response = open(call);
        String body = read(response);
        try {
            return new Answer(response.statusCode(), body.isEmpty() ? Map.of() : JsonReader.parse(body));
        } catch (JsonException e) {
            throw invalidResponse(response.statusCode(), body, e);
        }
    }

    /** A successful answer: its status and parsed body. */
    public record Answer(int status, Object json) {}

    /** Sends the call and answers the successful response with its body unread, for streaming. */
    public HttpResponse<InputStream> open(Call call) {
        HttpRequest request = request(call);
        for (int attempt = 0;; attempt++) {
            HttpResponse<InputStream> response;
            try {
                response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
            } catch (HttpTimeoutException e) {
                throw new AegisTimeoutException("No answer from " + call.method() + " " + call.path() + " within " + request.timeout().orElse(timeout) + ".", e);
            } catch (IOException e) {
                if (call.idempotent() && attempt < maxRetries) {
                    pause(backoff.delay(attempt, Optional.empty()).orElseThrow());
                    continue;
                }
                throw new AegisConnectionException("Could not reach the gateway at " + base + ": " + describe(e), e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AegisConnectionException("Interrupted while calling the gateway.", e);
            }
            int status = response.statusCode();
            if (status < 400) {
                return response;
            }
            String body = read(response);
            Optional<Duration> retryAfter = RetryAfter.parse(response.headers().firstValue("retry-after"), clock.instant());
            if (retryable(call, status) && attempt < maxRetries) {
                Optional<Duration> delay = backoff.delay(attempt, retryAfter);
                if (delay.isPresent()) {
                    pause(delay.get());
                    continue;
                }
            }
            throw ErrorBodies.exception(status, body, retryAfter);
        }
    }

    /**
     * 429 is answered before anything runs, so any call may be retried after it. A 503 can come after
     * a run or a decision happened ({@code audit_unavailable}: ran but not recorded), so only
     * idempotent calls are retried after it.
     */
    private static boolean retryable(Call call, int status) {
        return status == 429 || (status == 503 && call.idempotent());
    }

    private HttpRequest request(Call call) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri(call))
                .timeout(timeout.plus(call.extraTime()))
                .header("accept", "application/json, text/event-stream")
                .header("user-agent", USER_AGENT);
        apiKey.ifPresent(key -> builder.header("authorization", "Bearer " + key));
        if (call.body().isPresent()) {
            builder.header("content-type", call.body().get().contentType());
            builder.method(call.method(), HttpRequest.BodyPublishers.ofByteArray(call.body().get().bytes()));
        } else {
            builder.method(call.method(), HttpRequest.BodyPublishers.noBody());
        }
        return builder.build();
    }

    private URI uri(Call call) {
        StringBuilder uri = new StringBuilder(base.toString()).append(call.path());
        if (!call.query().isEmpty()) {
            StringJoiner query = new StringJoiner("&", "?", "");
            call.query().forEach((name, value) -> query.add(encode(name) + "=" + encode(value)));
            uri.append(query);
        }
        return URI.create(uri.toString());
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private void pause(Duration delay) {
        try {
            sleeper.sleep(delay);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AegisConnectionException("Interrupted while waiting to retry.", e);
        }
    }

    private static String read(HttpResponse<InputStream> response) {
        try (InputStream body = response.body()) {
            return new String(body.readAllBytes(), StandardCharsets.UTF_8);
        } catch (HttpTimeoutException e) {
            throw new AegisTimeoutException("The gateway's answer did not arrive in time.", e);
        } catch (IOException e) {
            throw new AegisConnectionException("The connection broke while reading the gateway's answer: " + describe(e), e);
        }
    }

    static AegisException invalidResponse(int status, String body, RuntimeException cause) {
        return new AegisException(status, "api_error", "invalid_response", "The gateway's answer is not what this client expects: " + cause.getMessage(),
                Optional.empty(), body, cause);
    }

    private static String describe(IOException e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    /** Waits between retries; tests substitute one that records instead of sleeping. */
    @FunctionalInterface
    public interface Sleeper {
        void sleep(Duration delay) throws InterruptedException;
    }
}
