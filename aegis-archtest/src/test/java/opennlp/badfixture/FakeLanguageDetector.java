package opennlp.badfixture;

/** Fixture: stands in for an OpenNLP type (the real library is on this class path through the llm-guard pack). */
public final class FakeLanguageDetector {

    public String predict(String text) {
        return "eng";
    }
}
