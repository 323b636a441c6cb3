package dev.aegis.plugin.mcp;

import io.modelcontextprotocol.json.McpJsonMapper;
import io.modelcontextprotocol.json.TypeRef;
import io.modelcontextprotocol.spec.McpClientTransport;
import io.modelcontextprotocol.spec.McpSchema;
import io.modelcontextprotocol.spec.McpSchema.JSONRPCMessage;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import reactor.core.publisher.Mono;

/**
 * MCP over a child process's stdin and stdout, one JSON-RPC message per line. Unlike the SDK's
 * stdio transport it reports the child's exit as it happens (so calls in flight fail at once instead
 * of waiting for their timeout), honours a working directory, and stops the child's own children
 * too: servers are often started through wrappers such as {@code npx} or {@code uvx}.
 */
final class ChildProcessTransport implements McpClientTransport {

    private static final Logger LOG = Logger.getLogger(ChildProcessTransport.class.getName());
    private static final int MAX_LINE = 16 * 1024 * 1024;
    private static final long STOP_GRACE_MILLIS = 2_000;

    private final String server;
    private final List<String> command;
    private final Map<String, String> environment;
    private final Optional<Path> workingDirectory;
    private final McpJsonMapper json;
    private final StandardErrorTail standardError;
    private final CompletableFuture<Integer> exited = new CompletableFuture<>();
    private volatile Process process;
    private volatile boolean closing;
    private volatile ChildProcessException startFailure;

    ChildProcessTransport(String server, List<String> command, Map<String, String> environment, Optional<Path> workingDirectory,
            McpJsonMapper json, StandardErrorTail standardError) {
        this.server = server;
        this.command = List.copyOf(command);
        this.environment = Map.copyOf(environment);
        this.workingDirectory = workingDirectory;
        this.json = json;
        this.standardError = standardError;
    }

    /** Completes with the exit code once the child has exited, for whatever reason. */
    CompletableFuture<Integer> exited() {
        return exited;
    }

    @Override
    public Mono<Void> connect(Function<Mono<JSONRPCMessage>, Mono<JSONRPCMessage>> handler) {
        return Mono.fromRunnable(() -> start(handler));
    }

    private void start(Function<Mono<JSONRPCMessage>, Mono<JSONRPCMessage>> handler) {
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().clear();
        builder.environment().putAll(environment);
        workingDirectory.ifPresent(directory -> builder.directory(directory.toFile()));
        Process started;
        try {
            started = builder.start();
        } catch (IOException | RuntimeException e) {
            // the OS message names the program ("No such file or directory"); the arguments may be private
            ChildProcessException failure = new ChildProcessException("cannot run '" + command.getFirst() + "': " + e.getMessage(), e);
            startFailure = failure;
            exited.completeExceptionally(failure);
            throw failure;
        }
        process = started;
        Thread.ofVirtual().name("mcp-" + server + "-stdout").start(() -> readMessages(started, handler));
        Thread stderr = Thread.ofVirtual().name("mcp-" + server + "-stderr").start(() -> standardError.drain(started.getErrorStream()));
        // the last words on stderr explain an exit: give the reader a moment to take them in
        started.onExit().thenAcceptAsync(ended -> {
            awaitQuietly(stderr);
            exited.complete(ended.exitValue());
        }, work -> Thread.ofVirtual().start(work));
    }

    private static void awaitQuietly(Thread thread) {
        try {
            thread.join(Duration.ofMillis(500));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** What the child wrote to stderr last, if anything. */
    Optional<String> standardError() {
        String tail = standardError.text();
        return tail.isEmpty() ? Optional.empty() : Optional.of(tail);
    }

    private void readMessages(Process child, Function<Mono<JSONRPCMessage>, Mono<JSONRPCMessage>> handler) {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = readLine(reader); line != null; line = readLine(reader)) {
                if (line.isBlank()) {
                    continue;
                }
                JSONRPCMessage message;
                try {
                    message = McpSchema.deserializeJsonRpcMessage(json, line);
                } catch (IOException | IllegalArgumentException e) {
                    // servers that log to stdout are common; a line that is not JSON-RPC is skipped, not fatal
                    LOG.fine(() -> "MCP server '" + server + "' wrote a line that is not JSON-RPC; skipped");
                    continue;
                }
                handler.apply(Mono.just(message)).subscribe(ignored -> {}, error -> LOG.log(Level.FINE, "MCP server '" + server + "': message handling failed", error));
            }
        } catch (IOException e) {
            if (!closing) {
                LOG.log(Level.FINE, "MCP server '" + server + "': reading its output failed", e);
            }
        } finally {
            // a child that closes its stdout cannot answer any more: treat it as gone
            if (!closing && child.isAlive()) {
                stop(child);
            }
        }
    }

    private static String readLine(BufferedReader reader) throws IOException {
        StringBuilder line = new StringBuilder();
        for (int c = reader.read(); c != -1; c = reader.read()) {
            if (c == '\n') {
                return line.toString();
            }
            if (line.length() >= MAX_LINE) {
                throw new IOException("a message is longer than " + MAX_LINE + " characters");
            }
            if (c != '\r') {
                line.append((char) c);
            }
        }
        return line.isEmpty() ? null : line.toString();
    }

    @Override
    public Mono<Void> sendMessage(JSONRPCMessage message) {
        return Mono.fromRunnable(() -> write(message));
    }

    private void write(JSONRPCMessage message) {
        Process child = process;
        if (child == null && startFailure != null) {
            throw startFailure;
        }
        if (child == null || !child.isAlive() || closing) {
            throw new ChildProcessException("MCP server '" + server + "' is not running", null);
        }
        try {
            byte[] line = (json.writeValueAsString(message) + "\n").getBytes(StandardCharsets.UTF_8);
            OutputStream stdin = child.getOutputStream();
            synchronized (stdin) {
                stdin.write(line);
                stdin.flush();
            }
        } catch (IOException e) {
            throw new ChildProcessException("MCP server '" + server + "' stopped reading its input", e);
        }
    }

    @Override
    public Mono<Void> closeGracefully() {
        return Mono.fromRunnable(this::close);
    }

    @Override
    public void close() {
        closing = true;
        Process child = process;
        if (child != null) {
            stop(child);
        }
    }

    /** Closing stdin asks an MCP server to exit; what is still running after a grace period is killed, children first. */
    private static void stop(Process child) {
        List<ProcessHandle> descendants = child.descendants().toList();
        try {
            child.getOutputStream().close();
        } catch (IOException e) {
            // already closed: the child is exiting anyway
        }
        try {
            if (!child.waitFor(STOP_GRACE_MILLIS, TimeUnit.MILLISECONDS)) {
                descendants.forEach(ProcessHandle::destroy);
                child.destroy();
                if (!child.waitFor(STOP_GRACE_MILLIS, TimeUnit.MILLISECONDS)) {
                    child.destroyForcibly();
                }
            }
        } catch (InterruptedException e) {
            child.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        // a wrapper's children share its stdin and usually follow it; any that linger are stopped too
        for (ProcessHandle descendant : descendants) {
            if (descendant.isAlive()) {
                descendant.destroy();
                try {
                    descendant.onExit().get(STOP_GRACE_MILLIS, TimeUnit.MILLISECONDS);
                } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
                    descendant.destroyForcibly();
                } catch (InterruptedException e) {
                    descendant.destroyForcibly();
                    Thread.currentThread().interrupt();
                }
            }
        }
    }

    /** Kills at once, children included: for a JVM that is shutting down without closing the source. */
    void kill() {
        closing = true;
        Process child = process;
        if (child != null) {
            child.descendants().forEach(ProcessHandle::destroyForcibly);
            child.destroyForcibly();
        }
    }

    /** The child could not be started or written to; the message says which, without the arguments. */
    static final class ChildProcessException extends IllegalStateException {
        ChildProcessException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    @Override
    public <T> T unmarshalFrom(Object data, TypeRef<T> type) {
        return json.convertValue(data, type);
    }
}
