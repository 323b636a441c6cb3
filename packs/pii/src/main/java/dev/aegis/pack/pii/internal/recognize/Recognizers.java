package dev.aegis.pack.pii.internal.recognize;

import dev.aegis.api.guard.NormalizedText;
import dev.aegis.pack.pii.EntityType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * All recognizers together: each finds its spans, then overlaps are resolved so that every
 * character belongs to at most one finding. The more confident finding wins; on a tie, the more
 * specific entity type (declaration order of {@link dev.aegis.pack.pii.EntityType}), then the longer span.
 *
 * <p>Recognizers run on the text's {@linkplain NormalizedText normalised view}, so a card written with
 * non-breaking spaces, soft hyphens or full-width digits is found; what they find is mapped back to
 * the original, whole, the invisible characters inside it included.
 */
public final class Recognizers {

    private static final Comparator<Span> STRONGEST_FIRST = Comparator.comparingDouble(Span::confidence).reversed()
            .thenComparing(Span::type)
            .thenComparing(Comparator.comparingInt(Span::length).reversed())
            .thenComparingInt(Span::start);

    private final List<Recognizer> recognizers;

    public Recognizers(List<Recognizer> recognizers) {
        this.recognizers = List.copyOf(recognizers);
    }

    /** Every recognizer the pack has, reading names and places from {@code gazetteer}. */
    public static Recognizers standard(Gazetteer gazetteer) {
        return new Recognizers(List.of(
                new UrlCredentialRecognizer(),
                new KnownTokenRecognizer(),
                new SecretAssignmentRecognizer(),
                new EmailRecognizer(),
                new IbanRecognizer(),
                new PaymentCardRecognizer(),
                new UsSsnRecognizer(),
                new UkNinoRecognizer(),
                new SpanishIdRecognizer(),
                new DutchBsnRecognizer(),
                new GermanTaxIdRecognizer(),
                new Ipv4Recognizer(),
                new Ipv6Recognizer(),
                new PhoneRecognizer(),
                new DateOfBirthRecognizer(),
                new StreetAddressRecognizer(gazetteer.streetSuffixes()),
                new EuropeanStreetRecognizer(),
                new PostcodeRecognizer(gazetteer::isPlace),
                new PersonNameRecognizer(gazetteer),
                new PlaceRecognizer(gazetteer)));
    }

    /** The findings of at least {@code minConfidence} that do not overlap, in text order, as spans of {@code text}. */
    public List<Span> find(String text, double minConfidence) {
        if (text.isEmpty()) {
            return List.of();
        }
        NormalizedText view = NormalizedText.of(text);
        if (view.text().isEmpty()) {
            return List.of();
        }
        List<Span> found = find(new ScanText(view), minConfidence);
        return view.unchanged() || found.isEmpty() ? found : inOriginal(found, view);
    }

    // Spans of the normalised text as spans of the original. Two findings that meet inside one
    // character's expansion (a ligature) would overlap there: the later one starts after the earlier.
    private static List<Span> inOriginal(List<Span> found, NormalizedText view) {
        List<Span> mapped = new ArrayList<>(found.size());
        int previousEnd = 0;
        for (Span span : found) {
            int start = Math.max(previousEnd, view.originalStart(span.start()));
            int end = view.originalEnd(span.end());
            if (end > start) {
                mapped.add(new Span(start, end, span.type(), span.confidence()));
                previousEnd = end;
            }
        }
        return mapped;
    }

    private List<Span> find(ScanText scan, double minConfidence) {
        List<Span> candidates = new ArrayList<>();
        for (Recognizer recognizer : recognizers) {
            recognizer.find(scan, candidates);
        }
        candidates.removeIf(span -> span.confidence() < minConfidence);
        if (candidates.size() < 2) {
            return candidates;
        }
        // a street named after a person or a town is part of the address, not a name of its own
        List<Span> addresses = candidates.stream().filter(span -> span.type() == EntityType.ADDRESS).toList();
        if (!addresses.isEmpty()) {
            candidates.removeIf(span -> (span.type() == EntityType.PERSON || span.type() == EntityType.LOCATION)
                    && addresses.stream().anyMatch(address -> address.start() <= span.start() && span.end() <= address.end()));
        }
        candidates.sort(STRONGEST_FIRST);
        List<Span> kept = new ArrayList<>(candidates.size());
        for (Span candidate : candidates) {
            if (kept.stream().noneMatch(candidate::overlaps)) {
                kept.add(candidate);
            }
        }
        kept.sort(Comparator.comparingInt(Span::start));
        return kept;
    }
}
