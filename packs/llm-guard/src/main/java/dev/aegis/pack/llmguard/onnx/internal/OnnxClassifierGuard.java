package dev.aegis.pack.llmguard.onnx.internal;

import dev.aegis.api.guard.Content;
import dev.aegis.api.guard.Evidence;
import dev.aegis.api.guard.Guardrail;
import dev.aegis.api.guard.ScanTarget;
import dev.aegis.api.guard.StreamingGuarantee;
import dev.aegis.api.guard.Verdict;
import dev.aegis.api.state.RunState;
import dev.aegis.pack.llmguard.onnx.OnnxClassifierConfig;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * {@code onnx-classifier}: acts on the configured mode when the model's probability of the positive
 * label reaches the threshold. The text is read as the contracts normalise it (invisible characters
 * removed, compatibility forms folded), so they cannot split a word the model knows. Evidence is the
 * probability, never the text. The model reads whole texts, so a streamed answer is held back.
 */
public final class OnnxClassifierGuard implements Guardrail {

    static final String EVIDENCE = "onnx-classifier";

    private final OnnxClassifierConfig config;
    private final OnnxTextClassifier classifier;
    private final String label;

    public OnnxClassifierGuard(OnnxClassifierConfig config, OnnxTextClassifier classifier) {
        this.config = config;
        this.classifier = classifier;
        this.label = config.settings().label();
    }

    @Override
    public Verdict scan(Content content, RunState state) {
        String text = content.normalized().text();
        if (text.isBlank()) {
            return Verdict.allow();
        }
        double probability = classifier.probability(text);
        if (probability < config.threshold()) {
            return Verdict.allow();
        }
        String target = content.target().name().toLowerCase(Locale.ROOT).replace('_', '-');
        List<Evidence> evidence = List.of(Evidence.of(EVIDENCE, String.format(Locale.ROOT, "probability %.2f of label %s, threshold %.2f for %s",
                probability, label, config.threshold(), target)));
        String reason = String.format(Locale.ROOT, "the text classifier scored the %s %.2f (threshold %.2f)", target, probability, config.threshold());
        return config.mode().verdict(reason, evidence);
    }

    @Override
    public StreamingGuarantee streaming() {
        return StreamingGuarantee.fullContext();
    }

    @Override
    public Set<ScanTarget> targets() {
        return config.targets();
    }
}
