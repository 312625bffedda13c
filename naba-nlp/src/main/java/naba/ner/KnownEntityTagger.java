package naba.ner;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A rule-based {@link SpanTagger} that finds the names of a {@link KnownEntities} table (canonical names and tagging
 * aliases) in a sentence, longest match first, after the proclitics of the first token: in «ومهام مكافحة داعش» it finds
 * «داعش» (ORG); in «بين موسكو وواشنطن» it finds «واشنطن» after the «و». Immutable and thread-safe.
 */
public final class KnownEntityTagger implements SpanTagger {
    /**
     * A match: tokens {@code [start, end)}, the number of proclitic characters of the first token's normalized form,
     * and the table entry.
     */
    record Match(int start, int end, int cut, KnownEntities.Entry entry) {
    }

    private record Phrase(String[] words, long[] hashes, KnownEntities.Entry entry) {
    }

    /** Phrases grouped by first word; looked up by the 64-bit hash of the first word, without building strings. */
    private final List<List<Phrase>> groups = new ArrayList<>();
    private final LongIntMap byFirstWord = new LongIntMap(64);

    private static long[] hashes(String[] words) {
        long[] out = new long[words.length];
        for (int k = 0; k < words.length; k++) {
            out[k] = WordHash.of(words[k]);
        }
        return out;
    }

    public KnownEntityTagger(KnownEntities known) {
        Map<String, List<Phrase>> grouped = new HashMap<>();
        for (Map.Entry<String, Integer> e : known.taggableNames().entrySet()) {
            String[] words = e.getKey().split(" ");
            grouped.computeIfAbsent(words[0], k -> new ArrayList<>())
                    .add(new Phrase(words, hashes(words), known.entries().get(e.getValue())));
        }
        grouped.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
            List<Phrase> phrases = e.getValue();
            phrases.sort(Comparator.comparingInt((Phrase p) -> -p.words().length)
                    .thenComparing(p -> String.join(" ", p.words())));
            byFirstWord.put(WordHash.of(e.getKey()), groups.size() + 1);
            groups.add(phrases);
        });
    }

    @Override
    public List<TokenSpan> tag(List<String> tokens) {
        String[] norms = NerFeatures.normalize(tokens);
        List<TokenSpan> out = new ArrayList<>();
        for (Match m : matches(norms)) {
            out.add(new TokenSpan(m.start(), m.end(), m.entry().type(), 1f));
        }
        return out;
    }

    /** Non-overlapping matches in SEARCH-normalized tokens, left to right, longest first. */
    List<Match> matches(String[] norms) {
        List<Match> out = new ArrayList<>();
        int i = 0;
        while (i < norms.length) {
            Match best = matchAt(norms, i);
            if (best == null) {
                i++;
            } else {
                out.add(best);
                i = best.end();
            }
        }
        return out;
    }

    private Match matchAt(String[] norms, int i) {
        String t = norms[i];
        Match best = null;
        for (int cut = 0; cut <= 2 && cut < t.length(); cut++) {
            if (cut > 0 && !ProcliticStripper.isProcliticLetter(t.charAt(cut - 1))) {
                break;
            }
            best = longer(best, tryFirst(norms, i, WordHash.of(t, cut, t.length()), cut));
            long restored = ProcliticStripper.restoredArticle(t, cut); // «للامم» = ل + «الامم»
            if (restored != 0) {
                best = longer(best, tryFirst(norms, i, restored, cut));
            }
        }
        return best;
    }

    private static Match longer(Match a, Match b) {
        if (a == null) {
            return b;
        }
        return b != null && b.end() > a.end() ? b : a;
    }

    private Match tryFirst(String[] norms, int i, long firstWordHash, int cut) {
        int group = byFirstWord.get(firstWordHash, 0);
        if (group == 0) {
            return null;
        }
        List<Phrase> phrases = groups.get(group - 1);
        for (Phrase p : phrases) {
            int n = p.words().length;
            if (i + n > norms.length) {
                continue;
            }
            boolean ok = true;
            for (int k = 1; k < n && ok; k++) {
                // By hash: «عيسى» in the text is «عيسي» in the table (WordHash reads a final «ى» as «ي»).
                ok = p.hashes()[k] == WordHash.of(norms[i + k]);
            }
            if (ok) {
                return new Match(i, i + n, cut, p.entry());
            }
        }
        return null;
    }
}
