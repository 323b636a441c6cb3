package dev.aegis.plugin.langchain4j;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/** An exception and its causes, outermost first; cycles and absurd depths are cut. */
final class Causes {

    private static final int MAX_DEPTH = 32;

    private Causes() {}

    static List<Throwable> of(Throwable error) {
        List<Throwable> chain = new ArrayList<>();
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Throwable at = error; at != null && chain.size() < MAX_DEPTH && seen.add(at); at = at.getCause()) {
            chain.add(at);
        }
        return chain;
    }
}
