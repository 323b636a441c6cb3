package dev.aegis.client.internal;

import dev.aegis.client.BudgetsApi;
import dev.aegis.client.model.Budgets;

/** {@code GET /v1/budgets}, the budgets pack's published resource. */
public final class HttpBudgets implements BudgetsApi {

    private final Transport transport;

    public HttpBudgets(Transport transport) {
        this.transport = transport;
    }

    @Override
    public Budgets get() {
        return Decoding.one(transport.json(Call.get("/v1/budgets")), Budgets.class);
    }

    @Override
    public Budgets get(String team) {
        return Decoding.one(transport.json(Call.get("/v1/budgets").withQuery("team", team)), Budgets.class);
    }
}
