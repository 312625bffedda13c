package naba.ner;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import naba.corpus.Sha256;
import naba.morph.MorphAnalysis;
import naba.morph.MorphModel;
import naba.morph.MorphologicalAnalyzer;
import naba.text.Layer;
import naba.text.Word;

/**
 * The part of speech of each token's host word, as the tagger's features read it: the UPOS of the token's longest
 * word in naba's morphology. «وللحكومة» is NOUN (its word «الحكومة»), «أعلن» VERB, «كيري» mostly X or PROPN. It tells
 * a name from the verb or noun next to it, which word forms alone do not: «حجاج عبد العظيم برنامجا».
 *
 * <p>Codes: 0 when unknown, else 1 + the index of the tag in {@link #UPOS}. Stateless.
 */
final class PartsOfSpeech {
    /** The universal parts of speech, in code order. */
    static final List<String> UPOS = List.of("ADJ", "ADP", "ADV", "AUX", "CCONJ", "DET", "INTJ", "NOUN", "NUM", "PART",
            "PRON", "PROPN", "PUNCT", "SCONJ", "SYM", "VERB", "X");
    private static final Map<String, Byte> CODES = codes();
    static final byte ADJ = code("ADJ");
    private static final byte ADP = code("ADP");
    static final byte AUX = code("AUX");
    static final byte NOUN = code("NOUN");
    static final byte SCONJ = code("SCONJ");
    static final byte VERB = code("VERB");

    private PartsOfSpeech() {
    }

    /** The code of a UPOS tag; 0 for null or an unknown tag. */
    static byte code(String upos) {
        return upos == null ? 0 : CODES.getOrDefault(upos, (byte) 0);
    }

    private static Map<String, Byte> codes() {
        Map<String, Byte> out = new HashMap<>();
        for (int i = 0; i < UPOS.size(); i++) {
            out.put(UPOS.get(i), (byte) (i + 1));
        }
        return Map.copyOf(out);
    }

    /**
     * True for a preposition written with a final «ى» («على», «إلى», «لدى») as the morphology reads it (ADP):
     * {@code form} is the tagger's form ({@link NerFeatures#form}), {@code code} the token's. Word statistics and
     * name tables read «على» as the name «علي» ({@link WordHash}); this tells them apart.
     */
    static boolean isPreposition(String form, byte code) {
        return code == ADP && !form.isEmpty() && form.charAt(form.length() - 1) == NerFeatures.ALEF_MAKSURA;
    }

    /** Host codes of one sentence's tokens as written, analysed by the committed morphology model. */
    static byte[] of(List<String> tokens) {
        String[] surfaces = tokens.toArray(new String[0]);
        boolean[] splittable = new boolean[surfaces.length];
        for (int i = 0; i < surfaces.length; i++) {
            splittable[i] = arabic(surfaces[i]);
        }
        return of(morphology().analyze(surfaces, splittable), surfaces.length);
    }

    /** Host codes of all tokens of a document from its words layer ({@link Word#token()} indexes the tokens). */
    static byte[] ofWords(Layer<Word> words, int tokenCount) {
        byte[] out = new byte[tokenCount];
        int[] longest = new int[tokenCount];
        for (Word w : words) {
            int t = w.token();
            if (t >= 0 && t < tokenCount) {
                keepLongest(out, longest, t, w.end() - w.start(), w.upos());
            }
        }
        return out;
    }

    private static byte[] of(MorphAnalysis a, int tokens) {
        byte[] out = new byte[tokens];
        int[] longest = new int[tokens];
        for (int i = 0; i < tokens; i++) {
            for (int w = a.firstWord()[i]; w < a.firstWord()[i + 1]; w++) {
                keepLongest(out, longest, i, a.ends()[w] - a.starts()[w], a.upos()[w]);
            }
        }
        return out;
    }

    /** The host word rule: {@code out[t]} keeps the code of token {@code t}'s longest word (the last of equals). */
    private static void keepLongest(byte[] out, int[] longest, int t, int length, String upos) {
        if (length >= longest[t]) {
            longest[t] = length;
            out[t] = code(upos);
        }
    }

    /** True for a token of Arabic letters and marks only, the tokens the morphology may split. */
    private static boolean arabic(String token) {
        if (token.isEmpty()) {
            return false;
        }
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            boolean mark = Character.getType(c) == Character.NON_SPACING_MARK || c == '\u0640';
            if (Character.UnicodeBlock.of(c) != Character.UnicodeBlock.ARABIC || !(Character.isLetter(c) || mark)) {
                return false;
            }
        }
        return Character.isLetter(token.charAt(0));
    }

    /** Which morphology model gives the parts of speech, for a NER model's provenance. */
    static String provenance() {
        try (InputStream in = MorphologicalAnalyzer.class.getResourceAsStream(MorphologicalAnalyzer.MODEL_RESOURCE)) {
            String sha = in == null ? "missing" : Sha256.of(in);
            return "UPOS of each token's longest word by " + MorphologicalAnalyzer.MODEL_RESOURCE + " sha256=" + sha;
        } catch (IOException e) {
            throw new UncheckedIOException(MorphologicalAnalyzer.MODEL_RESOURCE + ": cannot read", e);
        }
    }

    private static MorphModel morphology() {
        return MorphologicalAnalyzer.standard().model();
    }
}
