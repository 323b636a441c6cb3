package ai.djl.badfixture;

/** Fixture: stands in for a DJL tokenizer type (the real library is on this class path through the local embedder and the llm-guard pack). */
public final class FakeTokenizer {

    public long[] encode(String text) {
        return new long[text.length()];
    }
}
