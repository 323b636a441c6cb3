package dev.aegis.api;

import dev.aegis.api.auth.AuthenticatorFactory;
import dev.aegis.api.guard.GuardrailFactory;
import dev.aegis.api.hook.HookFactory;
import dev.aegis.api.model.ModelProviderFactory;
import dev.aegis.api.node.PipelineNodeFactory;
import dev.aegis.api.secret.SecretProviderFactory;
import dev.aegis.api.telemetry.TelemetryExporterFactory;
import dev.aegis.api.vector.EmbeddingProviderFactory;
import dev.aegis.api.vector.VectorStoreProviderFactory;
import java.util.List;

/**
 * The single entry point a plugin jar may declare in
 * {@code META-INF/services/dev.aegis.api.AegisPlugin}. Override only what the plugin offers.
 * Declaring each factory in its own service file works as well.
 */
@API(status = API.Status.STABLE)
public interface AegisPlugin {

    default List<ModelProviderFactory<?>> modelProviders() {
        return List.of();
    }

    default List<GuardrailFactory<?>> guardrails() {
        return List.of();
    }

    default List<PipelineNodeFactory<?>> pipelineNodes() {
        return List.of();
    }

    default List<SecretProviderFactory<?>> secretProviders() {
        return List.of();
    }

    default List<AuthenticatorFactory<?>> authenticators() {
        return List.of();
    }

    default List<TelemetryExporterFactory<?>> telemetryExporters() {
        return List.of();
    }

    default List<EmbeddingProviderFactory<?>> embeddingProviders() {
        return List.of();
    }

    default List<VectorStoreProviderFactory<?>> vectorStores() {
        return List.of();
    }

    default List<HookFactory<?>> hooks() {
        return List.of();
    }
}
