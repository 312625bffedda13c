package naba.extract;

import java.util.LinkedHashSet;
import java.util.Set;

/** The word lists of the extractors, loaded once, and the vocabulary that finds their words inside tokens. */
final class ExtractionWords {
    static final WordList TIME = WordList.load("/naba/extract/time-words.tsv");
    static final WordList QUANTITY = WordList.load("/naba/extract/quantity-words.tsv");
    static final WordList CUES = WordList.load("/naba/extract/cue-words.tsv");
    static final Vocabulary VOCABULARY;

    static {
        Set<String> all = new LinkedHashSet<>();
        all.addAll(TIME.words());
        all.addAll(QUANTITY.words());
        all.addAll(CUES.words());
        VOCABULARY = new Vocabulary(all);
    }

    private ExtractionWords() {
    }
}
