package dev.aegis.cli;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Watches the configuration file's directory and calls back once the file's content changed and the
 * directory has been quiet for the debounce interval: an editor's save in several writes, or a
 * rename over the file, is one reload. The content is compared rather than the event's file name,
 * so a mounted ConfigMap, whose files change by a symbolic link swapped in the directory, is seen too.
 */
final class ConfigWatcher implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(ConfigWatcher.class.getName());

    private final Path file;
    private final Duration debounce;
    private final Runnable changed;
    private final WatchService watcher;
    private final Thread thread;
    private byte[] seen;

    private ConfigWatcher(Path file, Duration debounce, Runnable changed, WatchService watcher) {
        this.file = file;
        this.debounce = debounce;
        this.changed = changed;
        this.watcher = watcher;
        this.seen = digest();
        this.thread = Thread.ofPlatform().daemon().name("aegis-config-watcher").unstarted(this::watch);
    }

    static ConfigWatcher start(Path file, Duration debounce, Runnable changed) throws IOException {
        Path absolute = file.toAbsolutePath();
        WatchService watcher = absolute.getFileSystem().newWatchService();
        absolute.getParent().register(watcher, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                StandardWatchEventKinds.ENTRY_DELETE);
        ConfigWatcher started = new ConfigWatcher(absolute, debounce, changed, watcher);
        started.thread.start();
        return started;
    }

    private void watch() {
        try {
            while (true) {
                drain(watcher.take());
                // quiet for the debounce interval: the writes of one save are over
                WatchKey more;
                while ((more = watcher.poll(debounce.toMillis(), TimeUnit.MILLISECONDS)) != null) {
                    drain(more);
                }
                byte[] now = digest();
                if (now != null && !Arrays.equals(now, seen)) {
                    seen = now;
                    changed.run();
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException stopped) {
            // closed
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "watching " + file + " stopped; SIGHUP still reloads", e);
        }
    }

    private static void drain(WatchKey key) {
        key.pollEvents();
        key.reset();
    }

    // null while the file is missing or unreadable (mid-rename): not a change yet
    private byte[] digest() {
        try {
            return MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file));
        } catch (IOException e) {
            return null;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        try {
            watcher.close();
        } catch (IOException e) {
            LOG.log(Level.FINE, "closing the watch service failed", e);
        }
        thread.interrupt();
    }
}
