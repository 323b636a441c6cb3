package dev.aegis.pack.pii.internal.recognize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ChecksumsTest {

    @Test
    void luhnAcceptsPublishedTestCardNumbersAndRejectsAChangedDigit() {
        assertThat(Checksums.luhn("4111111111111111")).isTrue();
        assertThat(Checksums.luhn("378282246310005")).isTrue();
        assertThat(Checksums.luhn("6011111111111117")).isTrue();
        assertThat(Checksums.luhn("4111111111111112")).isFalse();
    }

    @Test
    void mod97AcceptsTheRegistryExamplesAndRejectsAWrongCheck() {
        assertThat(Checksums.ibanMod97("DE89370400440532013000")).isTrue();
        assertThat(Checksums.ibanMod97("GB82WEST12345698765432")).isTrue();
        assertThat(Checksums.ibanMod97("FR1420041010050500013M02606")).isTrue();
        assertThat(Checksums.ibanMod97("DE88370400440532013000")).isFalse();
    }

    @Test
    void elevenProofAcceptsAValidBsnAndRejectsZeroes() {
        assertThat(Checksums.elevenProof("111222333")).isTrue();
        assertThat(Checksums.elevenProof("111222334")).isFalse();
        assertThat(Checksums.elevenProof("000000000")).isFalse();
    }

    @Test
    void iso7064AcceptsThePublishedGermanTaxIdExample() {
        assertThat(Checksums.iso7064Mod11x10("86095742719")).isTrue();
        assertThat(Checksums.iso7064Mod11x10("86095742718")).isFalse();
    }
}
