package dev.aegis.runtime;

import dev.aegis.api.model.ChatRequest;
import dev.aegis.api.model.ChatResponse;
import dev.aegis.api.model.ChatStream;
import dev.aegis.api.model.ModelProvider;
import dev.aegis.api.state.Message;
import dev.aegis.api.state.Usage;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/** A thread-safe provider whose answers wait for a gate to open (or five seconds to pass). */
final class GatedProvider implements ModelProvider {

    private final CountDownLatch gate;
    private final AtomicInteger calls = new AtomicInteger();

    GatedProvider(CountDownLatch gate) {
        this.gate = gate;
    }

    int calls() {
        return calls.get();
    }

    @Override
    public ChatResponse complete(ChatRequest request) {
        calls.incrementAndGet();
        try {
            gate.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return new ChatResponse("gated", "gated", Message.assistant("done"), "stop", Usage.ZERO);
    }

    @Override
    public ChatStream stream(ChatRequest request) {
        throw new UnsupportedOperationException("gated does not stream");
    }
}
