package dev.aegis.pack.budgets.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PricingTest {

    private static final Price MINI = new Price(new BigDecimal("0.15"), new BigDecimal("0.60"));
    private static final Price FULL = new Price(new BigDecimal("2.50"), new BigDecimal("10"));

    @Test
    void aCallCostsItsTokensAtThePricePerMillion() {
        assertThat(MINI.cost(1_000_000, 0).amount()).isEqualByComparingTo("0.15");
        assertThat(MINI.cost(1_000, 500).amount()).isEqualByComparingTo("0.00045");
        assertThat(FULL.cost(12_345, 6_789).amount()).isEqualByComparingTo("0.0987525");
    }

    @Test
    void amountsAreExactWhereADoubleWouldDrift() {
        Money sum = Money.ZERO;
        for (int i = 0; i < 1_000; i++) {
            sum = new Money(sum.nanos() + Money.of(new BigDecimal("0.1")).nanos());
        }

        assertThat(sum.amount()).isEqualByComparingTo("100");
        assertThat(sum.plain()).isEqualTo("100");
        assertThat(Money.of(new BigDecimal("12.50")).plain()).isEqualTo("12.5");
    }

    @Test
    void fractionsOfANanoUnitRoundUpSoNothingIsFree() {
        Price tiny = new Price(new BigDecimal("0.0001"), BigDecimal.ZERO);

        assertThat(tiny.cost(1, 0).nanos()).isEqualTo(1);
        assertThat(tiny.cost(0, 0).nanos()).isZero();
    }

    @Test
    void longArithmeticAndDecimalArithmeticAgreeOnEveryPriceAndSize() {
        List<Price> prices = List.of(MINI, FULL, new Price(new BigDecimal("0.0000000001"), new BigDecimal("3.3333333333")),
                new Price(new BigDecimal("123456789"), new BigDecimal("0.000000001")));
        for (Price price : prices) {
            for (long tokens : new long[] {0, 1, 7, 999_999, 1_000_001, 123_456_789_012L, Long.MAX_VALUE / 3}) {
                BigDecimal exact = price.inputPerMillion().multiply(BigDecimal.valueOf(tokens))
                        .add(price.outputPerMillion().multiply(BigDecimal.valueOf(tokens / 2 + 1))).divide(BigDecimal.valueOf(1_000_000));
                BigDecimal nanos = exact.movePointRight(9).setScale(0, RoundingMode.CEILING);
                if (nanos.toBigInteger().bitLength() < 63) {
                    assertThat(price.cost(tokens, tokens / 2 + 1).nanos()).as(price + " " + tokens).isEqualTo(nanos.longValueExact());
                }
            }
        }
    }

    @Test
    void negativePricesAreRefused() {
        assertThatThrownBy(() -> new Price(new BigDecimal("-1"), BigDecimal.ONE)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aDatedSnapshotTakesThePriceOfTheLongestNameItExtends() {
        PriceTable table = new PriceTable(Map.of("gpt-4o", FULL, "gpt-4o-mini", MINI), Optional.empty());

        assertThat(table.find("gpt-4o-mini")).contains(MINI);
        assertThat(table.find("gpt-4o-mini-2024-07-18")).contains(MINI);
        assertThat(table.find("gpt-4o-2024-08-06")).contains(FULL);
        assertThat(table.find("gpt-4")).isEmpty();
        assertThat(table.find("gpt-4omni")).isEmpty();
        assertThat(table.find("")).isEmpty();
    }

    @Test
    void theDefaultPriceCoversUnlistedModelsButIsNeverListed() {
        Price fallback = new Price(BigDecimal.TEN, BigDecimal.TEN);
        PriceTable table = new PriceTable(Map.of("gpt-4o-mini", MINI), Optional.of(fallback));

        assertThat(table.find("llama3")).contains(fallback);
        assertThat(table.find("")).contains(fallback);
        assertThat(table.listed("llama3")).isEmpty();
        assertThat(table.find("gpt-4o-mini")).contains(MINI);
    }
}
