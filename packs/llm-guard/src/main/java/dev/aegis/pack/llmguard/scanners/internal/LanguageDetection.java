package dev.aegis.pack.llmguard.scanners.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Set;
import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetector;
import opennlp.tools.langdetect.LanguageDetectorModel;
import opennlp.tools.langdetect.ThreadSafeLanguageDetectorME;

/**
 * OpenNLP's language detector with the model of {@code opennlp-models-langdetect} (103 languages,
 * ISO 639-3 codes), loaded once per class loader on first use: the model takes seconds and tens of
 * megabytes to load, and every {@code language} scanner shares it.
 */
final class LanguageDetection {

    private static final String MODEL = "langdetect-183.bin";

    private static final class Holder {
        static final LanguageDetection INSTANCE = load();
    }

    private final LanguageDetector detector;
    private final Set<String> supported;

    private LanguageDetection(LanguageDetector detector, Set<String> supported) {
        this.detector = detector;
        this.supported = supported;
    }

    static LanguageDetection shared() {
        return Holder.INSTANCE;
    }

    /** The ISO 639-3 codes the model knows. */
    Set<String> supported() {
        return supported;
    }

    /** Every language the model knows, likeliest first. */
    Language[] predict(CharSequence text) {
        return detector.predictLanguages(text);
    }

    private static LanguageDetection load() {
        try (InputStream in = LanguageDetection.class.getClassLoader().getResourceAsStream(MODEL)) {
            if (in == null) {
                throw new IllegalStateException("the language model " + MODEL + " is not on the class path (opennlp-models-langdetect)");
            }
            LanguageDetectorModel model = new LanguageDetectorModel(in);
            ThreadSafeLanguageDetectorME detector = new ThreadSafeLanguageDetectorME(model);
            return new LanguageDetection(detector, Set.copyOf(Arrays.asList(detector.getSupportedLanguages())));
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the language model " + MODEL, e);
        }
    }
}
