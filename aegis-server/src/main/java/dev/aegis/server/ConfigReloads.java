package dev.aegis.server;

import com.fasterxml.jackson.databind.JsonNode;
import dev.aegis.kernel.Kernel;
import dev.aegis.kernel.KernelOptions;
import dev.aegis.kernel.config.ConfigError;
import dev.aegis.kernel.config.ConfigException;
import dev.aegis.runtime.CompiledRoute;
import dev.aegis.server.ReloadStatus.Attempt;
import dev.aegis.server.ReloadStatus.Outcome;
import dev.aegis.server.internal.Generations;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.metrics.LongCounter;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Reloads {@code aegis.yaml} into a running gateway: the file is loaded and every route compiled
 * beside the plan being served (plugins created, secrets resolved, graphs built), and only when all
 * of it succeeded is the new plan swapped in at once. Runs already going finish on the plan they
 * started with, whose plugins are closed after the last of them. A file that does not load, or that
 * changes a section only a restart applies, changes nothing; the outcome is logged, counted
 * ({@code aegis.config.reloads}) and kept for {@code GET /v1/admin/reload}.
 */
public final class ConfigReloads {

    private static final Logger LOG = Logger.getLogger(ConfigReloads.class.getName());
    private static final AttributeKey<String> OUTCOME = AttributeKey.stringKey("aegis.reload.outcome");

    private final KernelOptions options;
    private final Generations<Kernel> generations;
    private final GatewayAssembly built;
    private final Set<String> servedResources;
    private final List<String> restartSections;
    private final LongCounter counter;
    private final Clock clock;
    private volatile ReloadStatus status = new ReloadStatus(0, Optional.empty());

    ConfigReloads(KernelOptions options, Generations<Kernel> generations, GatewayAssembly built, Set<String> servedResources,
            io.opentelemetry.api.OpenTelemetry openTelemetry) {
        this.options = options;
        this.generations = generations;
        this.built = built;
        this.servedResources = Set.copyOf(servedResources);
        List<String> sections = new ArrayList<>(GatewayAssembly.SECTIONS.keySet().stream().sorted().toList());
        // what the server holds from the load it started with: its data directory, exporters, embedders and vector stores
        sections.addAll(List.of("data-dir", "telemetry", "embeddings", "vector-stores"));
        this.restartSections = List.copyOf(sections);
        this.counter = openTelemetry.getMeter("dev.aegis.server").counterBuilder("aegis.config.reloads")
                .setDescription("Reloads of aegis.yaml, by outcome (applied, refused, restart_required)").build();
        this.clock = Clock.systemUTC();
    }

    /** The sections of the file whose change needs a restart. */
    public List<String> restartSections() {
        return restartSections;
    }

    public ReloadStatus status() {
        return status;
    }

    /**
     * Loads the file again and serves it if it loads, compiles and changes only what a reload applies.
     *
     * @param trigger what asked for it, for the log and the status: {@code signal}, {@code file}, {@code api}
     */
    public synchronized ReloadStatus reload(String trigger) {
        Kernel current = generations.current();
        Attempt attempt;
        try {
            List<String> changed = changedRestartSections(current.tree(), Kernel.readTree(options));
            attempt = changed.isEmpty() ? load(trigger, current) : restartRequired(trigger, changed);
        } catch (ConfigException e) {
            attempt = refused(trigger, e);
        } catch (RuntimeException e) {
            attempt = refused(trigger, ConfigException.of("", "the file could not be loaded: " + e));
        }
        status = new ReloadStatus(generations.number(), Optional.of(attempt));
        counter.add(1, Attributes.of(OUTCOME, attempt.outcome().name().toLowerCase(java.util.Locale.ROOT)));
        return status;
    }

    private Attempt load(String trigger, Kernel current) {
        Kernel next = Kernel.reload(options, current);
        Map<String, CompiledRoute> routes;
        try {
            List<String> unserved = next.assembly().resources().keySet().stream().filter(name -> !servedResources.contains(name)).toList();
            if (!unserved.isEmpty()) {
                next.close();
                return restartRequired(trigger, unserved.stream().map(name -> "resource " + name).toList());
            }
            routes = built.compile(next.assembly());
        } catch (ConfigException e) {
            next.close();
            return refused(trigger, e);
        } catch (RuntimeException e) {
            next.close();
            return refused(trigger, ConfigException.of("routes", "a route does not compile: " + e.getMessage()));
        }
        next.adopt(current);
        built.serve(next.assembly(), routes);
        generations.swap(next);
        LOG.info(() -> options.config() + " reloaded (" + trigger + "): generation " + generations.number() + ", routes " + routes.keySet());
        return new Attempt(clock.instant(), trigger, Outcome.APPLIED, List.of(), List.of());
    }

    private List<String> changedRestartSections(JsonNode served, JsonNode next) {
        return restartSections.stream().filter(section -> !Objects.equals(served.get(section), next.get(section))).toList();
    }

    private Attempt restartRequired(String trigger, List<String> sections) {
        String message = "restart required for " + String.join(", ", sections) + ": " + options.config() + " was not reloaded, nothing changed";
        LOG.warning(message);
        return new Attempt(clock.instant(), trigger, Outcome.RESTART_REQUIRED, List.of(message), sections);
    }

    private Attempt refused(String trigger, ConfigException e) {
        LOG.log(Level.WARNING, () -> e.report(options.config()) + "\nthe reload (" + trigger + ") changed nothing: the gateway serves the file it had");
        return new Attempt(clock.instant(), trigger, Outcome.REFUSED, e.errors().stream().map(ConfigError::toString).toList(), List.of());
    }
}
