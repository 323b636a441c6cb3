package dev.aegis.kernel.badfixture;

import ai.djl.badfixture.FakeTokenizer;

/** Fixture: DJL's tokenizers (a stand-in in its package) used outside the onnx slot and the local embeddings plugin. */
public final class KernelUsingDjlTokenizers {

    public int tokens(String text) {
        return new FakeTokenizer().encode(text).length;
    }
}
