package naba.morph;

import java.util.List;
import naba.ml.FeatureHash;
import naba.ml.FeatureSequence;

/**
 * Feature templates of the three morphology models. The template names are stored in the model file, and
 * {@link MorphModel#load} refuses a model whose names differ from {@link #TEMPLATES}, since ids are hashes of
 * template numbers and a changed template would silently score garbage.
 */
final class MorphFeatures {
    /** Names of every template, in template-number order within each model; bump when any extraction changes. */
    static final List<String> TEMPLATES = List.of(
            "seg:bias,token,prefix1-5,suffix1-5,length,shape,prev,next,prefix2+suffix2,prev-suffix1,"
                    + "news-code(token),news-code(token minus prefix0-2 and suffix0-3),news-code(ال+token minus لل)",
            "pos:bias,form,prefix1-3,suffix1-4,length,shape,prev,next,prev2,next2,prev-suffix2,next-prefix2,"
                    + "prev+form,form+next,single-letter,news-code,news-code+suffix1,prev-news-code,next-news-code,"
                    + "article(prev,form,next),article-agreement+suffix1(prev,form),names(form),names(prev+form),names(next),"
                    + "prefix1-2-after-article,next-suffix2",
            "lemma:bias,class,suffix1-4,prefix1-3,class+suffix1-3,class+prefix1-2,length");

    private static final int BIAS = 1;
    private static final int WHOLE = 2;
    private static final int PREFIX = 10;
    private static final int SUFFIX = 20;
    private static final int LENGTH = 30;
    private static final int SHAPE = 31;
    private static final int PREV = 32;
    private static final int NEXT = 33;
    private static final int PREV2 = 34;
    private static final int NEXT2 = 35;
    private static final int PREV_SUFFIX = 36;
    private static final int NEXT_PREFIX = 37;
    private static final int PREV_FORM = 38;
    private static final int FORM_NEXT = 39;
    private static final int PREFIX_SUFFIX = 40;
    private static final int CLASS = 41;
    private static final int CLASS_SUFFIX = 50;
    private static final int CLASS_PREFIX = 60;
    private static final int BOUNDARY = 70;
    private static final int CODE = 71;
    private static final int LAM_LAM_CODE = 79;
    private static final int ARTICLES = 77;
    private static final int NAMES = 95;
    private static final int AFTER_ARTICLE = 100;
    private static final int NEXT_SUFFIX = 102;
    private static final int AGREEMENT = 78;
    private static final int STRIPPED_CODE = 80;
    private static final char LAM = '\u0644';
    private static final String ARTICLE = "\u0627\u0644";
    private static final int CODE_SUFFIX = 72;
    private static final int PREV_CODE = 73;
    private static final int NEXT_CODE = 74;

    private MorphFeatures() {
    }

    /** Features of token {@code i} for the segmentation classifier. */
    static void segmentation(String[] tokens, int i, CorpusStatistics stats, FeatureSequence out) {
        String t = tokens[i];
        int n = t.length();
        out.nextPosition();
        out.add(FeatureHash.of(BIAS, 0));
        out.add(FeatureHash.of(WHOLE, t, 0, n));
        for (int k = 1; k <= 5 && k <= n; k++) {
            out.add(FeatureHash.of(PREFIX + k, t, 0, k));
            out.add(FeatureHash.of(SUFFIX + k, t, n - k, n));
        }
        out.add(FeatureHash.of(LENGTH, Math.min(n, 15)));
        out.add(FeatureHash.of(SHAPE, shape(t)));
        if (n >= 2) {
            out.add(FeatureHash.combine(FeatureHash.of(PREFIX_SUFFIX, t, 0, 2), FeatureHash.of(SUFFIX, t, n - 2, n)));
        }
        addNeighbour(PREV, tokens, i - 1, out);
        addNeighbour(NEXT, tokens, i + 1, out);
        if (i > 0 && !tokens[i - 1].isEmpty()) {
            String p = tokens[i - 1];
            out.add(FeatureHash.of(PREV_SUFFIX, p, p.length() - 1, p.length()));
        }
        // Is what remains after stripping candidate clitics a word of its own in news text?
        out.add(FeatureHash.of(STRIPPED_CODE, stats.code("", t, 0, n)));
        for (int kp = 0; kp <= 2; kp++) {
            for (int ks = 0; ks <= 3; ks++) {
                if ((kp == 0 && ks == 0) || kp + ks >= n) {
                    continue;
                }
                int code = stats.code("", t, kp, n - ks);
                int clitics = FeatureHash.combine(FeatureHash.of(STRIPPED_CODE + 1 + kp * 4 + ks, t, 0, kp),
                        FeatureHash.of(SUFFIX, t, n - ks, n));
                out.add(FeatureHash.combine(clitics, code));
            }
        }
        if (n > 3 && t.charAt(0) == LAM && t.charAt(1) == LAM) {
            out.add(FeatureHash.of(LAM_LAM_CODE, stats.code(ARTICLE, t, 2, n)));
        }
    }

    /** Features of word {@code i} for the UPOS tagger. */
    static void tagging(String[] forms, int[] codes, int i, FeatureSequence out) {
        String w = forms[i];
        int n = w.length();
        out.nextPosition();
        out.add(FeatureHash.of(BIAS, 0));
        int whole = FeatureHash.of(WHOLE, w, 0, n);
        out.add(whole);
        for (int k = 1; k <= 3 && k < n; k++) {
            out.add(FeatureHash.of(PREFIX + k, w, 0, k));
        }
        for (int k = 1; k <= 4 && k < n; k++) {
            out.add(FeatureHash.of(SUFFIX + k, w, n - k, n));
        }
        out.add(FeatureHash.of(LENGTH, Math.min(n, 12)));
        out.add(FeatureHash.of(SHAPE, shape(w)));
        int prev = addNeighbour(PREV, forms, i - 1, out);
        int next = addNeighbour(NEXT, forms, i + 1, out);
        addNeighbour(PREV2, forms, i - 2, out);
        addNeighbour(NEXT2, forms, i + 2, out);
        if (i > 0) {
            String p = forms[i - 1];
            out.add(FeatureHash.of(PREV_SUFFIX, p, Math.max(0, p.length() - 2), p.length()));
        }
        if (i + 1 < forms.length) {
            String q = forms[i + 1];
            out.add(FeatureHash.of(NEXT_PREFIX, q, 0, Math.min(2, q.length())));
        }
        out.add(FeatureHash.combine(FeatureHash.of(PREV_FORM, prev), whole));
        out.add(FeatureHash.combine(FeatureHash.of(FORM_NEXT, next), whole));
        int article = hasArticle(w) ? 1 : 0;
        int prevArticle = i > 0 ? (hasArticle(forms[i - 1]) ? 1 : 0) : -1;
        int nextArticle = i + 1 < forms.length ? (hasArticle(forms[i + 1]) ? 1 : 0) : -1;
        out.add(FeatureHash.of(ARTICLES, prevArticle * 9 + article * 3 + nextArticle));
        if (i > 0 && n > 0 && !forms[i - 1].isEmpty()) {
            String p = forms[i - 1];
            out.add(FeatureHash.combine(FeatureHash.of(AGREEMENT, prevArticle, article),
                    FeatureHash.combine(FeatureHash.of(SUFFIX, p, p.length() - 1, p.length()),
                            FeatureHash.of(SUFFIX, w, n - 1, n))));
        }
        if (article == 1 && n > 3) {
            out.add(FeatureHash.of(AFTER_ARTICLE, w, 2, 3));
            out.add(FeatureHash.of(AFTER_ARTICLE + 1, w, 2, Math.min(4, n)));
        }
        if (i + 1 < forms.length) {
            String q = forms[i + 1];
            out.add(FeatureHash.of(NEXT_SUFFIX, q, Math.max(0, q.length() - 2), q.length()));
        }
        int code = codes[i] & 0xFF;
        out.add(FeatureHash.of(CODE, code));
        out.add(FeatureHash.combine(FeatureHash.of(CODE_SUFFIX, code), FeatureHash.of(SUFFIX, w, n - 1, n)));
        out.add(FeatureHash.of(PREV_CODE, i > 0 ? codes[i - 1] & 0xFF : -1));
        out.add(FeatureHash.of(NEXT_CODE, i + 1 < codes.length ? codes[i + 1] & 0xFF : -1));
        int names = codes[i] >>> 8;
        if (names != 0) {
            out.add(FeatureHash.of(NAMES, names));
        }
        out.add(FeatureHash.of(NAMES + 1, i > 0 ? codes[i - 1] >>> 8 : -1, names));
        out.add(FeatureHash.of(NAMES + 2, i + 1 < codes.length ? codes[i + 1] >>> 8 : -1));
        if (n == 1) {
            out.add(FeatureHash.of(BOUNDARY, w.charAt(0), i + 1 < forms.length ? shape(forms[i + 1]) : -1));
        }
    }

    /** Features of a plain (diacritic-free) form of the given lemma class for the lemma-edit classifier. */
    static void lemma(String form, String lemmaClass, FeatureSequence out) {
        int n = form.length();
        out.nextPosition();
        out.add(FeatureHash.of(BIAS, 0));
        int cls = FeatureHash.of(CLASS, lemmaClass, 0, lemmaClass.length());
        out.add(cls);
        for (int k = 1; k <= 4 && k < n; k++) {
            int s = FeatureHash.of(SUFFIX + k, form, n - k, n);
            out.add(s);
            if (k <= 3) {
                out.add(FeatureHash.combine(FeatureHash.of(CLASS_SUFFIX + k, 0), FeatureHash.combine(cls, s)));
            }
        }
        for (int k = 1; k <= 3 && k < n; k++) {
            int p = FeatureHash.of(PREFIX + k, form, 0, k);
            out.add(p);
            if (k <= 2) {
                out.add(FeatureHash.combine(FeatureHash.of(CLASS_PREFIX + k, 0), FeatureHash.combine(cls, p)));
            }
        }
        out.add(FeatureHash.of(LENGTH, Math.min(n, 12)));
    }

    private static boolean hasArticle(String w) {
        return w.length() > 2 && w.charAt(0) == '\u0627' && w.charAt(1) == LAM;
    }

    private static int addNeighbour(int template, String[] items, int j, FeatureSequence out) {
        int f = j < 0 ? FeatureHash.of(template, -1) : j >= items.length ? FeatureHash.of(template, -2)
                : FeatureHash.of(template, items[j], 0, items[j].length());
        out.add(f);
        return f;
    }

    /** 0 Arabic letters, 1 digits, 2 Latin, 3 punctuation, 4 other; from the first and last characters. */
    static int shape(String s) {
        if (s.isEmpty()) {
            return 4;
        }
        return classOf(s.charAt(0)) * 5 + classOf(s.charAt(s.length() - 1));
    }

    private static int classOf(char c) {
        if (c >= '\u0600' && c <= '\u06FF') {
            return Character.isDigit(c) ? 1 : Character.isLetter(c) ? 0 : 3;
        }
        if (Character.isDigit(c)) {
            return 1;
        }
        if (Character.isLetter(c)) {
            return 2;
        }
        return Character.isLetterOrDigit(c) ? 4 : 3;
    }
}
