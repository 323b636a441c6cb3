package dev.aegis.pack.classification;

/**
 * Where the entity type sits in a placeholder name: {@code EMAIL} in {@code <EMAIL_1>},
 * {@code [CREDIT_CARD-2]} or {@code PERSON}. Tolerant of the delimiters and numbering a masking
 * pack chooses, since this pack must not depend on one; computed in place, without copying.
 */
final class Placeholders {

    private Placeholders() {}

    /** The index of the type's first character: past any leading delimiter. */
    static int typeStart(String placeholder) {
        int start = 0;
        while (start < placeholder.length() && !Character.isLetterOrDigit(placeholder.charAt(start))) {
            start++;
        }
        return start;
    }

    /** The index just past the type's last character: before any trailing delimiter and {@code _n} / {@code -n} number. */
    static int typeEnd(String placeholder, int start) {
        int end = placeholder.length();
        while (end > start && !Character.isLetterOrDigit(placeholder.charAt(end - 1))) {
            end--;
        }
        int digits = end;
        while (digits > start && Character.isDigit(placeholder.charAt(digits - 1))) {
            digits--;
        }
        boolean numbered = digits < end && digits - 1 > start
                && (placeholder.charAt(digits - 1) == '_' || placeholder.charAt(digits - 1) == '-');
        return numbered ? digits - 1 : end;
    }

    /** Whether {@code placeholder[start, end)} is {@code type}, ignoring case and taking {@code -} for {@code _}. */
    static boolean typeEquals(String placeholder, int start, int end, String type) {
        if (end - start != type.length()) {
            return false;
        }
        for (int i = 0; i < type.length(); i++) {
            char actual = Character.toUpperCase(placeholder.charAt(start + i));
            if (actual != type.charAt(i) && !(actual == '-' && type.charAt(i) == '_')) {
                return false;
            }
        }
        return true;
    }
}
