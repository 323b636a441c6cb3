package dev.aegis.plugin.openai;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CountDownLatch;

/** Canned upstream behaviour, in OpenAI's wire format. */
final class Answers {

    static final String COMPLETION = """
            {"id": "chatcmpl-1", "object": "chat.completion", "model": "gpt-test-0613",
             "choices": [{"index": 0, "message": {"role": "assistant", "content": "Hello!"}, "finish_reason": "stop"}],
             "usage": {"prompt_tokens": 12, "completion_tokens": 3, "total_tokens": 15}}
            """;

    static final String[] TEXT_STREAM = {
            """
            {"id":"c1","object":"chat.completion.chunk","model":"gpt-test","choices":[{"index":0,"delta":{"role":"assistant","content":""},"finish_reason":null}],"usage":null}""",
            """
            {"id":"c1","object":"chat.completion.chunk","model":"gpt-test","choices":[{"index":0,"delta":{"content":"Hel"},"finish_reason":null}],"usage":null}""",
            """
            {"id":"c1","object":"chat.completion.chunk","model":"gpt-test","choices":[{"index":0,"delta":{"content":"lo!"},"finish_reason":null}],"usage":null}""",
            """
            {"id":"c1","object":"chat.completion.chunk","model":"gpt-test","choices":[{"index":0,"delta":{},"finish_reason":"stop"}],"usage":null}""",
            """
            {"id":"c1","object":"chat.completion.chunk","model":"gpt-test","choices":[],"usage":{"prompt_tokens":12,"completion_tokens":2,"total_tokens":14}}""",
            "[DONE]"};

    private Answers() {}

    /** Answers chat completions (streamed or not) and embeddings like OpenAI does. */
    static FakeOpenAi.Answer openAi() {
        return (exchange, request, server) -> {
            if (request.path().endsWith("/chat/completions")) {
                if (request.streams()) {
                    sse(TEXT_STREAM).respond(exchange, request, server);
                } else {
                    json(200, COMPLETION).respond(exchange, request, server);
                }
            } else if (request.path().endsWith("/embeddings")) {
                json(200, embeddings(request.json().path("input").size())).respond(exchange, request, server);
            } else {
                json(404, "{\"error\": {\"message\": \"no route\"}}").respond(exchange, request, server);
            }
        };
    }

    static FakeOpenAi.Answer json(int status, String body) {
        return (exchange, request, server) -> {
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(status, bytes.length);
            exchange.getResponseBody().write(bytes);
        };
    }

    /** Each argument becomes one {@code data:} event; {@code [DONE]} is sent only if listed. */
    static FakeOpenAi.Answer sse(String... events) {
        return (exchange, request, server) -> {
            OutputStream out = startEvents(exchange);
            for (String event : events) {
                send(out, "data: " + event + "\n\n");
            }
        };
    }

    /** Sends the events, then drops the connection without ending the chunked body. */
    static FakeOpenAi.Answer sseThenDrop(String... events) {
        return (exchange, request, server) -> {
            sse(events).respond(exchange, request, server);
            throw new IOException("the fake upstream drops the connection on purpose");
        };
    }

    /** Sends the response headers and one event, then goes silent. */
    static FakeOpenAi.Answer stallAfterFirstEvent() {
        return (exchange, request, server) -> {
            OutputStream out = startEvents(exchange);
            send(out, "data: " + TEXT_STREAM[1] + "\n\n");
            server.stall();
        };
    }

    /** Sends a 200 with a body it never writes. */
    static FakeOpenAi.Answer stallAfterHeaders() {
        return (exchange, request, server) -> {
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, 0);
            exchange.getResponseBody().flush();
            server.stall();
        };
    }

    /** Streams keep-alive comments until a write fails, then counts down {@code clientLeft}. */
    static FakeOpenAi.Answer streamUntilTheClientLeaves(CountDownLatch clientLeft) {
        return (exchange, request, server) -> {
            OutputStream out = startEvents(exchange);
            send(out, "data: " + TEXT_STREAM[1] + "\n\n");
            try {
                for (int i = 0; i < 1_000; i++) {
                    send(out, ": still thinking\n\n");
                    Thread.sleep(10);
                }
            } catch (IOException e) {
                clientLeft.countDown();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        };
    }

    static String embeddings(int inputs) {
        StringBuilder data = new StringBuilder();
        // listed in reverse: the reader must order by index
        for (int i = inputs - 1; i >= 0; i--) {
            data.append(data.isEmpty() ? "" : ",")
                    .append("{\"object\":\"embedding\",\"index\":").append(i)
                    .append(",\"embedding\":[").append(i).append(".5,-0.25,1e-3]}");
        }
        return "{\"object\":\"list\",\"data\":[" + data + "],\"model\":\"embed-test\",\"usage\":{\"prompt_tokens\":7,\"total_tokens\":7}}";
    }

    private static OutputStream startEvents(HttpExchange exchange) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream");
        exchange.sendResponseHeaders(200, 0);
        return exchange.getResponseBody();
    }

    private static void send(OutputStream out, String text) throws IOException {
        out.write(text.getBytes(StandardCharsets.UTF_8));
        out.flush();
    }
}
