package naba.ner;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import naba.corpus.NewsTexts;
import naba.text.Token;
import naba.text.TokenType;
import naba.tokenize.ArabicTokenizer;

/**
 * The unlabeled news text (gzipped JSON Lines: SaudiNewsNet's field {@code content}, ANT's {@code text}) as one stream
 * of normalized word ids, read once, for word counts, word clusters and word vectors. Non-Arabic tokens and article
 * ends are boundaries (-1).
 */
final class NewsCorpus {
    private final int[] stream;
    private final List<String> types;
    private final int tokens;

    private NewsCorpus(int[] stream, List<String> types, int tokens) {
        this.stream = stream;
        this.types = types;
        this.tokens = tokens;
    }

    /** Reads the files in order as one stream; an article's text is its {@code content} or else its {@code text}. */
    static NewsCorpus read(List<Path> files) {
        Reader reader = new Reader();
        for (Path file : files) {
            NewsTexts.forEach(file, "restore it or pass --no-news", reader::add);
        }
        return new NewsCorpus(Arrays.copyOf(reader.stream, reader.n), reader.types, reader.words);
    }

    /** The stream as it grows: word ids by normalized form, then a boundary after each article. */
    private static final class Reader {
        private final Map<String, Integer> ids = new HashMap<>();
        private final List<String> types = new ArrayList<>();
        private int[] stream = new int[1 << 20];
        private int n;
        private int words;

        void add(String article) {
            for (Token t : ArabicTokenizer.INSTANCE.tokenize(article)) {
                int id = -1;
                if (t.type() == TokenType.ARABIC) {
                    Integer known = ids.get(t.norm());
                    if (known == null) {
                        known = types.size();
                        ids.put(t.norm(), known);
                        types.add(t.norm());
                    }
                    id = known;
                    words++;
                }
                if (n + 2 > stream.length) {
                    stream = Arrays.copyOf(stream, stream.length * 2);
                }
                stream[n++] = id;
            }
            stream[n++] = -1;
        }
    }

    int tokens() {
        return tokens;
    }

    void countInto(NerLexiconBuilder lexicon) {
        int[] freq = new int[types.size()];
        for (int t : stream) {
            if (t >= 0) {
                freq[t]++;
            }
        }
        for (int i = 0; i < freq.length; i++) {
            lexicon.count(types.get(i), freq[i]);
        }
    }

    /**
     * The text as proclitic-free words: {@code corpus} holds ids into {@code types} (-1 at boundaries), «وواشنطن» and
     * «واشنطن» being one type. Word clusters and word vectors are built from it.
     *
     * @param corpus the stream of type ids
     * @param types  the proclitic-free forms
     */
    record Stripped(int[] corpus, List<String> types) {
    }

    Stripped stripped(ProcliticStripper stripper) {
        Map<String, Integer> strippedIds = new HashMap<>();
        List<String> strippedTypes = new ArrayList<>();
        int[] map = new int[types.size()];
        for (int i = 0; i < types.size(); i++) {
            String t = types.get(i);
            String s = t.substring(stripper.strip(t));
            Integer id = strippedIds.get(s);
            if (id == null) {
                id = strippedTypes.size();
                strippedIds.put(s, id);
                strippedTypes.add(s);
            }
            map[i] = id;
        }
        int[] corpus = new int[stream.length];
        for (int p = 0; p < stream.length; p++) {
            corpus[p] = stream[p] < 0 ? -1 : map[stream[p]];
        }
        return new Stripped(corpus, strippedTypes);
    }

    /** Clusters the proclitic-free forms of the words; returns how many got a cluster. */
    static int clusterInto(NerLexiconBuilder lexicon, Stripped text, WordClusterer clusterer) {
        Map<Integer, Integer> clusters = clusterer.cluster(text.corpus(), text.types().size());
        clusters.forEach((type, cluster) -> lexicon.cluster(text.types().get(type), cluster));
        return clusters.size();
    }
}
