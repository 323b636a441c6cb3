package dev.aegis.archtest;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.lang.ArchRule;
import dev.aegis.api.API;
import java.util.List;

/**
 * The architecture of DESIGN.md as ArchUnit rules. Plain {@link ArchRule}s, checked against the
 * production classes by {@link ArchitectureTest} and against known-bad fixtures by
 * {@link RulesBiteTest}. Rules about modules that do not exist yet allow an empty subject.
 */
final class AegisArchitecture {

    private AegisArchitecture() {}

    static final ArchRule PLUGINS_SEE_ONLY_THE_API_AND_THEMSELVES = classes()
            .that().resideInAPackage("dev.aegis.plugin..")
            .should(new OwnPackageAndApiOnly("dev.aegis.plugin"))
            .because("a plugin's class loader exposes dev.aegis.api only, and plugins never know each other");

    static final ArchRule PACKS_SEE_ONLY_THE_API_AND_THEMSELVES = classes()
            .that().resideInAPackage("dev.aegis.pack..")
            .should(new OwnPackageAndApiOnly("dev.aegis.pack"))
            .allowEmptyShould(true)
            .because("packs are plugins: they talk through run state, never to each other or to the kernel");

    static final ArchRule LANGGRAPH4J_ONLY_IN_THE_RUNTIME = noClasses()
            .that().resideInAPackage("dev.aegis..")
            .and().resideOutsideOfPackage("dev.aegis.runtime..")
            .should().dependOnClassesThat().resideInAPackage("org.bsc.langgraph4j..")
            .because("LangGraph4j stays behind the runtime's adapter");

    static final ArchRule LANGCHAIN4J_ONLY_IN_ITS_PROVIDER_PLUGIN = noClasses()
            .that().resideInAPackage("dev.aegis..")
            .and().resideOutsideOfPackage("dev.aegis.plugin.langchain4j..")
            .should().dependOnClassesThat().resideInAPackage("dev.langchain4j..")
            .because("LangChain4j is wrapped behind ModelProvider in exactly one module");

    static final ArchRule IN_PROCESS_MODELS_ONLY_IN_THE_EMBEDDERS_AND_THE_ONNX_SLOT = noClasses()
            .that().resideInAPackage("dev.aegis..")
            .and().resideOutsideOfPackages("dev.aegis.plugin.embeddings..", "dev.aegis.pack.llmguard.onnx.internal..")
            .should().dependOnClassesThat().resideInAnyPackage("ai.onnxruntime..", "ai.djl..", "dev.langchain4j.model.embedding.onnx..")
            .because("ONNX Runtime, DJL tokenizers and LangChain4j's in-process models (native code, fast-moving) run only in the"
                    + " local embedder and behind the llm-guard pack's onnx slot");

    static final ArchRule MCP_SDK_ONLY_IN_THE_SERVER_AND_THE_MCP_PLUGIN = noClasses()
            .that().resideInAPackage("dev.aegis..")
            .and().resideOutsideOfPackages("dev.aegis.server..", "dev.aegis.plugin.mcp..")
            .should().dependOnClassesThat().resideInAPackage("io.modelcontextprotocol..")
            .because("the MCP SDK serves tools from the server and reaches MCP tools from one plugin");

    static final ArchRule OPENTELEMETRY_SDK_ONLY_IN_THE_SERVER = noClasses()
            .that().resideInAPackage("dev.aegis..")
            .and().resideOutsideOfPackage("dev.aegis.server..")
            .should().dependOnClassesThat().resideInAPackage("io.opentelemetry.sdk..")
            .because("the runtime and plugins program against the OpenTelemetry API; exporters receive neutral records");

    static final ArchRule OPENNLP_ONLY_IN_THE_LLM_GUARD_PACK = noClasses()
            .that().resideInAPackage("dev.aegis..")
            .and().resideOutsideOfPackage("dev.aegis.pack.llmguard..")
            .should().dependOnClassesThat().resideInAPackage("opennlp..")
            .because("Apache OpenNLP (language detection) is the llm-guard pack's own library, imported nowhere else");

    static final ArchRule PDFBOX_ONLY_IN_THE_SERVERS_INGESTION = noClasses()
            .that().resideInAPackage("dev.aegis..")
            .and().resideOutsideOfPackage("dev.aegis.server.vectors..")
            .should().dependOnClassesThat().resideInAPackage("org.apache.pdfbox..")
            .because("Apache PDFBox reads uploaded PDFs for the vector store API, and nowhere else");

    static final ArchRule LUCENE_ONLY_IN_THE_LUCENE_VECTOR_STORE = noClasses()
            .that().resideInAPackage("dev.aegis..")
            .and().resideOutsideOfPackage("dev.aegis.plugin.lucene..")
            .should().dependOnClassesThat().resideInAPackage("org.apache.lucene..")
            .because("Lucene (index format and APIs change with each major version) sits behind VectorStoreProvider in one plugin");

    static final ArchRule MAVEN_RESOLVER_ONLY_IN_THE_INSTALLER = noClasses()
            .that().resideInAPackage("dev.aegis..")
            .and().resideOutsideOfPackage("dev.aegis.installer..")
            .should().dependOnClassesThat().resideInAnyPackage("org.eclipse.aether..", "org.apache.maven..")
            .because("Maven Resolver (and the Maven model it reads poms with) moves fast: aegis plugins install reaches it"
                    + " through the installer alone, so the server never loads it");

    static final ArchRule API_DEPENDS_ONLY_ON_THE_JDK = classes()
            .that().resideInAPackage("dev.aegis.api..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("dev.aegis.api..", "java..", "io.opentelemetry.api..", "org.jspecify..")
            .because("the contracts are what every plugin compiles against; they must not drag libraries along");

    static final ArchRule CLIENT_DEPENDS_ONLY_ON_THE_JDK = classes()
            .that().resideInAPackage("dev.aegis.client..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("dev.aegis.client..", "java..")
            .because("the Java SDK goes into applications of every kind: java.net.http and its own JSON, no library, not even the contracts");

    static final ArchRule API_TYPES_DECLARE_THEIR_STABILITY = classes()
            .that().resideInAPackage("dev.aegis.api..")
            .and().arePublic()
            .and().areTopLevelClasses()
            .should().beAnnotatedWith(API.class)
            .because("plugin authors must see how stable each contract type is");

    static final ArchRule TESTKIT_SEES_ONLY_THE_API = noClasses()
            .that().resideInAPackage("dev.aegis.testkit..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "dev.aegis.kernel..", "dev.aegis.runtime..", "dev.aegis.server..", "dev.aegis.cli..", "dev.aegis.plugin..", "dev.aegis.pack..")
            .because("outside plugin authors test with the testkit against the contracts alone");

    static final ArchRule KERNEL_DOES_NOT_DEPEND_ON_THE_LAYERS_ABOVE = noClasses()
            .that().resideInAPackage("dev.aegis.kernel..")
            .should().dependOnClassesThat().resideInAnyPackage("dev.aegis.runtime..", "dev.aegis.server..", "dev.aegis.cli..")
            .because("the layers point down: interfaces -> runtime -> kernel -> api");

    static final ArchRule RUNTIME_DOES_NOT_DEPEND_ON_THE_INTERFACES = noClasses()
            .that().resideInAPackage("dev.aegis.runtime..")
            .should().dependOnClassesThat().resideInAnyPackage("dev.aegis.server..", "dev.aegis.cli..")
            .allowEmptyShould(true)
            .because("the layers point down: interfaces -> runtime -> kernel -> api");

    static final ArchRule SERVER_DOES_NOT_DEPEND_ON_THE_CLI = noClasses()
            .that().resideInAPackage("dev.aegis.server..")
            .should().dependOnClassesThat().resideInAPackage("dev.aegis.cli..")
            .allowEmptyShould(true)
            .because("the CLI starts the server, not the other way round");

    static final ArchRule EMBEDDED_MODE_HAS_NO_HTTP_SERVER = noClasses()
            .that().resideInAPackage("dev.aegis.embedded..")
            .should().dependOnClassesThat().resideInAnyPackage("io.helidon..", "com.sun.net.httpserver..", "dev.aegis.server.mcp..",
                    "dev.aegis.server.vectors..", "dev.aegis.server.connections..", "dev.aegis.server.telemetry..")
            .orShould().dependOnClassesThat().haveSimpleNameEndingWith("Handler")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("dev.aegis.server.AegisServer")
            .allowEmptyShould(true)
            .because("embedded mode runs routes inside the application: no web server, no HTTP handlers, nothing listening");

    static final List<ArchRule> ALL = List.of(
            PLUGINS_SEE_ONLY_THE_API_AND_THEMSELVES,
            PACKS_SEE_ONLY_THE_API_AND_THEMSELVES,
            LANGGRAPH4J_ONLY_IN_THE_RUNTIME,
            LANGCHAIN4J_ONLY_IN_ITS_PROVIDER_PLUGIN,
            IN_PROCESS_MODELS_ONLY_IN_THE_EMBEDDERS_AND_THE_ONNX_SLOT,
            MCP_SDK_ONLY_IN_THE_SERVER_AND_THE_MCP_PLUGIN,
            OPENTELEMETRY_SDK_ONLY_IN_THE_SERVER,
            OPENNLP_ONLY_IN_THE_LLM_GUARD_PACK,
            PDFBOX_ONLY_IN_THE_SERVERS_INGESTION,
            LUCENE_ONLY_IN_THE_LUCENE_VECTOR_STORE,
            MAVEN_RESOLVER_ONLY_IN_THE_INSTALLER,
            API_DEPENDS_ONLY_ON_THE_JDK,
            CLIENT_DEPENDS_ONLY_ON_THE_JDK,
            API_TYPES_DECLARE_THEIR_STABILITY,
            TESTKIT_SEES_ONLY_THE_API,
            KERNEL_DOES_NOT_DEPEND_ON_THE_LAYERS_ABOVE,
            RUNTIME_DOES_NOT_DEPEND_ON_THE_INTERFACES,
            SERVER_DOES_NOT_DEPEND_ON_THE_CLI,
            EMBEDDED_MODE_HAS_NO_HTTP_SERVER);
}
