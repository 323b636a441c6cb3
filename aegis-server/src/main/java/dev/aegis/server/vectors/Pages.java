package dev.aegis.server.vectors;

import dev.aegis.server.internal.ApiError;
import io.helidon.webserver.http.ServerRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * OpenAI's cursor pagination: {@code limit} (1–100, 20 by default), {@code order} ({@code desc} by default, by
 * creation time) and {@code after} / {@code before}, an id of the previous page.
 */
public record Pages(int limit, boolean descending, Optional<String> after, Optional<String> before) {

    public static Pages of(ServerRequest request) {
        Optional<String> limitText = request.query().first("limit").asOptional();
        int limit = 20;
        if (limitText.isPresent()) {
            try {
                limit = Integer.parseInt(limitText.get());
            } catch (NumberFormatException e) {
                limit = 0;
            }
            if (limit < 1 || limit > 100) {
                throw ApiError.badRequest("invalid_limit", "'limit' must be an integer from 1 to 100.", "limit");
            }
        }
        String order = request.query().first("order").orElse("desc");
        if (!order.equals("asc") && !order.equals("desc")) {
            throw ApiError.badRequest("invalid_order", "'order' must be 'asc' or 'desc'.", "order");
        }
        return new Pages(limit, order.equals("desc"), request.query().first("after").asOptional(), request.query().first("before").asOptional());
    }

    /** One page of {@code oldestFirst}, in the requested order, and whether more follow. */
    public <T> Page<T> page(List<T> oldestFirst, Function<T, String> id) {
        List<T> ordered = new ArrayList<>(oldestFirst);
        if (descending) {
            java.util.Collections.reverse(ordered);
        }
        int from = 0;
        int to = ordered.size();
        if (after.isPresent()) {
            from = indexOf(ordered, id, after.get()) + 1;
            if (from == 0) {
                return new Page<>(List.of(), false);
            }
        }
        if (before.isPresent()) {
            to = indexOf(ordered, id, before.get());
            if (to < 0) {
                return new Page<>(List.of(), false);
            }
            from = Math.max(from, to - limit);
        }
        List<T> window = ordered.subList(Math.min(from, to), to);
        return new Page<>(List.copyOf(window.subList(0, Math.min(limit, window.size()))), window.size() > limit);
    }

    private static <T> int indexOf(List<T> items, Function<T, String> id, String wanted) {
        for (int i = 0; i < items.size(); i++) {
            if (id.apply(items.get(i)).equals(wanted)) {
                return i;
            }
        }
        return -1;
    }

    public record Page<T>(List<T> data, boolean hasMore) {}
}
