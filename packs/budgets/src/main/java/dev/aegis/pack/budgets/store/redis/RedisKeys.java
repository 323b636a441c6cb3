package dev.aegis.pack.budgets.store.redis;

/**
 * Key names. The prefix is a hash tag ({@code {aegis-budgets}:…}), so in a Redis Cluster every key
 * lives in one slot and a script may touch a reservation's ledger and all its counters at once.
 */
final class RedisKeys {

    private final String prefix;

    RedisKeys(String keyPrefix) {
        this.prefix = "{" + keyPrefix + "}:";
    }

    String counter(String counterKey) {
        return prefix + "counter:" + counterKey;
    }

    String ledger(String reservationId) {
        return prefix + "ledger:" + reservationId;
    }

    String ledgerPattern() {
        return prefix + "ledger:*";
    }

    /** Open reservations by expiry (epoch ms). */
    String open() {
        return prefix + "open";
    }
}
