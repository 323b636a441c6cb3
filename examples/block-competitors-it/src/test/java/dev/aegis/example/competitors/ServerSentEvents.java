package dev.aegis.example.competitors;

import java.util.ArrayList;
import java.util.List;

/** Splits a server-sent-events body into its {@code data:} payloads. */
final class ServerSentEvents {

    private ServerSentEvents() {}

    static List<String> data(String body) {
        List<String> payloads = new ArrayList<>();
        for (String event : body.split("\n\n")) {
            StringBuilder data = new StringBuilder();
            for (String line : event.split("\n")) {
                if (line.startsWith("data: ")) {
                    data.append(line.substring("data: ".length()));
                }
            }
            if (!data.isEmpty()) {
                payloads.add(data.toString());
            }
        }
        return payloads;
    }
}
