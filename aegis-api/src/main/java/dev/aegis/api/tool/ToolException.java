package dev.aegis.api.tool;

import static java.util.Objects.requireNonNull;

import dev.aegis.api.API;

/** A tool call (or a listing of tools) that could not be made. The message never carries secrets. */
@API(status = API.Status.EXPERIMENTAL)
public class ToolException extends RuntimeException {

    /** Why it failed. */
    @API(status = API.Status.EXPERIMENTAL)
    public enum Failure {
        /** The source does not offer a tool of that name. */
        UNKNOWN_TOOL,
        /** The source could not be reached or did not start. */
        UNAVAILABLE,
        /** The tool did not answer in time. */
        TIMEOUT,
        /** Anything else. */
        FAILED
    }

    private final Failure failure;

    public ToolException(Failure failure, String message) {
        super(message);
        this.failure = requireNonNull(failure, "failure");
    }

    public ToolException(Failure failure, String message, Throwable cause) {
        super(message, cause);
        this.failure = requireNonNull(failure, "failure");
    }

    public Failure failure() {
        return failure;
    }
}
