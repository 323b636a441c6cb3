package dev.aegis.plugin.goodfixture;

import dev.aegis.api.guard.Content;
import dev.aegis.api.guard.Guardrail;
import dev.aegis.api.guard.Verdict;
import dev.aegis.api.state.RunState;
import dev.aegis.plugin.goodfixture.internal.Matcher;

/** Fixture: a plugin using the contracts and its own sub-package only, which the rule must allow. */
public final class GoodGuard implements Guardrail {

    private final Matcher matcher = new Matcher("acme");

    @Override
    public Verdict scan(Content content, RunState state) {
        return matcher.matches(content.text()) ? Verdict.block("competitor", java.util.List.of()) : Verdict.allow();
    }
}
