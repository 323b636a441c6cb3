package dev.aegis.pack.pii;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aegis.api.guard.Content;
import dev.aegis.api.guard.Guardrail;
import dev.aegis.api.guard.ScanTarget;
import dev.aegis.api.guard.StreamingGuarantee;
import dev.aegis.api.guard.Verdict;
import dev.aegis.api.state.RunState;
import dev.aegis.testkit.TestRuns;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Streams answers through pii-unmask exactly as the runtime's window stage does (aegis-runtime
 * {@code WindowStage}): chunks are held until more than n characters wait; then the held text is
 * scanned as a partial window, replaced by a sanitizing verdict, and all but its last n characters
 * released; at the end the rest is scanned and released.
 */
class UnmaskStreamingTest {

    private static final String ANSWER = "Hi <PERSON_1>, I mailed <EMAIL_1> and <URL_CREDENTIAL_999999>; <EMAIL_2> is unknown.";
    private static final String RESTORED = "Hi Jane Miller, I mailed jane@example.com and deploy:Xk9!pQ2z; <EMAIL_2> is unknown.";

    private final Guardrail unmask = Guards.unmask();
    private final RunState state = TestRuns.run()
            .masked("<PERSON_1>", "Jane Miller")
            .masked("<EMAIL_1>", "jane@example.com")
            .masked("<URL_CREDENTIAL_999999>", "deploy:Xk9!pQ2z")
            .build();

    @Test
    void everySplitIntoTwoChunksRestoresEveryPlaceholder() {
        for (int split = 0; split <= ANSWER.length(); split++) {
            List<String> released = stream(List.of(ANSWER.substring(0, split), ANSWER.substring(split)));

            assertThat(String.join("", released)).as("split at %d", split).isEqualTo(RESTORED);
        }
    }

    @Test
    void everySplitIntoThreeChunksRestoresEveryPlaceholder() {
        for (int first = 0; first <= ANSWER.length(); first++) {
            for (int second = first; second <= ANSWER.length(); second++) {
                List<String> chunks = List.of(ANSWER.substring(0, first), ANSWER.substring(first, second), ANSWER.substring(second));

                assertThat(String.join("", stream(chunks))).as("splits at %d and %d", first, second).isEqualTo(RESTORED);
            }
        }
    }

    @Test
    void aPlaceholderSplitMidWayIsNeverReleasedInPart() {
        List<String> chunks = List.of("Mail <EMA", "IL_1> now");

        List<String> released = stream(chunks);

        assertThat(released).noneMatch(piece -> piece.contains("<EMA") || piece.contains("IL_1>"));
        assertThat(String.join("", released)).isEqualTo("Mail jane@example.com now");
    }

    @Test
    void oneCharacterAtATimeRestoresEveryPlaceholder() {
        List<String> chunks = new ArrayList<>();
        for (char c : ANSWER.toCharArray()) {
            chunks.add(String.valueOf(c));
        }

        List<String> released = stream(chunks);

        assertThat(String.join("", released)).isEqualTo(RESTORED);
        assertThat(released).noneMatch(piece -> piece.contains("<PERSON") || piece.contains("<EMAIL_1") || piece.contains("<URL"));
    }

    /** The pieces a client receives, one per chunk plus the final flush. */
    private List<String> stream(List<String> chunks) {
        int window = ((StreamingGuarantee.Window) unmask.streaming()).characters();
        StringBuilder held = new StringBuilder();
        List<String> released = new ArrayList<>();
        boolean unscanned = false;
        for (String chunk : chunks) {
            held.append(chunk);
            unscanned = true;
            if (held.length() > window) {
                scanInPlace(held);
                unscanned = false;
                released.add(release(held, Math.max(0, held.length() - window)));
            }
        }
        if (unscanned) {
            scanInPlace(held);
        }
        released.add(release(held, held.length()));
        return released;
    }

    private void scanInPlace(StringBuilder held) {
        Verdict verdict = unmask.scan(new Content(ScanTarget.RESPONSE, held.toString(), true), state);
        if (verdict instanceof Verdict.Sanitize sanitize) {
            held.replace(0, held.length(), sanitize.content());
        }
    }

    private static String release(StringBuilder held, int characters) {
        String piece = held.substring(0, characters);
        held.delete(0, characters);
        return piece;
    }
}
