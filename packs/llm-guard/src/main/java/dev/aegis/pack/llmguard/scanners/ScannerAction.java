package dev.aegis.pack.llmguard.scanners;

/** What a content scanner does with what it found. */
public enum ScannerAction {
    /** Refuse the run; the reason names the rule, never what matched. */
    BLOCK,
    /** Replace or remove what matched and go on. */
    SANITIZE,
    /** Pause the run until a human approves it. */
    REQUIRE_APPROVAL,
    /**
     * Let it through and record the evidence only. A flagging scanner stops nothing, so it declares
     * the post-hoc streaming guarantee and never holds a stream back.
     */
    FLAG
}
