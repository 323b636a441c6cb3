package dev.aegis.kernel.badfixture;

import dev.langchain4j.badfixture.FakeChatModel;

/** Fixture: LangChain4j (a stand-in in its package) used outside its provider plugin. */
public final class KernelUsingLangChain4j {

    public String ask() {
        return new FakeChatModel().chat("hi");
    }
}
