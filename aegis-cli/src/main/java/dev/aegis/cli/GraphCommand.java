package dev.aegis.cli;

import dev.aegis.kernel.Assembly;
import dev.aegis.kernel.Kernel;
import dev.aegis.kernel.config.ConfigException;
import dev.aegis.kernel.plan.RoutePlan;
import dev.aegis.runtime.RouteCompiler;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "graph", mixinStandardHelpOptions = true,
        description = "Prints a route's compiled graph as Mermaid, conditional edges (refused, paused) included.")
final class GraphCommand implements Callable<Integer> {

    @Mixin
    GatewayOptions gateway;

    @Parameters(index = "0", paramLabel = "ROUTE", description = "The route to print.")
    String route;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        try (Kernel kernel = gateway.boot()) {
            Assembly assembly = kernel.assembly();
            RoutePlan plan = assembly.routes().get(route);
            if (plan == null) {
                err.println("no route named '" + route + "' in " + gateway.config + " (routes: " + assembly.routes().keySet() + ")");
                err.flush();
                return 1;
            }
            PrintWriter out = spec.commandLine().getOut();
            out.println(new RouteCompiler().compile(plan, assembly.hooks()).mermaid());
            out.flush();
            return 0;
        } catch (ConfigException e) {
            return ConfigErrors.print(gateway.config, e, err);
        }
    }
}
