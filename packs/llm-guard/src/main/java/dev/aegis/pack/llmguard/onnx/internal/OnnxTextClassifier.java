package dev.aegis.pack.llmguard.onnx.internal;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OnnxValue;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import ai.onnxruntime.OrtSession.SessionOptions;
import dev.aegis.pack.llmguard.onnx.OnnxModelSettings;
import dev.aegis.pack.llmguard.onnx.internal.WindowTokenizer.Window;
import java.nio.FloatBuffer;
import java.nio.LongBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * An operator-supplied sequence classifier: its tokenizer cuts each text into windows, ONNX Runtime
 * scores them in batches, and a text's probability of the positive label is the highest of its
 * windows'. One session serves every caller (ONNX Runtime allows concurrent runs on a session); a pool
 * of {@code concurrency} deep-stack platform threads runs them (see {@link NativeThreads}), and a scan
 * that is not done within the timeout, queueing included, fails rather than waiting on: its run is
 * stopped through ONNX Runtime's terminate flag. Thread-safe.
 */
public final class OnnxTextClassifier {

    private final OrtEnvironment environment;
    private final OrtSession session;
    private final ClassifierSignature signature;
    private final WindowTokenizer tokenizer;
    private final int positive;
    private final ExecutorService runners;
    private final int batch;
    private final long timeoutNanos;
    private final String name;

    private OnnxTextClassifier(OrtEnvironment environment, OrtSession session, ClassifierSignature signature, WindowTokenizer tokenizer,
            int positive, OnnxModelSettings settings) {
        this.environment = environment;
        this.session = session;
        this.signature = signature;
        this.tokenizer = tokenizer;
        this.positive = positive;
        this.runners = NativeThreads.pool("onnx-" + settings.model().getFileName(), settings.concurrency());
        this.batch = settings.batch();
        this.timeoutNanos = settings.timeout().toNanos();
        this.name = settings.key() + " (" + settings.model().getFileName() + ")";
    }

    /**
     * Loads the model and its tokenizer and checks that they make a sequence classifier; every misfit
     * is an {@link IllegalArgumentException} naming the configuration key, the path and what is wrong.
     */
    public static OnnxTextClassifier load(OnnxModelSettings settings) {
        String key = settings.key();
        readable(settings.model(), key + ".model");
        readable(settings.tokenizer(), key + ".tokenizer");
        Map<Integer, String> labels = Labels.nextTo(settings.model(), key);
        OrtEnvironment environment = NativeThreads.call("onnx-load", OrtEnvironment::getEnvironment);
        OrtSession session = NativeThreads.call("onnx-load", () -> {
            try (SessionOptions options = new SessionOptions()) {
                options.setIntraOpNumThreads(settings.threads());
                options.setInterOpNumThreads(1);
                return environment.createSession(settings.model().toString(), options);
            } catch (OrtException e) {
                throw new IllegalArgumentException(key + ".model: " + settings.model() + " is not a model ONNX Runtime can load ("
                        + e.getMessage() + ")", e);
            }
        });
        try {
            ClassifierSignature signature = ClassifierSignature.of(session, key + ".model: " + settings.model());
            if (!labels.isEmpty() && signature.labels() > 0 && labels.size() != signature.labels()) {
                throw new IllegalArgumentException(key + ".model: " + settings.model() + " has " + signature.labels()
                        + " labels but its config.json names " + labels.size() + ": " + labels);
            }
            int count = signature.labels() > 0 ? signature.labels() : labels.size();
            int positive = Labels.positive(settings.label(), labels, count, key);
            WindowTokenizer tokenizer = NativeThreads.call("onnx-load",
                    () -> WindowTokenizer.load(settings.tokenizer(), settings.maxTokens(), settings.stride(), key));
            return new OnnxTextClassifier(environment, session, signature, tokenizer, positive, settings);
        } catch (OrtException | RuntimeException e) {
            closeQuietly(session);
            if (e instanceof IllegalArgumentException misfit) {
                throw misfit;
            }
            throw new IllegalArgumentException(key + ".model: " + settings.model() + " could not be inspected (" + e.getMessage() + ")", e);
        }
    }

    /** The probability of the positive label for {@code text}: the highest over its windows. */
    public double probability(String text) {
        return probabilities(List.of(text))[0];
    }

    /**
     * The probability of the positive label for each text, in order; every window of every text goes
     * through the model in batches of {@code batch}.
     *
     * @throws IllegalStateException when no slot frees up or the runs do not finish within the timeout
     */
    public double[] probabilities(List<String> texts) {
        long deadline = System.nanoTime() + timeoutNanos;
        List<Window> windows = new ArrayList<>();
        List<Integer> owners = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            for (Window window : tokenizer.windows(texts.get(i))) {
                windows.add(window);
                owners.add(i);
            }
        }
        Future<double[]> scores = runners.submit(() -> {
            double[] best = new double[texts.size()];
            for (int from = 0; from < windows.size(); from += batch) {
                List<Window> chunk = windows.subList(from, Math.min(windows.size(), from + batch));
                double[] chunkScores = run(chunk, deadline);
                for (int j = 0; j < chunkScores.length; j++) {
                    int owner = owners.get(from + j);
                    best[owner] = Math.max(best[owner], chunkScores[j]);
                }
            }
            return best;
        });
        try {
            return scores.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            scores.cancel(false);
            throw timedOut();
        } catch (InterruptedException e) {
            scores.cancel(false);
            Thread.currentThread().interrupt();
            throw new IllegalStateException(name + ": interrupted while waiting for the model", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            throw new IllegalStateException(name + ": " + e.getCause().getMessage(), e.getCause());
        }
    }

    private double[] run(List<Window> chunk, long deadline) {
        int rows = chunk.size();
        int length = chunk.stream().mapToInt(window -> window.ids().length).max().orElse(0);
        long[] shape = {rows, length};
        long remaining = deadline - System.nanoTime();
        if (remaining <= 0) {
            throw timedOut();
        }
        Map<String, OnnxTensor> inputs = new HashMap<>();
        try (RunDeadline timer = new RunDeadline(remaining)) {
            inputs.put(ClassifierSignature.INPUT_IDS, tensor(chunk, shape, Window::ids));
            if (signature.attentionMask()) {
                inputs.put(ClassifierSignature.ATTENTION_MASK, tensor(chunk, shape, Window::mask));
            }
            if (signature.tokenTypeIds()) {
                inputs.put(ClassifierSignature.TOKEN_TYPE_IDS, tensor(chunk, shape, Window::types));
            }
            try (OrtSession.Result result = session.run(inputs, Set.of(signature.output()), timer.options())) {
                return probabilities(result.get(signature.output()).orElseThrow(), rows);
            } catch (OrtException e) {
                if (timer.fired()) {
                    throw timedOut();
                }
                throw new IllegalStateException(name + ": the model failed to run (" + e.getMessage() + ")", e);
            }
        } catch (OrtException e) {
            throw new IllegalStateException(name + ": could not prepare a run (" + e.getMessage() + ")", e);
        } finally {
            inputs.values().forEach(OnnxTensor::close);
        }
    }

    private OnnxTensor tensor(List<Window> chunk, long[] shape, java.util.function.Function<Window, long[]> part) throws OrtException {
        int length = (int) shape[1];
        LongBuffer buffer = LongBuffer.allocate(chunk.size() * length);
        for (Window window : chunk) {
            long[] values = part.apply(window);
            buffer.put(values);
            // padding: id 0 with attention mask 0, which a classifier ignores
            for (int k = values.length; k < length; k++) {
                buffer.put(0L);
            }
        }
        buffer.rewind();
        return OnnxTensor.createTensor(environment, buffer, shape);
    }

    private double[] probabilities(OnnxValue output, int rows) {
        FloatBuffer logits = ((OnnxTensor) output).getFloatBuffer();
        int labels = logits.remaining() / rows;
        if (positive >= labels) {
            throw new IllegalStateException(name + ": the model answered " + labels + " labels, the positive label is index " + positive);
        }
        double[] probabilities = new double[rows];
        for (int row = 0; row < rows; row++) {
            probabilities[row] = Softmax.probability(logits, row * labels, labels, positive);
        }
        return probabilities;
    }

    private IllegalStateException timedOut() {
        return new IllegalStateException(name + ": no answer within " + TimeUnit.NANOSECONDS.toMillis(timeoutNanos) + " ms");
    }

    private static void readable(Path file, String key) {
        if (!Files.exists(file)) {
            throw new IllegalArgumentException(key + ": " + file + " does not exist");
        }
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            throw new IllegalArgumentException(key + ": " + file + " is not a readable file");
        }
    }

    private static void closeQuietly(OrtSession session) {
        try {
            session.close();
        } catch (OrtException e) {
            // already failing to load; the first error is the one to report
        }
    }
}
