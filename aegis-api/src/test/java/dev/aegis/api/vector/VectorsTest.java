package dev.aegis.api.vector;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class VectorsTest {

    @Test
    void cosineIsTheAngleNotTheLength() {
        assertThat(Vectors.cosine(new float[] {1, 0}, new float[] {5, 0})).isCloseTo(1.0, within(1e-12));
        assertThat(Vectors.cosine(new float[] {1, 0}, new float[] {0, 3})).isCloseTo(0.0, within(1e-12));
        assertThat(Vectors.cosine(new float[] {1, 1}, new float[] {-2, -2})).isCloseTo(-1.0, within(1e-12));
        assertThat(Vectors.cosine(new float[] {0, 0}, new float[] {1, 2})).isZero();
    }

    @Test
    void vectorsOfOtherLengthsAreRefused() {
        assertThatThrownBy(() -> Vectors.cosine(new float[2], new float[3])).isInstanceOf(IllegalArgumentException.class);
    }
}
