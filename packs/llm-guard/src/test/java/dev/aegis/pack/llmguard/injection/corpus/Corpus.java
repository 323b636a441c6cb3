package dev.aegis.pack.llmguard.injection.corpus;

import dev.aegis.api.guard.ScanTarget;
import dev.aegis.pack.llmguard.injection.corpus.Sample.Kind;
import dev.aegis.pack.llmguard.injection.corpus.Templates.Template;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * The labelled corpus, generated from the hand-written templates with a fixed seed: a training split
 * (cut into train and dev by template, every fifth template of a family going to dev) and a held-out
 * split from other template families and fillers, which no training or tuning step reads.
 */
public final class Corpus {

    public static final long SEED = 20261207L;
    public static final String TRAINING = "training";
    public static final String HELD_OUT = "held-out";
    /** Every fourth promptfoo template is kept out of training and reported on its own. */
    static final int PROMPTFOO_HELD_OUT_EVERY = 4;

    private Corpus() {}

    /** The part of the training split the model learns from. */
    public static List<Sample> train() {
        return training(false);
    }

    /** The part of the training split kept for choosing thresholds and epochs. */
    public static List<Sample> dev() {
        return training(true);
    }

    private static List<Sample> training(boolean dev) {
        Templates fillers = Templates.fillers(TRAINING);
        Random random = new Random(SEED + (dev ? 1 : 0));
        List<Sample> samples = new ArrayList<>();
        expand(samples, fillers, TRAINING, "attacks.tpl", Kind.DIRECT, ScanTarget.PROMPT, 8, dev, random);
        expand(samples, fillers, TRAINING, "benign.tpl", Kind.BENIGN, ScanTarget.PROMPT, 12, dev, random);
        expand(samples, fillers, TRAINING, "indirect-attacks.tpl", Kind.INDIRECT, ScanTarget.TOOL_RESULT, 10, dev, random);
        expand(samples, fillers, TRAINING, "indirect-benign.tpl", Kind.BENIGN_DOCUMENT, ScanTarget.TOOL_RESULT, 14, dev, random);
        List<String> promptfoo = Templates.lines(TRAINING + "/promptfoo/promptfoo-jailbreaks.txt");
        for (int i = 0; i < promptfoo.size(); i++) {
            if (i % PROMPTFOO_HELD_OUT_EVERY != PROMPTFOO_HELD_OUT_EVERY - 1 && (i % 5 == 4) == dev) {
                for (int copy = 0; copy < 2; copy++) {
                    samples.add(jailbreak(promptfoo.get(i), fillers.pick("payload-en", random), "promptfoo-" + i));
                }
            }
        }
        return List.copyOf(samples);
    }

    /** The held-out split: other families, other fillers, and attacks hidden by each {@link Obfuscation}. */
    public static List<Sample> heldOut() {
        Templates fillers = Templates.fillers(HELD_OUT);
        Random random = new Random(SEED + 2);
        List<Sample> samples = new ArrayList<>();
        expand(samples, fillers, HELD_OUT, "attacks.tpl", Kind.DIRECT, ScanTarget.PROMPT, 5, null, random);
        expand(samples, fillers, HELD_OUT, "benign.tpl", Kind.BENIGN, ScanTarget.PROMPT, 6, null, random);
        expand(samples, fillers, HELD_OUT, "indirect-attacks.tpl", Kind.INDIRECT, ScanTarget.TOOL_RESULT, 6, null, random);
        expand(samples, fillers, HELD_OUT, "indirect-benign.tpl", Kind.BENIGN_DOCUMENT, ScanTarget.RAG_CHUNK, 10, null, random);
        List<Sample> english = samples.stream()
                .filter(sample -> sample.kind() == Kind.DIRECT && !sample.family().endsWith("-de") && !sample.family().endsWith("-fr")
                        && !sample.family().endsWith("-es"))
                .toList();
        for (Obfuscation obfuscation : Obfuscation.values()) {
            for (int i = 0; i < 25; i++) {
                Sample plain = english.get(random.nextInt(english.size()));
                String hidden = obfuscation.apply(plain.text(), random);
                if (obfuscation.wrapped()) {
                    hidden = fillers.pick("wrap-encoded", random).replace("@@NAME@@", obfuscation.spoken()).replace("@@", hidden);
                }
                samples.add(new Sample(hidden, Kind.OBFUSCATED, obfuscation.name().toLowerCase(java.util.Locale.ROOT), ScanTarget.PROMPT));
            }
        }
        return List.copyOf(samples);
    }

    /** The promptfoo templates kept out of training, each with a held-out request. */
    public static List<Sample> heldOutJailbreakTemplates() {
        Templates fillers = Templates.fillers(HELD_OUT);
        Random random = new Random(SEED + 3);
        List<String> promptfoo = Templates.lines(TRAINING + "/promptfoo/promptfoo-jailbreaks.txt");
        List<Sample> samples = new ArrayList<>();
        for (int i = PROMPTFOO_HELD_OUT_EVERY - 1; i < promptfoo.size(); i += PROMPTFOO_HELD_OUT_EVERY) {
            samples.add(jailbreak(promptfoo.get(i), fillers.pick("ask", random), "promptfoo-" + i));
        }
        return List.copyOf(samples);
    }

    private static Sample jailbreak(String template, String request, String family) {
        return new Sample(template.replace("\\n", "\n").replace("__PROMPT__", request), Kind.JAILBREAK_TEMPLATE, family, ScanTarget.PROMPT);
    }

    // dev == null takes every template; otherwise every fifth template of a family is dev
    private static void expand(List<Sample> samples, Templates fillers, String split, String file, Kind kind, ScanTarget target,
            int variants, Boolean dev, Random random) {
        int index = 0;
        String family = "";
        for (Template template : Templates.read(split, file)) {
            index = template.family().equals(family) ? index + 1 : 0;
            family = template.family();
            if (dev != null && (index % 5 == 4) != dev) {
                continue;
            }
            Kind actual = kind == Kind.BENIGN && family.startsWith("trigger-") ? Kind.TRIGGER_BENIGN : kind;
            Set<String> texts = new LinkedHashSet<>();
            for (int i = 0; i < variants * 3 && texts.size() < variants; i++) {
                texts.add(fillers.expand(template.text(), random));
            }
            for (String text : texts) {
                ScanTarget where = target == ScanTarget.TOOL_RESULT && random.nextBoolean() ? ScanTarget.RAG_CHUNK : target;
                samples.add(new Sample(text, actual, family, where));
            }
        }
    }
}
