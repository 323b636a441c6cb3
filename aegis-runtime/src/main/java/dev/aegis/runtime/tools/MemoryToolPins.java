package dev.aegis.runtime.tools;

import dev.aegis.api.model.ToolDefinition;
import dev.aegis.kernel.plan.ToolPinning;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Pins held in memory, for a gateway without a state store: they last as long as the process. */
final class MemoryToolPins implements ToolPins {

    private final Clock clock;
    private final Map<String, ToolPin> pins = new ConcurrentHashMap<>();

    MemoryToolPins(Clock clock) {
        this.clock = clock;
    }

    @Override
    public boolean admits(String route, String source, ToolDefinition definition, ToolPinning pinning) {
        String hash = ToolHashes.of(definition);
        ToolPin pin = pins.compute(key(route, source, definition.name()), (key, existing) -> existing == null
                ? PinRules.first(route, source, definition, hash, pinning, clock.instant())
                : PinRules.seen(existing, definition, hash, clock.instant()));
        return PinRules.admits(pin, hash);
    }

    @Override
    public List<ToolPin> list() {
        return pins.values().stream()
                .sorted(Comparator.comparing((ToolPin pin) -> pin.pendingHash().isEmpty()).thenComparing(ToolPin::id))
                .toList();
    }

    @Override
    public Optional<ToolPin> find(String route, String source, String tool) {
        return Optional.ofNullable(pins.get(key(route, source, tool)));
    }

    @Override
    public ToolPin approve(String route, String source, String tool, String hash, String decidedBy) {
        ToolPin pin = pins.computeIfPresent(key(route, source, tool), (key, existing) -> PinRules.approved(existing, hash, decidedBy, clock.instant()));
        if (pin == null) {
            throw new IllegalStateException("no tool '" + tool + "' was seen from source '" + source + "' of route '" + route + "'");
        }
        return pin;
    }

    private static String key(String route, String source, String tool) {
        return route + '\u0000' + source + '\u0000' + tool;
    }
}
