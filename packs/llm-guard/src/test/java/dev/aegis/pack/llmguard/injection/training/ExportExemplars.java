package dev.aegis.pack.llmguard.injection.training;

import dev.aegis.pack.llmguard.injection.corpus.Corpus;
import dev.aegis.pack.llmguard.injection.corpus.Sample;
import dev.aegis.pack.llmguard.injection.internal.embedding.Exemplars;
import dev.aegis.pack.llmguard.injection.internal.text.ScanText;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.zip.GZIPOutputStream;

/**
 * Draws the embedding layer's exemplars from the train part of {@link Corpus#train()} (never dev,
 * never held-out): per template family, up to {@link #PER_ATTACK_FAMILY} or {@link #PER_BENIGN_FAMILY} distinct texts in a seeded order,
 * as the guard reads them (normalised, look-alikes folded, lower case). Few enough that an in-process
 * sentence encoder embeds them in seconds when the guard starts. Run through {@link ExemplarsTest}.
 */
public final class ExportExemplars {

    public static final Path FILE = Path.of("src/main/resources" + Exemplars.RESOURCE);
    static final int PER_ATTACK_FAMILY = 4;
    // benign families are fewer and broader: more of each, so both labels hold about as many exemplars
    static final int PER_BENIGN_FAMILY = 10;
    static final String RECIPE = "ExportExemplars: train part of Corpus.train(), per family " + PER_ATTACK_FAMILY + " (attacks) or "
            + PER_BENIGN_FAMILY + " (benign) distinct folded texts, seeded shuffle " + Corpus.SEED;

    private ExportExemplars() {}

    static Exemplars draw() {
        List<Sample> samples = Corpus.train();
        Map<String, Set<String>> byFamily = new LinkedHashMap<>();
        Map<String, Boolean> attackFamily = new LinkedHashMap<>();
        for (Sample sample : samples) {
            String family = sample.kind() + "/" + sample.family();
            byFamily.computeIfAbsent(family, key -> new LinkedHashSet<>()).add(ScanText.of(sample.text()).folded());
            attackFamily.put(family, sample.attack());
        }
        Random random = new Random(Corpus.SEED);
        List<String> attacks = new ArrayList<>();
        List<String> benign = new ArrayList<>();
        for (Map.Entry<String, Set<String>> family : byFamily.entrySet()) {
            List<String> texts = new ArrayList<>(family.getValue());
            Collections.shuffle(texts, random);
            boolean attack = attackFamily.get(family.getKey());
            List<String> drawn = texts.subList(0, Math.min(attack ? PER_ATTACK_FAMILY : PER_BENIGN_FAMILY, texts.size()));
            (attack ? attacks : benign).addAll(drawn);
        }
        return new Exemplars(attacks, benign, RECIPE, TrainClassifier.corpusHash(samples));
    }

    static void write(Exemplars exemplars) throws IOException {
        Files.createDirectories(FILE.getParent());
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(FILE))) {
            out.write(exemplars.write().getBytes(StandardCharsets.UTF_8));
        }
    }
}
