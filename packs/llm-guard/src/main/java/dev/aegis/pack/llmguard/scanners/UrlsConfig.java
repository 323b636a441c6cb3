package dev.aegis.pack.llmguard.scanners;

import dev.aegis.api.guard.ScanTarget;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Configuration of {@code urls}. Domains are compared as registrable names with their subdomains:
 * {@code example.com} covers {@code docs.example.com}; international names may be written in Unicode
 * or punycode.
 *
 * @param allow when not empty, only these domains may appear; everything else is refused. The
 *     answer is then held back until it is complete (a host cut by a stream window cannot be told
 *     from an unlisted one)
 * @param deny domains always refused, e-mail addresses' domains included
 * @param lookAlikes true by default: refuse hosts mixing scripts in a label, and hosts imitating an
 *     allowed domain (look-alike letters, one edit away, or the allowed name as a label of another domain)
 * @param images {@code listed-only} (the default) refuses markdown and HTML images whose domain is
 *     not on the allow list, every image when there is none: a renderer fetches them unasked, which
 *     makes them a channel to send data out; {@code any} judges them like links
 * @param action {@code sanitize} by default: the URL, or the markdown or HTML construct around it, is
 *     replaced; {@code block}, {@code require-approval} or {@code flag}
 * @param replacement what {@code sanitize} puts in place; {@code [link removed]} by default
 * @param targets what to scan; answers and tool results by default
 * @param window characters held back when an answer streams and there is no allow list; 640 by default:
 *     a markdown image's alt text (up to 256 characters) and a URL up to the end of its host fit in it
 */
public record UrlsConfig(List<@NotBlank String> allow, List<@NotBlank String> deny, Boolean lookAlikes, ImagePolicy images,
        ScannerAction action, String replacement, Set<ScanTarget> targets, @Positive @Max(65536) Integer window) {

    public UrlsConfig {
        allow = allow == null ? List.of() : List.copyOf(allow);
        deny = deny == null ? List.of() : List.copyOf(deny);
        lookAlikes = lookAlikes == null || lookAlikes;
        images = images == null ? ImagePolicy.LISTED_ONLY : images;
        action = action == null ? ScannerAction.SANITIZE : action;
        replacement = replacement == null ? "[link removed]" : replacement;
        targets = targets == null || targets.isEmpty() ? Set.copyOf(EnumSet.of(ScanTarget.RESPONSE, ScanTarget.TOOL_RESULT)) : Set.copyOf(targets);
        window = window == null ? 640 : window;
    }

    /** Everything by default. */
    public static UrlsConfig defaults() {
        return new UrlsConfig(null, null, null, null, null, null, null, null);
    }

    /** What is done about images. */
    public enum ImagePolicy {
        /** Images only from domains on the allow list. */
        LISTED_ONLY,
        /** Images judged like links. */
        ANY
    }
}
