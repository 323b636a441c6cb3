package dev.aegis.cli;

import dev.aegis.kernel.Assembly;
import dev.aegis.kernel.Kernel;
import dev.aegis.kernel.config.ConfigException;
import dev.aegis.runtime.durable.DurableOptions;
import dev.aegis.runtime.durable.DurableStore;
import dev.aegis.runtime.retention.RetentionSweeper;
import dev.aegis.runtime.retention.SweepReport;
import dev.aegis.runtime.store.StoreConfig;
import dev.aegis.server.AegisServer;
import dev.aegis.server.RetentionConfig;
import dev.aegis.server.internal.RetentionSweeps;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "retention", mixinStandardHelpOptions = true, description = "Applies the retention section to the state store.",
        subcommands = {RetentionCommand.Run.class})
final class RetentionCommand {

    @Command(name = "run", mixinStandardHelpOptions = true,
            description = "Sweeps once now: deletes what is past retention, archives the audit log's oldest entries, and prints what it did."
                    + " Exit 1 when a part failed or another gateway is sweeping.")
    static final class Run implements Callable<Integer> {

        @Mixin
        GatewayOptions gateway;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            try (Kernel kernel = gateway.boot()) {
                Assembly assembly = kernel.assembly();
                try (DurableStore store = DurableStore.open(assembly.sectionOr(AegisServer.STATE, StoreConfig.class, StoreConfig.DEFAULTS),
                        assembly.dataDirectory(), Clock.systemUTC(), DurableOptions.defaults())) {
                    RetentionSweeper sweeper = RetentionSweeps.sweeper(assembly, store);
                    if (!sweeper.active()) {
                        out.println("nothing to sweep: the retention section keeps everything");
                        out.flush();
                        return 0;
                    }
                    Optional<SweepReport> report = sweeper.sweep();
                    if (report.isEmpty()) {
                        err.println("another gateway is sweeping this store now; nothing was done");
                        err.flush();
                        return 1;
                    }
                    print(out, report.get(), assembly);
                    report.get().failures().forEach((task, why) -> err.println(task + ": FAILED: " + why));
                    out.flush();
                    err.flush();
                    return report.get().failures().isEmpty() ? 0 : 1;
                }
            } catch (ConfigException e) {
                return ConfigErrors.print(gateway.config, e, err);
            }
        }

        private static void print(PrintWriter out, SweepReport report, Assembly assembly) {
            for (Map.Entry<String, Long> task : report.removed().entrySet()) {
                if (task.getKey().equals("audit-archived")) {
                    out.printf("audit: %d entries archived to %s%n", task.getValue(), RetentionSweeps.archiveDirectory(
                            assembly.sectionOr(RetentionConfig.SECTION, RetentionConfig.class, RetentionConfig.DEFAULTS), assembly.dataDirectory()));
                } else {
                    out.printf("%s: %d removed%n", task.getKey(), task.getValue());
                }
            }
        }
    }
}
