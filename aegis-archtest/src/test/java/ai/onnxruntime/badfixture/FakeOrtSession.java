package ai.onnxruntime.badfixture;

/** Fixture: stands in for an ONNX Runtime type (the real library is on this class path through the local embedder and the llm-guard pack). */
public final class FakeOrtSession {

    public float[] run(long[] ids) {
        return new float[ids.length];
    }
}
