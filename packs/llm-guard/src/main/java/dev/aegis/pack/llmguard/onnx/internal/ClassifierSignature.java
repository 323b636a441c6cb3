package dev.aegis.pack.llmguard.onnx.internal;

import ai.onnxruntime.NodeInfo;
import ai.onnxruntime.OnnxJavaType;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import ai.onnxruntime.TensorInfo;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The inputs and output a sequence classifier must have, checked when the model loads: int64
 * {@code input_ids} {@code [batch, seq]}, optionally {@code attention_mask} and {@code token_type_ids} of
 * the same kind and nothing else; a float output {@code [batch, labels]} ({@code logits} when several).
 *
 * @param attentionMask whether the model takes {@code attention_mask}
 * @param tokenTypeIds whether the model takes {@code token_type_ids}
 * @param output the name of the logits output
 * @param labels how many labels the output has, or -1 when the model leaves it symbolic
 */
record ClassifierSignature(boolean attentionMask, boolean tokenTypeIds, String output, int labels) {

    static final String INPUT_IDS = "input_ids";
    static final String ATTENTION_MASK = "attention_mask";
    static final String TOKEN_TYPE_IDS = "token_type_ids";
    private static final Set<String> INPUTS = Set.of(INPUT_IDS, ATTENTION_MASK, TOKEN_TYPE_IDS);

    /** Reads the session's inputs and outputs; {@code what} names the model in the message of a misfit. */
    static ClassifierSignature of(OrtSession session, String what) throws OrtException {
        Map<String, NodeInfo> inputs = session.getInputInfo();
        if (!inputs.containsKey(INPUT_IDS)) {
            throw misfit(what, "it has no input named input_ids (its inputs: " + new TreeSet<>(inputs.keySet()) + ")");
        }
        for (Map.Entry<String, NodeInfo> input : inputs.entrySet()) {
            if (!INPUTS.contains(input.getKey())) {
                throw misfit(what, "input '" + input.getKey() + "' is not one a sequence classifier takes (input_ids, attention_mask, token_type_ids)");
            }
            if (!(input.getValue().getInfo() instanceof TensorInfo tensor) || tensor.type != OnnxJavaType.INT64 || tensor.getShape().length != 2) {
                throw misfit(what, "input '" + input.getKey() + "' is " + input.getValue().getInfo() + ", not an int64 tensor [batch, sequence]");
            }
        }
        Map<String, NodeInfo> outputs = session.getOutputInfo();
        if (outputs.isEmpty()) {
            throw misfit(what, "it has no output");
        }
        String output = outputs.containsKey("logits") ? "logits" : outputs.keySet().iterator().next();
        if (outputs.size() > 1 && !output.equals("logits")) {
            throw misfit(what, "it has several outputs and none named logits (" + new TreeSet<>(outputs.keySet()) + ")");
        }
        if (!(outputs.get(output).getInfo() instanceof TensorInfo logits) || logits.type != OnnxJavaType.FLOAT || logits.getShape().length != 2) {
            throw misfit(what, "output '" + output + "' is " + outputs.get(output).getInfo() + ", not float logits [batch, labels]");
        }
        long labels = logits.getShape()[1];
        if (labels == 0) {
            throw misfit(what, "output '" + output + "' has no labels");
        }
        return new ClassifierSignature(inputs.containsKey(ATTENTION_MASK), inputs.containsKey(TOKEN_TYPE_IDS), output, (int) Math.max(-1, labels));
    }

    private static IllegalArgumentException misfit(String what, String why) {
        return new IllegalArgumentException(what + " is not a sequence classifier: " + why);
    }
}
