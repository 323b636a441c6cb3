package dev.aegis.cli;

import dev.aegis.api.auth.Principal;
import dev.aegis.kernel.Kernel;
import dev.aegis.kernel.config.ConfigException;
import dev.aegis.server.mcp.McpStdio;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.UnaryOperator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "mcp", mixinStandardHelpOptions = true,
        description = {"Serves the gateway as an MCP server over stdio (JSON-RPC on stdin/stdout, logs on stderr) until stdin closes.",
                "Tools: chat, list_models, list_routes, get_run, list_approvals. The caller is the principal of the API key in "
                        + "AEGIS_API_KEY, checked by the configured authenticators; without an accepted key the command refuses to start."})
final class McpCommand implements Callable<Integer> {

    static final String API_KEY = "AEGIS_API_KEY";

    @Mixin
    GatewayOptions gateway;

    @Spec
    CommandSpec spec;

    // The process's own streams and environment; tests give their own.
    InputStream in;
    OutputStream out;
    UnaryOperator<String> environment = System::getenv;

    @Override
    public Integer call() throws InterruptedException {
        OutputStream protocol = out;
        if (protocol == null) {
            // stdout belongs to JSON-RPC alone: anything a library prints goes to stderr instead
            protocol = System.out;
            System.setOut(new PrintStream(System.err, true));
        }
        PrintWriter err = spec.commandLine().getErr();
        Kernel kernel;
        try {
            kernel = gateway.boot();
        } catch (ConfigException e) {
            return ConfigErrors.print(gateway.config, e, err);
        }
        try (McpStdio stdio = McpStdio.open(kernel)) {
            Optional<Principal> principal = stdio.authenticate(environment.apply(API_KEY));
            if (principal.isEmpty()) {
                err.println("aegis mcp: set " + API_KEY + " to an API key one of the configured authenticators accepts; refusing to start.");
                err.flush();
                return 1;
            }
            stdio.serve(principal.get(), in == null ? System.in : in, protocol);
            return 0;
        } catch (ConfigException e) {
            return ConfigErrors.print(gateway.config, e, err);
        } finally {
            kernel.close();
        }
    }
}
