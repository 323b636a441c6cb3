package dev.aegis.server.mcp;

import dev.aegis.api.auth.Principal;
import dev.aegis.server.internal.AuthFilter;
import io.helidon.common.media.type.MediaTypes;
import io.helidon.http.HeaderName;
import io.helidon.http.HeaderNames;
import io.helidon.http.Status;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import io.modelcontextprotocol.common.McpTransportContext;
import io.modelcontextprotocol.json.McpJsonMapper;
import io.modelcontextprotocol.json.TypeRef;
import io.modelcontextprotocol.spec.HttpHeaders;
import io.modelcontextprotocol.spec.McpSchema;
import io.modelcontextprotocol.spec.McpStreamableServerSession;
import io.modelcontextprotocol.spec.McpStreamableServerTransportProvider;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;

/**
 * MCP's streamable-HTTP transport on Helidon: {@code POST} carries client messages (requests are
 * answered on an event stream, notifications and responses with 202), {@code GET} opens the
 * session's listening stream, {@code DELETE} ends the session. The auth filter has already resolved
 * the caller; each session belongs to the principal that initialized it.
 */
final class HelidonStreamableTransport implements McpStreamableServerTransportProvider {

    /** Where tools find the caller in the {@link McpTransportContext}. */
    static final String PRINCIPAL = "aegis.principal";

    // Failures are logged by type only: their messages may quote what the client sent.
    private static final Logger LOG = Logger.getLogger(HelidonStreamableTransport.class.getName());
    private static final HeaderName SESSION_ID = HeaderNames.create(HttpHeaders.MCP_SESSION_ID);
    private static final HeaderName PROTOCOL_VERSION = HeaderNames.create(HttpHeaders.PROTOCOL_VERSION);

    private final McpJsonMapper mapper;
    private final McpSessions sessions;
    private final IncomingMessages incoming;
    private final Duration heartbeat;
    private final Scheduler scheduler;
    private final Map<String, ResponseStream> listening = new ConcurrentHashMap<>();
    private volatile McpStreamableServerSession.Factory sessionFactory;
    private volatile boolean closing;

    HelidonStreamableTransport(McpJsonMapper mapper, McpSessions sessions, long maxBodyBytes, Duration heartbeat, Scheduler scheduler) {
        this.mapper = mapper;
        this.sessions = sessions;
        this.incoming = new IncomingMessages(mapper, maxBodyBytes);
        this.heartbeat = heartbeat;
        this.scheduler = scheduler;
    }

    @Override
    public void setSessionFactory(McpStreamableServerSession.Factory sessionFactory) {
        this.sessionFactory = sessionFactory;
    }

    public void post(ServerRequest request, ServerResponse response) {
        if (refusedWhileClosing(response)) {
            return;
        }
        Principal principal = AuthFilter.principal(request);
        Optional<McpSchema.JSONRPCMessage> read = incoming.read(request, response);
        if (read.isEmpty()) {
            return;
        }
        McpSchema.JSONRPCMessage message = read.get();
        if (message instanceof McpSchema.JSONRPCRequest call && McpSchema.METHOD_INITIALIZE.equals(call.method())) {
            initialize(call, principal, response);
            return;
        }
        Optional<McpStreamableServerSession> session = session(request, principal, response);
        if (session.isEmpty()) {
            return;
        }
        McpTransportContext context = context(principal);
        switch (message) {
            case McpSchema.JSONRPCRequest call -> respond(session.get(), call, context, response);
            case McpSchema.JSONRPCNotification notification -> accepted(session.get().accept(notification), context, response);
            case McpSchema.JSONRPCResponse answer -> accepted(session.get().accept(answer), context, response);
            default -> JsonRpcErrors.badRequest(response, "Unknown kind of JSON-RPC message.");
        }
    }

    public void get(ServerRequest request, ServerResponse response) {
        if (refusedWhileClosing(response)) {
            return;
        }
        Principal principal = AuthFilter.principal(request);
        if (!request.headers().contains(HeaderNames.ACCEPT) || !request.headers().isAccepted(MediaTypes.TEXT_EVENT_STREAM)) {
            JsonRpcErrors.badRequest(response, "Accept must list text/event-stream.");
            return;
        }
        Optional<McpStreamableServerSession> session = session(request, principal, response);
        if (session.isEmpty()) {
            return;
        }
        String id = request.headers().first(SESSION_ID).orElseThrow();
        ResponseStream stream = new ResponseStream(mapper);
        McpStreamableServerSession.McpStreamableServerSessionStream sessionStream = session.get().listeningStream(stream);
        // The newest listening stream wins: the SDK keeps one per session, so end the one it replaced.
        Optional.ofNullable(listening.put(id, stream)).ifPresent(ResponseStream::close);
        try {
            drain(stream, response, true);
        } finally {
            listening.remove(id, stream);
            sessionStream.close();
        }
    }

    public void delete(ServerRequest request, ServerResponse response) {
        Principal principal = AuthFilter.principal(request);
        Optional<McpStreamableServerSession> session = session(request, principal, response);
        if (session.isEmpty()) {
            return;
        }
        String id = request.headers().first(SESSION_ID).orElseThrow();
        try {
            sessions.remove(id);
        } catch (IllegalStateException e) {
            storeUnavailable(response, e);
            return;
        }
        try {
            session.get().delete().contextWrite(ctx -> ctx.put(McpTransportContext.KEY, context(principal))).block();
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "closing an MCP session failed: " + e.getClass().getName());
        }
        response.status(Status.OK_200).send();
    }

    @Override
    public Mono<Void> notifyClients(String method, Object params) {
        return Flux.fromIterable(sessions.all())
                .flatMap(session -> session.sendNotification(method, params).onErrorComplete())
                .then();
    }

    @Override
    public Mono<Void> notifyClient(String sessionId, String method, Object params) {
        return Mono.defer(() -> sessions.bySdkId(sessionId).map(session -> session.sendNotification(method, params)).orElse(Mono.empty()));
    }

    @Override
    public Mono<Void> closeGracefully() {
        return Mono.defer(() -> {
            closing = true;
            return Flux.fromIterable(sessions.all())
                    .flatMap(session -> session.closeGracefully().onErrorComplete())
                    .then(Mono.fromRunnable(() -> {
                        sessions.clear();
                        listening.values().forEach(ResponseStream::close);
                    }));
        });
    }

    private void initialize(McpSchema.JSONRPCRequest call, Principal principal, ServerResponse response) {
        McpSchema.InitializeRequest initialize;
        try {
            initialize = mapper.convertValue(call.params(), new TypeRef<McpSchema.InitializeRequest>() {});
        } catch (IllegalArgumentException e) {
            JsonRpcErrors.send(response, 400, call.id(), McpSchema.ErrorCodes.INVALID_PARAMS, "The initialize parameters are malformed.");
            return;
        }
        McpStreamableServerSession.McpStreamableServerSessionInit started = sessionFactory.startSession(initialize);
        byte[] body;
        try {
            McpSchema.InitializeResult result = started.initResult().contextWrite(ctx -> ctx.put(McpTransportContext.KEY, context(principal))).block();
            body = mapper.writeValueAsBytes(McpSchema.JSONRPCResponse.result(call.id(), result));
        } catch (IOException | RuntimeException e) {
            started.session().close();
            LOG.log(Level.FINE, "an MCP session could not be initialized: " + e.getClass().getName());
            JsonRpcErrors.send(response, 500, call.id(), McpSchema.ErrorCodes.INTERNAL_ERROR, "The session could not be initialized.");
            return;
        }
        String id;
        try {
            id = sessions.open(started.session(), principal, mapper.writeValueAsString(initialize));
        } catch (IOException | IllegalStateException e) {
            started.session().close();
            storeUnavailable(response, e);
            return;
        }
        response.header(SESSION_ID, id);
        response.status(Status.OK_200);
        response.header(HeaderNames.CONTENT_TYPE, "application/json");
        response.send(body);
    }

    private void respond(McpStreamableServerSession session, McpSchema.JSONRPCRequest call, McpTransportContext context, ServerResponse response) {
        ResponseStream stream = new ResponseStream(mapper);
        McpStreamableServerSession.McpStreamableServerSessionStream sessionStream = session.responseStream(stream);
        // The SDK runs on a virtual thread of its own; this handler thread stays the response's only writer.
        sessionStream.handle(call)
                .contextWrite(ctx -> ctx.put(McpTransportContext.KEY, context))
                .subscribeOn(scheduler)
                .subscribe(null, error -> {
                    LOG.log(Level.FINE, "an MCP request stream failed: " + error.getClass().getName());
                    stream.close();
                });
        if (!drain(stream, response, false)) {
            // the client went away: whatever the server still asks it on this stream fails now
            sessionStream.close();
        }
    }

    /** @return false when the client went away before the stream ended */
    private boolean drain(ResponseStream stream, ServerResponse response, boolean announce) {
        response.status(Status.OK_200);
        response.header(HeaderNames.CONTENT_TYPE, MediaTypes.TEXT_EVENT_STREAM_VALUE);
        response.header(HeaderNames.CACHE_CONTROL, "no-cache");
        try (OutputStream out = response.outputStream()) {
            if (announce) {
                // sends the headers now: the client learns the stream is open before any event
                out.write(": open\n\n".getBytes(StandardCharsets.US_ASCII));
                out.flush();
            }
            return stream.drainTo(out, heartbeat);
        } catch (IOException | UncheckedIOException e) {
            stream.close();
            LOG.log(Level.FINE, "an MCP client went away: " + e.getClass().getName());
            return false;
        }
    }

    private void accepted(Mono<Void> handling, McpTransportContext context, ServerResponse response) {
        try {
            handling.contextWrite(ctx -> ctx.put(McpTransportContext.KEY, context)).block();
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "an MCP message was not accepted: " + e.getClass().getName());
            JsonRpcErrors.badRequest(response, "The message does not answer anything this session asked.");
            return;
        }
        response.status(Status.ACCEPTED_202).send();
    }

    /** The caller's session, or an answer already sent: 400 without an id or with a version we do not speak, 404 when not theirs. */
    private Optional<McpStreamableServerSession> session(ServerRequest request, Principal principal, ServerResponse response) {
        Optional<String> version = request.headers().first(PROTOCOL_VERSION);
        if (version.isPresent() && !protocolVersions().contains(version.get())) {
            JsonRpcErrors.badRequest(response, "Unsupported MCP-Protocol-Version; this server speaks " + protocolVersions() + ".");
            return Optional.empty();
        }
        Optional<String> id = request.headers().first(SESSION_ID).filter(value -> !value.isBlank());
        if (id.isEmpty()) {
            JsonRpcErrors.badRequest(response, "Mcp-Session-Id is required after initialize.");
            return Optional.empty();
        }
        Optional<McpStreamableServerSession> session;
        try {
            session = sessions.find(id.get(), principal, this::takeOver);
        } catch (IllegalStateException e) {
            storeUnavailable(response, e);
            return Optional.empty();
        }
        if (session.isEmpty()) {
            JsonRpcErrors.send(response, 404, JsonRpcErrors.SESSION_NOT_FOUND, "Session not found; initialize a new one.");
        }
        return session;
    }

    /** The SDK's session for one another gateway opened, from the client's {@code initialize} parameters. */
    private McpStreamableServerSession takeOver(String initialize) {
        try {
            return sessionFactory.startSession(mapper.readValue(initialize, McpSchema.InitializeRequest.class)).session();
        } catch (IOException e) {
            throw new IllegalStateException("a stored MCP session cannot be read", e);
        }
    }

    private static void storeUnavailable(ServerResponse response, Exception e) {
        LOG.log(Level.WARNING, "the MCP session store failed: " + e.getClass().getName());
        JsonRpcErrors.send(response, 503, McpSchema.ErrorCodes.INTERNAL_ERROR, "The session store is unavailable; try again.");
    }

    private boolean refusedWhileClosing(ServerResponse response) {
        if (closing) {
            JsonRpcErrors.send(response, 503, McpSchema.ErrorCodes.INTERNAL_ERROR, "The gateway is shutting down.");
        }
        return closing;
    }

    private static McpTransportContext context(Principal principal) {
        return McpTransportContext.create(Map.of(PRINCIPAL, principal));
    }
}
