package dev.aegis.pack.llmguard.scanners;

import dev.aegis.api.PluginContext;
import dev.aegis.api.guard.Guardrail;
import dev.aegis.api.guard.GuardrailFactory;
import dev.aegis.pack.llmguard.scanners.internal.urls.UrlsGuard;

/** {@code urls}: links in answers and tool results, against allow and deny lists, disguises and image exfiltration. */
public final class UrlsFactory implements GuardrailFactory<UrlsConfig> {

    @Override
    public String name() {
        return "urls";
    }

    @Override
    public Class<UrlsConfig> configType() {
        return UrlsConfig.class;
    }

    @Override
    public Guardrail create(UrlsConfig config, PluginContext context) {
        return new UrlsGuard(config);
    }

    @Override
    public String description() {
        return "Removes or refuses links to denied, unlisted or look-alike domains, and images that would send data out.";
    }
}
