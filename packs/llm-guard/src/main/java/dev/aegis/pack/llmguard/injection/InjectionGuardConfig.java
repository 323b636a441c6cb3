package dev.aegis.pack.llmguard.injection;

import dev.aegis.api.guard.Evidence;
import dev.aegis.api.guard.ScanTarget;
import dev.aegis.api.guard.Verdict;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Configuration of {@code injection-guard}; every key is optional.
 *
 * @param mode what a score at or above the threshold does: {@code block} (the default),
 *     {@code require-approval}, or {@code flag} (allow, with the scores and rules recorded as evidence)
 * @param thresholds the score at which each kind of content is acted on
 * @param targets what to scan; prompts, tool results and retrieved chunks by default. Responses can be
 *     added: the guard then holds a streamed answer back until it has all of it (full context)
 * @param layers which detection layers run; all by default. Switching one off is for measuring the others
 * @param decoding bounds on decoding encoded text
 * @param scanSystemMessages false by default: a system or developer message is the application's own
 *     instruction and is not scanned; true scans it like any prompt
 * @param embedding the embedding-similarity layer over a configured embedder; off when absent
 * @param onnx an operator-supplied ONNX injection classifier as one more layer; off when absent
 */
public record InjectionGuardConfig(
        Mode mode,
        @Valid Thresholds thresholds,
        Set<ScanTarget> targets,
        Set<Layer> layers,
        @Valid Decoding decoding,
        Boolean scanSystemMessages,
        @Valid Embedding embedding,
        @Valid OnnxLayerConfig onnx) {

    public InjectionGuardConfig {
        mode = mode == null ? Mode.BLOCK : mode;
        thresholds = thresholds == null ? Thresholds.defaults() : thresholds;
        targets = targets == null || targets.isEmpty()
                ? Set.copyOf(EnumSet.of(ScanTarget.PROMPT, ScanTarget.TOOL_RESULT, ScanTarget.RAG_CHUNK))
                : Set.copyOf(targets);
        layers = layers == null || layers.isEmpty() ? Set.copyOf(EnumSet.allOf(Layer.class)) : Set.copyOf(layers);
        decoding = decoding == null ? Decoding.defaults() : decoding;
        scanSystemMessages = scanSystemMessages != null && scanSystemMessages;
    }

    /** Without the embedding layer or an ONNX classifier. */
    public InjectionGuardConfig(Mode mode, Thresholds thresholds, Set<ScanTarget> targets, Set<Layer> layers, Decoding decoding,
            Boolean scanSystemMessages) {
        this(mode, thresholds, targets, layers, decoding, scanSystemMessages, null, null);
    }

    /** Without an ONNX classifier. */
    public InjectionGuardConfig(Mode mode, Thresholds thresholds, Set<ScanTarget> targets, Set<Layer> layers, Decoding decoding,
            Boolean scanSystemMessages, Embedding embedding) {
        this(mode, thresholds, targets, layers, decoding, scanSystemMessages, embedding, null);
    }

    /** Without the embedding layer. */
    public InjectionGuardConfig(Mode mode, Thresholds thresholds, Set<ScanTarget> targets, Set<Layer> layers, Decoding decoding,
            Boolean scanSystemMessages, OnnxLayerConfig onnx) {
        this(mode, thresholds, targets, layers, decoding, scanSystemMessages, null, onnx);
    }

    /** The embedding layer, if configured. */
    public Optional<Embedding> embeddingLayer() {
        return Optional.ofNullable(embedding);
    }

    /** The ONNX classifier layer, if configured. */
    public Optional<OnnxLayerConfig> onnxLayer() {
        return Optional.ofNullable(onnx);
    }

    /** Every key at its default. */
    public static InjectionGuardConfig defaults() {
        return new InjectionGuardConfig(null, null, null, null, null, null, null, null);
    }

    /** What a score at or above the threshold does. */
    public enum Mode {
        /** Refuse the run. */
        BLOCK,
        /** Pause the run until a human approves it. */
        REQUIRE_APPROVAL,
        /** Let it through, with the scores and rules recorded as the verdict's evidence. */
        FLAG;

        /** The verdict on content at or above the threshold. */
        public Verdict verdict(String reason, List<Evidence> evidence) {
            return switch (this) {
                case BLOCK -> Verdict.block(reason, evidence);
                case REQUIRE_APPROVAL -> Verdict.requireApproval(reason, evidence);
                case FLAG -> new Verdict.Allow(evidence);
            };
        }
    }

    /** The detection layers. */
    public enum Layer {
        /** Phrase rules in English, German, French and Spanish. */
        HEURISTICS,
        /** The linear classifier over character and word n-grams. */
        CLASSIFIER,
        /** base64, hex, URL escapes, ROT13 and leetspeak decoded and scanned as well. */
        DECODERS
    }

    /**
     * The score (0 to 1) at which content is acted on, per kind of content. Tool results and retrieved
     * chunks arrive as data and should never give orders; their threshold is separate from prompts'.
     *
     * @param prompt what the client sent; 0.5 by default
     * @param toolResult what a tool returned; 0.5 by default
     * @param ragChunk a retrieved chunk; 0.5 by default
     * @param toolArguments a tool call's arguments (not scanned unless targeted); 0.5 by default
     * @param response the model's answer (not scanned unless targeted); 0.5 by default
     */
    public record Thresholds(
            @DecimalMin("0.0") @DecimalMax("1.0") Double prompt,
            @DecimalMin("0.0") @DecimalMax("1.0") Double toolResult,
            @DecimalMin("0.0") @DecimalMax("1.0") Double ragChunk,
            @DecimalMin("0.0") @DecimalMax("1.0") Double toolArguments,
            @DecimalMin("0.0") @DecimalMax("1.0") Double response) {

        public static final double DEFAULT = 0.5;

        public Thresholds {
            prompt = prompt == null ? DEFAULT : prompt;
            toolResult = toolResult == null ? DEFAULT : toolResult;
            ragChunk = ragChunk == null ? DEFAULT : ragChunk;
            toolArguments = toolArguments == null ? DEFAULT : toolArguments;
            response = response == null ? DEFAULT : response;
        }

        public static Thresholds defaults() {
            return new Thresholds(null, null, null, null, null);
        }

        /** The threshold for {@code target}. */
        public double of(ScanTarget target) {
            return switch (target) {
                case PROMPT -> prompt;
                case TOOL_RESULT -> toolResult;
                case RAG_CHUNK -> ragChunk;
                case TOOL_ARGUMENTS -> toolArguments;
                case RESPONSE -> response;
            };
        }
    }

    /**
     * Bounds on decoding, so a crafted input cannot make it expensive.
     *
     * @param maxDepth how many times decoded text is decoded again (base64 inside base64); 2 by default, 0 decodes nothing
     * @param maxRuns how many encoded runs are decoded per scan; 16 by default
     * @param maxDecodedChars how many characters all decoded texts may hold together; 65536 by default
     */
    public record Decoding(@Min(0) @Max(4) Integer maxDepth, @Min(0) @Max(1024) Integer maxRuns,
            @Min(0) @Max(4_194_304) Integer maxDecodedChars) {

        public Decoding {
            maxDepth = maxDepth == null ? 2 : maxDepth;
            maxRuns = maxRuns == null ? 16 : maxRuns;
            maxDecodedChars = maxDecodedChars == null ? 65_536 : maxDecodedChars;
        }

        public static Decoding defaults() {
            return new Decoding(null, null, null);
        }
    }

    /**
     * The embedding-similarity layer: each text (in windows, the highest counting) is embedded with the
     * named embedder and compared with packaged exemplars of attacks and of benign texts, trigger words
     * included; its score is the similarity-weighted share of attacks among the nearest exemplars.
     * It runs only where the other layers are unsure, and its score is blended with theirs there.
     *
     * @param embedder the name of an entry under {@code embeddings:} in aegis.yaml, e.g. {@code minilm}
     * @param weight how much the embedding score counts in the blend {@code (1 - w) * other + w * embedding}; 0.3 by default
     * @param gateLow the other layers' score from which the embedding layer runs (0 runs it on everything). By
     *     default the lowest score the blend can lift to a threshold: {@code (t - weight) / (1 - weight)} for
     *     the lowest threshold {@code t} of the scanned targets, so the gate never changes a decision
     * @param gateHigh the other layers' score from which it no longer runs (the text is clearly an attack). By
     *     default the highest score the blend can pull under a threshold: {@code t / (1 - weight)} for the
     *     highest threshold
     * @param neighbours how many nearest exemplars vote; 3 by default
     * @param windowCharacters longest window embedded at once; longer texts are cut into half-overlapping
     *     windows and the highest score counts. 800 by default: MiniLM reads at most 256 word pieces
     */
    public record Embedding(
            @NotBlank String embedder,
            @DecimalMin("0.0") @DecimalMax("1.0") Double weight,
            @DecimalMin("0.0") @DecimalMax("1.0") Double gateLow,
            @DecimalMin("0.0") @DecimalMax("1.0") Double gateHigh,
            @Min(1) @Max(64) Integer neighbours,
            @Min(64) @Max(8192) Integer windowCharacters) {

        public Embedding {
            weight = weight == null ? 0.3 : weight;
            neighbours = neighbours == null ? 3 : neighbours;
            windowCharacters = windowCharacters == null ? 800 : windowCharacters;
            if (gateLow != null && gateHigh != null && gateLow > gateHigh) {
                throw new IllegalArgumentException("embedding: gate-low (" + gateLow + ") is above gate-high (" + gateHigh + ")");
            }
        }

        public Embedding(String embedder) {
            this(embedder, null, null, null, null, null);
        }

        /** The band the embedding layer runs in for these thresholds: the configured one, or the one in which the blend can change a decision. */
        public double[] band(Thresholds thresholds, Set<ScanTarget> targets) {
            double lowest = targets.stream().mapToDouble(thresholds::of).min().orElse(Thresholds.DEFAULT);
            double highest = targets.stream().mapToDouble(thresholds::of).max().orElse(Thresholds.DEFAULT);
            double low = gateLow != null ? gateLow : weight >= 1 ? 0 : Math.max(0, (lowest - weight) / (1 - weight));
            double high = gateHigh != null ? gateHigh : weight >= 1 ? 1 : Math.min(1, highest / (1 - weight));
            return new double[] {low, high};
        }
    }
}
