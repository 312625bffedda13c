package naba.testing;

import java.util.List;
import naba.corpus.NewsTexts;

/** Reads the first articles' texts of a JSON Lines corpus in {@code ../shared/data}. */
public final class Corpus {
    private Corpus() {
    }

    /** The {@code content} (or {@code text}) of the first {@code limit} articles of {@code shared/<relative>}. */
    public static List<String> texts(String relative, int limit) {
        return NewsTexts.first(SharedData.require(relative), "restore ../shared", limit);
    }
}
