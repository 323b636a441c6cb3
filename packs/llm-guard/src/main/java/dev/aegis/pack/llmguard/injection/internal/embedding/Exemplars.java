package dev.aegis.pack.llmguard.injection.internal.embedding;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * The labelled texts the embedding layer compares with: attacks, and benign texts (trigger words and
 * documents included), drawn from the train part of the training corpus by a seeded recipe. Shipped as
 * text, not vectors, so any configured embedder can embed them when the guard starts.
 *
 * @param attacks texts that are attacks
 * @param benign texts that are not
 * @param recipe how they were drawn
 * @param corpusHash the SHA-256 of the training corpus they were drawn from
 */
public record Exemplars(List<String> attacks, List<String> benign, String recipe, String corpusHash) {

    public static final String RESOURCE = "/dev/aegis/pack/llmguard/injection/embedding-exemplars.txt.gz";
    static final String ATTACK = "attack";
    static final String BENIGN = "benign";

    public Exemplars {
        attacks = List.copyOf(attacks);
        benign = List.copyOf(benign);
    }

    /** The exemplars packaged with the pack. */
    public static Exemplars standard() {
        try (InputStream in = Exemplars.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the embedding exemplars " + RESOURCE + " are missing from the pack");
            }
            return read(new GZIPInputStream(in));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the embedding exemplars " + RESOURCE, e);
        }
    }

    /** Reads the format {@link #write()} produces. */
    public static Exemplars read(InputStream in) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String recipe = "";
        String corpus = "";
        List<String> attacks = new ArrayList<>();
        List<String> benign = new ArrayList<>();
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            if (line.startsWith("# recipe: ")) {
                recipe = line.substring("# recipe: ".length());
            } else if (line.startsWith("# corpus: ")) {
                corpus = line.substring("# corpus: ".length());
            } else if (!line.isEmpty() && !line.startsWith("#")) {
                int tab = line.indexOf('\t');
                String label = tab < 0 ? "" : line.substring(0, tab);
                String text = unescape(line.substring(tab + 1));
                switch (label) {
                    case ATTACK -> attacks.add(text);
                    case BENIGN -> benign.add(text);
                    default -> throw new IOException("an exemplar line must start with 'attack' or 'benign' and a tab");
                }
            }
        }
        return new Exemplars(attacks, benign, recipe, corpus);
    }

    /** One exemplar a line, labelled, newlines escaped; a header with the recipe and the corpus hash. */
    public String write() {
        StringBuilder out = new StringBuilder("# embedding exemplars of injection-guard, drawn from the train part of the training corpus\n");
        out.append("# recipe: ").append(recipe).append('\n').append("# corpus: ").append(corpusHash).append('\n');
        attacks.forEach(text -> out.append(ATTACK).append('\t').append(escape(text)).append('\n'));
        benign.forEach(text -> out.append(BENIGN).append('\t').append(escape(text)).append('\n'));
        return out.toString();
    }

    private static String escape(String text) {
        return text.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r").replace("\t", "\\t");
    }

    private static String unescape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length()) {
                char next = text.charAt(++i);
                out.append(switch (next) {
                    case 'n' -> '\n';
                    case 'r' -> '\r';
                    case 't' -> '\t';
                    default -> next;
                });
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
