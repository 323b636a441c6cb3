package dev.aegis.archtest;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

/** Each rule fails on a fixture that breaks it, naming the offending class. */
class RulesBiteTest {

    @Test
    void aPluginUsingAKernelClassBreaksThePluginRule() {
        assertFails(AegisArchitecture.PLUGINS_SEE_ONLY_THE_API_AND_THEMSELVES, Fixtures.of("dev.aegis.plugin.badfixture"),
                "PluginReachingIntoTheKernel", "dev.aegis.kernel.config.ConfigException");
    }

    @Test
    void aPluginUsingAnotherPluginBreaksThePluginRule() {
        assertFails(AegisArchitecture.PLUGINS_SEE_ONLY_THE_API_AND_THEMSELVES, Fixtures.of("dev.aegis.plugin.badfixture"),
                "PluginUsingAnotherPlugin", "dev.aegis.plugin.mock.MockProviderConfig");
    }

    @Test
    void aPluginUsingTheApiAndItsOwnSubPackageKeepsThePluginRule() {
        assertThatCode(() -> AegisArchitecture.PLUGINS_SEE_ONLY_THE_API_AND_THEMSELVES.check(Fixtures.of("dev.aegis.plugin.goodfixture")))
                .doesNotThrowAnyException();
    }

    @Test
    void aPackUsingAnotherPackBreaksThePackRule() {
        assertFails(AegisArchitecture.PACKS_SEE_ONLY_THE_API_AND_THEMSELVES, Fixtures.of("dev.aegis.pack.alpha", "dev.aegis.pack.beta"),
                "dev.aegis.pack.alpha.AlphaReadsBetasLabel", "dev.aegis.pack.beta.BetaLabels");
    }

    @Test
    void embeddedModeStartingAWebServerBreaksTheNoHttpRule() {
        assertFails(AegisArchitecture.EMBEDDED_MODE_HAS_NO_HTTP_SERVER, Fixtures.of("dev.aegis.embedded.badfixture"),
                "EmbeddedStartingAServer", "io.helidon.webserver.WebServer", "dev.aegis.server.AegisServer");
    }

    @Test
    void langGraph4jOutsideTheRuntimeBreaksItsQuarantine() {
        assertFails(AegisArchitecture.LANGGRAPH4J_ONLY_IN_THE_RUNTIME, Fixtures.of("dev.aegis.kernel.badfixture"),
                "KernelBuildingAGraph", "org.bsc.langgraph4j.StateGraph");
    }

    @Test
    void langChain4jOutsideItsPluginBreaksItsQuarantine() {
        assertFails(AegisArchitecture.LANGCHAIN4J_ONLY_IN_ITS_PROVIDER_PLUGIN, Fixtures.of("dev.aegis.kernel.badfixture"),
                "KernelUsingLangChain4j", "dev.langchain4j.badfixture.FakeChatModel");
    }

    @Test
    void onnxRuntimeOrDjlInAnotherPluginBreaksTheirQuarantine() {
        assertFails(AegisArchitecture.IN_PROCESS_MODELS_ONLY_IN_THE_EMBEDDERS_AND_THE_ONNX_SLOT, Fixtures.of("dev.aegis.plugin.badfixture"),
                "PluginRunningAModelInProcess", "ai.onnxruntime.badfixture.FakeOrtSession", "ai.djl.badfixture.FakeTokenizer");
    }

    @Test
    void onnxRuntimeInTheLlmGuardPackOutsideItsOnnxSlotBreaksTheirQuarantine() {
        assertFails(AegisArchitecture.IN_PROCESS_MODELS_ONLY_IN_THE_EMBEDDERS_AND_THE_ONNX_SLOT, Fixtures.of("dev.aegis.pack.llmguard.badfixture"),
                "ScannerUsingOnnxRuntime", "ai.onnxruntime.badfixture.FakeOrtSession");
    }

    @Test
    void theMcpSdkOutsideTheServerAndItsPluginBreaksItsQuarantine() {
        assertFails(AegisArchitecture.MCP_SDK_ONLY_IN_THE_SERVER_AND_THE_MCP_PLUGIN, Fixtures.of("dev.aegis.kernel.badfixture"),
                "KernelUsingTheMcpSdk", "io.modelcontextprotocol.badfixture.FakeMcpServer");
    }

    @Test
    void theOpenTelemetrySdkOutsideTheServerBreaksItsQuarantine() {
        assertFails(AegisArchitecture.OPENTELEMETRY_SDK_ONLY_IN_THE_SERVER, Fixtures.of("dev.aegis.runtime.badfixture"),
                "RuntimeUsingTheOpenTelemetrySdk", "io.opentelemetry.sdk.badfixture.FakeTracerProvider");
    }

    @Test
    void openNlpOutsideTheLlmGuardPackBreaksItsQuarantine() {
        assertFails(AegisArchitecture.OPENNLP_ONLY_IN_THE_LLM_GUARD_PACK, Fixtures.of("dev.aegis.kernel.badfixture"),
                "KernelUsingOpenNlp", "opennlp.badfixture.FakeLanguageDetector");
    }

    @Test
    void pdfBoxOutsideTheServersIngestionBreaksItsQuarantine() {
        assertFails(AegisArchitecture.PDFBOX_ONLY_IN_THE_SERVERS_INGESTION, Fixtures.of("dev.aegis.kernel.badfixture"),
                "KernelReadingPdfs", "org.apache.pdfbox.badfixture.FakePdfLoader");
    }

    @Test
    void luceneOutsideItsVectorStoreBreaksItsQuarantine() {
        assertFails(AegisArchitecture.LUCENE_ONLY_IN_THE_LUCENE_VECTOR_STORE, Fixtures.of("dev.aegis.kernel.badfixture"),
                "KernelUsingLucene", "org.apache.lucene.badfixture.FakeIndexWriter");
    }

    @Test
    void mavenResolverOutsideTheInstallerBreaksItsQuarantine() {
        assertFails(AegisArchitecture.MAVEN_RESOLVER_ONLY_IN_THE_INSTALLER, Fixtures.of("dev.aegis.cli.badfixture"),
                "CliResolvingArtifacts", "org.eclipse.aether.badfixture.FakeRepositorySystem");
    }

    @Test
    void anApiTypeUsingTheKernelBreaksTheJdkOnlyRule() {
        assertFails(AegisArchitecture.API_DEPENDS_ONLY_ON_THE_JDK, Fixtures.of("dev.aegis.api.badfixture"),
                "ApiUsingTheKernel", "dev.aegis.kernel.config.ConfigError");
    }

    @Test
    void aClientClassUsingJacksonBreaksTheClientsJdkOnlyRule() {
        assertFails(AegisArchitecture.CLIENT_DEPENDS_ONLY_ON_THE_JDK, Fixtures.of("dev.aegis.client.badfixture"),
                "ClientUsingJackson", "com.fasterxml.jackson.databind.ObjectMapper");
    }

    @Test
    void anApiTypeWithoutAStabilityMarkBreaksTheStabilityRule() {
        assertFails(AegisArchitecture.API_TYPES_DECLARE_THEIR_STABILITY, Fixtures.of("dev.aegis.api.badfixture"),
                "dev.aegis.api.badfixture.UnmarkedContract");
    }

    @Test
    void aTestkitHelperUsingTheKernelBreaksTheTestkitRule() {
        assertFails(AegisArchitecture.TESTKIT_SEES_ONLY_THE_API, Fixtures.of("dev.aegis.testkit.badfixture"),
                "TestkitUsingTheKernel", "dev.aegis.kernel.config.ConfigBinding");
    }

    @Test
    void theKernelCallingTheRuntimeBreaksTheLayering() {
        assertFails(AegisArchitecture.KERNEL_DOES_NOT_DEPEND_ON_THE_LAYERS_ABOVE, Fixtures.of("dev.aegis.kernel.badfixture"),
                "KernelCallingTheRuntime", "dev.aegis.runtime.badfixture.RuntimeEntry");
    }

    @Test
    void theRuntimeCallingTheServerBreaksTheLayering() {
        assertFails(AegisArchitecture.RUNTIME_DOES_NOT_DEPEND_ON_THE_INTERFACES, Fixtures.of("dev.aegis.runtime.badfixture"),
                "RuntimeEntry", "dev.aegis.server.badfixture.ServerEntry");
    }

    @Test
    void theServerStartingTheCliBreaksTheLayering() {
        assertFails(AegisArchitecture.SERVER_DOES_NOT_DEPEND_ON_THE_CLI, Fixtures.of("dev.aegis.server.badfixture"),
                "ServerStartingTheCli", "dev.aegis.cli.badfixture.CliEntry");
    }

    private static void assertFails(ArchRule rule, JavaClasses fixtures, String... named) {
        assertThatThrownBy(() -> rule.check(fixtures))
                .isInstanceOf(AssertionError.class)
                .hasMessageContainingAll(named);
    }
}
