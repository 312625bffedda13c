package naba.ner;

import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import naba.normalize.ArabicNormalizer;
import naba.text.EntityType;

/**
 * Collects what goes into a {@link NerLexicon}: word counts, gazetteer phrases («سيرغي لافروف» → person) and Latin
 * names of countries. Gazetteer phrases are SEARCH-normalized and split on spaces; a phrase's first word is matched
 * without proclitics, the rest as written.
 */
final class NerLexiconBuilder {
    private LongIntMap counts = new LongIntMap(1 << 16);
    private final LongIntMap phrases = new LongIntMap(1 << 14);
    private int maxPhrase = 1;
    private final LongIntMap clusters = new LongIntMap(16);
    private final Map<String, String> latin = new TreeMap<>();

    void count(String norm, int n) {
        if (!norm.isEmpty()) {
            counts.add(WordHash.of(norm), n);
        }
    }

    /** Drops words seen fewer than {@code min} times, to keep the model small. */
    void pruneCounts(int min) {
        LongIntMap kept = new LongIntMap(counts.size() / 4 + 16);
        for (long k : counts.keys()) {
            int c = counts.get(k, 0);
            if (c >= min) {
                kept.put(k, c);
            }
        }
        counts = kept;
    }

    void cluster(String norm, int id) {
        clusters.put(WordHash.of(norm), id);
    }

    /** Adds a phrase with gazetteer classes (bits of {@link NerLexicon}). */
    void addPhrase(String phrase, int classes) {
        String norm = ArabicNormalizer.SEARCH.normalize(phrase).strip();
        if (norm.isEmpty() || norm.startsWith("====")) {
            return;
        }
        String[] words = norm.split("\\s+");
        long h = 0;
        for (String w : words) {
            h = NerLexicon.phraseHash(h, WordHash.of(w));
        }
        phrases.or(h, classes);
        maxPhrase = Math.max(maxPhrase, Math.min(words.length, 8));
    }

    /** Adds every non-empty line of a gazetteer file with {@code classes}. */
    void addGazetteerFile(Path file, int classes) {
        for (String line : NerCorpus.readLines(file)) {
            if (!line.isBlank() && !line.startsWith("====")) {
                addPhrase(line, classes);
            }
        }
    }

    /** Adds the Arabic names of the countries TSV (columns 5–8) as countries, with their English common names. */
    void addCountries(Path tsv) {
        boolean header = true;
        for (String line : NerCorpus.readLines(tsv)) {
            if (header) {
                header = false;
                continue;
            }
            String[] cols = line.split("\t", -1);
            if (cols.length < 8) {
                continue;
            }
            for (int c = 4; c < 8; c++) {
                if (!cols[c].isBlank()) {
                    addPhrase(cols[c], NerLexicon.COUNTRY | NerLexicon.LOC);
                    latin.putIfAbsent(ArabicNormalizer.SEARCH.normalize(cols[c].strip()), cols[2].strip());
                }
            }
        }
    }

    /** Adds naba's table of well-known entities (names and tagging aliases) with their types' classes. */
    void addKnownEntities(KnownEntities known) {
        for (KnownEntities.Entry e : known.entries()) {
            int classes = e.type() == EntityType.PERS ? NerLexicon.PERS
                    : e.type() == EntityType.LOC ? NerLexicon.LOC
                    : e.type() == EntityType.ORG ? NerLexicon.ORG : 0;
            if (classes == 0) {
                continue;
            }
            addPhrase(e.canonical(), classes);
            for (String alias : e.aliases()) {
                addPhrase(alias, classes);
            }
        }
    }

    NerLexicon build() {
        return new NerLexicon(counts, phrases, maxPhrase, clusters, latin);
    }
}
