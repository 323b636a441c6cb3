package dev.aegis.pack.pii.gazetteer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import net.datafaker.Faker;

/**
 * Reads one list out of datafaker's bundled YAML, e.g. {@code ("de.yml", "name.last_name")}. Read
 * from the file rather than through the Faker API, which falls back to English for a key a locale
 * lacks and would so mix English lists into every locale.
 */
public final class DatafakerLists {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private DatafakerLists() {}

    /** The plain entries of the list, templates such as {@code #{Name.first_name}} left out; empty when the key is absent. */
    public static List<String> list(String file, String path) {
        try (InputStream in = Faker.class.getResourceAsStream("/" + file)) {
            if (in == null) {
                throw new IllegalArgumentException("datafaker has no " + file);
            }
            JsonNode root = YAML.readTree(in);
            JsonNode node = root.elements().next().path("faker");
            for (String part : path.split("\\.")) {
                node = node.path(part);
            }
            List<String> entries = new ArrayList<>();
            node.forEach(entry -> {
                if (entry.isTextual() && !entry.asText().contains("#{")) {
                    entries.add(entry.asText());
                }
            });
            return entries;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read datafaker's " + file, e);
        }
    }
}
