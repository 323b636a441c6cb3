package dev.aegis.pack.llmguard.badfixture;

import ai.onnxruntime.badfixture.FakeOrtSession;

/** Fixture: ONNX Runtime (a stand-in in its package) used by the llm-guard pack outside its onnx slot. */
public final class ScannerUsingOnnxRuntime {

    public float score(long[] ids) {
        return new FakeOrtSession().run(ids)[1];
    }
}
