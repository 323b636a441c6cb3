package dev.aegis.client.internal;

import dev.aegis.client.RunStream;
import dev.aegis.client.RunsApi;
import dev.aegis.client.internal.json.JsonReader;
import dev.aegis.client.internal.json.RequestEncoder;
import dev.aegis.client.model.Run;
import dev.aegis.client.model.RunRequest;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/** {@code POST /v1/runs} (plain and streamed) and {@code GET /v1/runs/{id}}. */
public final class HttpRuns implements RunsApi {

    private final Transport transport;

    public HttpRuns(Transport transport) {
        this.transport = transport;
    }

    @Override
    public Run create(RunRequest request) {
        return Decoding.one(transport.json(Call.post("/v1/runs", RequestEncoder.run(request, false))), Run.class);
    }

    @Override
    public RunStream stream(RunRequest request) {
        HttpResponse<InputStream> response = transport.open(Call.post("/v1/runs", RequestEncoder.run(request, true)));
        String type = response.headers().firstValue("content-type").orElse("");
        if (type.startsWith("text/event-stream")) {
            return new HttpRunStream(response.body(), transport.timeout());
        }
        return single(response);
    }

    /** A gateway that answered the run as one document rather than a stream: the stream of just that run. */
    private static RunStream single(HttpResponse<InputStream> response) {
        String body;
        try (InputStream in = response.body()) {
            body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new dev.aegis.client.error.AegisConnectionException("The connection broke while reading the run: " + e.getMessage(), e);
        }
        Run run = Decoding.one(new Transport.Answer(response.statusCode(), JsonReader.parse(body)), Run.class);
        Iterator<Run> only = List.of(run).iterator();
        return new RunStream() {
            @Override
            public boolean hasNext() {
                return only.hasNext();
            }

            @Override
            public Run next() {
                if (!only.hasNext()) {
                    throw new NoSuchElementException("the run's stream has ended");
                }
                return only.next();
            }

            @Override
            public void close() {}
        };
    }

    @Override
    public Run get(String runId) {
        return Decoding.one(transport.json(Call.get("/v1/runs/" + Paths.segment(runId))), Run.class);
    }
}
