package dev.aegis.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.aegis.api.model.ProviderException;
import dev.aegis.api.vector.EmbeddingProvider;
import java.util.List;
import org.junit.jupiter.api.Test;

class FakeEmbeddingProviderTest extends EmbeddingProviderContractTest {

    @Override
    protected EmbeddingProvider embedder() {
        return new FakeEmbeddingProvider(64);
    }

    @Test
    void failsWhenToldToThenRecovers() {
        FakeEmbeddingProvider fake = new FakeEmbeddingProvider(8).failNext(1, ProviderException.Failure.RATE_LIMITED);
        assertThatThrownBy(() -> fake.embed(List.of("x"))).isInstanceOfSatisfying(ProviderException.class,
                e -> assertThat(e.failure()).isEqualTo(ProviderException.Failure.RATE_LIMITED));
        assertThat(fake.embed(List.of("x"))).hasSize(1);
        assertThat(fake.requests()).hasSize(2);
    }
}
