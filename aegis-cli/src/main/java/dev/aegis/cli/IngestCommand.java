package dev.aegis.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * Loads a directory of documents into a vector store of a running gateway, over its OpenAI-compatible API:
 * every {@code .txt}, {@code .md} and {@code .pdf} under the directory is uploaded and attached with its
 * relative {@code path} and {@code sha256} as attributes. A file already attached with the same hash is
 * skipped and a changed one replaced, so an interrupted run finishes when run again.
 */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = "Uploads the .txt, .md and .pdf files under DIR into a gateway's vector store (created when missing); re-running skips unchanged files.")
final class IngestCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "DIR", description = "The directory to walk.")
    Path directory;

    @Option(names = "--collection", required = true, paramLabel = "NAME", description = "The vector store's name; created unless one you can read has it.")
    String collection;

    @Option(names = "--url", defaultValue = "http://127.0.0.1:8080", description = "The gateway (default: ${DEFAULT-VALUE}).")
    String url;

    @Option(names = "--api-key-env", defaultValue = "AEGIS_API_KEY", paramLabel = "VAR", description = "The environment variable holding the API key (default: ${DEFAULT-VALUE}).")
    String apiKeyEnv;

    @Spec
    CommandSpec spec;

    private final UnaryOperator<String> environment;
    private final Boolean terminal;

    IngestCommand() {
        this(System::getenv, null);
    }

    /** For tests: where variables are read, and whether stderr counts as a terminal. */
    IngestCommand(UnaryOperator<String> environment, Boolean terminal) {
        this.environment = environment;
        this.terminal = terminal;
    }

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            String apiKey = environment.apply(apiKeyEnv);
            if (apiKey == null || apiKey.isBlank()) {
                throw new IllegalArgumentException("no API key: set " + apiKeyEnv + " (or name another variable with --api-key-env)");
            }
            if (!Files.isDirectory(directory)) {
                throw new IllegalArgumentException(directory + " is not a directory");
            }
            List<Path> documents = documents(directory);
            VectorStoreClient gateway = new VectorStoreClient(url, apiKey);
            String store = gateway.findStore(collection).orElse(null);
            if (store == null) {
                store = gateway.createStore(collection);
            }
            Map<String, VectorStoreClient.Attached> attached = gateway.attached(store);
            IngestProgress progress = new IngestProgress(err, terminal != null ? terminal : IngestProgress.stderrIsTerminal(), documents.size(),
                    System::nanoTime);
            int failed = 0;
            for (Path document : documents) {
                failed += ingest(gateway, store, document, attached, progress) ? 0 : 1;
            }
            progress.finish();
            out.println(store + ": " + (documents.size() - failed) + " of " + documents.size() + " documents in '" + collection + "'"
                    + (failed == 0 ? "" : ", " + failed + " failed (see above); run again to retry them"));
            out.flush();
            return failed == 0 ? 0 : 1;
        } catch (IOException | RuntimeException e) {
            err.println("aegis ingest: " + e.getMessage());
            err.flush();
            return 1;
        }
    }

    private boolean ingest(VectorStoreClient gateway, String store, Path document, Map<String, VectorStoreClient.Attached> attached,
            IngestProgress progress) throws IOException, InterruptedException {
        String path = directory.relativize(document).toString().replace('\\', '/');
        byte[] content = Files.readAllBytes(document);
        String sha256 = sha256(content);
        VectorStoreClient.Attached earlier = attached.get(path);
        if (earlier != null && earlier.sha256().equals(sha256) && earlier.status().equals("completed")) {
            progress.document(path, "unchanged", 0);
            return true;
        }
        if (earlier != null) {
            gateway.remove(store, earlier.fileId());
        }
        String fileId = gateway.upload(document.getFileName().toString(), content);
        VectorStoreClient.Ingested ingested = gateway.attach(store, fileId, Map.of("path", path, "sha256", sha256));
        boolean completed = ingested.status().equals("completed");
        progress.document(path, completed ? (earlier == null ? "added" : "replaced") : "failed", ingested.chunks());
        if (!completed) {
            spec.commandLine().getErr().println((progressIsBar() ? "\n" : "") + "aegis ingest: " + path + " failed: " + ingested.error());
        }
        return completed;
    }

    private boolean progressIsBar() {
        return terminal != null ? terminal : IngestProgress.stderrIsTerminal();
    }

    /** The documents under {@code root}, in path order, so that runs proceed alike and resume where they stopped. */
    static List<Path> documents(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile).filter(file -> {
                String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
                return name.endsWith(".txt") || name.endsWith(".md") || name.endsWith(".pdf");
            }).sorted().toList();
        }
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
