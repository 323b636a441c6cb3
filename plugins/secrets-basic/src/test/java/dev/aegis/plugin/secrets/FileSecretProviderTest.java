package dev.aegis.plugin.secrets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.aegis.api.AegisException;
import dev.aegis.api.secret.SecretNotFoundException;
import dev.aegis.testkit.FakePluginContext;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileSecretProviderTest {

    @TempDir
    Path temp;

    private Path base;

    @BeforeEach
    void createSecrets() throws IOException {
        base = Files.createDirectories(temp.resolve("secrets"));
        Files.writeString(base.resolve("openai"), "sk-from-file\n");
        Files.writeString(temp.resolve("outside"), "not-for-you\n");
    }

    @Test
    void readsTheFileAndStripsOneTrailingNewline() throws IOException {
        Files.writeString(base.resolve("two-newlines"), "value\n\n");
        Files.writeString(base.resolve("crlf"), "value\r\n");
        Files.writeString(base.resolve("bare"), "value");
        FileSecretProvider provider = FileSecretProvider.confinedTo(base);

        assertThat(provider.resolve("openai").reveal()).isEqualTo("sk-from-file");
        assertThat(provider.resolve("two-newlines").reveal()).isEqualTo("value\n");
        assertThat(provider.resolve("crlf").reveal()).isEqualTo("value");
        assertThat(provider.resolve("bare").reveal()).isEqualTo("value");
    }

    @Test
    void withoutABaseDirectoryAnAbsolutePathIsRead() {
        assertThat(FileSecretProvider.unconfined().resolve(base.resolve("openai").toString()).reveal()).isEqualTo("sk-from-file");
    }

    @Test
    void anAbsolutePathInsideTheBaseDirectoryIsRead() {
        assertThat(FileSecretProvider.confinedTo(base).resolve(base.resolve("openai").toString()).reveal()).isEqualTo("sk-from-file");
    }

    @Test
    void aMissingFileNamesTheReference() {
        assertThatThrownBy(() -> FileSecretProvider.confinedTo(base).resolve("anthropic"))
                .isInstanceOf(SecretNotFoundException.class)
                .hasMessageContaining("anthropic");
    }

    @Test
    void dotDotCannotLeaveTheBaseDirectory() {
        assertThatThrownBy(() -> FileSecretProvider.confinedTo(base).resolve("../outside"))
                .isInstanceOf(SecretNotFoundException.class)
                .hasMessageContaining("outside the configured base-dir")
                .hasMessageNotContaining("not-for-you");
    }

    @Test
    void anAbsolutePathOutsideTheBaseDirectoryIsRefused() {
        assertThatThrownBy(() -> FileSecretProvider.confinedTo(base).resolve(temp.resolve("outside").toString()))
                .isInstanceOf(SecretNotFoundException.class)
                .hasMessageContaining("outside the configured base-dir");
    }

    @Test
    void aSymbolicLinkLeadingOutOfTheBaseDirectoryIsRefused() throws IOException {
        Files.createSymbolicLink(base.resolve("sneaky"), temp.resolve("outside"));

        assertThatThrownBy(() -> FileSecretProvider.confinedTo(base).resolve("sneaky"))
                .isInstanceOf(SecretNotFoundException.class)
                .hasMessageContaining("outside the configured base-dir")
                .hasMessageNotContaining("not-for-you");
    }

    @Test
    void aDirectoryIsNoSecret() throws IOException {
        Files.createDirectories(base.resolve("nested"));

        assertThatThrownBy(() -> FileSecretProvider.confinedTo(base).resolve("nested")).isInstanceOf(SecretNotFoundException.class);
        assertThatThrownBy(() -> FileSecretProvider.confinedTo(base).resolve(".")).isInstanceOf(SecretNotFoundException.class);
    }

    @Test
    void aBlankReferenceIsNotFound() {
        assertThatThrownBy(() -> FileSecretProvider.unconfined().resolve("")).isInstanceOf(SecretNotFoundException.class);
    }

    @Test
    void aFileThatIsNotUtf8IsRefusedWithoutQuotingIt() throws IOException {
        Files.write(base.resolve("binary"), new byte[] {(byte) 0xC3, (byte) 0x28, 'x', 'y'});

        assertThatThrownBy(() -> FileSecretProvider.confinedTo(base).resolve("binary"))
                .isInstanceOf(SecretNotFoundException.class)
                .hasMessageContaining("binary")
                .hasMessageNotContaining("xy");
    }

    @Test
    void theFactoryConfinesToTheConfiguredBaseDirectory() {
        var provider = new FileSecretProviderFactory().create(new FileSecretConfig(Optional.of(base)), FakePluginContext.create());

        assertThat(provider.resolve("openai").reveal()).isEqualTo("sk-from-file");
        assertThatThrownBy(() -> provider.resolve("../outside")).isInstanceOf(SecretNotFoundException.class);
    }

    @Test
    void theFactoryRefusesABaseDirectoryThatDoesNotExist() {
        FileSecretConfig config = new FileSecretConfig(Optional.of(temp.resolve("absent")));

        assertThatThrownBy(() -> new FileSecretProviderFactory().create(config, FakePluginContext.create()))
                .isInstanceOf(AegisException.class)
                .hasMessageContaining("absent");
    }
}
