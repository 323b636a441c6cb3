package dev.aegis.plugin.secrets;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Configuration of the {@code file} secret provider.
 *
 * @param baseDir when set, every reference must name a file inside this directory: relative
 *     references resolve against it, absolute ones must lie within it, and {@code ..} cannot
 *     leave it. A relative base directory is taken from the gateway's working directory.
 */
public record FileSecretConfig(Optional<Path> baseDir) {

    public FileSecretConfig {
        baseDir = baseDir == null ? Optional.empty() : baseDir;
    }

    /** No base directory: references are paths, relative to the working directory. */
    public static FileSecretConfig defaults() {
        return new FileSecretConfig(Optional.empty());
    }
}
