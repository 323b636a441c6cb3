package dev.langchain4j.badfixture;

/** Fixture: stands in for a LangChain4j type, which is not on this module's class path. */
public final class FakeChatModel {

    public String chat(String message) {
        return message;
    }
}
