package dev.aegis.archtest;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import org.junit.jupiter.api.Test;

/** The rules hold for the production classes of every module. */
class ArchitectureTest {

    private final JavaClasses production = ProductionClasses.all();

    @Test
    void theImportHoldsTheMainClassesOfEveryModuleButNoTestOrFixture() {
        assertThat(production.stream().map(JavaClass::getName)).contains(
                "dev.aegis.api.PluginFactory",
                "dev.aegis.testkit.FakeModelProvider",
                "dev.aegis.kernel.config.ConfigBinding",
                "dev.aegis.runtime.RouteCompiler",
                "dev.aegis.server.AegisServer",
                "dev.aegis.plugin.secrets.FileSecretProvider",
                "dev.aegis.plugin.mock.MockModelProvider",
                "dev.aegis.plugin.mcp.McpToolSource",
                "dev.aegis.plugin.lucene.LuceneVectorStore",
                "dev.aegis.cli.Main",
                "dev.aegis.installer.PluginInstaller",
                "dev.aegis.embedded.EmbeddedAegis");
        assertThat(production.stream().map(JavaClass::getPackageName)).noneSatisfy(name -> assertThat(Fixtures.PACKAGES).contains(name));
        assertThat(production.stream().map(JavaClass::getName)).doesNotContain(
                "dev.aegis.testkit.FakeModelProviderTest",
                "dev.aegis.archtest.ArchitectureTest");
    }

    @Test
    void pluginsSeeOnlyTheApiAndThemselves() {
        AegisArchitecture.PLUGINS_SEE_ONLY_THE_API_AND_THEMSELVES.check(production);
    }

    @Test
    void packsSeeOnlyTheApiAndThemselves() {
        AegisArchitecture.PACKS_SEE_ONLY_THE_API_AND_THEMSELVES.check(production);
    }

    @Test
    void langGraph4jIsUsedOnlyByTheRuntime() {
        AegisArchitecture.LANGGRAPH4J_ONLY_IN_THE_RUNTIME.check(production);
    }

    @Test
    void langChain4jIsUsedOnlyByItsProviderPlugin() {
        AegisArchitecture.LANGCHAIN4J_ONLY_IN_ITS_PROVIDER_PLUGIN.check(production);
    }

    @Test
    void onnxRuntimeAndDjlAreUsedOnlyByTheEmbeddersAndTheOnnxSlot() {
        AegisArchitecture.IN_PROCESS_MODELS_ONLY_IN_THE_EMBEDDERS_AND_THE_ONNX_SLOT.check(production);
    }

    @Test
    void theMcpSdkIsUsedOnlyByTheServerAndTheMcpPlugin() {
        AegisArchitecture.MCP_SDK_ONLY_IN_THE_SERVER_AND_THE_MCP_PLUGIN.check(production);
    }

    @Test
    void theOpenTelemetrySdkIsUsedOnlyByTheServer() {
        AegisArchitecture.OPENTELEMETRY_SDK_ONLY_IN_THE_SERVER.check(production);
    }

    @Test
    void openNlpIsUsedOnlyByTheLlmGuardPack() {
        AegisArchitecture.OPENNLP_ONLY_IN_THE_LLM_GUARD_PACK.check(production);
    }

    @Test
    void pdfBoxIsUsedOnlyByTheServersIngestion() {
        AegisArchitecture.PDFBOX_ONLY_IN_THE_SERVERS_INGESTION.check(production);
    }

    @Test
    void luceneIsUsedOnlyByTheLuceneVectorStore() {
        AegisArchitecture.LUCENE_ONLY_IN_THE_LUCENE_VECTOR_STORE.check(production);
    }

    @Test
    void mavenResolverIsUsedOnlyByTheInstaller() {
        AegisArchitecture.MAVEN_RESOLVER_ONLY_IN_THE_INSTALLER.check(production);
    }

    @Test
    void theApiDependsOnlyOnTheJdk() {
        AegisArchitecture.API_DEPENDS_ONLY_ON_THE_JDK.check(production);
    }

    @Test
    void theClientDependsOnlyOnTheJdk() {
        AegisArchitecture.CLIENT_DEPENDS_ONLY_ON_THE_JDK.check(production);
    }

    @Test
    void everyPublicApiTypeDeclaresItsStability() {
        AegisArchitecture.API_TYPES_DECLARE_THEIR_STABILITY.check(production);
    }

    @Test
    void theTestkitSeesOnlyTheApi() {
        AegisArchitecture.TESTKIT_SEES_ONLY_THE_API.check(production);
    }

    @Test
    void theKernelDoesNotDependOnTheLayersAbove() {
        AegisArchitecture.KERNEL_DOES_NOT_DEPEND_ON_THE_LAYERS_ABOVE.check(production);
    }

    @Test
    void theRuntimeDoesNotDependOnTheInterfaces() {
        AegisArchitecture.RUNTIME_DOES_NOT_DEPEND_ON_THE_INTERFACES.check(production);
    }

    @Test
    void theServerDoesNotDependOnTheCli() {
        AegisArchitecture.SERVER_DOES_NOT_DEPEND_ON_THE_CLI.check(production);
    }

    @Test
    void embeddedModeHasNoHttpServer() {
        AegisArchitecture.EMBEDDED_MODE_HAS_NO_HTTP_SERVER.check(production);
    }
}
