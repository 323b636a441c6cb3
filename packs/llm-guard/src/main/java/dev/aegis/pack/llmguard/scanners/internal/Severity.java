package dev.aegis.pack.llmguard.scanners.internal;

import dev.aegis.pack.llmguard.scanners.ScannerAction;
import java.util.Collection;

/** Which action wins when rules of one scanner ask for different ones: block, approval, sanitize, flag. */
final class Severity {

    private Severity() {}

    static int rank(ScannerAction action) {
        return switch (action) {
            case BLOCK -> 3;
            case REQUIRE_APPROVAL -> 2;
            case SANITIZE -> 1;
            case FLAG -> 0;
        };
    }

    static ScannerAction strictest(Collection<ScannerAction> actions) {
        ScannerAction strictest = ScannerAction.FLAG;
        for (ScannerAction action : actions) {
            if (rank(action) > rank(strictest)) {
                strictest = action;
            }
        }
        return strictest;
    }
}
