package dev.aegis.pack.llmguard.scanners.internal;

import dev.aegis.api.guard.Content;
import dev.aegis.api.guard.Evidence;
import dev.aegis.api.guard.Guardrail;
import dev.aegis.api.guard.ScanTarget;
import dev.aegis.api.guard.StreamingGuarantee;
import dev.aegis.api.guard.Verdict;
import dev.aegis.api.state.RunState;
import dev.aegis.pack.llmguard.scanners.LanguageConfig;
import dev.aegis.pack.llmguard.scanners.ScannerAction;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import opennlp.tools.langdetect.Language;

/**
 * {@code language}: a text counts as written in a language that is not allowed when most of its
 * letters are in a script no allowed language uses, or when the detector finds that language
 * likeliest, and likelier by the configured margin than every allowed one.
 * Needs the whole text: a window of a stream says little about its language.
 */
public final class LanguageGuard implements Guardrail {

    static final String RULE = "disallowed-language";

    private final LanguageDetection detection;
    private final Set<String> allowed;
    private final Set<Character.UnicodeScript> allowedScripts;
    private final ScannerAction action;
    private final double margin;
    private final int minLetters;
    private final int maxCharacters;
    private final Set<ScanTarget> targets;

    /** @throws IllegalArgumentException when an allowed language is unknown to the detector */
    public LanguageGuard(LanguageConfig config) {
        this.detection = LanguageDetection.shared();
        this.allowed = LanguageCodes.resolve(config.allowed(), detection.supported());
        this.allowedScripts = LanguageScripts.of(allowed);
        this.action = config.action();
        this.margin = config.margin();
        this.minLetters = config.minLetters();
        this.maxCharacters = config.maxCharacters();
        this.targets = config.targets();
    }

    @Override
    public Verdict scan(Content content, RunState state) {
        String text = content.normalized().text();
        String sample = text.length() > maxCharacters ? text.substring(0, maxCharacters) : text;
        if (letters(sample) < minLetters) {
            return Verdict.allow();
        }
        Character.UnicodeScript script = LanguageScripts.dominant(sample, 0.8);
        if (script != Character.UnicodeScript.COMMON && !allowedScripts.contains(script)) {
            String name = script.name().toLowerCase(Locale.ROOT);
            return found("written in " + name + " script, which no allowed language uses", "script " + name, content);
        }
        Language[] languages = detection.predict(sample);
        Language best = languages[0];
        if (allowed.contains(best.getLang())) {
            return Verdict.allow();
        }
        double allowedScore = 0;
        for (Language language : languages) {
            if (allowed.contains(language.getLang())) {
                allowedScore = language.getConfidence();
                break;
            }
        }
        double odds = allowedScore == 0 ? Double.POSITIVE_INFINITY : best.getConfidence() / allowedScore;
        if (odds < margin) {
            return Verdict.allow();
        }
        return found(String.format(Locale.ROOT, "%s, %.1f times likelier than any allowed language", best.getLang(), odds), best.getLang(), content);
    }

    private Verdict found(String excerpt, String language, Content content) {
        return Outcome.of(action, List.of(Evidence.of(RULE, excerpt)), "text in a language that is not allowed (" + language + ")", content::text);
    }

    @Override
    public StreamingGuarantee streaming() {
        return Outcome.streaming(action, StreamingGuarantee.fullContext());
    }

    @Override
    public Set<ScanTarget> targets() {
        return targets;
    }

    private static int letters(String text) {
        int letters = 0;
        for (int i = 0; i < text.length(); i++) {
            if (Character.isLetter(text.charAt(i))) {
                letters++;
            }
        }
        return letters;
    }
}
