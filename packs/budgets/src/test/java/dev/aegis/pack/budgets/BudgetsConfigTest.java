package dev.aegis.pack.budgets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.aegis.api.secret.Secret;
import dev.aegis.kernel.config.ConfigBinding;
import dev.aegis.kernel.config.ConfigError;
import dev.aegis.kernel.config.ConfigException;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BudgetsConfigTest {

    @Test
    void defaultsPriceNothingLimitNothingAndKeepAnSqliteFile() {
        BudgetsConfig config = ConfigBinding.bindYaml(BudgetsConfig.class, "");

        assertThat(config.currency()).isEqualTo("USD");
        assertThat(config.prices()).isEmpty();
        assertThat(config.defaultPrice()).isEmpty();
        assertThat(config.limits()).isEqualTo(LimitsConfig.NONE);
        assertThat(config.defaultMaxOutputTokens()).isEqualTo(4096);
        assertThat(config.maxOutputTokens()).isEqualTo(16384);
        assertThat(config.enforceMaxTokens()).isTrue();
        assertThat(config.bytesPerToken()).isEqualTo(3);
        assertThat(config.zone()).isEqualTo(ZoneId.of("UTC"));
        assertThat(config.reservationTtl()).isEqualTo(Duration.ofMinutes(15));
        assertThat(config.sweepInterval()).isEqualTo(Duration.ofSeconds(30));
        assertThat(config.store()).isEqualTo(StoreConfig.SQLITE);
        assertThat(config.store().type()).isEqualTo(StoreConfig.Type.SQLITE);
        assertThat(config.store().path()).isEqualTo("budgets.db");
        assertThat(config.store().poolSize()).isEqualTo(8);
        assertThat(config.store().keyPrefix()).isEqualTo("aegis-budgets");
        assertThat(config.store().ledgerRetention()).isEqualTo(Duration.ofDays(35));
        assertThat(config.leases()).isTrue();
        assertThat(config.leaseTtl()).isEqualTo(Duration.ofMinutes(2));
        assertThat(config.leaseHorizon()).isEqualTo(Duration.ofSeconds(2));
        assertThat(config.retention()).isEmpty();
    }

    @Test
    void bindsEveryKey() {
        BudgetsConfig config = ConfigBinding.bindYaml(BudgetsConfig.class, """
                currency: EUR
                prices:
                  gpt-4o-mini: {input: 0.15, output: 0.60}
                  gpt-4o: {input: 2.50, output: 10}
                default-price: {input: 5, output: 15}
                limits:
                  teams:
                    payments: {spend: {month: 100.00}, rpm: 600, tpm: 200000}
                  keys:
                    alice: {spend: {day: 5}}
                  default-team: {spend: {day: 1, month: 20}}
                  default-key: {rpm: 10}
                default-max-output-tokens: 512
                max-output-tokens: 2048
                enforce-max-tokens: false
                bytes-per-token: 2
                time-zone: Europe/Paris
                reservation-ttl: 5m
                sweep-interval: 10s
                leases: false
                lease-ttl: 1m
                lease-horizon: 500ms
                retention: 400d
                store: {type: postgres, jdbc-url: 'jdbc:postgresql://db/aegis', user: aegis, password: {secret: 'env:PG'}, pool-size: 4}
                """, reference -> Secret.of("pg-password"));

        assertThat(config.currency()).isEqualTo("EUR");
        assertThat(config.prices()).containsOnlyKeys("gpt-4o-mini", "gpt-4o");
        assertThat(config.prices().get("gpt-4o-mini").input()).isEqualByComparingTo("0.15");
        assertThat(config.prices().get("gpt-4o-mini").output()).isEqualByComparingTo("0.60");
        assertThat(config.defaultPrice()).hasValueSatisfying(price -> assertThat(price.output()).isEqualByComparingTo("15"));
        LimitsConfig.Limit payments = config.limits().teams().get("payments");
        assertThat(payments.spend().month()).hasValueSatisfying(month -> assertThat(month).isEqualByComparingTo("100"));
        assertThat(payments.spend().day()).isEmpty();
        assertThat(payments.rpm()).contains(600L);
        assertThat(payments.tpm()).contains(200000L);
        assertThat(config.limits().keys().get("alice").spend().day()).hasValueSatisfying(day -> assertThat(day).isEqualByComparingTo("5"));
        assertThat(config.limits().team("elsewhere")).isEqualTo(config.limits().defaultTeam());
        assertThat(config.limits().key("bob")).hasValueSatisfying(limit -> assertThat(limit.rpm()).contains(10L));
        assertThat(config.defaultMaxOutputTokens()).isEqualTo(512);
        assertThat(config.maxOutputTokens()).isEqualTo(2048);
        assertThat(config.enforceMaxTokens()).isFalse();
        assertThat(config.bytesPerToken()).isEqualTo(2);
        assertThat(config.zone()).isEqualTo(ZoneId.of("Europe/Paris"));
        assertThat(config.reservationTtl()).isEqualTo(Duration.ofMinutes(5));
        assertThat(config.sweepInterval()).isEqualTo(Duration.ofSeconds(10));
        assertThat(config.store().type()).isEqualTo(StoreConfig.Type.POSTGRES);
        assertThat(config.store().jdbcUrl()).contains("jdbc:postgresql://db/aegis");
        assertThat(config.store().user()).contains("aegis");
        assertThat(config.store().password()).contains(Secret.of("pg-password"));
        assertThat(config.store().poolSize()).isEqualTo(4);
        assertThat(config.leases()).isFalse();
        assertThat(config.leaseTtl()).isEqualTo(Duration.ofMinutes(1));
        assertThat(config.leaseHorizon()).isEqualTo(Duration.ofMillis(500));
        assertThat(config.retention()).contains(Duration.ofDays(400));
    }

    @Test
    void bindsARedisStore() {
        StoreConfig store = ConfigBinding.bindYaml(StoreConfig.class,
                "{type: redis, url: 'redis://cache:6379/2', key-prefix: budgets-eu, ledger-retention: 60d}");

        assertThat(store.url()).contains("redis://cache:6379/2");
        assertThat(store.keyPrefix()).isEqualTo("budgets-eu");
        assertThat(store.ledgerRetention()).isEqualTo(Duration.ofDays(60));
    }

    @Test
    void pricesAreExactDecimals() {
        BudgetsConfig config = ConfigBinding.bindYaml(BudgetsConfig.class, "prices: {m: {input: 0.1, output: 0.3}}");

        assertThat(config.prices().get("m").input().add(config.prices().get("m").output())).isEqualByComparingTo(new BigDecimal("0.4"));
    }

    @Test
    void aTeamWithoutANameHasNoTeamLimits() {
        LimitsConfig limits = ConfigBinding.bindYaml(LimitsConfig.class, "default-team: {rpm: 1}");

        assertThat(limits.team("")).isEmpty();
        assertThat(limits.team("any")).isPresent();
        assertThat(limits.key("anyone")).isEqualTo(Optional.empty());
    }

    @Test
    void rejectsNegativeLimitsAndPricesWithTheirPaths() {
        assertThatThrownBy(() -> ConfigBinding.bindYaml(BudgetsConfig.class, """
                prices: {m: {input: -1, output: 1}}
                limits: {teams: {payments: {rpm: 0, spend: {day: -5}}}}
                """))
                .isInstanceOfSatisfying(ConfigException.class, e -> assertThat(e.errors()).extracting(ConfigError::path)
                        .contains("prices.m.input", "limits.teams.payments.rpm", "limits.teams.payments.spend.day"));
    }

    @Test
    void aPriceNeedsBothDirections() {
        assertThatThrownBy(() -> ConfigBinding.bindYaml(BudgetsConfig.class, "prices: {m: {input: 1}}"))
                .isInstanceOfSatisfying(ConfigException.class, e -> assertThat(e.errors()).extracting(ConfigError::path)
                        .containsExactly("prices.m.output"));
    }

    @Test
    void inconsistentSettingsFailAtLoadNamingTheKey() {
        assertThatThrownBy(() -> ConfigBinding.bindYaml(BudgetsConfig.class, "default-max-output-tokens: 9000\nmax-output-tokens: 100"))
                .hasMessageContaining("default-max-output-tokens");
        assertThatThrownBy(() -> ConfigBinding.bindYaml(BudgetsConfig.class, "time-zone: Mars/Olympus"))
                .hasMessageContaining("time-zone");
        assertThatThrownBy(() -> ConfigBinding.bindYaml(BudgetsConfig.class, "store: {type: postgres}"))
                .hasMessageContaining("store.jdbc-url is required");
        assertThatThrownBy(() -> ConfigBinding.bindYaml(BudgetsConfig.class, "store: {type: redis}"))
                .hasMessageContaining("store.url is required");
        assertThatThrownBy(() -> ConfigBinding.bindYaml(BudgetsConfig.class, "lease-ttl: 5s\nlease-horizon: 2s"))
                .hasMessageContaining("lease-ttl");
        assertThatThrownBy(() -> ConfigBinding.bindYaml(BudgetsConfig.class, "retention: 0s"))
                .hasMessageContaining("retention must be positive");
        assertThatThrownBy(() -> ConfigBinding.bindYaml(BudgetsConfig.class, "retention: 30d\nstore: {type: redis, url: 'redis://cache'}"))
                .hasMessageContaining("store.ledger-retention");
    }

    @Test
    void unknownKeysAreRejected() {
        assertThatThrownBy(() -> ConfigBinding.bindYaml(BudgetsConfig.class, "limits: {teams: {payments: {rmp: 5}}}"))
                .isInstanceOfSatisfying(ConfigException.class, e -> assertThat(e.errors()).extracting(ConfigError::path)
                        .containsExactly("limits.teams.payments.rmp"));
    }

    @Test
    void secretsNeverPrintThemselves() {
        StoreConfig store = ConfigBinding.bindYaml(StoreConfig.class,
                "{type: postgres, jdbc-url: 'jdbc:postgresql://db/x', password: {secret: 'env:PG'}}", reference -> Secret.of("hunter2"));

        assertThat(store.toString()).doesNotContain("hunter2");
        assertThat(Map.of("store", store).toString()).doesNotContain("hunter2");
    }
}
