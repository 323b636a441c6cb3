package dev.aegis.client.internal;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Ids placed in a path, percent-encoded so an id can never change which endpoint is called. */
final class Paths {

    private Paths() {}

    static String segment(String id) {
        if (id.isEmpty()) {
            throw new IllegalArgumentException("an id must not be empty");
        }
        return URLEncoder.encode(id, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
