package dev.aegis.pack.pii.evaluation;

import java.util.Random;

/** Valid national identifiers built from each format's published rules, for the evaluation corpus. */
final class NationalIds {

    private final Random random;

    NationalIds(Random random) {
        this.random = random;
    }

    /** A UK National Insurance number such as {@code QQ 12 34 56 C}. */
    String nino() {
        String first = "ABCEGHJKLMNOPRSTWXYZ";
        String second = "ABCEGHJKLMNPRSTWXYZ";
        String prefix;
        do {
            prefix = "" + first.charAt(random.nextInt(first.length())) + second.charAt(random.nextInt(second.length()));
        } while (prefix.matches("BG|GB|KN|NK|NT|TN|ZZ"));
        String digits = String.format("%06d", random.nextInt(1_000_000));
        char suffix = "ABCD".charAt(random.nextInt(4));
        return random.nextBoolean()
                ? prefix + digits + suffix
                : prefix + " " + digits.substring(0, 2) + " " + digits.substring(2, 4) + " " + digits.substring(4) + " " + suffix;
    }

    /** A Spanish DNI: eight digits and their check letter. */
    String dni() {
        int number = random.nextInt(100_000_000);
        return String.format("%08d", number) + "TRWAGMYFPDXBNJZSQVHLCKE".charAt(number % 23);
    }

    /** A Dutch BSN passing the eleven-proof. */
    String bsn() {
        while (true) {
            int[] digits = new int[9];
            int sum = 0;
            for (int i = 0; i < 8; i++) {
                digits[i] = random.nextInt(10);
                sum += (9 - i) * digits[i];
            }
            int last = sum % 11;
            if (last < 10 && digits[0] != 0) {
                digits[8] = last;
                StringBuilder bsn = new StringBuilder();
                for (int digit : digits) {
                    bsn.append(digit);
                }
                return bsn.toString();
            }
        }
    }

    /** A German tax id: ten digits with exactly one repeated, then the ISO 7064 MOD 11,10 check digit. */
    String germanTaxId() {
        while (true) {
            int[] digits = new int[11];
            for (int i = 0; i < 10; i++) {
                digits[i] = random.nextInt(10);
            }
            if (digits[0] == 0 || !oneRepeated(digits)) {
                continue;
            }
            int product = 10;
            for (int i = 0; i < 10; i++) {
                int sum = (digits[i] + product) % 10;
                product = (sum == 0 ? 10 : sum) * 2 % 11;
            }
            digits[10] = (11 - product) % 10;
            StringBuilder id = new StringBuilder();
            for (int digit : digits) {
                id.append(digit);
            }
            return id.toString();
        }
    }

    private static boolean oneRepeated(int[] digits) {
        int[] counts = new int[10];
        for (int i = 0; i < 10; i++) {
            counts[digits[i]]++;
        }
        int repeated = 0;
        for (int count : counts) {
            if (count > 3) {
                return false;
            }
            repeated += count > 1 ? 1 : 0;
        }
        return repeated == 1;
    }
}
