package dev.aegis.cli;

import dev.aegis.kernel.Kernel;
import dev.aegis.kernel.config.ConfigException;
import dev.aegis.server.AegisServer;
import dev.aegis.server.ServerConfig;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Runs the gateway: the OpenAI-compatible API and the native API, until stopped (SIGTERM/Ctrl-C drain and stop it).")
final class ServeCommand implements Callable<Integer> {

    @Mixin
    GatewayOptions gateway;

    @Option(names = {"-p", "--port"}, paramLabel = "N", description = "Port to listen on (overrides server.port; 0 picks a free one).")
    Integer port;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        Kernel kernel;
        try {
            kernel = gateway.boot();
        } catch (ConfigException e) {
            return ConfigErrors.print(gateway.config, e, spec.commandLine().getErr());
        }
        ServerConfig config = kernel.assembly().section(AegisServer.SECTION, ServerConfig.class);
        if (port != null) {
            config = config.withPort(port);
        }
        AegisServer server;
        try {
            server = AegisServer.start(kernel, config);
        } catch (ConfigException e) {
            kernel.close();
            return ConfigErrors.print(gateway.config, e, spec.commandLine().getErr());
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            kernel.close();
            stopped.countDown();
        }, "aegis-shutdown"));
        PrintWriter out = spec.commandLine().getOut();
        out.printf("Aegis listening on http://%s:%d (routes: %s)%n", config.host(), server.port(), kernel.assembly().routes().keySet());
        out.flush();
        stopped.await();
        return 0;
    }
}
