package dev.aegis.cli;

import dev.aegis.kernel.Kernel;
import dev.aegis.kernel.config.ConfigException;
import dev.aegis.server.AegisServer;
import dev.aegis.server.ConfigReloads;
import dev.aegis.server.ServerConfig;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import sun.misc.Signal;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Runs the gateway: the OpenAI-compatible API and the native API, until stopped.",
                "SIGHUP, or a change to the configuration file, reloads it; SIGTERM or Ctrl-C drain the gateway (server.drain-timeout) and stop it."})
final class ServeCommand implements Callable<Integer> {

    /** Quiet time after the last change to the file before it is reloaded. */
    private static final Duration DEBOUNCE = Duration.ofMillis(300);

    @Mixin
    GatewayOptions gateway;

    @Option(names = {"-p", "--port"}, paramLabel = "N", description = "Port to listen on (overrides server.port; 0 picks a free one).")
    Integer port;

    @Option(names = "--no-watch", description = "Do not reload the configuration when its file changes (SIGHUP still does).")
    boolean noWatch;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException, IOException {
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
            server = AegisServer.start(kernel, config, gateway.kernelOptions().withSections(AegisServer.SECTIONS));
        } catch (ConfigException e) {
            kernel.close();
            return ConfigErrors.print(gateway.config, e, spec.commandLine().getErr());
        }
        ConfigReloads reloads = server.reloads().orElseThrow();
        // one reload at a time, off the signal and watcher threads
        ExecutorService reloading = Executors.newSingleThreadExecutor(Thread.ofPlatform().daemon().name("aegis-reload").factory());
        Signal.handle(new Signal("HUP"), signal -> reloading.execute(() -> reloads.reload("signal")));
        ConfigWatcher watcher = noWatch ? null : ConfigWatcher.start(gateway.config, DEBOUNCE, () -> reloading.execute(() -> reloads.reload("file")));
        CountDownLatch stopping = new CountDownLatch(1);
        // handled rather than left to the JVM: the drain runs, and the process exits 0 after it
        Signal.handle(new Signal("TERM"), signal -> stopping.countDown());
        Signal.handle(new Signal("INT"), signal -> stopping.countDown());
        // any other way out (System.exit elsewhere) still closes the store and flushes the audit log
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            kernel.close();
        }, "aegis-shutdown"));
        PrintWriter out = spec.commandLine().getOut();
        out.printf("Aegis listening on http://%s:%d (routes: %s)%n", config.host(), server.port(), kernel.assembly().routes().keySet());
        out.flush();
        stopping.await();
        out.printf("Aegis draining (up to %s)%n", config.drainTimeout());
        out.flush();
        if (watcher != null) {
            watcher.close();
        }
        // a reload under way finishes (it swaps whole, or not at all) before the server closes
        reloading.shutdown();
        reloading.awaitTermination(1, java.util.concurrent.TimeUnit.MINUTES);
        server.drain();
        server.close();
        kernel.close();
        out.println("Aegis stopped");
        out.flush();
        return 0;
    }
}
