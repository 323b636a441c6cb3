package dev.aegis.pack.pii.evaluation;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import net.datafaker.Faker;
import net.datafaker.providers.base.Finance.CreditCardType;

/**
 * Seeded generators of structured personal data for the evaluation corpus: datafaker where it has
 * the value (cards, IBANs, SSNs, e-mails, IPs, addresses), the rules of each format where it has not
 * (phone formats, national ids, API keys). Printed in the formats people write them in.
 */
final class StructuredValues {

    private static final String ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    private static final List<String> PHONE_FORMATS = List.of("+44 20 #### ####", "+44 7### ######", "+49 30 ######", "+49 15# ########",
            "+33 # ## ## ## ##", "+1 (A##) ###-####", "+1-A##-###-####", "+34 6## ### ###", "+39 3## ### ####", "+31 6 ########",
            "+4915#########", "+61 4## ### ###", "(A##) ###-####", "A##-###-####", "A##.###.####", "1-A##-###-####", "+1 A## ### ####");
    private static final List<String> IBAN_COUNTRIES = List.of("DE", "GB", "FR", "ES", "IT", "NL", "BE", "CH", "AT", "PL", "SE", "PT", "IE", "NO", "DK");

    private final Random random;
    private final Faker faker;

    StructuredValues(long seed) {
        this.random = new Random(seed);
        this.faker = new Faker(Locale.US, new Random(seed + 1));
    }

    Random random() {
        return random;
    }

    Faker faker() {
        return faker;
    }

    <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    String digits(int count) {
        StringBuilder digits = new StringBuilder(count);
        for (int i = 0; i < count; i++) {
            digits.append((char) ('0' + random.nextInt(10)));
        }
        return digits.toString();
    }

    String alphanumeric(int count) {
        StringBuilder text = new StringBuilder(count);
        for (int i = 0; i < count; i++) {
            text.append(ALNUM.charAt(random.nextInt(ALNUM.length())));
        }
        return text.toString();
    }

    String email() {
        return random.nextInt(5) == 0 ? faker.internet().emailAddress(faker.internet().username() + "+" + faker.lorem().word()) : faker.internet().emailAddress();
    }

    /** A phone number in one of the international or North American formats; {@code A} is an area code's first digit. */
    String phone() {
        StringBuilder phone = new StringBuilder();
        for (char c : pick(PHONE_FORMATS).toCharArray()) {
            phone.append(c == '#' ? (char) ('0' + random.nextInt(10)) : c == 'A' ? (char) ('2' + random.nextInt(8)) : c);
        }
        return phone.toString();
    }

    /** A national number with a trunk zero: the recognizer takes these next to a word like "phone". */
    String nationalPhone() {
        return pick(List.of("020 " + digits(4) + " " + digits(4), "07" + digits(3) + " " + digits(6), "030 " + digits(7),
                "01 " + digits(2) + " " + digits(2) + " " + digits(2) + " " + digits(2), "06-" + digits(8), "0171 " + digits(7)));
    }

    String card() {
        String card = faker.finance().creditCard(pick(List.of(CreditCardType.VISA, CreditCardType.MASTERCARD, CreditCardType.AMERICAN_EXPRESS,
                CreditCardType.DISCOVER, CreditCardType.DINERS_CLUB, CreditCardType.JCB)));
        return switch (random.nextInt(3)) {
            case 0 -> card;
            case 1 -> card.replace('-', ' ');
            default -> card.replace("-", "");
        };
    }

    /** A card number of the right shape whose last digit breaks the Luhn check. */
    String cardFailingLuhn() {
        String card = faker.finance().creditCard(CreditCardType.VISA).replace("-", " ");
        char last = card.charAt(card.length() - 1);
        return card.substring(0, card.length() - 1) + (char) ('0' + (last - '0' + 1 + random.nextInt(8)) % 10);
    }

    String iban() {
        String iban = faker.finance().iban(pick(IBAN_COUNTRIES));
        return random.nextBoolean() ? iban : iban.replaceAll("(.{4})(?!$)", "$1 ");
    }

    String ibanFailingChecksum() {
        String iban = faker.finance().iban(pick(IBAN_COUNTRIES));
        char check = iban.charAt(3);
        return iban.substring(0, 3) + (char) ('0' + (check - '0' + 1) % 10) + iban.substring(4);
    }

    String ssn() {
        return faker.idNumber().ssnValid();
    }

    String ssnInvalid() {
        return pick(List.of("000-" + digits(2) + "-" + digits(4), "666-" + digits(2) + "-" + digits(4), "9" + digits(2) + "-" + digits(2) + "-" + digits(4),
                "123-00-" + digits(4), "123-45-0000"));
    }

    String ipv4() {
        return faker.internet().ipV4Address();
    }

    String ipv6() {
        String full = faker.internet().ipV6Address();
        if (random.nextBoolean()) {
            return full;
        }
        String[] groups = full.split(":");
        int from = 2 + random.nextInt(3);
        StringBuilder compressed = new StringBuilder();
        for (int i = 0; i < from; i++) {
            compressed.append(groups[i]).append(':');
        }
        return compressed.append(':').append(groups[7]).toString();
    }

    String jwt() {
        Base64.Encoder url = Base64.getUrlEncoder().withoutPadding();
        String header = url.encodeToString("{\"alg\":\"HS256\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
        String payload = url.encodeToString(("{\"sub\":\"" + digits(10) + "\",\"name\":\"user\"}").getBytes(StandardCharsets.UTF_8));
        return header + "." + payload + "." + alphanumeric(43);
    }

    String apiKey() {
        return switch (random.nextInt(6)) {
            case 0 -> "sk-proj-" + alphanumeric(48);
            case 1 -> "sk-ant-api03-" + alphanumeric(40);
            case 2 -> "ghp_" + alphanumeric(36);
            case 3 -> "AKIA" + alphanumeric(16).toUpperCase(Locale.ROOT);
            case 4 -> "xoxb-" + digits(12) + "-" + digits(12) + "-" + alphanumeric(24);
            default -> jwt();
        };
    }

    String urlCredentials() {
        return faker.internet().username() + ":" + faker.internet().password(8, 14, true, false, true);
    }
}
