package dev.aegis.plugin.secrets;

import dev.aegis.api.AegisException;
import dev.aegis.api.PluginContext;
import dev.aegis.api.secret.SecretProvider;
import dev.aegis.api.secret.SecretProviderFactory;
import java.nio.file.Files;
import java.nio.file.Path;

/** The {@code file} scheme: {@code {secret: "file:/run/secrets/openai"}} reads that file. */
public final class FileSecretProviderFactory implements SecretProviderFactory<FileSecretConfig> {

    @Override
    public String name() {
        return "file";
    }

    @Override
    public Class<FileSecretConfig> configType() {
        return FileSecretConfig.class;
    }

    @Override
    public SecretProvider create(FileSecretConfig config, PluginContext context) {
        return config.baseDir()
                .map(FileSecretProviderFactory::existingDirectory)
                .map(FileSecretProvider::confinedTo)
                .orElseGet(FileSecretProvider::unconfined);
    }

    @Override
    public String description() {
        return "Secrets from files, one trailing newline stripped: file:/run/secrets/NAME (base-dir confines them)";
    }

    // secrets resolve once at load, so a missing directory is a configuration error now, not later
    private static Path existingDirectory(Path directory) {
        if (!Files.isDirectory(directory)) {
            throw new AegisException("invalid_config", "file secrets: base-dir '" + directory + "' is not a directory");
        }
        return directory;
    }
}
