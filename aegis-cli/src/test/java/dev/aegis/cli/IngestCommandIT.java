package dev.aegis.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.aegis.kernel.Kernel;
import dev.aegis.kernel.KernelOptions;
import dev.aegis.server.AegisServer;
import dev.aegis.server.ServerConfig;
import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code aegis ingest} against a gateway started in-process on a temporary directory. */
class IngestCommandIT {

    private static final String KEY = "ingest-test-key";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private Kernel kernel;
    private AegisServer server;
    private Path documents;

    @BeforeEach
    void start() throws Exception {
        String hash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(KEY.getBytes(StandardCharsets.UTF_8)));
        Path config = dir.resolve("aegis.yaml");
        Files.writeString(config, """
                data-dir: "%s"
                auth: [{type: api-key, config: {keys: [{hash: "sha256:%s", principal: alice, team: docs}]}}]
                embeddings: {hashed: {type: mock, config: {dimensions: 32}}}
                vector-stores: {memory: {type: in-memory}}
                """.formatted(dir.resolve("data"), hash));
        kernel = Kernel.boot(KernelOptions.of(config).withSections(AegisServer.SECTIONS));
        server = AegisServer.start(kernel, kernel.assembly().section(AegisServer.SECTION, ServerConfig.class).withPort(0));
        documents = Files.createDirectories(dir.resolve("docs"));
        Files.writeString(documents.resolve("a.md"), "# Handbook\n\nOur office opens at nine.");
        Files.createDirectories(documents.resolve("sub"));
        Files.writeString(documents.resolve("sub/b.txt"), "Expenses are filed monthly.");
        Files.write(documents.resolve("c.pdf"), pdf("The fire exit is on the left."));
        Files.write(documents.resolve("logo.png"), new byte[] {1, 2, 3});
    }

    @AfterEach
    void stop() {
        server.close();
        kernel.close();
    }

    @Test
    void loadsADirectoryThenSkipsWhatIsUnchangedAndReplacesWhatChanged() throws Exception {
        Run first = ingest();

        assertThat(first.exitCode()).as(first.err()).isZero();
        assertThat(first.err().lines()).hasSize(3).allMatch(line -> line.contains(" added "));
        assertThat(first.err()).contains("[3/3]", "sub/b.txt").doesNotContain("logo.png");
        String store = first.out().substring(0, first.out().indexOf(':'));
        assertThat(files(store)).hasSize(3);

        Files.writeString(documents.resolve("sub/b.txt"), "Expenses are filed weekly.");
        Files.writeString(documents.resolve("d.txt"), "A document added after the first run.");
        Run second = ingest();

        assertThat(second.exitCode()).as(second.err()).isZero();
        assertThat(second.out()).startsWith(store + ":");
        assertThat(second.err()).contains("unchanged a.md", "unchanged c.pdf", "replaced sub/b.txt", "added d.txt");
        JsonNode attached = files(store);
        assertThat(attached).hasSize(4);
        assertThat(attached.findValuesAsText("status")).containsOnly("completed");
        assertThat(attached.findValues("attributes").stream().map(attributes -> attributes.path("path").asText()))
                .containsExactlyInAnyOrder("a.md", "c.pdf", "sub/b.txt", "d.txt");
        JsonNode list = get("/v1/files?limit=100");
        assertThat(list.path("data")).as("the replaced upload is deleted").hasSize(4);
    }

    @Test
    void withoutAKeyItSaysWhichVariableToSet() {
        Run run = run(Map.of(), "ingest", documents.toString(), "--collection", "handbook", "--url", url());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("set AEGIS_API_KEY");
    }

    private Run ingest() {
        return run(Map.of("AEGIS_API_KEY", KEY), "ingest", documents.toString(), "--collection", "handbook", "--url", url());
    }

    private static Run run(Map<String, String> environment, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine commandLine = new CommandLine(new IngestCommand(environment::get, false));
        commandLine.setOut(new PrintWriter(out));
        commandLine.setErr(new PrintWriter(err));
        int exitCode = commandLine.execute(java.util.Arrays.copyOfRange(args, 1, args.length));
        return new Run(exitCode, out.toString(), err.toString());
    }

    private record Run(int exitCode, String out, String err) {}

    private String url() {
        return "http://127.0.0.1:" + server.port();
    }

    private JsonNode files(String store) throws Exception {
        return get("/v1/vector_stores/" + store + "/files?limit=100").path("data");
    }

    private JsonNode get(String path) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url() + path))
                .header("Authorization", "Bearer " + KEY).build(), HttpResponse.BodyHandlers.ofString());
        return JSON.readTree(response.body());
    }

    private static byte[] pdf(String line) throws Exception {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            document.addPage(page);
            try (PDPageContentStream text = new PDPageContentStream(document, page)) {
                text.beginText();
                text.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                text.newLineAtOffset(72, 700);
                text.showText(line);
                text.endText();
            }
            document.save(out);
            return out.toByteArray();
        }
    }
}
