package dev.aegis.pack.llmguard.onnx.testmodel;

import java.util.List;

/** Small valid ONNX models that are not sequence classifiers, for the loader's error paths. */
public final class TestModels {

    private TestModels() {}

    /** A model that sums two int64 inputs of the given names into float logits [batch, 2]. */
    public static byte[] withInputs(String first, String second) {
        return new OnnxGraph()
                .floats("table", new float[] {0f, 0f}, 1, 2)
                .input(first, OnnxGraph.INT64, "batch", "sequence")
                .input(second, OnnxGraph.INT64, "batch", "sequence")
                .node("Add", List.of(first, second), "sum")
                .node("Cast", List.of("sum"), "sum_float", "to", OnnxGraph.FLOAT)
                .node("ReduceSum", List.of("sum_float"), "total", "keepdims", 1)
                .node("MatMul", List.of("total", "table"), "logits")
                .output("logits", OnnxGraph.FLOAT, "batch", 2L)
                .model("misfit", "aegis llm-guard tests", "not a sequence classifier");
    }

    /** A model whose one output is [batch, sequence, 1] rather than logits per label. */
    public static byte[] withPooledOutput() {
        return new OnnxGraph()
                .longs("feature_axis", new long[] {2}, 1)
                .input("input_ids", OnnxGraph.INT64, "batch", "sequence")
                .node("Cast", List.of("input_ids"), "ids", "to", OnnxGraph.FLOAT)
                .node("Unsqueeze", List.of("ids", "feature_axis"), "pooled")
                .output("pooled", OnnxGraph.FLOAT, "batch", "sequence", 1L)
                .model("misfit", "aegis llm-guard tests", "not a sequence classifier");
    }
}
