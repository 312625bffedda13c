package naba.ner;

import java.util.List;
import java.util.Set;

/**
 * Where a multi-word person's surname begins, for the passes that tag it again alone: «كيري» of «جون كيري», «بن
 * سلمان» of «محمد بن سلمان», «آل الشيخ» of «عبد اللطيف آل الشيخ». Repeated alone, «الشيخ» would tag the title of
 * every sheikh and «العزيز» of «سلمان بن عبد العزيز» the adjective; a ruler's ordinal («عبد الله الثاني») is no
 * surname at all. Works on the tagger's normalized forms; stateless.
 */
final class PersonSurname {
    /** Words that belong to the name after them. */
    private static final Set<String> PARTICLES = Set.of(NerFeatures.normalize(List.of("آل", "أبو", "أبي", "أبا",
            "بن", "ابن", "بنت", "عبد", "أم")));
    /** The ordinals of rulers' names. */
    private static final Set<String> ORDINALS = Set.of(NerFeatures.normalize(List.of("الأول", "الثاني", "الثالث",
            "الرابع", "الخامس", "السادس", "السابع", "الثامن", "التاسع", "العاشر")));

    private PersonSurname() {
    }

    /**
     * The index of the first word of the surname of the person over {@code words[start, end)} (proclitic-free
     * normalized forms), or -1 when it has none to repeat: one word, a name that is all surname («آل الشيخ»), or
     * an ordinal at its end.
     */
    static int start(String[] words, int start, int end) {
        if (end - start < 2 || ORDINALS.contains(words[end - 1])) {
            return -1;
        }
        int from = end - 1;
        while (from > start && PARTICLES.contains(words[from - 1])) {
            from--;
        }
        return from == start ? -1 : from;
    }
}
