package naba.ner;

import java.util.List;
import naba.ml.FeatureHash;
import naba.ml.FeatureSequence;
import naba.normalize.ArabicNormalizer;

/**
 * The feature templates of the NER tagger, computed from SEARCH-normalized tokens. For «ووصل جون كيري» the token
 * «كيري» gets: its form, its form without proclitics, its neighbours' forms, affixes, shape, gazetteer classes of
 * the phrases covering it («جون كيري» as a person), its word cluster, its frequency class, and its and its
 * neighbours' parts of speech ({@link PartsOfSpeech}).
 *
 * <p>Immutable and thread-safe; {@link #extract} allocates a few arrays per sentence, nothing per feature.
 */
final class NerFeatures {
    /** Template names, in id order; stored in the model file and checked on load. */
    static final List<String> TEMPLATES = List.of("bias", "w0", "s0", "w-1", "w+1", "w-2", "w+2", "s-1", "s+1",
            "w-1w0", "w0w+1", "pre2", "pre3", "suf1", "suf2", "suf3", "clitic+shape", "shape", "gaz", "gaz-1",
            "gaz+1", "cl0", "clc0", "cl-1", "cl+1", "freq", "stem", "s-1s0", "s0s+1", "cl-1cl0", "cl0cl+1", "pos0",
            "pos-1", "pos+1", "pos-1pos0", "pos0pos+1", "pos0s0");

    private static final int BIAS = 0;
    private static final int W0 = 1;
    private static final int S0 = 2;
    private static final int WM1 = 3;
    private static final int WP1 = 4;
    private static final int WM2 = 5;
    private static final int WP2 = 6;
    private static final int SM1 = 7;
    private static final int SP1 = 8;
    private static final int W_M1_0 = 9;
    private static final int W_0_P1 = 10;
    private static final int PRE2 = 11;
    private static final int PRE3 = 12;
    private static final int SUF1 = 13;
    private static final int SUF2 = 14;
    private static final int SUF3 = 15;
    private static final int CLITIC_SHAPE = 16;
    private static final int SHAPE = 17;
    private static final int GAZ = 18;
    private static final int GAZ_M1 = 19;
    private static final int GAZ_P1 = 20;
    private static final int CL0 = 21;
    private static final int CLC0 = 22;
    private static final int CLM1 = 23;
    private static final int CLP1 = 24;
    private static final int FREQ = 25;
    private static final int STEM = 26;
    private static final int S_M1_0 = 27;
    private static final int S_0_P1 = 28;
    private static final int CL_M1_0 = 29;
    private static final int CL_0_P1 = 30;
    private static final int POS0 = 31;
    private static final int POSM1 = 32;
    private static final int POSP1 = 33;
    private static final int POS_M1_0 = 34;
    private static final int POS_0_P1 = 35;
    private static final int POS0_S0 = 36;

    private static final int BOUNDARY = FeatureHash.of(99, 0x7fff);
    private static final char ALEF = '\u0627';
    private static final char LAM = '\u0644';

    private final NerLexicon lexicon;
    private final ProcliticStripper stripper;

    NerFeatures(NerLexicon lexicon) {
        this.lexicon = lexicon;
        this.stripper = new ProcliticStripper(lexicon);
    }

    NerLexicon lexicon() {
        return lexicon;
    }

    ProcliticStripper stripper() {
        return stripper;
    }

    /** Hash of each token's proclitic-free form (what {@link StackFeatures} compares). */
    long[] bare(String[] norms) {
        long[] out = new long[norms.length];
        for (int i = 0; i < norms.length; i++) {
            String t = norms[i];
            out[i] = WordHash.of(t, stripper.strip(t), t.length());
        }
        return out;
    }

    static final char ALEF_MAKSURA = '\u0649';
    static final char YEH = '\u064A';

    /** The tagger's forms of tokens as written ({@link #form}), which every feature is computed from. */
    static String[] normalize(List<String> tokens) {
        String[] out = new String[tokens.size()];
        for (int i = 0; i < out.length; i++) {
            String t = tokens.get(i);
            out[i] = form(ArabicNormalizer.SEARCH.normalize(t), t);
        }
        return out;
    }

    /**
     * The tagger's form of a token: its SEARCH normalization {@code search}, except that a final «ى» of the
     * {@code surface} stays «ى». SEARCH writes the preposition «على» as the name «علي»; the words' own features keep
     * them apart, while word statistics and gazetteers ({@link WordHash}) still treat them as one.
     */
    static String form(String search, String surface) {
        int last = search.length() - 1;
        if (last < 0 || search.charAt(last) != YEH) {
            return search;
        }
        for (int i = surface.length() - 1; i >= 0; i--) {
            char c = surface.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK || c == '\u0640') {
                continue; // diacritics and tatweel after the letter
            }
            return c == ALEF_MAKSURA ? search.substring(0, last) + ALEF_MAKSURA : search;
        }
        return search;
    }

    /**
     * Fills {@code fs} (cleared first) with one position per token of {@code norms}; {@code pos} holds the tokens'
     * {@link PartsOfSpeech} codes.
     */
    void extract(String[] norms, byte[] pos, FeatureSequence fs) {
        extract(norms, pos, fs, null, null);
    }

    /**
     * As {@link #extract(String[], byte[], FeatureSequence)}, with two options. Tokens with a non-zero
     * {@code masks[i]} take that value as their word identity (a value seen nowhere else), so they look like words
     * absent from the training data. A non-null {@code bare} (one entry per token) receives what {@link #bare}
     * returns, computed on the way.
     */
    void extract(String[] norms, byte[] pos, FeatureSequence fs, int[] masks, long[] bare) {
        fs.clear();
        int n = norms.length;
        int[] w = new int[n];
        int[] s = new int[n];
        int[] cl = new int[n];
        int[] gazWord = new int[n];
        int[] gazPos = new int[n];
        int[] cut = new int[n];
        if (pos.length != n) {
            throw new IllegalArgumentException("ner features: " + n + " tokens but " + pos.length + " parts of speech");
        }
        long[] sh = bare != null ? bare : new long[n];
        for (int i = 0; i < n; i++) {
            String t = norms[i];
            cut[i] = stripper.strip(t);
            w[i] = FeatureHash.of(W0, t, 0, t.length());
            s[i] = FeatureHash.of(S0, t, cut[i], t.length());
            sh[i] = WordHash.of(t, cut[i], t.length());
            cl[i] = lexicon.cluster(sh[i]);
            gazWord[i] = lexicon.phraseClasses(sh[i]);
            if (masks != null && masks[i] != 0) {
                w[i] = FeatureHash.of(W0, masks[i]);
                s[i] = FeatureHash.of(S0, masks[i]);
            }
        }
        markPhrases(norms, sh, n, gazPos);
        for (int i = 0; i < n; i++) {
            String t = norms[i];
            int from = cut[i];
            int len = t.length() - from;
            fs.nextPosition();
            fs.add(FeatureHash.of(BIAS, 1));
            fs.add(FeatureHash.combine(W0, w[i]));
            fs.add(FeatureHash.combine(S0, s[i]));
            int wm1 = i > 0 ? w[i - 1] : BOUNDARY;
            int wp1 = i + 1 < n ? w[i + 1] : BOUNDARY;
            int sm1 = i > 0 ? s[i - 1] : BOUNDARY;
            int sp1 = i + 1 < n ? s[i + 1] : BOUNDARY;
            fs.add(FeatureHash.combine(WM1, wm1));
            fs.add(FeatureHash.combine(WP1, wp1));
            fs.add(FeatureHash.combine(WM2, i > 1 ? w[i - 2] : BOUNDARY));
            fs.add(FeatureHash.combine(WP2, i + 2 < n ? w[i + 2] : BOUNDARY));
            fs.add(FeatureHash.combine(SM1, sm1));
            fs.add(FeatureHash.combine(SP1, sp1));
            fs.add(FeatureHash.combine(FeatureHash.combine(W_M1_0, wm1), w[i]));
            fs.add(FeatureHash.combine(FeatureHash.combine(W_0_P1, w[i]), wp1));
            fs.add(FeatureHash.combine(FeatureHash.combine(S_M1_0, sm1), s[i]));
            fs.add(FeatureHash.combine(FeatureHash.combine(S_0_P1, s[i]), sp1));
            if (len >= 3) {
                fs.add(FeatureHash.of(PRE2, t, from, from + 2));
                fs.add(FeatureHash.of(PRE3, t, from, from + 3));
                fs.add(FeatureHash.of(SUF1, t, t.length() - 1, t.length()));
                fs.add(FeatureHash.of(SUF2, t, t.length() - 2, t.length()));
            }
            if (len >= 4) {
                fs.add(FeatureHash.of(SUF3, t, t.length() - 3, t.length()));
            }
            int shape = shape(t, from);
            fs.add(FeatureHash.of(SHAPE, shape));
            fs.add(FeatureHash.combine(FeatureHash.of(CLITIC_SHAPE, t, 0, from), shape));
            boolean article = len > 4 && t.charAt(from) == ALEF && t.charAt(from + 1) == LAM;
            if (article) {
                fs.add(FeatureHash.of(STEM, t, from + 2, t.length()));
            }
            addGazetteer(fs, GAZ, gazWord[i] | (gazPos[i] << NerLexicon.CLASS_COUNT));
            fs.add(FeatureHash.of(GAZ_M1, i > 0 ? gazWord[i - 1] : -1));
            fs.add(FeatureHash.of(GAZ_P1, i + 1 < n ? gazWord[i + 1] : -1));
            if (lexicon.hasClusters()) {
                // Packed ids: coarse << 16 | fine; -1 unknown word, -2 sentence boundary.
                int c0 = cl[i];
                int cm1 = i > 0 ? cl[i - 1] : -2;
                int cp1 = i + 1 < n ? cl[i + 1] : -2;
                fs.add(FeatureHash.of(CL0, fine(c0)));
                fs.add(FeatureHash.of(CLC0, coarse(c0)));
                fs.add(FeatureHash.of(CLM1, fine(cm1)));
                fs.add(FeatureHash.of(CLP1, fine(cp1)));
                fs.add(FeatureHash.of(CL_M1_0, coarse(cm1), fine(c0)));
                fs.add(FeatureHash.of(CL_0_P1, fine(c0), coarse(cp1)));
            }
            fs.add(FeatureHash.of(FREQ, frequencyClass(lexicon.count(sh[i]))));
            int pm1 = i > 0 ? pos[i - 1] : -1;
            int pp1 = i + 1 < n ? pos[i + 1] : -1;
            fs.add(FeatureHash.of(POS0, pos[i]));
            fs.add(FeatureHash.of(POSM1, pm1));
            fs.add(FeatureHash.of(POSP1, pp1));
            fs.add(FeatureHash.of(POS_M1_0, pm1, pos[i]));
            fs.add(FeatureHash.of(POS_0_P1, pos[i], pp1));
            fs.add(FeatureHash.combine(FeatureHash.of(POS0_S0, pos[i]), s[i]));
        }
    }

    /** One feature per gazetteer class bit set in {@code bits} (word classes, then phrase B/I/S positions). */
    private static void addGazetteer(FeatureSequence fs, int template, int bits) {
        if (bits == 0) {
            fs.add(FeatureHash.of(template, 0));
            return;
        }
        while (bits != 0) {
            int bit = Integer.numberOfTrailingZeros(bits);
            fs.add(FeatureHash.of(template, bit + 1));
            bits &= bits - 1;
        }
    }

    /**
     * Marks tokens covered by multi-word gazetteer phrases: for each class, whether the token begins (B) or
     * continues (I) a phrase. Longest match per start; the first word is matched without proclitics.
     */
    private void markPhrases(String[] norms, long[] stripped, int n, int[] gazPos) {
        int max = lexicon.maxPhrase();
        if (max < 2) {
            return;
        }
        long[] whole = new long[n];
        for (int i = 0; i < n; i++) {
            whole[i] = WordHash.of(norms[i]);
        }
        for (int i = 0; i < n; i++) {
            long h = stripped[i];
            int bestLen = 0;
            int bestClasses = 0;
            for (int len = 2; len <= max && i + len <= n; len++) {
                h = NerLexicon.phraseHash(h, whole[i + len - 1]);
                int classes = lexicon.phraseClasses(h);
                if (classes != 0) {
                    bestLen = len;
                    bestClasses = classes;
                }
            }
            if (bestLen == 0) {
                continue;
            }
            for (int j = i; j < i + bestLen; j++) {
                // Bits: [0, CLASS_COUNT) for B, [CLASS_COUNT, 2*CLASS_COUNT) for I.
                gazPos[j] |= j == i ? bestClasses : bestClasses << NerLexicon.CLASS_COUNT;
            }
        }
    }

    /** Coarse shape: script class, article, and length bucket. */
    static int shape(String t, int from) {
        int arabic = 0;
        int latin = 0;
        int digit = 0;
        int other = 0;
        for (int i = from; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c >= '\u0600' && c <= '\u06FF') {
                arabic++;
            } else if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
                latin++;
            } else if (c >= '0' && c <= '9') {
                digit++;
            } else {
                other++;
            }
        }
        int script = arabic > 0 && latin + digit + other == 0 ? 1
                : latin > 0 && arabic + other == 0 ? (Character.isUpperCase(t.charAt(from)) ? 2 : 3)
                : digit > 0 && arabic + latin == 0 ? 4
                : other > 0 && arabic + latin + digit == 0 ? 5 : 6;
        int length = t.length() - from;
        int bucket = length <= 2 ? length : length <= 4 ? 3 : length <= 6 ? 4 : length <= 9 ? 5 : 6;
        return script * 8 + bucket;
    }

    private static int fine(int cluster) {
        return cluster < 0 ? cluster : cluster & 0xffff;
    }

    private static int coarse(int cluster) {
        return cluster < 0 ? cluster : cluster >>> 16;
    }

    private static int frequencyClass(int count) {
        return count == 0 ? 0 : 32 - Integer.numberOfLeadingZeros(count);
    }
}
