package dev.aegis.pack.budgets.store.redis;

import dev.aegis.pack.budgets.store.CounterValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.params.ScanParams;
import redis.clients.jedis.resps.ScanResult;

/** Reads that need no atomicity: a counter's value, a reservation's counters, the audit's scan. */
final class RedisReads {

    private static final String UNIT_FIELD = "unit:";

    private final UnifiedJedis redis;
    private final RedisKeys keys;

    RedisReads(UnifiedJedis redis, RedisKeys keys) {
        this.redis = redis;
        this.keys = keys;
    }

    CounterValue counter(String counterKey) {
        List<String> values = redis.hmget(keys.counter(counterKey), "spent", "reserved", "lapsed");
        return new CounterValue(parse(values.get(0)), parse(values.get(1)), parse(values.get(2)));
    }

    List<String> counterNames(String ledger) {
        List<String> names = new ArrayList<>();
        for (String field : redis.hkeys(ledger)) {
            if (field.startsWith(UNIT_FIELD)) {
                names.add(field.substring(UNIT_FIELD.length()));
            }
        }
        names.sort(null);
        return names;
    }

    /** Scans every ledger hash: for audits and tests, never on the request path. */
    CounterValue fromLedger(String counterKey) {
        long spent = 0;
        long reserved = 0;
        long lapsed = 0;
        String cursor = ScanParams.SCAN_POINTER_START;
        ScanParams params = new ScanParams().match(keys.ledgerPattern()).count(500);
        do {
            ScanResult<String> page = redis.scan(cursor, params);
            for (String ledger : page.getResult()) {
                Map<String, String> row = redis.hgetAll(ledger);
                if (!row.containsKey(UNIT_FIELD + counterKey)) {
                    continue;
                }
                if ("reserved".equals(row.get("state"))) {
                    reserved += parse(row.get("charge:" + counterKey));
                } else {
                    spent += parse(row.get("charged:" + counterKey));
                    if (row.containsKey("lease")) {
                        lapsed += parse(row.get("charged:" + counterKey)); // a lease charges only what it kept
                    }
                }
            }
            cursor = page.getCursor();
        } while (!ScanParams.SCAN_POINTER_START.equals(cursor));
        return new CounterValue(spent, reserved, lapsed);
    }

    private static long parse(String value) {
        return value == null ? 0 : Long.parseLong(value);
    }
}
