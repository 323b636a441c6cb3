package dev.aegis.cli;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import redis.clients.jedis.RedisClient;
import redis.clients.jedis.params.ScanParams;
import redis.clients.jedis.resps.ScanResult;

/**
 * The budgets pack's Redis hashes: {@code {prefix}:counter:<key>} (spent, reserved, lapsed) and
 * {@code {prefix}:ledger:<id>} (state, and per counter {@code unit:}, {@code charge:}, {@code charged:};
 * a lease also has {@code lease}).
 */
final class RedisBudgetBooks implements BudgetBooks {

    private final String prefix;

    RedisBudgetBooks(String keyPrefix) {
        this.prefix = "{" + keyPrefix + "}:";
    }

    @Override
    public Map<String, Counter> counters() {
        Map<String, Counter> counters = new HashMap<>();
        try (RedisClient redis = RedisClient.create("127.0.0.1", 6379)) {
            scan(redis, prefix + "counter:*", key -> {
                List<String> values = redis.hmget(key, "spent", "reserved", "lapsed");
                counters.put(key.substring((prefix + "counter:").length()),
                        new Counter(parse(values.get(0)), parse(values.get(1)), parse(values.get(2))));
            });
        }
        return counters;
    }

    @Override
    public Counter fromLedger(String counterKey) {
        long[] sum = new long[3];
        try (RedisClient redis = RedisClient.create("127.0.0.1", 6379)) {
            scan(redis, prefix + "ledger:*", key -> {
                Map<String, String> row = redis.hgetAll(key);
                if (!row.containsKey("unit:" + counterKey)) {
                    return;
                }
                if ("reserved".equals(row.get("state"))) {
                    sum[1] += parse(row.get("charge:" + counterKey));
                } else {
                    sum[0] += parse(row.get("charged:" + counterKey));
                    if (row.containsKey("lease")) {
                        sum[2] += parse(row.get("charged:" + counterKey));
                    }
                }
            });
        }
        return new Counter(sum[0], sum[1], sum[2]);
    }

    @Override
    public Set<String> open() {
        Set<String> open = new HashSet<>();
        try (RedisClient redis = RedisClient.create("127.0.0.1", 6379)) {
            scan(redis, prefix + "ledger:*", key -> {
                if ("reserved".equals(redis.hget(key, "state"))) {
                    open.add(key.substring((prefix + "ledger:").length()));
                }
            });
        }
        return open;
    }

    /** Deletes every key of this store. */
    void clear() {
        try (RedisClient redis = RedisClient.create("127.0.0.1", 6379)) {
            scan(redis, prefix + "*", redis::del);
        }
    }

    private static void scan(RedisClient redis, String pattern, Consumer<String> each) {
        String cursor = ScanParams.SCAN_POINTER_START;
        ScanParams params = new ScanParams().match(pattern).count(500);
        do {
            ScanResult<String> page = redis.scan(cursor, params);
            page.getResult().forEach(each);
            cursor = page.getCursor();
        } while (!ScanParams.SCAN_POINTER_START.equals(cursor));
    }

    private static long parse(String value) {
        return value == null ? 0 : Long.parseLong(value);
    }
}
