package dev.aegis.cli;

import dev.aegis.kernel.Assembly;
import dev.aegis.kernel.Kernel;
import dev.aegis.kernel.config.ConfigException;
import dev.aegis.kernel.plan.RoutePlan;
import dev.aegis.runtime.RouteCompiler;
import dev.aegis.server.vectors.VectorStoreApi;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Loads the configuration, resolves every plugin and secret, and compiles every route. "
                + "Exit 0 and a one-line summary, or exit 1 with every error and its YAML path.")
final class ValidateCommand implements Callable<Integer> {

    @Mixin
    GatewayOptions gateway;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (Kernel kernel = gateway.boot()) {
            Assembly assembly = kernel.assembly();
            RouteCompiler compiler = new RouteCompiler();
            int steps = 0;
            for (RoutePlan plan : assembly.routes().values()) {
                compiler.compile(plan, assembly.hooks());
                steps += plan.ingress().size() + plan.egress().size() + (plan.router().isPresent() ? 1 : 0);
            }
            VectorStoreApi.check(assembly);
            out.printf("%s is valid: %d %s %s, %d %s, %d pipeline %s, %d %s discovered%n",
                    gateway.config,
                    assembly.routes().size(), plural(assembly.routes().size(), "route"), assembly.routes().keySet(),
                    assembly.providers().size(), plural(assembly.providers().size(), "provider"),
                    steps, plural(steps, "step"),
                    kernel.registry().all().size(), plural(kernel.registry().all().size(), "plugin"));
            out.flush();
            return 0;
        } catch (ConfigException e) {
            return ConfigErrors.print(gateway.config, e, spec.commandLine().getErr());
        }
    }

    private static String plural(int count, String noun) {
        return count == 1 ? noun : noun + "s";
    }
}
