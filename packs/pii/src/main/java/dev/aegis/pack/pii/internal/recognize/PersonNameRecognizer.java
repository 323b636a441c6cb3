package dev.aegis.pack.pii.internal.recognize;

import dev.aegis.pack.pii.EntityType;
import java.util.List;
import java.util.Set;

/**
 * Person names without a statistical model: runs of capitalized words scored by the gazetteer (a
 * known first name followed by a known last name is likely a person) and raised by context (an
 * honorific such as "Dr." or a phrase such as "my name is" before, a verb such as "said" after).
 * Capitalized words on the stop-list are not names unless context says so.
 */
public final class PersonNameRecognizer implements Recognizer {

    private static final Set<String> HONORIFICS = Set.of("Mr", "Mrs", "Ms", "Miss", "Mx", "Dr", "Prof", "Professor", "Sir", "Dame",
            "Lady", "Lord", "Rev", "Herr", "Frau", "Hr", "Fr", "M", "Mme", "Mlle", "Monsieur", "Madame", "Mademoiselle", "Sr", "Sra",
            "Srta", "Señor", "Señora", "Don", "Doña", "Sig", "Signor", "Signora", "Dott", "Ing", "Dhr", "Mevr", "Pan", "Pani", "Mag",
            "Captain", "Capt", "Officer", "Judge", "Senator", "Nurse", "Agent", "Detective", "Uncle", "Aunt");
    private static final Set<String> PARTICLES = Set.of("van", "von", "de", "der", "den", "da", "di", "du", "del", "della", "le", "la",
            "ter", "ten", "bin", "ibn", "al", "el", "zu", "vom", "dos", "das", "do", "y");
    // After these a capitalized word is a name ("Dear Customer" aside, which the stop-list catches).
    private static final Phrases INTRODUCED = new Phrases("my name is|name is|name|names|full name|named|called|dear|hi|hello|hey|attn"
            + "|attention|signed|regards|cheers|sincerely|best|thanks|thank you|contact|ask for|speak to|talk to|patient|mein name ist"
            + "|ich heiße|je m'appelle|je m’appelle|me llamo|mi chiamo|mijn naam is|nazywam się|jag heter");
    // Relations and roles introduce a name when written in lower case ("our customer Jane"), not in headings ("Customer Churn").
    private static final Phrases ROLE = Phrases.lowerCase("daughter|son|wife|husband|mother|father|brother|sister|friend|colleague|boss"
            + "|partner|manager|landlord|landlady|neighbour|neighbor|tenant|applicant|employee|customer|client|student|teacher|doctor"
            + "|lawyer|cousin|uncle|aunt|grandson|granddaughter");
    // After these a capitalized word may be a name or an adjective ("I am Anna", "I am Happy").
    private static final Phrases MAYBE_INTRODUCED = new Phrases("i am|i'm|i’m|this is|ich bin|je suis|soy|sono|ik ben");
    private static final Phrases ACTS = new Phrases("said|says|wrote|writes|told|asked|replied|called|emailed|mentioned|thinks|explained"
            + "|noted|added|confirmed|joined|works|lives|signed|agreed|will|has|had|is our|is my|is the|is a|is an|was our|was my"
            + "|was the|was a|was an|and i|and me");
    private static final Phrases MENTIONED = new Phrases("by|with|cc|and|thanks|ask|contact|meet|met|tell|told|invite|invited|ping|email"
            + "|call|for|from|to");

    private final Gazetteer gazetteer;

    public PersonNameRecognizer(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    @Override
    public void find(ScanText scan, List<Span> found) {
        String text = scan.text();
        Words words = scan.words();
        int i = 0;
        while (i < words.count()) {
            if (!words.capitalized(i) || honorific(words, i)) {
                i++;
                continue;
            }
            int end = runEnd(words, i);
            judge(text, words, i, end - 1, found);
            i = end;
        }
    }

    // Capitalized words, initials and name particles joined by spaces: "Jan van der Berg", "John F. Kennedy".
    private static int runEnd(Words words, int first) {
        int j = first + 1;
        int names = 1;
        while (j < words.count() && words.joined(j) && names < 4 && !honorific(words, j)) {
            if (words.capitalized(j)) {
                names++;
                j++;
            } else if (words.initial(j) && j + 1 < words.count() && words.joined(j + 1)) {
                j++;
            } else {
                int k = j;
                while (k < words.count() && words.joined(k) && PARTICLES.contains(words.word(k))) {
                    k++;
                }
                if (k == j || k >= words.count() || !words.joined(k) || !words.capitalized(k)) {
                    break;
                }
                j = k;
            }
        }
        return j;
    }

    private void judge(String text, Words words, int a, int b, List<Span> found) {
        int first = a;
        while (first <= b && stop(words, first) && !known(words, first)) {
            first++;
        }
        if (first > b) {
            return;
        }
        if (first > 0 && honorific(words, first - 1) && closeAfter(text, words, first - 1, first)) {
            found.add(new Span(words.start(first), words.end(lastName(words, first, b)), EntityType.PERSON, 0.95));
            return;
        }
        if (INTRODUCED.before(text, words, first) || ROLE.before(text, words, first)) {
            found.add(new Span(words.start(first), words.end(lastName(words, first, b)), EntityType.PERSON, 0.9));
            return;
        }
        // "May", "Will" are names only beside a last name: "Will Smith"
        while (first <= b && stop(words, first) && !(first < b && gazetteer.isLastName(words.word(first + 1)) && !stop(words, first + 1))) {
            first++;
        }
        int last = b;
        // a stop-list word ends a name unless it is a last name after a first name: "John May", not "Victoria Station"
        while (last >= first && (!words.capitalized(last) || stop(words, last)
                && !(last > first && gazetteer.isLastName(words.word(last)) && gazetteer.isFirstName(words.word(last - 1))))) {
            last--;
        }
        if (first > last) {
            return;
        }
        double confidence = score(words, first, last);
        if (confidence < 0.85 && (known(words, first) || last > first) && MAYBE_INTRODUCED.before(text, words, first)) {
            confidence = 0.85;
        }
        if (confidence >= 0.35 && ACTS.after(text, words, last)) {
            confidence += 0.15;
        } else if (confidence >= 0.35 && MENTIONED.before(text, words, first)) {
            confidence += 0.1;
        }
        if (confidence > 0) {
            found.add(new Span(words.start(first), words.end(last), EntityType.PERSON, Math.min(confidence, 0.95)));
        }
    }

    private double score(Words words, int first, int last) {
        String word = words.word(first);
        if (first == last) {
            boolean place = gazetteer.isPlace(word);
            if (gazetteer.isFirstName(word)) {
                return (words.sentenceStart(first) ? 0.5 : 0.6) - (place ? 0.15 : 0);
            }
            return gazetteer.isLastName(word) ? (place ? 0.3 : 0.4) : 0;
        }
        if (gazetteer.isPlace(words.phrase(first, last))) {
            return 0.3;
        }
        String lastWord = words.word(last);
        boolean lastKnown = gazetteer.isLastName(lastWord) || gazetteer.isFirstName(lastWord);
        if (gazetteer.isFirstName(word)) {
            return gazetteer.isLastName(lastWord) ? 0.9 : 0.75;
        }
        if (gazetteer.isLastName(word) && lastKnown) {
            return 0.7;
        }
        if (lastKnown) {
            return words.sentenceStart(first) ? 0.55 : 0.65;
        }
        // two or three capitalized words the lists do not know: a name only with context around
        boolean unknownNames = last - first <= 2 && !anyPlace(words, first, last);
        return unknownNames ? (words.sentenceStart(first) ? 0.3 : 0.4) : 0;
    }

    private boolean anyPlace(Words words, int first, int last) {
        for (int i = first; i <= last; i++) {
            if (gazetteer.isPlace(words.word(i))) {
                return true;
            }
        }
        return false;
    }

    // After an honorific or an introduction, the name runs until a stop-list word that is no name.
    private int lastName(Words words, int a, int b) {
        int last = a;
        while (last < b && !(stop(words, last + 1) && !known(words, last + 1))) {
            last++;
        }
        return last;
    }

    private boolean known(Words words, int i) {
        String word = words.word(i);
        return gazetteer.isFirstName(word) || gazetteer.isLastName(word);
    }

    private boolean stop(Words words, int i) {
        return gazetteer.isStopWord(words.word(i));
    }

    private static boolean honorific(Words words, int i) {
        String word = words.word(i);
        return HONORIFICS.contains(word) && (words.after(i) == '.' || !word.equals("M"));
    }

    // "Mr. Smith", "Frau Müller": the honorific, its optional full stop, one space, the name.
    private static boolean closeAfter(String text, Words words, int honorific, int name) {
        int gap = words.start(name) - words.end(honorific);
        return gap == 1 && text.charAt(words.end(honorific)) == ' ' || gap == 2 && text.startsWith(". ", words.end(honorific));
    }
}
