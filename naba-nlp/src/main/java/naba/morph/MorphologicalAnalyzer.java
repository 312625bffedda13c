package naba.morph;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import naba.text.Annotator;
import naba.text.Document;
import naba.text.Layer;
import naba.text.LayerKey;
import naba.text.Layers;
import naba.text.NabaException;
import naba.text.Sentence;
import naba.text.Token;
import naba.text.TokenType;
import naba.text.Word;

/**
 * Adds {@link Layers#WORDS}: every token becomes one or more syntactic words with PADT form, UPOS and lemma.
 * «وللحكومة» gives {@code و} (CCONJ), {@code ل} (ADP) and {@code الحكومة} (NOUN, lemma «حُكُومَة»), each covering
 * its characters of the token. Only Arabic-script tokens are split; numbers, punctuation and Latin stay one word.
 *
 * <p>Immutable and thread-safe. {@link #standard()} loads the committed model once, on first use.
 */
public final class MorphologicalAnalyzer implements Annotator {
    /** Classpath location of the committed model. */
    public static final String MODEL_RESOURCE = "/naba/morph/morph-padt.bin.gz";

    private final MorphModel model;

    public MorphologicalAnalyzer(MorphModel model) {
        this.model = model;
    }

    /** The analyzer with the committed PADT model (loaded once per JVM). */
    public static MorphologicalAnalyzer standard() {
        return Holder.INSTANCE;
    }

    public MorphModel model() {
        return model;
    }

    @Override
    public Set<LayerKey<?>> requires() {
        return Set.of(Layers.TOKENS, Layers.SENTENCES);
    }

    @Override
    public Set<LayerKey<?>> produces() {
        return Set.of(Layers.WORDS);
    }

    @Override
    public String name() {
        return "MorphologicalAnalyzer";
    }

    @Override
    public Document annotate(Document document) {
        Layer<Token> tokens = document.layer(Layers.TOKENS);
        Layer<Sentence> sentences = document.layer(Layers.SENTENCES);
        List<Word> words = new ArrayList<>(tokens.size() + tokens.size() / 4);
        int t = 0;
        for (Sentence s : sentences) {
            int from = tokens.firstStartingAtOrAfter(s.start());
            if (from > t) {
                analyze(tokens, t, from, words); // tokens outside any sentence still get words
            }
            int to = Math.max(from, tokens.firstStartingAtOrAfter(s.end()));
            analyze(tokens, from, to, words);
            t = Math.max(t, to);
        }
        if (t < tokens.size()) {
            analyze(tokens, t, tokens.size(), words);
        }
        return document.with(Layers.WORDS, Layer.of(words));
    }

    private void analyze(Layer<Token> tokens, int from, int to, List<Word> out) {
        int n = to - from;
        if (n <= 0) {
            return;
        }
        String[] surfaces = new String[n];
        boolean[] splittable = new boolean[n];
        for (int i = 0; i < n; i++) {
            Token token = tokens.get(from + i);
            surfaces[i] = token.surface();
            splittable[i] = token.type() == TokenType.ARABIC;
        }
        MorphAnalysis a = model.analyze(surfaces, splittable);
        for (int i = 0; i < n; i++) {
            Token token = tokens.get(from + i);
            for (int w = a.firstWord()[i]; w < a.firstWord()[i + 1]; w++) {
                out.add(new Word(from + i, token.start() + a.starts()[w], token.start() + a.ends()[w], a.forms()[w],
                        a.upos()[w], a.lemmas()[w], null));
            }
        }
    }

    /** Loads the committed model from the classpath. */
    static MorphModel loadCommitted() {
        try (InputStream in = MorphologicalAnalyzer.class.getResourceAsStream(MODEL_RESOURCE)) {
            if (in == null) {
                throw new NabaException("morphology model " + MODEL_RESOURCE + " is not on the classpath; run "
                        + "naba train morph --out naba-nlp/src/main/resources" + MODEL_RESOURCE);
            }
            return MorphModel.load(in, MODEL_RESOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException(MODEL_RESOURCE + ": cannot read", e);
        }
    }

    private static final class Holder {
        static final MorphologicalAnalyzer INSTANCE = new MorphologicalAnalyzer(loadCommitted());
    }
}
