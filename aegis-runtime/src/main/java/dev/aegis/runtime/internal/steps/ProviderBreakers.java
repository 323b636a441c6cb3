package dev.aegis.runtime.internal.steps;

import dev.aegis.api.model.ProviderException;
import dev.aegis.runtime.CircuitBreakerPolicy;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import java.util.concurrent.TimeUnit;

/** One circuit breaker per provider, shared by every route compiled with the same compiler. */
public final class ProviderBreakers {

    private final CircuitBreakerRegistry registry;

    public ProviderBreakers(CircuitBreakerPolicy policy) {
        this.registry = CircuitBreakerRegistry.of(CircuitBreakerConfig.custom()
                .slidingWindowType(CircuitBreakerConfig.SlidingWindowType.COUNT_BASED)
                .slidingWindowSize(policy.window())
                .minimumNumberOfCalls(policy.minimumCalls())
                .failureRateThreshold(policy.failureRatePercent())
                .waitDurationInOpenState(policy.openFor())
                .permittedNumberOfCallsInHalfOpenState(3)
                .automaticTransitionFromOpenToHalfOpenEnabled(false)
                .build());
    }

    /** A permit to call the provider, or empty while its circuit is open. */
    java.util.Optional<Permit> acquire(String provider) {
        CircuitBreaker breaker = registry.circuitBreaker(provider);
        return breaker.tryAcquirePermission() ? java.util.Optional.of(new Permit(breaker, System.nanoTime())) : java.util.Optional.empty();
    }

    /** The state of a provider's circuit, e.g. {@code CLOSED}, {@code OPEN}, {@code HALF_OPEN}. */
    public String state(String provider) {
        return registry.circuitBreaker(provider).getState().name();
    }

    /** Each provider called so far, with the state of its circuit, for the circuit-state gauge. */
    public void forEachState(java.util.function.BiConsumer<String, String> consumer) {
        registry.getAllCircuitBreakers().forEach(breaker -> consumer.accept(breaker.getName(), breaker.getState().name()));
    }

    static final class Permit {
        private final CircuitBreaker breaker;
        private final long started;

        private Permit(CircuitBreaker breaker, long started) {
            this.breaker = breaker;
            this.started = started;
        }

        void succeeded() {
            breaker.onSuccess(System.nanoTime() - started, TimeUnit.NANOSECONDS);
        }

        /** Only the upstream's own failures count against it; a rejected request was the client's. */
        void failed(ProviderException failure) {
            switch (failure.failure()) {
                case CONNECT, TIMEOUT, RATE_LIMITED, UNAVAILABLE, FAILED -> breaker.onError(System.nanoTime() - started, TimeUnit.NANOSECONDS, failure);
                case REJECTED, UNSUPPORTED -> breaker.onSuccess(System.nanoTime() - started, TimeUnit.NANOSECONDS);
            }
        }

        void abandoned() {
            breaker.releasePermission();
        }
    }
}
