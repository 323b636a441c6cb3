package dev.aegis.pack.llmguard.injection.evaluation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.aegis.api.guard.ScanTarget;
import dev.aegis.pack.llmguard.injection.corpus.Sample;
import dev.aegis.pack.llmguard.injection.corpus.Sample.Kind;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The fresh held-out set ({@code fresh-2026-12/fresh.jsonl}, see its README): written blind by an
 * author who had not seen the training data or the scanner's rules, committed before it was first
 * scored, and never used to choose anything. Each item becomes a {@link Sample} whose family is the
 * item's category.
 */
public final class FreshHeldOut {

    public static final String RESOURCE = "dev/aegis/pack/llmguard/injection/fresh-2026-12/fresh.jsonl";
    /** The file as committed before the first evaluation; the set must not change once results have been seen. */
    public static final String SHA256 = "0f0202286d3b13f08d6419104bd6f06bb34a7154b283e4b0d0a5ac92d2a56408";

    private static final Map<String, Kind> KINDS = Map.of(
            "direct", Kind.DIRECT,
            "indirect", Kind.INDIRECT,
            "obfuscated", Kind.OBFUSCATED,
            "benign-prompt", Kind.BENIGN,
            "benign-trigger", Kind.TRIGGER_BENIGN,
            "benign-document", Kind.BENIGN_DOCUMENT);

    private FreshHeldOut() {}

    public static List<Sample> samples() {
        ObjectMapper json = new ObjectMapper();
        List<Sample> samples = new ArrayList<>();
        for (String line : new String(bytes(), StandardCharsets.UTF_8).split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            try {
                samples.add(sample(json.readTree(line)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return List.copyOf(samples);
    }

    private static Sample sample(JsonNode item) {
        Kind kind = KINDS.get(item.get("group").asText());
        if (kind == null || kind.attack() != item.get("attack").asBoolean()) {
            throw new IllegalStateException("item " + item.get("id").asText() + " has an unknown group or a label that contradicts it");
        }
        ScanTarget target = ScanTarget.valueOf(item.get("target").asText().toUpperCase(Locale.ROOT).replace('-', '_'));
        return new Sample(item.get("text").asText(), kind, item.get("category").asText(), target);
    }

    public static byte[] bytes() {
        try (InputStream in = FreshHeldOut.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is not on the test class path");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String sha256() {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes()));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
