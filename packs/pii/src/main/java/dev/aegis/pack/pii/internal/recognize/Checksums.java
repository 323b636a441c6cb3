package dev.aegis.pack.pii.internal.recognize;

/** Check-digit algorithms: a passing checksum turns a number of the right shape into a likely identifier. */
final class Checksums {

    private Checksums() {}

    /** Luhn (mod 10), as payment card numbers use; {@code digits} holds digits only. */
    static boolean luhn(CharSequence digits) {
        int sum = 0;
        boolean twice = false;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int digit = digits.charAt(i) - '0';
            if (twice) {
                digit *= 2;
                if (digit > 9) {
                    digit -= 9;
                }
            }
            sum += digit;
            twice = !twice;
        }
        return sum % 10 == 0;
    }

    /** ISO 13616 mod 97 of an IBAN in compact upper case: the country and check moved to the end, letters as 10..35. */
    static boolean ibanMod97(CharSequence iban) {
        int remainder = 0;
        int length = iban.length();
        for (int i = 0; i < length; i++) {
            char c = iban.charAt((i + 4) % length);
            int value = Character.isDigit(c) ? c - '0' : c - 'A' + 10;
            remainder = value < 10 ? (remainder * 10 + value) % 97 : (remainder * 100 + value) % 97;
        }
        return remainder == 1;
    }

    /** The Dutch "elfproef" of a BSN: 9·d1 + 8·d2 + … + 2·d8 − d9 is a multiple of 11. */
    static boolean elevenProof(CharSequence nineDigits) {
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            sum += (9 - i) * (nineDigits.charAt(i) - '0');
        }
        sum -= nineDigits.charAt(8) - '0';
        return sum % 11 == 0 && sum != 0;
    }

    /** ISO 7064 MOD 11,10 over all but the last digit, which is the check digit (German tax id). */
    static boolean iso7064Mod11x10(CharSequence digits) {
        int product = 10;
        for (int i = 0; i < digits.length() - 1; i++) {
            int sum = (digits.charAt(i) - '0' + product) % 10;
            if (sum == 0) {
                sum = 10;
            }
            product = sum * 2 % 11;
        }
        int check = 11 - product;
        if (check == 10) {
            check = 0;
        }
        return check == digits.charAt(digits.length() - 1) - '0';
    }

    /** The digits of {@code text} between {@code start} and {@code end}, separators dropped. */
    static String digits(String text, int start, int end) {
        StringBuilder digits = new StringBuilder(end - start);
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                digits.append(c);
            }
        }
        return digits.toString();
    }
}
