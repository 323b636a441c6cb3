package dev.aegis.server.telemetry;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class HttpRoutesTest {

    @Test
    void aMatchedRouteIsNamedByItsTemplate() {
        assertThat(HttpRoutes.label(Optional.of("/v1/runs/{id}"))).isEqualTo("/v1/runs/{id}");
        assertThat(HttpRoutes.matched(Optional.of("/v1/chat/completions"))).contains("/v1/chat/completions");
    }

    @Test
    void everythingThatMatchedNoRouteSharesOneLabel() {
        assertThat(HttpRoutes.label(Optional.empty())).isEqualTo("unmatched");
        assertThat(HttpRoutes.label(Optional.of(""))).isEqualTo("unmatched");
        assertThat(HttpRoutes.matched(Optional.empty())).isEmpty();
    }
}
