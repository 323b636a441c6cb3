package dev.aegis.plugin.mock;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MockChunksTest {

    @Test
    void piecesHoldAtMostTheGivenNumberOfCharacters() {
        assertThat(MockChunks.pieces("abcdefgh", 3)).containsExactly("abc", "def", "gh");
    }

    @Test
    void piecesNeverSplitASurrogatePair() {
        assertThat(MockChunks.pieces("a😀b😀", 2)).containsExactly("a😀", "b😀");
    }

    @Test
    void emptyTextHasNoPieces() {
        assertThat(MockChunks.pieces("", 8)).isEmpty();
    }
}
