package dev.aegis.runtime.internal.stream;

import dev.aegis.api.model.ChatChunk;
import dev.aegis.api.model.ChatRequest;
import dev.aegis.api.model.ChatStream;
import dev.aegis.api.model.ProviderException;
import dev.aegis.api.state.RunState;
import dev.aegis.runtime.internal.steps.Answers;
import dev.aegis.runtime.internal.steps.Eligible;
import dev.aegis.runtime.internal.steps.ProviderAttempt;
import dev.aegis.runtime.internal.telemetry.ProviderCallSpan;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A streamed answer, pulled chunk by chunk on the calling thread through the response gate. The
 * upstream stream is always closed, which cancels it when a guard stopped it early.
 */
public final class StreamingAttempt implements ProviderAttempt {

    private static final Logger LOG = Logger.getLogger(StreamingAttempt.class.getName());

    private final StreamSession session;
    private final EgressGate gate;

    public StreamingAttempt(StreamSession session, EgressGate gate) {
        this.session = session;
        this.gate = gate;
    }

    @Override
    public RunState call(RunState state, Eligible eligible, ChatRequest request, int attempt) {
        ResponseGate response = gate.open(state, session);
        long sent = System.nanoTime();
        ChatStream stream = open(eligible, request);
        try {
            session.start();
            boolean first = true;
            while (!response.halted()) {
                Optional<ChatChunk> chunk = next(stream, eligible);
                if (chunk.isEmpty()) {
                    break;
                }
                if (first) {
                    first = false;
                    ProviderCallSpan.firstToken(eligible, request, System.nanoTime() - sent);
                }
                response.accept(chunk.get());
                // Chunks that arrived together leave together; none waits while the provider is idle.
                if (!ready(stream)) {
                    session.flush();
                }
            }
            // Before the run's end is recorded (which may take a store write), what was released goes out.
            session.flush();
            if (response.halted()) {
                return Answers.stopped(response.state(), eligible, attempt);
            }
            // Checked before the gate lets go of what it holds: a cut stream must not look finished.
            String finishReason = response.finishReason().orElseThrow(() -> new ProviderException(
                    ProviderException.Failure.FAILED, "the stream of model provider '" + eligible.provider() + "' ended without a finish reason"));
            response.finish();
            session.flush();
            if (response.halted()) {
                return Answers.stopped(response.state(), eligible, attempt);
            }
            return Answers.record(response.state(), eligible, attempt, request.model(), response.answer(), response.usage(), finishReason);
        } finally {
            close(stream, eligible);
        }
    }

    @Override
    public boolean mayRetry() {
        return !session.released();
    }

    private static ChatStream open(Eligible eligible, ChatRequest request) {
        ChatStream stream;
        try {
            stream = eligible.binding().provider().stream(request);
        } catch (ProviderException e) {
            throw e;
        } catch (RuntimeException e) {
            throw ProviderAttempt.unexpected(eligible, e);
        }
        if (stream == null) {
            throw new IllegalStateException("model provider '" + eligible.provider() + "' returned a null stream");
        }
        return stream;
    }

    private static Optional<ChatChunk> next(ChatStream stream, Eligible eligible) {
        Optional<ChatChunk> chunk;
        try {
            chunk = stream.next();
        } catch (ProviderException e) {
            throw e;
        } catch (RuntimeException e) {
            throw ProviderAttempt.unexpected(eligible, e);
        }
        if (chunk == null) {
            throw new IllegalStateException("the stream of model provider '" + eligible.provider() + "' returned null instead of a chunk or empty");
        }
        return chunk;
    }

    private static boolean ready(ChatStream stream) {
        try {
            return stream.ready();
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static void close(ChatStream stream, Eligible eligible) {
        try {
            stream.close();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "closing the stream of model provider '" + eligible.provider() + "' failed", e);
        }
    }
}
