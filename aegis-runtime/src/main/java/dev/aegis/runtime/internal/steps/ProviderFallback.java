package dev.aegis.runtime.internal.steps;

import dev.aegis.api.model.ChatRequest;
import dev.aegis.api.model.ProviderException;
import dev.aegis.api.state.RunState;
import dev.aegis.api.state.StateDelta;
import dev.aegis.runtime.RetryBackoff;
import dev.aegis.runtime.internal.telemetry.ProviderCallSpan;
import java.time.Duration;
import java.util.List;

/**
 * Calls the eligible targets in order: a retryable failure is retried with backoff, then the next
 * target is tried; a failure that is not retryable, or one after output reached the client, ends
 * the run as failed at once.
 */
final class ProviderFallback {

    private final int retries;
    private final RetryBackoff backoff;
    private final ProviderBreakers breakers;

    ProviderFallback(int retries, RetryBackoff backoff, ProviderBreakers breakers) {
        this.retries = retries;
        this.backoff = backoff;
        this.breakers = breakers;
    }

    RunState run(RunState state, List<Eligible> eligible, ChatRequest request, ProviderAttempt attempt) {
        RunState current = state;
        ProviderException last = null;
        targets:
        for (Eligible target : eligible) {
            for (int number = 1; number <= retries + 1; number++) {
                var permit = breakers.acquire(target.provider());
                if (permit.isEmpty()) {
                    last = new ProviderException(ProviderException.Failure.UNAVAILABLE,
                            "provider '" + target.provider() + "' is out of rotation after repeated failures (circuit open)");
                    current = current.apply(StateDelta.empty().event(ModelCallEvents.skipped(target, number)));
                    continue targets;
                }
                if (number > 1 || target != eligible.getFirst()) {
                    ProviderCallSpan.retried(target, number == 1);
                }
                try {
                    RunState answered = ProviderCallSpan.call(attempt, current, target, request, number);
                    permit.get().succeeded();
                    return answered;
                } catch (ProviderException failure) {
                    permit.get().failed(failure);
                    last = failure;
                    current = current.apply(StateDelta.empty().event(ModelCallEvents.failed(target, number, failure)));
                    if (!failure.failure().isRetryable() || !attempt.mayRetry()) {
                        break targets;
                    }
                    if (number <= retries && !pause(backoff.delay(number))) {
                        break targets;
                    }
                } catch (RuntimeException notTheProviders) {
                    permit.get().abandoned();
                    throw notTheProviders;
                }
            }
        }
        return current.apply(StateDelta.of(ExecutionKeys.FAILURE, last));
    }

    /** Waits before a retry; false when the thread was interrupted, which ends the run. */
    private static boolean pause(Duration delay) {
        if (delay.isZero()) {
            return true;
        }
        try {
            Thread.sleep(delay);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
