package naba.morph;

import java.util.ArrayList;
import java.util.List;
import naba.text.Document;
import naba.text.InputException;
import naba.text.Layer;
import naba.text.Layers;
import naba.text.Sentence;
import naba.text.Token;
import naba.text.Word;

/**
 * Scores predicted tokens and words against gold CoNLL-U the way the CoNLL 2018 UD evaluation script
 * ({@code conll18_ud_eval.py}) does, so «للحكومة» predicted as {@code ل + الحكومة} matches the gold words even
 * though their forms are not substrings of the text:
 * <ol>
 * <li>Both sides are reduced to the sequence of non-whitespace characters of their token surfaces (multiword
 *     tokens by their range surface); the two sequences must be identical. Every token gets a character span in
 *     this sequence, and a token is correct when gold has a token with the same span.</li>
 * <li>A word of a single-word token has its token's span; words of a multiword token all have the whole token's
 *     span. Outside multiword tokens, words align when spans are equal. Where either side has a multiword token,
 *     the smallest region closed under overlapping multiword tokens is taken, and its gold and predicted words are
 *     aligned by the longest common subsequence of their forms (case-folded), as the script does.</li>
 * <li>Words P/R/F1 count aligned words; UPOS and Lemma count aligned words whose UPOS (lemma) also equals gold.
 *     Lemma is also scored with diacritics removed on both sides.</li>
 * </ol>
 * Stateless and thread-safe.
 */
public final class MorphEvaluator {
    private MorphEvaluator() {
    }

    /** The raw text to analyze for {@code gold}: its {@code # text} lines, one paragraph each. */
    public static String rawText(List<ConlluSentence> gold) {
        StringBuilder b = new StringBuilder();
        for (ConlluSentence s : gold) {
            if (s.text() == null) {
                throw new InputException("gold sentence " + (s.id() == null ? "#" + (gold.indexOf(s) + 1) : s.id())
                        + " has no '# text' line; add it or pass --pred");
            }
            b.append(s.text()).append("\n\n");
        }
        return b.toString();
    }

    /** The sentences, tokens and words of an analyzed document, as CoNLL-U sentences. */
    public static List<ConlluSentence> toConllu(Document document) {
        Layer<Sentence> sentences = document.layer(Layers.SENTENCES);
        Layer<Token> tokens = document.layer(Layers.TOKENS);
        Layer<Word> words = document.layer(Layers.WORDS);
        List<ConlluSentence> out = new ArrayList<>(sentences.size());
        int w = 0;
        int t = 0;
        for (int si = 0; si < sentences.size() || t < tokens.size(); si++) {
            int end = si < sentences.size() ? sentences.get(si).end() : Integer.MAX_VALUE;
            List<ConlluToken> sentenceTokens = new ArrayList<>();
            while (t < tokens.size() && tokens.get(t).start() < end) {
                List<ConlluWord> tw = new ArrayList<>(2);
                while (w < words.size() && words.get(w).token() == t) {
                    Word x = words.get(w);
                    tw.add(new ConlluWord(x.form(), x.lemma(), x.upos(), x.feats()));
                    w++;
                }
                Token token = tokens.get(t);
                if (tw.isEmpty()) {
                    tw.add(new ConlluWord(token.surface(), null, null, null));
                }
                sentenceTokens.add(new ConlluToken(token.surface(), tw));
                t++;
            }
            if (!sentenceTokens.isEmpty()) {
                out.add(new ConlluSentence(null, null, sentenceTokens));
            }
            if (si >= sentences.size() && t >= tokens.size()) {
                break;
            }
        }
        return out;
    }

    /** Lemma accuracy on gold words: tags each gold sentence's forms, lemmatizes them, compares with gold. */
    public static LemmaScore lemmaAccuracy(MorphModel model, List<ConlluSentence> gold) {
        int words = 0;
        int plain = 0;
        int exact = 0;
        for (ConlluSentence s : gold) {
            List<ConlluWord> ws = new ArrayList<>();
            for (ConlluToken t : s.tokens()) {
                ws.addAll(t.words());
            }
            String[] forms = new String[ws.size()];
            for (int i = 0; i < forms.length; i++) {
                forms[i] = ws.get(i).form();
            }
            String[] upos = model.tag(forms);
            for (int i = 0; i < forms.length; i++) {
                String g = ws.get(i).lemma();
                if (g == null) {
                    continue;
                }
                String p = model.lemma(forms[i], upos[i]);
                words++;
                if (p.equals(g)) {
                    exact++;
                }
                if (Diacritics.strip(p).equals(Diacritics.strip(g))) {
                    plain++;
                }
            }
        }
        return new LemmaScore(words, plain, exact);
    }

    /** Scores {@code system} against {@code gold}; both must cover the same non-whitespace characters. */
    public static MorphReport evaluate(List<ConlluSentence> gold, List<ConlluSentence> system) {
        Side g = new Side(gold);
        Side s = new Side(system);
        if (!g.chars.toString().equals(s.chars.toString())) {
            int i = 0;
            while (i < g.chars.length() && i < s.chars.length() && g.chars.charAt(i) == s.chars.charAt(i)) {
                i++;
            }
            throw new InputException("gold and predicted texts differ at non-space character " + i + ": gold '"
                    + excerpt(g.chars, i) + "', predicted '" + excerpt(s.chars, i)
                    + "'; the prediction must cover the gold text exactly");
        }
        // Tokens: equal spans.
        int tokenCorrect = 0;
        int a = 0;
        int b = 0;
        while (a < g.tokenStarts.size() && b < s.tokenStarts.size()) {
            int gs = g.tokenStarts.get(a);
            int ss = s.tokenStarts.get(b);
            if (gs == ss && g.tokenEnds.get(a).equals(s.tokenEnds.get(b))) {
                tokenCorrect++;
                a++;
                b++;
            } else if (gs <= ss) {
                a++;
            } else {
                b++;
            }
        }
        boolean goldHasLemmas = false;
        for (UdWord w : g.words) {
            if (w.lemma != null) {
                goldHasLemmas = true;
                break;
            }
        }
        int[] counts = new int[4]; // words, upos, lemma, lemmaPlain
        List<UdWord> gw = g.words;
        List<UdWord> sw = s.words;
        int gi = 0;
        int si = 0;
        while (gi < gw.size() && si < sw.size()) {
            if (gw.get(gi).multiword || sw.get(si).multiword) {
                int[] r = multiwordSpan(gw, sw, gi, si);
                int gs = r[0];
                int ss = r[1];
                gi = r[2];
                si = r[3];
                if (si > ss && gi > gs) {
                    int[][] lcs = lcs(gw, sw, gi, si, gs, ss);
                    int x = 0;
                    int y = 0;
                    while (x < gi - gs && y < si - ss) {
                        if (fold(gw.get(gs + x).form).equals(fold(sw.get(ss + y).form))) {
                            count(gw.get(gs + x), sw.get(ss + y), counts);
                            x++;
                            y++;
                        } else if (lcs[x][y] == (x + 1 < gi - gs ? lcs[x + 1][y] : 0)) {
                            x++;
                        } else {
                            y++;
                        }
                    }
                }
            } else {
                UdWord x = gw.get(gi);
                UdWord y = sw.get(si);
                if (x.start == y.start && x.end == y.end) {
                    count(x, y, counts);
                    gi++;
                    si++;
                } else if (x.start <= y.start) {
                    gi++;
                } else {
                    si++;
                }
            }
        }
        int gn = gw.size();
        int sn = sw.size();
        return new MorphReport(new MorphScore(g.tokenStarts.size(), s.tokenStarts.size(), tokenCorrect),
                new MorphScore(gn, sn, counts[0]), new MorphScore(gn, sn, counts[1]),
                goldHasLemmas ? new MorphScore(gn, sn, counts[2]) : null,
                goldHasLemmas ? new MorphScore(gn, sn, counts[3]) : null);
    }

    private static void count(UdWord g, UdWord s, int[] counts) {
        counts[0]++;
        if (g.upos != null && g.upos.equals(s.upos)) {
            counts[1]++;
        }
        if (g.lemma != null && g.lemma.equals(s.lemma)) {
            counts[2]++;
        }
        if (g.lemma != null && s.lemma != null && Diacritics.strip(g.lemma).equals(Diacritics.strip(s.lemma))) {
            counts[3]++;
        }
    }

    /** conll18_ud_eval.find_multiword_span: returns {gs, ss, gi, si}. */
    private static int[] multiwordSpan(List<UdWord> gw, List<UdWord> sw, int gi, int si) {
        int end;
        if (gw.get(gi).multiword) {
            end = gw.get(gi).end;
            if (!sw.get(si).multiword && sw.get(si).start < gw.get(gi).start) {
                si++;
            }
        } else {
            end = sw.get(si).end;
            if (!gw.get(gi).multiword && gw.get(gi).start < sw.get(si).start) {
                gi++;
            }
        }
        int gs = gi;
        int ss = si;
        while (!beyondEnd(gw, gi, end) || !beyondEnd(sw, si, end)) {
            if (gi < gw.size() && (si >= sw.size() || gw.get(gi).start <= sw.get(si).start)) {
                end = extendEnd(gw.get(gi), end);
                gi++;
            } else {
                end = extendEnd(sw.get(si), end);
                si++;
            }
        }
        return new int[] {gs, ss, gi, si};
    }

    private static boolean beyondEnd(List<UdWord> words, int i, int end) {
        if (i >= words.size()) {
            return true;
        }
        UdWord w = words.get(i);
        return w.multiword ? w.start >= end : w.end > end;
    }

    private static int extendEnd(UdWord w, int end) {
        return w.multiword && w.end > end ? w.end : end;
    }

    private static int[][] lcs(List<UdWord> gw, List<UdWord> sw, int gi, int si, int gs, int ss) {
        int n = gi - gs;
        int m = si - ss;
        int[][] t = new int[n][m];
        for (int x = n - 1; x >= 0; x--) {
            for (int y = m - 1; y >= 0; y--) {
                if (fold(gw.get(gs + x).form).equals(fold(sw.get(ss + y).form))) {
                    t[x][y] = 1 + (x + 1 < n && y + 1 < m ? t[x + 1][y + 1] : 0);
                }
                t[x][y] = Math.max(t[x][y], x + 1 < n ? t[x + 1][y] : 0);
                t[x][y] = Math.max(t[x][y], y + 1 < m ? t[x][y + 1] : 0);
            }
        }
        return t;
    }

    private static String fold(String s) {
        return s.toLowerCase(java.util.Locale.ROOT);
    }

    private static String excerpt(CharSequence s, int i) {
        return s.subSequence(Math.max(0, i - 10), Math.min(s.length(), i + 10)).toString();
    }

    private static boolean ignorable(char c) {
        return Character.isWhitespace(c) || Character.getType(c) == Character.FORMAT || Character.isSpaceChar(c);
    }

    /** One word with the character span of its token (the whole token's for multiword tokens). */
    private record UdWord(int start, int end, boolean multiword, String form, String upos, String lemma) {
    }

    /** The character sequence, token spans and words of one side. */
    private static final class Side {
        final StringBuilder chars = new StringBuilder();
        final List<Integer> tokenStarts = new ArrayList<>();
        final List<Integer> tokenEnds = new ArrayList<>();
        final List<UdWord> words = new ArrayList<>();

        Side(List<ConlluSentence> sentences) {
            for (ConlluSentence s : sentences) {
                for (ConlluToken t : s.tokens()) {
                    int start = chars.length();
                    String surface = t.surface();
                    for (int i = 0; i < surface.length(); i++) {
                        char c = surface.charAt(i);
                        if (!ignorable(c)) {
                            chars.append(c);
                        }
                    }
                    int end = chars.length();
                    if (end == start) {
                        continue;
                    }
                    tokenStarts.add(start);
                    tokenEnds.add(end);
                    boolean multi = t.isMultiword();
                    for (ConlluWord w : t.words()) {
                        words.add(new UdWord(start, end, multi, w.form(), w.upos(), w.lemma()));
                    }
                }
            }
        }
    }
}
