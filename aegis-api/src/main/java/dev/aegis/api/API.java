package dev.aegis.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * How stable a public type of the contracts is. Every public type of {@code aegis-api} carries it;
 * an architecture test checks that.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@API(status = API.Status.STABLE)
public @interface API {

    Status status();

    enum Status {
        /** Kept compatible across minor releases; removed only after a deprecation cycle. */
        STABLE,
        /** New; may change in a minor release, with a note in the changelog. */
        EXPERIMENTAL,
        /** Public for technical reasons only; plugin authors must not use it. */
        INTERNAL
    }
}
