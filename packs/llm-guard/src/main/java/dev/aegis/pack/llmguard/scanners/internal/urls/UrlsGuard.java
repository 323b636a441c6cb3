package dev.aegis.pack.llmguard.scanners.internal.urls;

import dev.aegis.api.guard.Content;
import dev.aegis.api.guard.Evidence;
import dev.aegis.api.guard.Guardrail;
import dev.aegis.api.guard.NormalizedText;
import dev.aegis.api.guard.ScanTarget;
import dev.aegis.api.guard.StreamingGuarantee;
import dev.aegis.api.guard.Verdict;
import dev.aegis.api.state.RunState;
import dev.aegis.pack.llmguard.scanners.ScannerAction;
import dev.aegis.pack.llmguard.scanners.UrlsConfig;
import dev.aegis.pack.llmguard.scanners.internal.Outcome;
import dev.aegis.pack.llmguard.scanners.internal.Spans;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * {@code urls}: finds URLs and bare domains in the normalised view, normalises each host as a
 * browser would, and judges it against the deny list, the disguises, the allow list and the image
 * policy, in that order. Evidence names the rule and the registrable domain, never the URL.
 */
public final class UrlsGuard implements Guardrail {

    private final List<String> allow;
    private final List<String> deny;
    private final boolean lookAlikes;
    private final boolean imagesListedOnly;
    private final ScannerAction action;
    private final String replacement;
    private final Set<ScanTarget> targets;
    private final StreamingGuarantee streaming;

    /** @throws IllegalArgumentException naming an allow or deny entry that is not a domain name */
    public UrlsGuard(UrlsConfig config) {
        this.allow = entries("allow", config.allow());
        this.deny = entries("deny", config.deny());
        this.lookAlikes = config.lookAlikes();
        this.imagesListedOnly = config.images() == UrlsConfig.ImagePolicy.LISTED_ONLY;
        this.action = config.action();
        this.replacement = config.replacement();
        this.targets = config.targets();
        this.streaming = Outcome.streaming(action, allow.isEmpty() ? StreamingGuarantee.window(config.window()) : StreamingGuarantee.fullContext());
    }

    @Override
    public Verdict scan(Content content, RunState state) {
        NormalizedText view = content.normalized();
        List<Evidence> evidence = new ArrayList<>();
        List<Spans.Span> cuts = new ArrayList<>();
        for (FoundUrl url : UrlFinder.find(view.text())) {
            Optional<Host> host = Host.of(url.host());
            Optional<String> rule = host.flatMap(found -> judge(url, found));
            if (rule.isPresent()) {
                int start = view.originalStart(url.start());
                evidence.add(new Evidence(rule.get(), host.get().domain(), start, Math.max(start, view.originalEnd(url.end()))));
                cuts.add(new Spans.Span(view.originalStart(url.cutStart()), view.originalEnd(url.cutEnd())));
            }
        }
        String rules = evidence.stream().map(Evidence::rule).distinct().collect(Collectors.joining(", "));
        return Outcome.of(action, evidence, "a link that is not allowed (" + rules + ")", () -> Spans.replace(content.text(), cuts, replacement));
    }

    private Optional<String> judge(FoundUrl url, Host host) {
        if (deny.stream().anyMatch(host::within)) {
            return Optional.of("denied-domain");
        }
        if (url.email()) {
            return Optional.empty();
        }
        if (url.userinfo()) {
            return Optional.of("userinfo");
        }
        boolean allowed = allow.stream().anyMatch(host::within);
        if (lookAlikes && !allowed && !host.address()) {
            if (LookAlikes.mixesScripts(host.unicode())) {
                return Optional.of("mixed-script");
            }
            if (LookAlikes.imitates(host, allow)) {
                return Optional.of("look-alike");
            }
        }
        if (!allow.isEmpty() && !allowed) {
            return Optional.of("unlisted-domain");
        }
        if (url.image() && imagesListedOnly && !allowed) {
            return Optional.of("image");
        }
        return Optional.empty();
    }

    @Override
    public StreamingGuarantee streaming() {
        return streaming;
    }

    @Override
    public Set<ScanTarget> targets() {
        return targets;
    }

    private static List<String> entries(String key, List<String> configured) {
        List<String> entries = new ArrayList<>();
        for (int i = 0; i < configured.size(); i++) {
            try {
                entries.add(IdnForms.entry(configured.get(i)));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(key + "[" + i + "]: " + e.getMessage());
            }
        }
        return List.copyOf(entries);
    }
}
