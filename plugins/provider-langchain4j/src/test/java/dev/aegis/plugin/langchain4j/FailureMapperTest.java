package dev.aegis.plugin.langchain4j;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aegis.api.model.ProviderException;
import dev.aegis.api.model.ProviderException.Failure;
import dev.aegis.api.secret.Secret;
import dev.langchain4j.exception.RateLimitException;
import dev.langchain4j.exception.TimeoutException;
import java.net.ConnectException;
import java.net.http.HttpConnectTimeoutException;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FailureMapperTest {

    private final FailureMapper failures = new FailureMapper("test-vendor", SecretRedactor.of(List.of(Optional.of(Secret.of("s3cr3t-key")))));

    @Test
    void timeoutsAnywhereInTheCauseChainAreTimeouts() {
        assertThat(failures.map(new TimeoutException("request timed out")).failure()).isEqualTo(Failure.TIMEOUT);
        assertThat(failures.map(new RuntimeException(new HttpConnectTimeoutException("connect timed out"))).failure()).isEqualTo(Failure.TIMEOUT);
    }

    @Test
    void aRefusedConnectionIsAConnectFailure() {
        assertThat(failures.map(new RuntimeException(new ConnectException("Connection refused"))).failure()).isEqualTo(Failure.CONNECT);
    }

    @Test
    void langChain4jsOwnClassificationIsUsedWhenNoStatusIsKnown() {
        assertThat(failures.map(new RateLimitException("slow down")).failure()).isEqualTo(Failure.RATE_LIMITED);
        assertThat(failures.map(new IllegalStateException("odd")).failure()).isEqualTo(Failure.FAILED);
    }

    @Test
    void aSecretInAMessageIsRedactedAndItsCauseDropped() {
        ProviderException mapped = failures.map(new IllegalStateException("bad key s3cr3t-key"));

        assertThat(mapped.getMessage()).isEqualTo("test-vendor call failed: bad key ******");
        assertThat(mapped.getCause()).isNull();
    }

    @Test
    void aProviderExceptionPassesThroughUnchanged() {
        ProviderException original = new ProviderException(Failure.REJECTED, "no");

        assertThat(failures.map(original)).isSameAs(original);
    }

    @Test
    void statusesMapToKindsAsTheRuntimeExpects() {
        assertThat(FailureMapper.byStatus(429)).isEqualTo(Failure.RATE_LIMITED);
        assertThat(FailureMapper.byStatus(503)).isEqualTo(Failure.UNAVAILABLE);
        assertThat(FailureMapper.byStatus(408)).isEqualTo(Failure.TIMEOUT);
        assertThat(FailureMapper.byStatus(422)).isEqualTo(Failure.REJECTED);
        assertThat(FailureMapper.byStatus(500)).isEqualTo(Failure.FAILED);
    }
}
