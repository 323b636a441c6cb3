package dev.aegis.bench;

import dev.aegis.api.guard.Content;
import dev.aegis.api.guard.Guardrail;
import dev.aegis.api.guard.ScanTarget;
import dev.aegis.api.guard.Verdict;
import dev.aegis.api.state.RunState;
import dev.aegis.kernel.config.ConfigBinding;
import dev.aegis.pack.llmguard.injection.InjectionGuardConfig;
import dev.aegis.pack.llmguard.injection.InjectionGuardFactory;
import dev.aegis.pack.llmguard.onnx.OnnxClassifierConfig;
import dev.aegis.pack.llmguard.onnx.OnnxClassifierFactory;
import dev.aegis.testkit.FakePluginContext;
import dev.aegis.testkit.TestRuns;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * One scan of a 1 kB prompt through the ONNX slot: {@code onnx-classifier} alone, and
 * {@code injection-guard} with every layer plus the {@code onnx} layer. The model is the repository's
 * tiny test model (bag of embeddings) unless {@code -Donnx.model=…/model.onnx} (with its
 * {@code tokenizer.json} and {@code config.json} beside it) names an operator's model, e.g. a DeBERTa
 * export, and {@code -Donnx.label=INJECTION}. So the default numbers are the slot's overhead
 * (tokenising, tensors, one ONNX Runtime run), not a transformer's cost.
 * {@code bench/run-jmh.sh OnnxClassifierBenchmark}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(jvmArgsAppend = {"--enable-native-access=ALL-UNNAMED", "-Doffline=true"})
public class OnnxClassifierBenchmark {

    private static final String TEST_MODEL = "packs/llm-guard/src/test/resources/dev/aegis/pack/llmguard/onnx/test-model/model.onnx";

    @Param({"onnx-classifier", "injection-guard+onnx"})
    public String guardType;

    private Guardrail guard;
    private Content content;
    private RunState state;

    @Setup
    public void setUp() {
        Path model = Path.of(System.getProperty("onnx.model", TEST_MODEL)).toAbsolutePath();
        if (!Files.isRegularFile(model)) {
            throw new IllegalStateException(model + " not found: run from the repository root (bench/run-jmh.sh) or pass -Donnx.model");
        }
        String files = "model: '" + model + "', tokenizer: '" + model.resolveSibling("tokenizer.json") + "', label: "
                + System.getProperty("onnx.label", "INJECTION");
        guard = guardType.equals("onnx-classifier")
                ? new OnnxClassifierFactory().create(ConfigBinding.bindYaml(OnnxClassifierConfig.class, "{" + files + "}"), FakePluginContext.create())
                : new InjectionGuardFactory().create(ConfigBinding.bindYaml(InjectionGuardConfig.class, "onnx: {" + files + "}"),
                        FakePluginContext.create());
        String text = (InjectionGuardBenchmark.BENIGN + " " + InjectionGuardBenchmark.BENIGN).substring(0, 1024);
        content = Content.of(ScanTarget.PROMPT, text);
        state = TestRuns.state(text);
    }

    @Benchmark
    public Verdict scan() {
        return guard.scan(content, state);
    }
}
