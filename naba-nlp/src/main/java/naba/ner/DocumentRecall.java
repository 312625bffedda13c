package naba.ner;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import naba.text.EntityType;

/**
 * The document pass of the CoNLL-level tagger: names the model tagged in one of the previous sentences are tagged
 * again where the model missed them. After «قال وزير الخارجية الأميركي جون كيري» (PERS «جون كيري»), a later
 * «واضاف كيري» gets PERS «كيري»: every tagged span is remembered as a whole, and a multi-word person's
 * {@link PersonSurname} alone.
 * On the ANERcorp dev split this raised F1 by 0.9 (recall of persons and organizations).
 * Words are compared SEARCH-normalized and without proclitics («وكيري» = «كيري»); in a name of several words, also
 * with the article that ل dropped written again («للبنك التجاري» = «البنك التجاري»). A one-word name is compared
 * as written after its proclitics: «للاتفاق» after a wrongly tagged «الاتفاق» is no name, nor «لله» after «الله».
 *
 * <p>Not thread-safe; one instance per document (a run of consecutive sentences).
 */
final class DocumentRecall {
    /** Score of a recalled span (the model gave it none). */
    private static final float SCORE = 0.5f;
    /** Longest remembered span, in tokens. */
    private static final int MAX_LENGTH = 6;
    /**
     * Shortest single-word name remembered (and, in {@link NamedEntityTagger}, repeated or kept alone): two-letter
     * words («له», «يا», «أم», «لي») are mostly function words.
     */
    static final int MIN_SINGLE = 3;

    private final int window;
    private final ProcliticStripper stripper;
    /** Proclitic-free forms joined by spaces → {type ordinal, sentence index where last tagged}. */
    private final Map<String, int[]> seen = new HashMap<>();
    private int sentence;

    /**
     * @param window   how many previous sentences are remembered
     * @param stripper what takes proclitics off the words
     */
    DocumentRecall(int window, ProcliticStripper stripper) {
        this.window = window;
        this.stripper = stripper;
    }

    /**
     * The model's spans of the next sentence plus the recalled ones, ordered by start; then remembers them.
     *
     * @param norms the sentence's tokens, normalized
     * @param spans the model's spans, ordered, not overlapping
     */
    List<TokenSpan> next(String[] norms, List<TokenSpan> spans) {
        int n = norms.length;
        String[] bare = new String[n];
        String[] articled = new String[n];
        for (int i = 0; i < n; i++) {
            int cut = stripper.strip(norms[i]);
            bare[i] = norms[i].substring(cut);
            articled[i] = stripper.rest(norms[i], cut);
        }
        boolean[] covered = new boolean[n];
        for (TokenSpan s : spans) {
            for (int i = s.start(); i < s.end(); i++) {
                covered[i] = true;
            }
        }
        List<TokenSpan> out = new ArrayList<>(spans.size() + 2);
        int next = 0;
        for (int i = 0; i < n; i++) {
            while (next < spans.size() && spans.get(next).start() <= i) {
                out.add(spans.get(next++));
            }
            if (covered[i]) {
                continue;
            }
            int found = 0;
            int type = -1;
            StringBuilder key = new StringBuilder();
            for (int len = 1; len <= MAX_LENGTH && i + len <= n && !covered[i + len - 1]; len++) {
                if (len > 1) {
                    key.append(' ');
                }
                key.append(articled[i + len - 1]);
                int[] hit = seen.get(len == 1 ? bare[i] : key.toString());
                if (hit != null && sentence - hit[1] <= window) {
                    found = len;
                    type = hit[0];
                }
            }
            if (found > 0) {
                out.add(new TokenSpan(i, i + found, EntityType.values()[type], SCORE));
                i += found - 1;
            }
        }
        while (next < spans.size()) {
            out.add(spans.get(next++));
        }
        for (TokenSpan s : out) {
            int len = s.end() - s.start();
            if (len > MAX_LENGTH || len == 1 && bare[s.start()].length() < MIN_SINGLE) {
                continue;
            }
            seen.put(String.join(" ", Arrays.asList(len == 1 ? bare : articled).subList(s.start(), s.end())),
                    new int[] {s.type().ordinal(), sentence});
            int surname = s.type() == EntityType.PERS ? PersonSurname.start(bare, s.start(), s.end()) : -1;
            if (surname >= 0) {
                seen.put(String.join(" ", Arrays.asList(s.end() - surname == 1 ? bare : articled)
                        .subList(surname, s.end())),
                        new int[] {s.type().ordinal(), sentence});
            }
        }
        sentence++;
        return out;
    }
}
