package dev.aegis.pack.llmguard.injection.corpus;

import dev.aegis.api.guard.ScanTarget;

/**
 * One labelled text of the corpus.
 *
 * @param family the template family it was generated from (the train/dev split is by template)
 * @param target how the guard sees it: a prompt, or a tool result / retrieved chunk
 */
public record Sample(String text, Kind kind, String family, ScanTarget target) {

    /** What a sample is; the evaluation reports each kind on its own. */
    public enum Kind {
        DIRECT(true),
        JAILBREAK_TEMPLATE(true),
        INDIRECT(true),
        OBFUSCATED(true),
        BENIGN(false),
        TRIGGER_BENIGN(false),
        BENIGN_DOCUMENT(false);

        private final boolean attack;

        Kind(boolean attack) {
            this.attack = attack;
        }

        public boolean attack() {
            return attack;
        }
    }

    public boolean attack() {
        return kind.attack();
    }
}
