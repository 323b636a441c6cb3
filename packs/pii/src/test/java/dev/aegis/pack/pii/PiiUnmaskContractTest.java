package dev.aegis.pack.pii;

import dev.aegis.api.NoConfig;
import dev.aegis.api.guard.Guardrail;
import dev.aegis.api.state.RunState;
import dev.aegis.testkit.FakePluginContext;
import dev.aegis.testkit.GuardrailContractTest;
import dev.aegis.testkit.TestRuns;

class PiiUnmaskContractTest extends GuardrailContractTest {

    @Override
    protected Guardrail guardrail() {
        return new PiiUnmaskFactory().create(new NoConfig(), FakePluginContext.create());
    }

    @Override
    protected String sensitiveSample() {
        return "Write to <EMAIL_1> or call <PHONE_1>.";
    }

    @Override
    protected RunState state() {
        return TestRuns.run().user("Write to <EMAIL_1>").masked("<EMAIL_1>", "jane.miller@example.com").masked("<PHONE_1>", "+44 20 7946 0958").build();
    }
}
