package dev.aegis.plugin.mcp;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.aegis.api.tool.ToolResult;
import io.modelcontextprotocol.spec.McpSchema;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ToolResultsTest {

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void textBlocksAreJoinedByLines() {
        ToolResult result = ToolResults.render(CallToolResult.builder().addTextContent("one").addTextContent("two").build(), json);

        assertThat(result).isEqualTo(ToolResult.of("one\ntwo"));
    }

    @Test
    void structuredContentAloneBecomesJson() {
        ToolResult result = ToolResults.render(CallToolResult.builder().structuredContent(Map.of("temperature", 21)).build(), json);

        assertThat(result).isEqualTo(ToolResult.of("{\"temperature\":21}"));
    }

    @Test
    void structuredContentRepeatedAsTextIsGivenOnce() {
        CallToolResult repeated = CallToolResult.builder().addTextContent("{ \"temperature\": 21 }").structuredContent(Map.of("temperature", 21)).build();
        CallToolResult different = CallToolResult.builder().addTextContent("found it").structuredContent(Map.of("temperature", 21)).build();

        assertThat(ToolResults.render(repeated, json).content()).isEqualTo("{ \"temperature\": 21 }");
        assertThat(ToolResults.render(different, json).content()).isEqualTo("found it\n{\"temperature\":21}");
    }

    @Test
    void imagesAudioAndBinaryResourcesAreDescribedNotInlined() {
        CallToolResult result = CallToolResult.builder()
                .addContent(new McpSchema.ImageContent(null, "iVBORw0KGgo=", "image/png", null))
                .addContent(new McpSchema.AudioContent(null, "AAAA", "audio/wav", null))
                .addContent(new McpSchema.EmbeddedResource(null, new McpSchema.BlobResourceContents("file:///a.bin", "application/octet-stream", "AAECAw==", null), null))
                .build();

        assertThat(ToolResults.render(result, json).content()).isEqualTo("""
                [image: image/png, 8 bytes]
                [audio: audio/wav, 3 bytes]
                [resource: file:///a.bin, application/octet-stream, 4 bytes]""");
    }

    @Test
    void textResourcesAndLinksKeepTheirText() {
        CallToolResult result = CallToolResult.builder()
                .addContent(new McpSchema.EmbeddedResource(null, new McpSchema.TextResourceContents("file:///notes.txt", "text/plain", "the notes", null), null))
                .addContent(McpSchema.ResourceLink.builder().name("report").uri("https://example.com/r").description("the report").build())
                .build();

        assertThat(ToolResults.render(result, json).content()).isEqualTo("""
                [resource: file:///notes.txt]
                the notes
                [resource link: https://example.com/r (report) the report]""");
    }

    @Test
    void anErrorResultIsAFailedResultWithTheToolsWords() {
        assertThat(ToolResults.render(CallToolResult.builder().addTextContent("no such city").isError(true).build(), json))
                .isEqualTo(ToolResult.failed("no such city"));
        assertThat(ToolResults.render(CallToolResult.builder().content(List.of()).isError(true).build(), json))
                .isEqualTo(ToolResult.failed("the tool reported an error and gave no details"));
    }
}
