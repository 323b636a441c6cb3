package dev.aegis.pack.llmguard.injection.internal;

import dev.aegis.pack.llmguard.injection.internal.decode.Decoded;
import dev.aegis.pack.llmguard.injection.internal.decode.Decoders;
import dev.aegis.pack.llmguard.injection.internal.embedding.GatedEmbedding;
import dev.aegis.pack.llmguard.injection.internal.heuristic.Heuristics;
import dev.aegis.pack.llmguard.injection.internal.heuristic.RuleHit;
import dev.aegis.pack.llmguard.injection.internal.linear.LinearModel;
import dev.aegis.pack.llmguard.injection.internal.text.ScanText;
import dev.aegis.pack.llmguard.onnx.internal.OnnxTextClassifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * The layers in order: the normalised view with look-alikes folded, the decoders, then the
 * heuristics and the classifier on the text as sent and on every text decoded from it (their noisy-or,
 * highest over the texts, is the linear score); then, where the linear score is unsure, the embedding
 * layer on the same texts, blended with it; last, when configured, the operator's ONNX classifier reads
 * the normalised text and every decoded text in one batch, and its highest probability times its weight
 * joins the score by noisy-or (it can only raise it). A layer that is switched off is null. Thread-safe.
 */
public final class InjectionScanner {

    private final Heuristics rules;
    private final LinearModel model;
    private final Decoders decoders;
    private final GatedEmbedding embedding;
    private final OnnxTextClassifier onnx;
    private final double onnxWeight;

    public InjectionScanner(Heuristics rules, LinearModel model, Decoders decoders) {
        this(rules, model, decoders, null, null, 0);
    }

    public InjectionScanner(Heuristics rules, LinearModel model, Decoders decoders, GatedEmbedding embedding) {
        this(rules, model, decoders, embedding, null, 0);
    }

    /** With an operator's ONNX classifier, whose probability times {@code onnxWeight} joins the score by noisy-or. */
    public InjectionScanner(Heuristics rules, LinearModel model, Decoders decoders, OnnxTextClassifier onnx, double onnxWeight) {
        this(rules, model, decoders, null, onnx, onnxWeight);
    }

    /** Every layer; {@code embedding} and {@code onnx} may each be null (off). */
    public InjectionScanner(Heuristics rules, LinearModel model, Decoders decoders, GatedEmbedding embedding, OnnxTextClassifier onnx,
            double onnxWeight) {
        this.rules = rules;
        this.model = model;
        this.decoders = decoders;
        this.embedding = embedding;
        this.onnx = onnx;
        this.onnxWeight = onnxWeight;
    }

    public Assessment assess(String original) {
        ScanText text = ScanText.of(original);
        Scores scores = new Scores();
        scores.add(text, Optional.empty(), -1, -1);
        Set<String> decodings = new LinkedHashSet<>();
        // the texts the embedding layer and the onnx model read, if they run; none kept without them
        List<String> scanned = embedding == null ? null : new ArrayList<>(1);
        if (scanned != null) {
            scanned.add(text.folded());
        }
        List<String> modelTexts = onnx == null ? null : new ArrayList<>(1);
        if (modelTexts != null) {
            modelTexts.add(text.view().text());
        }
        if (decoders != null) {
            for (Decoded decoded : decoders.decode(text.view().text())) {
                decodings.add(decoded.decoding());
                if (modelTexts != null) {
                    modelTexts.add(decoded.text());
                }
                int start = text.originalStart(decoded.start());
                int end = decoded.end() > decoded.start() ? text.originalEnd(decoded.end()) : start;
                ScanText inner = ScanText.decoded(decoded.text());
                scores.add(inner, Optional.of(decoded.decoding()), start, end);
                if (scanned != null) {
                    scanned.add(inner.folded());
                }
            }
        }
        scores.findings.sort(Comparator.comparingDouble(Finding::score).reversed());
        double score = scores.combined;
        OptionalDouble similar = OptionalDouble.empty();
        if (embedding != null && embedding.runsOn(score)) {
            double embedded = embedding.layer().score(scanned);
            similar = OptionalDouble.of(embedded);
            score = embedding.blend(score, embedded);
        }
        OptionalDouble onnxProbability = OptionalDouble.empty();
        if (onnx != null) {
            double probability = Arrays.stream(onnx.probabilities(modelTexts)).max().orElse(0);
            onnxProbability = OptionalDouble.of(probability);
            score = 1 - (1 - score) * (1 - onnxWeight * probability);
        }
        return new Assessment(score, scores.combined, scores.heuristics, scores.classifier, similar, scores.findings,
                List.copyOf(decodings), text.confusables(), text.bidiControls(), onnxProbability);
    }

    private final class Scores {
        double combined;
        double heuristics;
        double classifier;
        final List<Finding> findings = new ArrayList<>();

        // span: where the decoded run lies in the original; -1 for the text as sent (rule hits give their own)
        void add(ScanText text, Optional<String> decoding, int start, int end) {
            double heuristic = 0;
            if (rules != null) {
                List<RuleHit> hits = rules.find(text.folded());
                heuristic = Heuristics.score(hits);
                for (RuleHit hit : hits) {
                    int from = decoding.isPresent() ? start : text.originalStart(hit.start());
                    int to = decoding.isPresent() ? end : text.originalEnd(hit.end());
                    findings.add(new Finding(hit.rule(), hit.weight(), decoding, from, to));
                }
            }
            double probability = model == null ? 0 : model.probability(text.folded());
            if (model != null && (probability >= 0.5 || decoding.isEmpty())) {
                findings.add(new Finding("classifier", probability, decoding, start, end));
            }
            double both = 1 - (1 - heuristic) * (1 - probability);
            combined = Math.max(combined, both);
            heuristics = Math.max(heuristics, heuristic);
            classifier = Math.max(classifier, probability);
        }
    }
}
