package naba.search.analysis;

import java.io.IOException;
import java.util.Arrays;
import naba.morph.MorphologicalAnalyzer;
import naba.normalize.ArabicNormalizer;
import naba.pipeline.Pipeline;
import naba.pipeline.NabaPipeline;
import naba.text.Document;
import naba.text.Layer;
import naba.text.Layers;
import naba.text.Token;
import naba.text.TokenType;
import naba.text.Word;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

/**
 * A Lucene {@link Tokenizer} that indexes each Arabic token by the stem of its host word, found by naba's trained
 * morphology ({@link MorphologicalAnalyzer}): «وللحكومة» is و + ل + الحكومة, so the term is «حكومه» (the host word,
 * search-normalized, article removed), with the offsets of the whole token. Tokens made only of clitics («لها», «في»)
 * and non-Arabic tokens keep their surface, so stop words still apply. Punctuation and symbols are dropped.
 *
 * <p>{@link Mode} adds stacked readings at the same position: the whole token typed {@link TokenType#ARABIC} for a
 * following {@link CliticStemFilter}, or the unvocalized lemma. Host and lemma terms are typed {@link #MORPH_TYPE}
 * so the rule stemmer leaves them alone.
 *
 * <p>The model needs sentence context, so the whole field value is read and analyzed in {@link #reset()}.
 */
public final class MorphStemTokenizer extends Tokenizer {
    /** Type of the terms this tokenizer derives from the morphology. */
    public static final String MORPH_TYPE = "MORPH";

    /** Which readings are indexed at each Arabic token's position. */
    public enum Mode {
        /** The host word only. */
        HOST,
        /** The host word typed {@link TokenType#ARABIC}, so a following {@link CliticStemFilter} stems it. */
        HOST_STEMMED,
        /** The host word, and the whole token for {@link CliticStemFilter}. */
        HOST_AND_TOKEN,
        /** The host word, and the lemma of a NOUN, ADJ or VERB host. */
        HOST_AND_LEMMA
    }


    private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
    private final OffsetAttribute offsetAtt = addAttribute(OffsetAttribute.class);
    private final PositionIncrementAttribute posIncAtt = addAttribute(PositionIncrementAttribute.class);
    private final TypeAttribute typeAtt = addAttribute(TypeAttribute.class);
    private final Mode mode;
    private final FieldText field = new FieldText();
    // The terms of the field value, in parallel arrays reused across values (no object per term).
    private String[] texts = new String[64];
    private String[] types = new String[64];
    private int[] starts = new int[64];
    private int[] ends = new int[64];
    private int[] increments = new int[64];
    private int count;
    private int next;
    private int finalOffset;

    public MorphStemTokenizer(Mode mode) {
        this.mode = mode;
    }

    @Override
    public boolean incrementToken() {
        clearAttributes();
        if (next >= count) {
            return false;
        }
        int k = next++;
        termAtt.setEmpty().append(texts[k]);
        typeAtt.setType(types[k]);
        offsetAtt.setOffset(correctOffset(starts[k]), correctOffset(ends[k]));
        posIncAtt.setPositionIncrement(increments[k]);
        return true;
    }

    @Override
    public void end() throws IOException {
        super.end();
        offsetAtt.setOffset(finalOffset, finalOffset);
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        String value = field.readAll(input);
        clearTerms();
        next = 0;
        finalOffset = correctOffset(value.length());
        analyze(value);
    }

    private void analyze(String value) {
        Document doc = Models.MORPH.annotate(Models.BASIC.annotate(value));
        Layer<Token> tokens = doc.layer(Layers.TOKENS);
        Layer<Word> words = doc.layer(Layers.WORDS);
        int w = 0;
        for (int t = 0; t < tokens.size(); t++) {
            Token token = tokens.get(t);
            int first = w;
            while (w < words.size() && words.get(w).token() == t) {
                w++;
            }
            if (token.type() == TokenType.PUNCT || token.type() == TokenType.SYMBOL) {
                continue;
            }
            Word host = token.type() == TokenType.ARABIC ? host(words, first, w) : null;
            String surface = token.surface();
            if (host == null) {
                add(surface, token.type().name(), token, 1);
                continue;
            }
            String hostTerm = withoutArticle(ArabicNormalizer.SEARCH.normalize(host.form()));
            if (hostTerm.isEmpty()) {
                add(surface, token.type().name(), token, 1);
                continue;
            }
            add(hostTerm, mode == Mode.HOST_STEMMED ? TokenType.ARABIC.name() : MORPH_TYPE, token, 1);
            if (mode == Mode.HOST_AND_TOKEN) {
                add(surface, token.type().name(), token, 0);
            } else if (mode == Mode.HOST_AND_LEMMA && host.lemma() != null && isContentWord(host.upos())) {
                String lemma = withoutArticle(ArabicNormalizer.SEARCH.normalize(host.lemma()));
                if (!lemma.isEmpty() && !lemma.equals(hostTerm)) {
                    add(lemma, MORPH_TYPE, token, 0);
                }
            }
        }
    }

    /** Queues one term to emit, with the offsets of its whole token. */
    private void add(String term, String type, Token token, int posInc) {
        if (count == texts.length) {
            int size = count * 2;
            texts = Arrays.copyOf(texts, size);
            types = Arrays.copyOf(types, size);
            starts = Arrays.copyOf(starts, size);
            ends = Arrays.copyOf(ends, size);
            increments = Arrays.copyOf(increments, size);
        }
        texts[count] = term;
        types[count] = type;
        starts[count] = token.start();
        ends[count] = token.end();
        increments[count] = posInc;
        count++;
    }

    /** Forgets the queued terms (and drops the references to their strings). */
    private void clearTerms() {
        Arrays.fill(texts, 0, count, null);
        Arrays.fill(types, 0, count, null);
        count = 0;
    }

    /**
     * The longest non-clitic word of the token; null when it has only clitics («لها», «في»), since then the whole
     * surface is the term (and may be a stop word).
     */
    private static Word host(Layer<Word> words, int from, int to) {
        Word best = null;
        for (int i = from; i < to; i++) {
            Word word = words.get(i);
            if (isClitic(word.upos())) {
                continue;
            }
            if (best == null || word.end() - word.start() > best.end() - best.start()) {
                best = word;
            }
        }
        return best;
    }

    private static boolean isClitic(String upos) {
        return switch (upos) {
            case "CCONJ", "ADP", "PRON", "DET", "PART", "SCONJ", "AUX" -> true;
            default -> false;
        };
    }

    private static boolean isContentWord(String upos) {
        return upos.equals("NOUN") || upos.equals("ADJ") || upos.equals("VERB");
    }

    /** «الحكومه» → «حكومه»; a short word such as «الا» keeps its letters. */
    static String withoutArticle(String term) {
        return term.length() > 4 && term.startsWith("ال") ? term.substring(2) : term;
    }

    @Override
    public void close() throws IOException {
        super.close();
        clearTerms();
        field.release();
    }

    /** Loaded on first use and shared: both are immutable and thread-safe. */
    private static final class Models {
        static final Pipeline BASIC = NabaPipeline.basic();
        static final MorphologicalAnalyzer MORPH = MorphologicalAnalyzer.standard();
    }
}
