package dev.aegis.server.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aegis.api.state.MaskMap;
import dev.aegis.api.state.Message;
import dev.aegis.api.state.ToolCall;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MaskedOutputTest {

    private static final MaskMap MAP = MaskMap.of(Map.of(
            "<PERSON_1>", "Jan",
            "<PERSON_2>", "Jan de Vries",
            "<EMAIL_1>", "jan@example.com",
            "<SECRET_1>", "pa\"ss\\word"));

    @Test
    void originalsGoBackBehindTheirPlaceholdersLongestFirstAndComeBackWhole() {
        Message released = Message.assistant("Dear Jan de Vries (Jan), write to jan@example.com.");

        MaskedOutput.Masked masked = MaskedOutput.mask(released, MAP);

        assertThat(masked.message().content()).isEqualTo("Dear <PERSON_2> (<PERSON_1>), write to <EMAIL_1>.");
        assertThat(masked.originals()).containsOnlyKeys("<PERSON_1>", "<PERSON_2>", "<EMAIL_1>");
        assertThat(MaskedOutput.restore(masked.message().content(), masked.originals())).isEqualTo(released.content());
    }

    @Test
    void toolCallArgumentsAreMaskedAndRestoredInTheirJsonForm() {
        String arguments = "{\"to\":\"jan@example.com\",\"password\":\"pa\\\"ss\\\\word\"}";
        Message released = Message.assistant("", List.of(new ToolCall("call_1", "send", arguments)));

        MaskedOutput.Masked masked = MaskedOutput.mask(released, MAP);

        String maskedArguments = masked.message().toolCalls().getFirst().arguments();
        assertThat(maskedArguments).isEqualTo("{\"to\":\"<EMAIL_1>\",\"password\":\"<SECRET_1>\"}");
        assertThat(MaskedOutput.restoreArguments(maskedArguments, masked.originals())).isEqualTo(arguments);
    }

    @Test
    void placeholdersTheReleasedAnswerStillCarriesAreNotRestoredLater() {
        Message released = Message.assistant("Nothing was unmasked here: <EMAIL_1>");

        MaskedOutput.Masked masked = MaskedOutput.mask(released, MAP);

        assertThat(masked.originals()).isEmpty();
        assertThat(MaskedOutput.restore(masked.message().content(), masked.originals())).isEqualTo(released.content());
    }
}
