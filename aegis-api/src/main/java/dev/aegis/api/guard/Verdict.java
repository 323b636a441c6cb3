package dev.aegis.api.guard;

import static java.util.Objects.requireNonNull;

import dev.aegis.api.API;
import dev.aegis.api.state.StateDelta;
import java.util.List;

/** A guard's decision about one piece of content, with its evidence. */
@API(status = API.Status.STABLE)
public sealed interface Verdict {

    List<Evidence> evidence();

    static Verdict allow() {
        return Allow.INSTANCE;
    }

    static Verdict sanitize(String content, List<Evidence> evidence) {
        return new Sanitize(content, evidence, StateDelta.empty());
    }

    static Verdict block(String reason, List<Evidence> evidence) {
        return new Block(reason, evidence);
    }

    static Verdict requireApproval(String reason, List<Evidence> evidence) {
        return new RequireApproval(reason, evidence);
    }

    /** Nothing to object to. */
    record Allow(List<Evidence> evidence) implements Verdict {
        static final Allow INSTANCE = new Allow(List.of());

        public Allow {
            evidence = List.copyOf(evidence);
        }
    }

    /**
     * Continue with {@code content} in place of what was scanned.
     *
     * @param delta further state changes, e.g. placeholders added to the mask map
     */
    record Sanitize(String content, List<Evidence> evidence, StateDelta delta) implements Verdict {
        public Sanitize {
            requireNonNull(content, "content");
            evidence = List.copyOf(evidence);
            requireNonNull(delta, "delta");
        }
    }

    /** Refuse the run. The reason reaches the client; keep it free of what matched. */
    record Block(String reason, List<Evidence> evidence) implements Verdict {
        public Block {
            requireNonNull(reason, "reason");
            evidence = List.copyOf(evidence);
        }
    }

    /** Pause the run until a human approves or rejects it. */
    record RequireApproval(String reason, List<Evidence> evidence) implements Verdict {
        public RequireApproval {
            requireNonNull(reason, "reason");
            evidence = List.copyOf(evidence);
        }
    }
}
