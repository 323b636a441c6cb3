package dev.aegis.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class IngestProgressTest {

    @Test
    void onATerminalOneBarIsRedrawnWithCountsRateAndTimeLeft() {
        StringWriter err = new StringWriter();
        AtomicLong nanos = new AtomicLong();
        IngestProgress progress = new IngestProgress(new PrintWriter(err), true, 4, nanos::get);

        nanos.set(2_000_000_000L);
        progress.document("a.md", "added", 10);

        assertThat(err.toString()).isEqualTo("\r\033[K[######..................] 1/4 docs  10 chunks  0.5 docs/s  5 chunks/s  ETA 0:06");
    }

    @Test
    void elsewhereEachDocumentIsALineAndUnchangedOnesDoNotCountTowardsTheRate() {
        StringWriter err = new StringWriter();
        AtomicLong nanos = new AtomicLong();
        IngestProgress progress = new IngestProgress(new PrintWriter(err), false, 3, nanos::get);

        progress.document("a.md", "unchanged", 0);
        nanos.set(1_000_000_000L);
        progress.document("b.txt", "replaced", 4);
        progress.document("c.pdf", "added", 2);
        progress.finish();

        assertThat(err.toString().lines()).containsExactly(
                "[1/3] unchanged a.md (0 chunks) 0.0 docs/s  0 chunks/s  ETA ?",
                "[2/3] replaced b.txt (4 chunks) 1.0 docs/s  4 chunks/s  ETA 0:01",
                "[3/3] added c.pdf (2 chunks) 2.0 docs/s  6 chunks/s  ETA 0:00");
    }
}
