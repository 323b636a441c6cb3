package dev.aegis.pack.llmguard.scanners.internal.urls;

import dev.aegis.pack.llmguard.internal.Confusables;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Hosts made to pass for others: labels mixing scripts ({@code pаypal} with a Cyrillic {@code а}),
 * names whose letters look like an allowed domain's once look-alikes are read as Latin ({@code rn}
 * as {@code m}, {@code 0} as {@code o}), names one edit from an allowed domain
 * ({@code examp1e.com}, {@code exmaple.com}, {@code example.co}), and allowed names used as
 * labels of another domain ({@code example.com.evil.net}).
 */
final class LookAlikes {

    private static final Set<Character.UnicodeScript> NEUTRAL = EnumSet.of(Character.UnicodeScript.COMMON, Character.UnicodeScript.INHERITED);
    // script mixes that are ordinary writing (UTS #39 "highly restrictive"), Latin aside
    private static final List<Set<Character.UnicodeScript>> USUAL = List.of(
            EnumSet.of(Character.UnicodeScript.HAN, Character.UnicodeScript.HIRAGANA, Character.UnicodeScript.KATAKANA),
            EnumSet.of(Character.UnicodeScript.HAN, Character.UnicodeScript.BOPOMOFO),
            EnumSet.of(Character.UnicodeScript.HAN, Character.UnicodeScript.HANGUL));

    private LookAlikes() {}

    /** Whether a label of the host mixes scripts in a way ordinary writing does not. */
    static boolean mixesScripts(String unicodeHost) {
        for (String label : unicodeHost.split("\\.")) {
            Set<Character.UnicodeScript> scripts = EnumSet.noneOf(Character.UnicodeScript.class);
            label.codePoints().filter(Character::isLetter).mapToObj(Character.UnicodeScript::of).filter(s -> !NEUTRAL.contains(s)).forEach(scripts::add);
            if (scripts.size() > 1 && !usual(scripts)) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code host} (not within any of them) imitates one of the {@code allowed} domains. */
    static boolean imitates(Host host, List<String> allowed) {
        String skeleton = skeleton(host.unicode());
        String domainSkeleton = skeleton(IdnForms.unicode(host.domain()));
        for (String entry : allowed) {
            String entrySkeleton = skeleton(IdnForms.unicode(entry));
            if (skeleton.equals(entrySkeleton) || domainSkeleton.equals(entrySkeleton)
                    || oneEditApart(host.domain(), entry) || ("." + host.ascii() + ".").contains("." + entry + ".")) {
                return true;
            }
        }
        return false;
    }

    /** Look-alike letters read as Latin, lower case, and the usual two-letter disguises undone. */
    static String skeleton(String host) {
        StringBuilder latin = new StringBuilder(host.length());
        for (int i = 0; i < host.length(); i++) {
            latin.append(Character.toLowerCase(Confusables.latin(host.charAt(i))));
        }
        return latin.toString().replace("rn", "m").replace("vv", "w").replace('0', 'o').replace('1', 'l').replace('|', 'l');
    }

    /** One insertion, deletion, substitution or swap of neighbours apart (optimal string alignment distance 1). */
    static boolean oneEditApart(String a, String b) {
        if (a.equals(b) || Math.abs(a.length() - b.length()) > 1) {
            return false;
        }
        int prefix = 0;
        while (prefix < a.length() && prefix < b.length() && a.charAt(prefix) == b.charAt(prefix)) {
            prefix++;
        }
        if (a.length() == b.length()) {
            if (a.substring(prefix + 1).equals(b.substring(prefix + 1))) {
                return true;
            }
            return prefix + 1 < a.length() && a.charAt(prefix) == b.charAt(prefix + 1) && a.charAt(prefix + 1) == b.charAt(prefix)
                    && a.substring(prefix + 2).equals(b.substring(prefix + 2));
        }
        String longer = a.length() > b.length() ? a : b;
        String shorter = longer == a ? b : a;
        return longer.substring(prefix + 1).equals(shorter.substring(prefix));
    }

    private static boolean usual(Set<Character.UnicodeScript> scripts) {
        Set<Character.UnicodeScript> others = EnumSet.copyOf(scripts);
        others.remove(Character.UnicodeScript.LATIN);
        return USUAL.stream().anyMatch(mix -> mix.containsAll(others));
    }
}
