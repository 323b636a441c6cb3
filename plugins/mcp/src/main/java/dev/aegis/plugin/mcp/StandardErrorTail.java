package dev.aegis.plugin.mcp;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.logging.Logger;

/**
 * The last lines a child wrote to stderr, to explain why it would not start or died. Secret values
 * the child was given are blanked out, in case the server echoes its configuration.
 */
final class StandardErrorTail {

    private static final Logger LOG = Logger.getLogger(StandardErrorTail.class.getName());
    private static final int LINES = 10;
    private static final int LINE_LENGTH = 500;

    private final String server;
    private final List<String> secrets;
    private final Deque<String> tail = new ArrayDeque<>();

    StandardErrorTail(String server, List<String> secrets) {
        this.server = server;
        this.secrets = secrets.stream().filter(secret -> !secret.isEmpty()).toList();
    }

    void drain(InputStream stderr) {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(stderr, StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String kept = redact(line.length() > LINE_LENGTH ? line.substring(0, LINE_LENGTH) + "…" : line);
                LOG.fine(() -> "MCP server '" + server + "' stderr: " + kept);
                synchronized (tail) {
                    if (tail.size() == LINES) {
                        tail.removeFirst();
                    }
                    tail.addLast(kept);
                }
            }
        } catch (IOException e) {
            // the child is gone; what was read is kept
        }
    }

    /** The last lines, joined; empty when the child wrote nothing. */
    String text() {
        synchronized (tail) {
            return String.join(" | ", tail);
        }
    }

    private String redact(String line) {
        String redacted = line;
        for (String secret : secrets) {
            redacted = redacted.replace(secret, "******");
        }
        return redacted;
    }
}
