package dev.aegis.example.competitors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.aegis.api.guard.GuardrailFactory;
import dev.aegis.kernel.discovery.DiscoveredPlugin;
import dev.aegis.kernel.discovery.PluginKind;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The example plugin, built by its own Maven build and dropped into a plugin directory, found and
 * used by a real gateway with no change to the gateway: the proof that the contracts are enough.
 */
class BlockCompetitorsFromPluginDirectoryIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path directory;

    static Path plugins;
    static Gateway gateway;

    @BeforeAll
    static void start() throws Exception {
        plugins = ExamplePlugin.directoryUnder(directory);
        gateway = Gateway.start(directory, plugins, """
                providers:
                  local: {type: mock}
                  talkative: {type: mock, config: {reply: "You could also ask Globex about it.", chunk-size: 3}}
                routes:
                  support:
                    models: [mock-1]
                    ingress: [{type: block-competitors, config: {names: [Acme, Globex]}}]
                    execute: {providers: [local]}
                    durability: none
                  press:
                    models: [press-1]
                    execute: {providers: [talkative]}
                    egress: [{type: block-competitors, config: {names: [Globex], replacement: "[competitor]"}}]
                    durability: none
                """);
    }

    @AfterAll
    static void stop() {
        if (gateway != null) {
            gateway.close();
        }
    }

    @Test
    void theExampleIsNotOnTheTestsOwnClassPath() {
        assertThatThrownBy(() -> Class.forName(ExamplePlugin.FACTORY, false, getClass().getClassLoader()))
                .isInstanceOf(ClassNotFoundException.class);
    }

    @Test
    void theRegistryListsTheGuardrailWithTheDroppedJarAsItsOrigin() {
        DiscoveredPlugin plugin = discovered();

        assertThat(plugin.factory().getClass().getName()).isEqualTo(ExamplePlugin.FACTORY);
        assertThat(plugin.origin()).isEqualTo(plugins.resolve(ExamplePlugin.jar().getFileName()).toString());
        assertThat(plugin.factory().description()).isNotBlank();
    }

    @Test
    void thePluginLivesInAClassLoaderOfItsOwnThatSharesTheGatewaysContracts() {
        Class<?> factory = discovered().factory().getClass();

        assertThat(factory.getClassLoader()).isNotSameAs(getClass().getClassLoader());
        assertThat(factory.getClassLoader().getName()).isEqualTo("aegis-plugin:" + ExamplePlugin.jar().getFileName());
        // the very GuardrailFactory of the gateway, not a copy bundled in the jar
        assertThat(GuardrailFactory.class).isAssignableFrom(factory);
    }

    @Test
    void aPromptMentioningACompetitorIsRefusedWith422AndTheGuardsName() throws Exception {
        HttpResponse<String> response = gateway.chat("""
                {"model": "mock-1", "messages": [{"role": "user", "content": "Is Globex cheaper than you?"}]}""");

        assertThat(response.statusCode()).isEqualTo(422);
        JsonNode error = JSON.readTree(response.body()).path("error");
        assertThat(error.path("type").asText()).isEqualTo("guardrail_refusal");
        assertThat(error.path("code").asText()).isEqualTo("block-competitors");
        assertThat(error.path("message").asText()).doesNotContainIgnoringCase("globex");
    }

    @Test
    void aPromptWithoutCompetitorsIsAnswered() throws Exception {
        HttpResponse<String> response = gateway.chat("""
                {"model": "mock-1", "messages": [{"role": "user", "content": "What does the premium plan include?"}]}""");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(response.body()).at("/choices/0/message/content").asText())
                .isEqualTo("Mock reply to: What does the premium plan include?");
    }

    @Test
    void aCompetitorInTheAnswerIsReplacedBeforeItReachesTheClient() throws Exception {
        HttpResponse<String> response = gateway.chat("""
                {"model": "press-1", "messages": [{"role": "user", "content": "Who else could help?"}]}""");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(response.body()).at("/choices/0/message/content").asText())
                .isEqualTo("You could also ask [competitor] about it.");
    }

    @Test
    void aStreamedAnswerNeverSendsTheCompetitorsName() throws Exception {
        HttpResponse<String> response = gateway.chat("""
                {"model": "press-1", "stream": true, "messages": [{"role": "user", "content": "Who else could help?"}]}""");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).doesNotContainIgnoringCase("globex");
        StringBuilder text = new StringBuilder();
        for (String data : ServerSentEvents.data(response.body())) {
            if (!data.equals("[DONE]")) {
                text.append(JSON.readTree(data).at("/choices/0/delta/content").asText(""));
            }
        }
        assertThat(text.toString()).isEqualTo("You could also ask [competitor] about it.");
    }

    private static DiscoveredPlugin discovered() {
        return gateway.kernel().registry().find(PluginKind.GUARDRAIL, "block-competitors").orElseThrow();
    }
}
