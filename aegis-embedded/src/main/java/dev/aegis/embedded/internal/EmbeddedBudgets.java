package dev.aegis.embedded.internal;

import static dev.aegis.embedded.internal.Errors.translated;

import dev.aegis.api.AegisException;
import dev.aegis.api.resource.PublishedResource;
import dev.aegis.client.BudgetsApi;
import dev.aegis.client.model.Budgets;
import dev.aegis.server.internal.ApiError;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;

/** The budgets pack's published resource, rendered for the caller as {@code GET /v1/budgets} renders it. */
public final class EmbeddedBudgets implements BudgetsApi {

    static final String RESOURCE = "budgets";

    private final Optional<PublishedResource> resource;
    private final Caller caller;

    public EmbeddedBudgets(Optional<PublishedResource> resource, Caller caller) {
        this.resource = resource;
        this.caller = caller;
    }

    @Override
    public Budgets get() {
        return render(Map.of());
    }

    @Override
    public Budgets get(String team) {
        return render(Map.of("team", team));
    }

    private Budgets render(Map<String, String> query) {
        return translated(() -> {
            PublishedResource budgets = resource.orElseThrow(() -> ApiError.notFound("resource_not_found",
                    "No plugin publishes '" + RESOURCE + "': configure a budgets node."));
            try {
                return Listings.budgets(budgets.render(caller.principal(), query).getBytes(StandardCharsets.UTF_8));
            } catch (AegisException refused) {
                throw ApiError.refusal(refused);
            }
        });
    }

}
