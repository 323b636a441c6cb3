package dev.aegis.api.telemetry;

import static java.util.Objects.requireNonNull;

import dev.aegis.api.API;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Gauges a plugin instance reports, such as a budget's headroom. Any instance (a node, a guard, a
 * provider) may implement it besides its own contract; the gateway reads each gauge whenever metrics
 * are collected (a scrape, a periodic export), and never when telemetry is off. Readings carry
 * low-cardinality attributes only (a team, a limit's name): never a user, a run or any text from a
 * request.
 */
@API(status = API.Status.EXPERIMENTAL)
public interface GaugeSource {

    List<Gauge> gauges();

    /**
     * @param name dotted, lower case, e.g. {@code aegis.budget.remaining}
     * @param unit UCUM-style, e.g. {@code {token}}, {@code USD}, {@code 1}
     * @param read called at each collection, on a telemetry thread; must be quick and must not throw
     */
    @API(status = API.Status.EXPERIMENTAL)
    record Gauge(String name, String description, String unit, Supplier<List<Reading>> read) {

        public Gauge {
            requireNonNull(name, "name");
            requireNonNull(description, "description");
            requireNonNull(unit, "unit");
            requireNonNull(read, "read");
            if (!name.matches("[a-z][a-z0-9_]*(\\.[a-z0-9_]+)*")) {
                throw new IllegalArgumentException("gauge names are dotted lower-case words, e.g. aegis.budget.remaining: " + name);
            }
        }
    }

    /** One value of a gauge, for one combination of attribute values. */
    @API(status = API.Status.EXPERIMENTAL)
    record Reading(Map<String, String> attributes, double value) {

        public Reading {
            attributes = Map.copyOf(attributes);
        }
    }
}
