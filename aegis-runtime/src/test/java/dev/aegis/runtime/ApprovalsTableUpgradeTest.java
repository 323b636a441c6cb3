package dev.aegis.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aegis.api.auth.Principal;
import dev.aegis.api.state.Message;
import dev.aegis.api.state.RunState;
import dev.aegis.kernel.plan.Durability;
import dev.aegis.runtime.durable.Approval;
import dev.aegis.runtime.durable.Decision;
import dev.aegis.runtime.durable.DurableStore;
import dev.aegis.runtime.store.Database;
import dev.aegis.runtime.store.StoreConfig;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A state store made by a version without approval rules and quorums still opens, and pauses and resumes runs. */
class ApprovalsTableUpgradeTest {

    @TempDir
    Path dataDirectory;

    @Test
    void anApprovalsTableWithoutRulesGainsTheColumn() throws Exception {
        try (Database old = Database.open(StoreConfig.DEFAULTS, dataDirectory);
                Connection connection = old.dataSource().getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE aegis_approvals (run_id VARCHAR(200) PRIMARY KEY, route VARCHAR(200) NOT NULL,"
                    + " principal_id VARCHAR(200) NOT NULL, team VARCHAR(200) NOT NULL, reason TEXT NOT NULL, guard VARCHAR(200) NOT NULL,"
                    + " created_at BIGINT NOT NULL, expires_at BIGINT NOT NULL, status VARCHAR(16) NOT NULL, decided_by VARCHAR(200),"
                    + " decided_at BIGINT)");
            statement.execute("INSERT INTO aegis_approvals VALUES ('run-old', 'old', 'alice', '', 'why', 'ingress.1.x', 0, 1, 'approved', 'bob', 1)");
        }
        FakeProvider provider = FakeProvider.answering("done");
        try (DurableStore store = DurableStore.open(StoreConfig.DEFAULTS, dataDirectory, new TestClock(Instant.parse("2026-03-01T09:00:00Z")))) {
            CompiledRoute compiled = TestRoute.route().named("upgraded").durability(Durability.PAUSE_AND_END)
                    .ingress("sensitive", FakeGuard.requiringApproval("merger")).provider("main", provider)
                    .compile(new RouteCompiler(RetryBackoff.NONE).withDurability(store));
            compiled.invoke(RunState.start("run-new", "upgraded", Principal.of("alice", "payments"), List.of(Message.user("the merger"))));

            assertThat(store.approvals().get("run-old")).hasValueSatisfying(approval -> assertThat(approval.rules()).isEmpty());
            assertThat(store.approvals().get("run-new")).map(Approval::rules).hasValue(List.of("sensitive-topic"));
            assertThat(compiled.resume("run-new", Decision.approve("bob")).status()).isEqualTo(RunStatus.COMPLETED);
        }
    }
}
