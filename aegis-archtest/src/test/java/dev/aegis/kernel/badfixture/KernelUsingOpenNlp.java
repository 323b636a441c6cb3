package dev.aegis.kernel.badfixture;

import opennlp.badfixture.FakeLanguageDetector;

/** Fixture: OpenNLP (a stand-in in its package) used outside the llm-guard pack. */
public final class KernelUsingOpenNlp {

    public String language() {
        return new FakeLanguageDetector().predict("hello");
    }
}
