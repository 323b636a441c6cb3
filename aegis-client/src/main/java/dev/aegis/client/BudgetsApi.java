package dev.aegis.client;

import dev.aegis.client.model.Budgets;

/** Spend and limits of the budgets pack. */
public interface BudgetsApi {

    /** The caller's team's and key's budgets (every team's for an admin). */
    Budgets get();

    /** One team's budgets: the caller's own, or any for an admin. */
    Budgets get(String team);
}
