package dev.aegis.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * The progress of {@code aegis ingest} on stderr: on a terminal one bar redrawn in place (documents done of
 * total, chunks written, rate, time left); otherwise, for logs and pipes, one plain line per document. The rate
 * counts the documents actually sent, not those skipped as unchanged, so a resumed run's estimate holds.
 */
final class IngestProgress {

    private static final int WIDTH = 24;

    private final PrintWriter err;
    private final boolean terminal;
    private final int total;
    private final LongSupplier nanos;
    private final long start;
    private int done;
    private int sent;
    private long chunks;

    IngestProgress(PrintWriter err, boolean terminal, int total, LongSupplier nanos) {
        this.err = err;
        this.terminal = terminal;
        this.total = total;
        this.nanos = nanos;
        this.start = nanos.getAsLong();
    }

    /** Whether stderr is a terminal: {@code Console.isTerminal()} where the JDK has it (22+), else whether there is a console. */
    static boolean stderrIsTerminal() {
        java.io.Console console = System.console();
        if (console == null) {
            return false;
        }
        try {
            return (Boolean) java.io.Console.class.getMethod("isTerminal").invoke(console);
        } catch (ReflectiveOperationException e) {
            return true;
        }
    }

    /**
     * One document finished.
     *
     * @param outcome {@code added}, {@code replaced}, {@code unchanged} or {@code failed}
     */
    void document(String path, String outcome, int documentChunks) {
        done++;
        if (!outcome.equals("unchanged")) {
            sent++;
        }
        chunks += documentChunks;
        if (terminal) {
            err.print("\r\033[K" + bar());
        } else {
            err.println(String.format(Locale.ROOT, "[%d/%d] %s %s (%d chunks) %s", done, total, outcome, path, documentChunks, rates()));
        }
        err.flush();
    }

    /** Ends the bar's line. */
    void finish() {
        if (terminal && done > 0) {
            err.println();
            err.flush();
        }
    }

    String bar() {
        int filled = total == 0 ? WIDTH : (int) ((long) WIDTH * done / total);
        return "[" + "#".repeat(filled) + ".".repeat(WIDTH - filled) + "] " + String.format(Locale.ROOT, "%d/%d docs  %d chunks  %s", done, total,
                chunks, rates());
    }

    private String rates() {
        double seconds = Math.max(1e-3, (nanos.getAsLong() - start) / 1e9);
        double documentsPerSecond = sent / seconds;
        String eta = done == total ? "0:00" : documentsPerSecond <= 0 ? "?" : clock((long) Math.ceil((total - done) / documentsPerSecond));
        return String.format(Locale.ROOT, "%.1f docs/s  %.0f chunks/s  ETA %s", documentsPerSecond, chunks / seconds, eta);
    }

    private static String clock(long seconds) {
        return seconds >= 3600 ? String.format(Locale.ROOT, "%d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60)
                : String.format(Locale.ROOT, "%d:%02d", seconds / 60, seconds % 60);
    }
}
