package naba.bench;

import java.nio.file.Path;
import java.util.List;
import naba.corpus.NewsTexts;
import naba.corpus.SharedFolder;

/**
 * The benchmark text: the first articles of SaudiNewsNet, read from {@code ../shared/data} (or the folder named by
 * {@code -Dnaba.shared=DIR}), with their word count (white-space separated) so rates come out in words per second.
 */
public final class BenchCorpus {
    private final List<String> texts;
    private final long words;

    private BenchCorpus(List<String> texts) {
        this.texts = List.copyOf(texts);
        long count = 0;
        for (String text : texts) {
            count += countWords(text);
        }
        this.words = count;
    }

    /** The first {@code articles} SaudiNewsNet articles. */
    public static BenchCorpus saudiNewsNet(int articles) {
        Path file = shared().resolve("data/saudinewsnet/saudinewsnet.jsonl.gz");
        return new BenchCorpus(NewsTexts.first(file, "pass -Dnaba.shared=DIR", articles));
    }

    public List<String> texts() {
        return texts;
    }

    /** White-space separated words in all texts. */
    public long words() {
        return words;
    }

    static long countWords(String text) {
        long count = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            boolean space = Character.isWhitespace(text.charAt(i));
            if (!space && !inWord) {
                count++;
            }
            inWord = !space;
        }
        return count;
    }

    private static Path shared() {
        return SharedFolder.find()
                .orElseThrow(() -> new IllegalStateException("../shared not found; pass -Dnaba.shared=DIR"));
    }
}
