package naba.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import naba.text.Annotator;
import naba.text.Document;
import naba.text.Layer;
import naba.text.LayerKey;
import naba.text.Layers;
import naba.text.Qualifier;
import naba.text.Quantity;
import naba.text.QuantityKind;
import naba.text.TimeExpression;
import naba.text.Token;
import naba.text.TokenType;
import naba.text.Word;

/**
 * Finds numbers with their unit and qualifier: «اكثر من 240 الف شخص» (240000, «شخص», more than), «مئات من الناس»
 * (magnitude 100, «الناس»), «1,5 مليون دولار» (1500000, USD), «٪١٥» and «15 في المئة» (15 %), «70 كيلو»,
 * «الحادي عشر» (ordinal 11). Numbers in Western, Arabic-Indic and Persian digits and in words up to billions.
 *
 * <p>Numbers inside time expressions («30 حزيران 2012») are left to them when {@link Layers#TIMES} is present. When
 * {@link Layers#WORDS} is present, a noun after a number is taken as what it counts even if no list knows it.
 * Rule-based, immutable and thread-safe.
 */
public final class QuantityTagger implements Annotator {
    public static final QuantityTagger INSTANCE = new QuantityTagger();

    private static final WordList Q = ExtractionWords.QUANTITY;
    private static final NumberReader NUMBERS = new NumberReader(Q);
    private static final String MIN = "\u0645\u0646"; // «من»
    /** Words that can begin a quantity; other Arabic tokens are skipped at once. */
    private static final Set<String> STARTS = Q.firstWords("QUAL", "NUM", "TEENUNIT", "TEN", "HUNDRED", "SCALE",
            "SCALEDUAL", "SCALEPLURAL", "VAGUE", "FRACTION", "ORD", "CUR");

    private QuantityTagger() {
    }

    @Override
    public Set<LayerKey<?>> requires() {
        return Set.of(Layers.TOKENS);
    }

    @Override
    public Set<LayerKey<?>> produces() {
        return Set.of(Layers.QUANTITIES);
    }

    @Override
    public String name() {
        return "QuantityTagger";
    }

    @Override
    public Document annotate(Document document) {
        Layer<Token> tokens = document.layer(Layers.TOKENS);
        List<TimeExpression> times = document.has(Layers.TIMES) ? document.layer(Layers.TIMES) : List.of();
        Layer<Word> words = document.has(Layers.WORDS) ? document.layer(Layers.WORDS) : null;
        return document.with(Layers.QUANTITIES, Layer.of(tag(document.text(), tokens, times, words)));
    }

    /**
     * The quantities of a tokenized text, in order.
     *
     * @param times time expressions whose tokens are not quantities (may be empty)
     * @param words morphological words, or null
     */
    public List<Quantity> tag(String text, List<Token> tokens, List<TimeExpression> times, Layer<Word> words) {
        TokenSequence seq = TokenSequence.of(tokens);
        int n = seq.size();
        boolean[] covered = new boolean[n];
        int t = 0;
        for (TimeExpression time : times) {
            while (t < n && tokens.get(t).end() <= time.start()) {
                t++;
            }
            for (int k = t; k < n && tokens.get(k).start() < time.end(); k++) {
                covered[k] = true;
            }
        }
        List<Quantity> out = new ArrayList<>();
        int i = 0;
        while (i < n) {
            String word = seq.word(i);
            if (covered[i] || seq.token(i).type() == TokenType.ARABIC && (word == null || !STARTS.contains(word))) {
                i++;
                continue;
            }
            int next = match(text, seq, i, covered, words, out);
            i = next > i ? next : i + 1;
        }
        return out;
    }

    /** Tries a quantity at token {@code i}; returns the token after it, or {@code i} when there is none. */
    private int match(String text, TokenSequence seq, int i, boolean[] covered, Layer<Word> words, List<Quantity> out) {
        int n = seq.size();
        int k = i;
        Qualifier qualifier = null;
        WordList.Entry qual = Q.match("QUAL", seq, k);
        if (qual != null) {
            qualifier = Qualifier.valueOf(qual.value());
            k += qual.words().length;
        }
        // «٪١٥», «$50»: a sign written before the number.
        boolean percentBefore = false;
        String symbolCurrency = null;
        if (k + 1 < n && seq.isNumber(k + 1) && seq.adjacent(k, k + 1)) {
            if (seq.is(k, "%")) {
                percentBefore = true;
                k++;
            } else if ((symbolCurrency = Q.value("CURSYMBOL", seq.norm(k).toLowerCase(java.util.Locale.ROOT))) != null) {
                k++;
            }
        }
        if (k >= n || covered[k]) {
            return i;
        }
        NumberReader.Found f = NUMBERS.read(seq, k);
        if (f == null) {
            if (qualifier == null) {
                return ordinalOrCurrencyFirst(text, seq, i, covered, out);
            }
            return i;
        }
        int e = f.end();
        for (int x = f.start(); x < e; x++) {
            if (covered[x]) {
                return i;
            }
        }
        QuantityKind kind = QuantityKind.CARDINAL;
        String unit = null;
        int unitStart = -1;
        String currency = null;
        if (percentBefore) {
            kind = QuantityKind.PERCENT;
        } else if (symbolCurrency != null) {
            kind = QuantityKind.MONEY;
            currency = symbolCurrency;
        } else if (e < n && seq.is(e, "%")) {
            kind = QuantityKind.PERCENT;
            e++;
        } else if (e < n && Q.match("PERCENT", seq, e) != null) {
            kind = QuantityKind.PERCENT;
            e += Q.match("PERCENT", seq, e).words().length;
        } else if (e < n && Q.value("CURSYMBOL", seq.norm(e).toLowerCase(java.util.Locale.ROOT)) != null) {
            kind = QuantityKind.MONEY;
            currency = Q.value("CURSYMBOL", seq.norm(e).toLowerCase(java.util.Locale.ROOT));
            e++;
        } else if (e < n && Q.value("CUR", seq.bare(e)) != null) {
            kind = QuantityKind.MONEY;
            unitStart = e;
            currency = Q.value("CUR", seq.bare(e));
            e++;
            String nat = Q.value("NAT", seq.bare(e));
            if (nat != null) {
                String code = Q.value("CURCODE", seq.bare(unitStart) == null ? null
                        : canonicalCurrency(seq.bare(unitStart)) + "_" + ArabicWords.normalize(nat));
                if (code != null) {
                    currency = code;
                }
                e++;
            }
            if (currency.startsWith("?")) {
                currency = null;
            }
        } else if (e < n && Q.match("MEASURE", seq, e) != null && seq.prefix(e) == 0) {
            kind = QuantityKind.QUANTITY;
            unitStart = e;
            e += Q.match("MEASURE", seq, e).words().length;
        } else if (e < n) {
            int noun = e;
            if (seq.is(noun, MIN) && noun + 1 < n) {
                noun++; // «مئات من الناس»
            }
            if (!covered[noun] && (isCountedNoun(seq, noun) && seq.prefix(noun) <= 1
                    || words != null && noun == e && f.exact() && isNoun(seq, noun, words))) {
                unitStart = noun;
                e = noun + 1;
            }
        }
        if (unitStart >= 0) {
            unit = seq.token(unitStart).surface();
            if (kind == QuantityKind.MONEY && e - unitStart > 1) {
                unit = text.substring(seq.token(unitStart).start(), seq.token(e - 1).end());
            }
        }
        WordList.Entry after = Q.match("QUALAFTER", seq, e);
        if (after != null && qualifier == null) {
            qualifier = Qualifier.valueOf(after.value());
            e += after.words().length;
        }
        // A vague word alone («عدة», «بضعة») says nothing; «مئات», «آلاف» alone still count.
        if (!f.exact() && f.magnitude() < 10 && unitStart < 0) {
            return i;
        }
        int start = seq.token(i).start();
        int end = seq.token(e - 1).end();
        int numberStart = seq.token(percentBefore || symbolCurrency != null ? f.start() - 1 : f.start()).start();
        int numberEnd = seq.token(f.end() - 1).end();
        out.add(new Quantity(start, end, text.substring(start, end), kind, f.value(), f.magnitude(), unit, currency,
                qualifier, numberStart, numberEnd));
        return e;
    }

    /** «الحادي عشر» (ordinal) or «دولار أمريكي واحد» (the currency before «واحد»). */
    private int ordinalOrCurrencyFirst(String text, TokenSequence seq, int i, boolean[] covered, List<Quantity> out) {
        WordList.Entry ord = Q.match("ORD", seq, i);
        if (ord != null && seq.prefix(i) <= 1) {
            int e = i + ord.words().length;
            int start = seq.token(i).start();
            int end = seq.token(e - 1).end();
            out.add(new Quantity(start, end, text.substring(start, end), QuantityKind.ORDINAL,
                    Double.parseDouble(ord.value()), 0, null, null, null, start, end));
            return e;
        }
        String cur = Q.value("CUR", seq.word(i));
        if (cur != null) {
            int e = i + 1;
            String nat = Q.value("NAT", seq.bare(e));
            String currency = cur.startsWith("?") ? null : cur;
            if (nat != null) {
                String code = Q.value("CURCODE", canonicalCurrency(seq.word(i)) + "_" + ArabicWords.normalize(nat));
                currency = code != null ? code : currency;
                e++;
            }
            String one = Q.value("NUM", seq.bare(e));
            if ("1".equals(one)) {
                int start = seq.token(i).start();
                int end = seq.token(e).end();
                String unit = text.substring(start, seq.token(e - 1).end());
                out.add(new Quantity(start, end, text.substring(start, end), QuantityKind.MONEY, 1, 0, unit,
                        currency, null, seq.token(e).start(), end));
                return e + 1;
            }
        }
        return i;
    }

    /** The singular base of a currency word, to look up its code with a nationality: «دولارات» → «دولار». */
    private static String canonicalCurrency(String word) {
        for (String[] plural : ArabicWords.CURRENCY_PLURALS) {
            if (word.contains(plural[0])) {
                return plural[1];
            }
        }
        for (String base : ArabicWords.CURRENCY_BASES) {
            if (word.contains(base)) {
                return base;
            }
        }
        return word;
    }

    /** A listed counted noun, also with the article the list leaves out: «المسلحين». */
    private static boolean isCountedNoun(TokenSequence seq, int k) {
        if (Q.value("NOUN", seq.word(k)) != null) {
            return true;
        }
        String norm = seq.norm(k);
        return seq.token(k).type() == TokenType.ARABIC && norm.length() > 4 && norm.startsWith("\u0627\u0644")
                && Q.value("NOUN", norm.substring(2)) != null;
    }

    private static boolean isNoun(TokenSequence seq, int t, Layer<Word> words) {
        Token token = seq.token(t);
        if (token.type() != TokenType.ARABIC) {
            return false;
        }
        int[] range = words.indexRange(token.start(), token.end());
        for (int w = range[0]; w < range[1]; w++) {
            String upos = words.get(w).upos();
            if ("NOUN".equals(upos)) {
                return true;
            }
            if (!"DET".equals(upos)) {
                return false;
            }
        }
        return false;
    }
}
