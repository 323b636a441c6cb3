package dev.aegis.cli;

import dev.aegis.kernel.config.ConfigException;
import dev.aegis.runtime.audit.AuditLog;
import dev.aegis.runtime.audit.AuditQuery;
import dev.aegis.runtime.audit.AuditRecord;
import dev.aegis.runtime.audit.Verification;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "audit", mixinStandardHelpOptions = true, description = "Reads and checks the hash-chained audit log.",
        subcommands = {AuditCommand.Tail.class, AuditCommand.Verify.class})
final class AuditCommand {

    @Command(name = "tail", mixinStandardHelpOptions = true, description = "Prints the newest audit rows (oldest first); --follow keeps printing new ones.")
    static final class Tail implements Callable<Integer> {

        @Mixin
        GatewayOptions gateway;

        @Option(names = {"-n", "--lines"}, defaultValue = "20", description = "How many rows (default: ${DEFAULT-VALUE}).")
        int lines;

        @Option(names = {"-f", "--follow"}, description = "Keep printing rows as they are written, until interrupted.")
        boolean follow;

        @Option(names = "--run", description = "Only this run's rows.")
        String run;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws InterruptedException {
            PrintWriter out = spec.commandLine().getOut();
            try (StateStore store = StateStore.open(gateway); AuditLog log = AuditLog.openForReading(store.database())) {
                List<AuditRecord> newest = log.query(new AuditQuery(Optional.ofNullable(run), Optional.empty(), Optional.empty(), Optional.empty(),
                        Optional.empty(), Optional.empty(), Math.max(1, Math.min(lines, 10_000))));
                long last = 0;
                for (AuditRecord record : newest.reversed()) {
                    print(out, record);
                    last = record.id();
                }
                out.flush();
                while (follow) {
                    Thread.sleep(1000);
                    for (AuditRecord record : log.query(new AuditQuery(Optional.ofNullable(run), Optional.empty(), Optional.empty(),
                            Optional.empty(), Optional.empty(), Optional.of(last), 1000))) {
                        print(out, record);
                        last = record.id();
                    }
                    out.flush();
                }
                return 0;
            } catch (ConfigException e) {
                return ConfigErrors.print(gateway.config, e, spec.commandLine().getErr());
            }
        }

        private static void print(PrintWriter out, AuditRecord record) {
            out.printf("%6d %s %s %-10s %-24s %s %s%s%n", record.id(), record.time(), record.runId(), record.principal(), record.source(),
                    record.type(), record.detail(), record.attributes().isEmpty() ? "" : " " + record.attributes());
        }
    }

    @Command(name = "verify", mixinStandardHelpOptions = true,
            description = "Checks the whole chain. Exit 0 when intact; exit 1 naming the first edited or deleted row.")
    static final class Verify implements Callable<Integer> {

        @Mixin
        GatewayOptions gateway;

        @Option(names = "--archive", paramLabel = "DIR",
                description = "Also check the archive segments in DIR, end to end from each chain's start to its live entries.")
        Path archive;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            try (StateStore store = StateStore.open(gateway); AuditLog log = AuditLog.openForReading(store.database())) {
                Verification verification = archive == null ? log.verify() : log.verify(archive);
                if (verification.intact()) {
                    spec.commandLine().getOut().printf("audit log intact: %d entries (%d events) in %d chains, every chain and head verified%s%n",
                            verification.entries(), verification.events(), verification.chains(), verification.archived() == 0 ? ""
                                    : archive == null ? "; " + verification.archived() + " older entries are archived (check them with --archive)"
                                            : ", " + verification.archived() + " of the entries in archive segments");
                    spec.commandLine().getOut().flush();
                    return 0;
                }
                PrintWriter err = spec.commandLine().getErr();
                err.printf("audit log BROKEN at entry %d: %s (%d entries checked)%n", verification.brokenAt().orElseThrow(),
                        verification.problem().orElse(""), verification.entries());
                err.flush();
                return 1;
            } catch (ConfigException e) {
                return ConfigErrors.print(gateway.config, e, spec.commandLine().getErr());
            }
        }
    }
}
