package dev.aegis.server.telemetry;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HttpRoutesTest {

    @Test
    void runAndApprovalIdsBecomeAPlaceholder() {
        assertThat(HttpRoutes.template("/v1/runs/run_1a2b3c")).isEqualTo("/v1/runs/{id}");
        assertThat(HttpRoutes.template("/v1/approvals/run_9/approve")).isEqualTo("/v1/approvals/{id}/approve");
    }

    @Test
    void pathsWithoutIdsStayAsTheyAre() {
        assertThat(HttpRoutes.template("/v1/chat/completions")).isEqualTo("/v1/chat/completions");
        assertThat(HttpRoutes.template("/v1/approvals")).isEqualTo("/v1/approvals");
        assertThat(HttpRoutes.template("/v1/runs/")).isEqualTo("/v1/runs/");
        assertThat(HttpRoutes.template("/metrics")).isEqualTo("/metrics");
    }
}
