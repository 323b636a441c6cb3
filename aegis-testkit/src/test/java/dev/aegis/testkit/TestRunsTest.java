package dev.aegis.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aegis.api.state.Message;
import dev.aegis.api.state.RunState;
import dev.aegis.api.state.StateKey;
import dev.aegis.api.state.Target;
import dev.aegis.api.state.Usage;
import org.junit.jupiter.api.Test;

class TestRunsTest {

    @Test
    void aStateFromTextIsAFreshRunWhereTheUserSaidIt() {
        RunState state = TestRuns.state("hello");

        assertThat(state.runId()).isEqualTo(TestRuns.RUN_ID);
        assertThat(state.route()).isEqualTo(TestRuns.ROUTE);
        assertThat(state.principal()).contains(TestRuns.principal());
        assertThat(state.messages()).containsExactly(Message.user("hello"));
    }

    @Test
    void theBuilderMergesKeysAsDeltasDo() {
        StateKey<String> classification = StateKey.of("test.classification");

        RunState state = TestRuns.run()
                .id("run-7")
                .route("support")
                .system("be nice")
                .user("hi")
                .label("team", "payments")
                .label("tier", "gold")
                .masked("<EMAIL_1>", "bob@example.com")
                .masked("<EMAIL_2>", "eve@example.com")
                .targets(Target.of("openai-eu"), Target.of("local"))
                .usage(Usage.ofTokens(1, 2))
                .usage(Usage.ofTokens(3, 4))
                .with(classification, "restricted")
                .build();

        assertThat(state.runId()).isEqualTo("run-7");
        assertThat(state.route()).isEqualTo("support");
        assertThat(state.messages()).containsExactly(Message.system("be nice"), Message.user("hi"));
        assertThat(state.labels()).containsOnlyKeys("team", "tier");
        assertThat(state.maskMap().size()).isEqualTo(2);
        assertThat(state.targets()).extracting(Target::provider).containsExactly("openai-eu", "local");
        assertThat(state.usage()).isEqualTo(Usage.ofTokens(4, 6));
        assertThat(state.get(classification)).contains("restricted");
    }
}
