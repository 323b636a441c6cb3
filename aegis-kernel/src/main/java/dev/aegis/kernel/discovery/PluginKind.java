package dev.aegis.kernel.discovery;

import dev.aegis.api.AegisPlugin;
import dev.aegis.api.PluginFactory;
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
import java.util.function.Function;

/** The kinds of plugin the kernel discovers, each with its factory contract. */
public enum PluginKind {
    MODEL_PROVIDER("model-provider", ModelProviderFactory.class, AegisPlugin::modelProviders),
    GUARDRAIL("guardrail", GuardrailFactory.class, AegisPlugin::guardrails),
    PIPELINE_NODE("pipeline-node", PipelineNodeFactory.class, AegisPlugin::pipelineNodes),
    SECRET_PROVIDER("secret-provider", SecretProviderFactory.class, AegisPlugin::secretProviders),
    AUTHENTICATOR("authenticator", AuthenticatorFactory.class, AegisPlugin::authenticators),
    TELEMETRY_EXPORTER("telemetry-exporter", TelemetryExporterFactory.class, AegisPlugin::telemetryExporters),
    EMBEDDING_PROVIDER("embedding-provider", EmbeddingProviderFactory.class, AegisPlugin::embeddingProviders),
    VECTOR_STORE("vector-store", VectorStoreProviderFactory.class, AegisPlugin::vectorStores),
    HOOK("hook", HookFactory.class, AegisPlugin::hooks);

    private final String label;
    private final Class<?> factoryType;
    private final Function<AegisPlugin, List<? extends PluginFactory<?, ?>>> fromEntryPoint;

    PluginKind(String label, Class<?> factoryType, Function<AegisPlugin, List<? extends PluginFactory<?, ?>>> fromEntryPoint) {
        this.label = label;
        this.factoryType = factoryType;
        this.fromEntryPoint = fromEntryPoint;
    }

    /** How listings and errors name the kind, e.g. {@code guardrail}. */
    public String label() {
        return label;
    }

    public Class<?> factoryType() {
        return factoryType;
    }

    List<? extends PluginFactory<?, ?>> factoriesOf(AegisPlugin plugin) {
        return fromEntryPoint.apply(plugin);
    }
}
