package dev.aegis.pack.pii.internal.recognize;

import dev.aegis.pack.pii.EntityType;
import java.util.List;

/**
 * Places: the longest run of words that the gazetteer knows as a city, region or country
 * ({@code Rio de Janeiro}, {@code Germany}), more certain after words like "in", "from" or "lives in";
 * and an unknown capitalized word right after a phrase that can only introduce a place ("moved to").
 * A word that is also a first name, or followed by a last name, yields to the person recognizer.
 */
public final class PlaceRecognizer implements Recognizer {

    private static final Phrases PLACE_WORDS = new Phrases("in|at|from|to|near|around|outside|across|via|visit|visiting|visited|of"
            + "|fly to|flight to|trip to|travel to|travelling to|traveling to|office in|city of|town of|aus|nach|bei|in der|à|en|au|aux"
            + "|de|da|a|di|uit|naar|w|z|do");
    private static final Phrases ONLY_PLACES_FOLLOW = new Phrases("lives in|live in|living in|lived in|moved to|moving to|based in"
            + "|located in|born in|grew up in|relocated to|resides in|resident of|headquartered in|wohnt in|wohne in|lebe in|lebt in"
            + "|habite à|j'habite à|vit à|vive en|vivo en|abita a|vivo a|woont in|woon in|mieszkam w|bor i|office in|offices in"
            + "|takes place in|held in|arrive in|arrived in|arriving in|flying to|flights to|flight to|trip to|travelling to|traveling to"
            + "|headquarters in|branch in|sent from|shipped from|ships from|delivered to|visiting|from the city of");

    private final Gazetteer gazetteer;

    public PlaceRecognizer(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    @Override
    public void find(ScanText scan, List<Span> found) {
        String text = scan.text();
        Words words = scan.words();
        int i = 0;
        while (i < words.count()) {
            if (!words.capitalized(i) && !words.acronym(i)) {
                i++;
                continue;
            }
            int last = longestPlace(words, i);
            if (last >= 0) {
                double confidence = placeConfidence(text, words, i, last);
                if (confidence > 0) {
                    found.add(new Span(words.start(i), words.end(last), EntityType.LOCATION, confidence));
                }
                i = last + 1;
            } else if (words.capitalized(i) && !gazetteer.isStopWord(words.word(i)) && ONLY_PLACES_FOLLOW.before(text, words, i)) {
                int end = i;
                while (end + 1 < words.count() && end - i < 2 && words.joined(end + 1) && words.capitalized(end + 1)) {
                    end++;
                }
                found.add(new Span(words.start(i), words.end(end), EntityType.LOCATION, 0.65));
                i = end + 1;
            } else {
                i++;
            }
        }
    }

    // The last word of the longest known place starting at word first, or -1.
    private int longestPlace(Words words, int first) {
        int lastJoined = first;
        if (gazetteer.startsPlace(words.word(first))) {
            int limit = Math.min(words.count() - 1, first + gazetteer.longestPlace() - 1);
            while (lastJoined < limit && words.joined(lastJoined + 1) && words.start(lastJoined + 1) - words.end(lastJoined) == 1) {
                lastJoined++;
            }
        }
        for (int last = lastJoined; last >= first; last--) {
            if ((words.capitalized(last) || words.acronym(last)) && gazetteer.isPlace(words.phrase(first, last))) {
                return last;
            }
        }
        return -1;
    }

    private double placeConfidence(String text, Words words, int first, int last) {
        boolean context = PLACE_WORDS.before(text, words, first) || ONLY_PLACES_FOLLOW.before(text, words, first);
        String word = words.word(first);
        if (first == last) {
            if (gazetteer.isStopWord(word)) {
                return context ? 0.6 : 0;
            }
            boolean followedByName = last + 1 < words.count() && words.joined(last + 1) && gazetteer.isLastName(words.word(last + 1));
            if (followedByName || first > 0 && words.joined(first) && gazetteer.isFirstName(words.word(first - 1))) {
                return 0;
            }
            if (gazetteer.isFirstName(word) || gazetteer.isLastName(word)) {
                // "Florence", "Jordan": a place unless the person recognizer has more to go on ("Florence said")
                return context ? 0.8 : 0.55;
            }
        }
        return context ? 0.9 : first == last ? 0.7 : 0.8;
    }
}
