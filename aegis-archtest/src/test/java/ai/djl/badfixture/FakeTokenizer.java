package ai.djl.badfixture;

/** Fixture: stands in for a DJL tokenizers type (the real library is on this class path through the llm-guard pack). */
public final class FakeTokenizer {

    public long[] encode(String text) {
        return new long[] {text.length()};
    }
}
