package dev.aegis.plugin.badfixture;

import ai.djl.badfixture.FakeTokenizer;
import ai.onnxruntime.badfixture.FakeOrtSession;

/** Fixture: a plugin other than the local embedder running ONNX Runtime and a DJL tokenizer (stand-ins in their packages). */
public final class PluginRunningAModelInProcess {

    public float[] embed(String text) {
        return new FakeOrtSession().run(new FakeTokenizer().encode(text));
    }
}
