package dev.aegis.pack.pii.evaluation;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import net.datafaker.Faker;

/** The labelled corpora the recognizers are measured on; the same seed always gives the same corpus. */
final class EvaluationCorpus {

    static final long SEED = 20_250_617L;

    private final StructuredValues values;
    private final NationalIds ids;
    private final PeopleAndPlaces people;
    private final Map<String, Supplier<String>> slots = new HashMap<>();

    EvaluationCorpus(long seed) {
        this.values = new StructuredValues(seed);
        this.ids = new NationalIds(values.random());
        this.people = new PeopleAndPlaces(seed + 100);
        slots.put("EMAIL", values::email);
        slots.put("PHONE", values::phone);
        slots.put("CREDIT_CARD", values::card);
        slots.put("IBAN", values::iban);
        slots.put("US_SSN", values::ssn);
        slots.put("IP_ADDRESS", this::ip);
        slots.put("IP_ADDRESS_2", this::ip);
        slots.put("SECRET", values::apiKey);
        slots.put("URL_CREDENTIAL", values::urlCredentials);
        slots.put("DATE_OF_BIRTH", this::birthday);
        slots.put("ADDRESS", this::address);
        slots.put("PERSON", people::fullName);
        slots.put("PERSON_2", people::fullName);
        slots.put("LOCATION", people::place);
        slots.put("LOCATION_2", people::place);
        slots.put("~CARD_BAD", values::cardFailingLuhn);
        slots.put("~VERSION", () -> values.random().nextInt(20) + "." + values.random().nextInt(30) + "." + values.random().nextInt(100)
                + (values.random().nextBoolean() ? "" : "." + values.random().nextInt(9999)));
        slots.put("~DATE", () -> date(LocalDate.of(2020 + values.random().nextInt(6), 1 + values.random().nextInt(12), 1 + values.random().nextInt(28))));
        slots.put("~ORDER", () -> values.pick(List.of(values.digits(9), values.digits(12), "1Z" + values.alphanumeric(16).toUpperCase(Locale.ROOT),
                "2024-" + values.digits(5), values.digits(4) + " " + values.digits(4) + " " + values.digits(4))));
        slots.put("~IBAN_BAD", values::ibanFailingChecksum);
        slots.put("~SSN_BAD", values::ssnInvalid);
        slots.put("~TITLE", () -> values.pick(List.of("Budget Planning", "The New Onboarding Flow", "Data Retention Policy", "Customer Success Review")));
        slots.put("~PRODUCT", () -> values.pick(List.of("iPhone 15 Pro Max", "Tesla Model 3", "MacBook Air M2", "Galaxy S24 Ultra", "PlayStation 5",
                "Kindle Paperwhite", "Surface Pro 9", "ThinkPad X1 Carbon")));
        slots.put("~TIME", () -> String.format(Locale.ROOT, "%02d:%02d:%02d", values.random().nextInt(24), values.random().nextInt(60), values.random().nextInt(60)));
        slots.put("~HASH", () -> values.alphanumeric(40).toLowerCase(Locale.ROOT).replaceAll("[g-z]", "a"));
        slots.put("~UUID", () -> UUID.nameUUIDFromBytes(values.digits(8).getBytes(StandardCharsets.UTF_8)).toString());
    }

    /** The corpus the goals are asserted on: every entity type, mixed sentences and look-alike negatives. */
    List<LabelledText> main() {
        List<LabelledText> corpus = new ArrayList<>();
        add(corpus, CorpusTemplates.EMAIL, 90);
        add(corpus, CorpusTemplates.PHONE, 110);
        add(corpus, CorpusTemplates.NATIONAL_PHONE, 30, Map.of("PHONE", values::nationalPhone));
        add(corpus, CorpusTemplates.CARD, 100);
        add(corpus, CorpusTemplates.IBAN, 90);
        add(corpus, CorpusTemplates.SSN, 80);
        add(corpus, CorpusTemplates.IP, 90);
        add(corpus, CorpusTemplates.NATIONAL_ID.subList(0, 2), 20, Map.of("NATIONAL_ID", ids::nino));
        add(corpus, CorpusTemplates.NATIONAL_ID.subList(2, 4), 20, Map.of("NATIONAL_ID", ids::dni));
        add(corpus, CorpusTemplates.NATIONAL_ID.subList(4, 6), 20, Map.of("NATIONAL_ID", ids::bsn));
        add(corpus, CorpusTemplates.NATIONAL_ID.subList(6, 8), 20, Map.of("NATIONAL_ID", ids::germanTaxId));
        add(corpus, CorpusTemplates.SECRET, 60);
        add(corpus, CorpusTemplates.URL_CREDENTIAL, 30);
        add(corpus, CorpusTemplates.DATE_OF_BIRTH, 50);
        add(corpus, CorpusTemplates.ADDRESS, 60);
        add(corpus, CorpusTemplates.POSTCODE, 30, Map.of("POSTCODE", this::postcode));
        add(corpus, CorpusTemplates.PERSON, 160);
        add(corpus, CorpusTemplates.FIRST_NAME, 50, Map.of("PERSON", people::firstName));
        add(corpus, CorpusTemplates.LOCATION, 120);
        add(corpus, CorpusTemplates.MIXED, 90);
        add(corpus, CorpusTemplates.NEGATIVE, 220);
        return corpus;
    }

    /** Names and places from locales the gazetteer never loaded, in the person and place templates. */
    List<LabelledText> unseen() {
        List<LabelledText> corpus = new ArrayList<>();
        add(corpus, CorpusTemplates.PERSON, 150, Map.of("PERSON", people::unseenFullName, "PERSON_2", people::unseenFullName));
        add(corpus, CorpusTemplates.FIRST_NAME, 50, Map.of("PERSON", people::unseenFirstName));
        add(corpus, CorpusTemplates.LOCATION, 100, Map.of("LOCATION", people::unseenPlace, "LOCATION_2", people::unseenPlace));
        return corpus;
    }

    /** Hand-written, real-world-ish sentences with inline labels, from {@code hand-written.txt}. */
    static List<LabelledText> handWritten() {
        try (InputStream in = EvaluationCorpus.class.getResourceAsStream("hand-written.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .map(line -> LabelledText.marked(line.replace("\\n", "\n")))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void add(List<LabelledText> corpus, List<String> templates, int count) {
        add(corpus, templates, count, Map.of());
    }

    private void add(List<LabelledText> corpus, List<String> templates, int count, Map<String, Supplier<String>> overrides) {
        Map<String, Supplier<String>> filled = new HashMap<>(slots);
        filled.putAll(overrides);
        for (int i = 0; i < count; i++) {
            corpus.add(LabelledText.fill(templates.get(i % templates.size()), filled));
        }
    }

    private String ip() {
        return values.random().nextInt(3) == 0 ? values.ipv6() : values.ipv4();
    }

    private String birthday() {
        LocalDate day = LocalDate.of(1940 + values.random().nextInt(65), 1 + values.random().nextInt(12), 1 + values.random().nextInt(28));
        return date(day);
    }

    private String date(LocalDate day) {
        return day.format(DateTimeFormatter.ofPattern(values.pick(List.of("dd/MM/yyyy", "MM/dd/yyyy", "yyyy-MM-dd", "d MMMM yyyy", "MMMM d, yyyy", "dd.MM.yyyy")), Locale.ENGLISH));
    }

    private String address() {
        return switch (values.random().nextInt(4)) {
            case 0 -> values.faker().address().streetAddress(true);
            case 1 -> new Faker(Locale.GERMANY, values.random()).address().streetAddress();
            default -> values.faker().address().streetAddress();
        };
    }

    private String postcode() {
        return switch (values.random().nextInt(3)) {
            case 0 -> values.faker().address().zipCodePlus4();
            case 1 -> new Faker(Locale.UK, values.random()).address().postcode();
            default -> values.digits(5);
        };
    }
}
