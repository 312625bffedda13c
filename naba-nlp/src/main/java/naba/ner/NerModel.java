package naba.ner;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import naba.ml.FeatureSequence;
import naba.ml.ModelFormatException;
import naba.ml.SequenceModel;
import naba.normalize.ArabicNormalizer;
import naba.text.Document;
import naba.text.Layer;
import naba.text.Layers;
import naba.text.Mention;
import naba.text.Sentence;
import naba.text.Token;

/**
 * The trained named-entity tagger: a first-order averaged-perceptron sequence model over hashed features
 * ({@link NerFeatures}), with the word statistics, gazetteer and clusters it was trained with. For the sentence
 * «أعرب وزير الخارجية الأميركي، جون كيري عن قلق بلاده» {@link #tag(Document, Sentence)} returns the mention «جون كيري»
 * (PERS) with its score.
 *
 * <p>Immutable and thread-safe; it keeps no "last result". {@link #save} stores a format version, the label set, the
 * feature templates and the provenance (training files with sha256, seed, epochs, dev F1); {@link #load} checks them.
 */
public final class NerModel implements SpanTagger {
    /** Format of {@link #save}; {@link #load} reads exactly this version. */
    public static final int FORMAT = 1;
    /** Where the committed model lives on the classpath. */
    public static final String RESOURCE = "naba/ner/ner.bin";
    private static final int MAGIC = 0x4e41424e; // "NABN"
    /** Softmax temperature of mention scores. */
    private static final double TEMPERATURE = 16;

    private final LabelCodec codec;
    private final SequenceModel weights;
    private final NerFeatures features;
    private final Map<String, String> provenance;

    NerModel(LabelCodec codec, SequenceModel weights, NerLexicon lexicon, Map<String, String> provenance) {
        if (!weights.labels().names().equals(codec.labels())) {
            throw new NerException("ner model: labels " + weights.labels() + " do not match codec " + codec);
        }
        this.codec = codec;
        this.weights = weights;
        this.features = new NerFeatures(lexicon);
        this.provenance = Map.copyOf(new LinkedHashMap<>(provenance));
    }

    public LabelCodec codec() {
        return codec;
    }

    /** Training files with sha256, seed, epochs, dev F1 and so on, as recorded at training time. */
    public Map<String, String> provenance() {
        return provenance;
    }

    /** The feature template names this model was trained with. */
    public List<String> templates() {
        return NerFeatures.TEMPLATES;
    }

    NerLexicon lexicon() {
        return features.lexicon();
    }

    ProcliticStripper stripper() {
        return features.stripper();
    }

    /** The Latin name of a place the model's gazetteer knows («سوريا» → «Syria»), or null. */
    public String latinName(String surface) {
        return features.lexicon().latin(ArabicNormalizer.SEARCH.normalize(surface));
    }

    /** Tags tokens as written (normalizes them first). */
    @Override
    public List<TokenSpan> tag(List<String> tokens) {
        String[] norms = new String[tokens.size()];
        for (int i = 0; i < norms.length; i++) {
            norms[i] = ArabicNormalizer.SEARCH.normalize(tokens.get(i));
        }
        return tagNormalized(norms, tokens::get);
    }

    /** How many previous sentences {@link #tagAll} remembers names from (8, 10 and 20 scored alike on dev, 60 lower). */
    static final int DOC_WINDOW = 10;

    /**
     * Tags consecutive sentences of one text: each sentence by the model, then {@link DocumentRecall} adds names
     * tagged in the previous sentences that the model missed.
     */
    @Override
    public List<List<TokenSpan>> tagAll(List<List<String>> sentences) {
        List<List<TokenSpan>> out = new ArrayList<>(sentences.size());
        DocumentRecall recall = new DocumentRecall(DOC_WINDOW);
        ProcliticStripper stripper = features.stripper();
        for (List<String> tokens : sentences) {
            String[] norms = new String[tokens.size()];
            String[] bare = new String[norms.length];
            for (int i = 0; i < norms.length; i++) {
                norms[i] = ArabicNormalizer.SEARCH.normalize(tokens.get(i));
                bare[i] = norms[i].substring(stripper.strip(norms[i]));
            }
            List<TokenSpan> spans = tagNormalized(norms, tokens::get);
            out.add(recall.next(bare, spans));
        }
        return out;
    }

    /** Tags SEARCH-normalized tokens; {@code surface} gives token {@code i} as written. */
    List<TokenSpan> tagNormalized(String[] norms, IntFunction<String> surface) {
        if (norms.length == 0) {
            return List.of();
        }
        FeatureSequence fs = new FeatureSequence(norms.length * 40);
        features.extract(norms, fs);
        int[] ids = new int[norms.length];
        weights.decode(fs, ids);
        float[] confidence = new float[norms.length];
        float[] scratch = new float[codec.size()];
        for (int i = 0; i < norms.length; i++) {
            confidence[i] = ids[i] == 0 ? 1f : confidence(fs, i, ids[i], scratch);
        }
        return trimParticles(surface, codec.decode(ids, confidence));
    }

    /**
     * Particles that never begin a name («فإن كيري» is «كيري»): trained to tag unseen words from their context, the
     * perceptron sometimes stretches a person over the particle before it. Written with hamza (LIGHT-normalized),
     * because without it «فان» and «بان» are also names («فان باستن», «بان كي مون»).
     */
    private static final Set<String> PARTICLES = Set.of("إن", "فإن", "بأن", "لأن", "وإن", "وأن", "إنه", "فإنه", "بأنه",
            "لكن", "ولكن", "قد", "وقد", "لقد", "ثم", "أو", "في", "عن", "الذي", "التي");

    /** Drops leading particles from spans; a span of particles only is dropped. */
    private static List<TokenSpan> trimParticles(IntFunction<String> surface, List<TokenSpan> spans) {
        List<TokenSpan> out = null;
        for (int k = 0; k < spans.size(); k++) {
            TokenSpan span = spans.get(k);
            int start = span.start();
            while (start < span.end() && PARTICLES.contains(ArabicNormalizer.LIGHT.normalize(surface.apply(start)))) {
                start++;
            }
            if (start != span.start() && out == null) {
                out = new ArrayList<>(spans.subList(0, k));
            }
            if (out != null && start < span.end()) {
                out.add(start == span.start() ? span : new TokenSpan(start, span.end(), span.type(), span.score()));
            }
        }
        return out == null ? spans : out;
    }

    /**
     * Softmax probability of the chosen label from the position's emission scores at {@link #TEMPERATURE}: a rough
     * confidence (the temperature maximized the log-likelihood of right/wrong mentions on the dev split).
     */
    private float confidence(FeatureSequence fs, int position, int label, float[] scratch) {
        weights.scores(fs, position, scratch);
        float max = Float.NEGATIVE_INFINITY;
        for (float s : scratch) {
            max = Math.max(max, s);
        }
        double sum = 0;
        for (float s : scratch) {
            sum += Math.exp((s - max) / TEMPERATURE);
        }
        return (float) (Math.exp((scratch[label] - max) / TEMPERATURE) / sum);
    }

    /**
     * The mentions of one sentence of an annotated document (needs {@link Layers#TOKENS}), spans without their
     * proclitics, ordered, never crossing the sentence's end. Their entity index is -1.
     */
    public List<Mention> tag(Document document, Sentence sentence) {
        Layer<Token> tokens = document.layer(Layers.TOKENS);
        List<Token> inside = tokens.within(sentence);
        String[] norms = new String[inside.size()];
        for (int i = 0; i < norms.length; i++) {
            norms[i] = inside.get(i).norm();
        }
        List<Mention> out = new ArrayList<>();
        for (TokenSpan span : tagNormalized(norms, i -> inside.get(i).surface())) {
            Mention m = MentionSpans.toMention(document, inside, norms, span, features.stripper());
            if (m != null) {
                out.add(m);
            }
        }
        return out;
    }

    /** Writes the model, gzip-compressed. */
    public void save(Path file) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                save(out);
            }
        } catch (IOException e) {
            throw new NerException(file + ": cannot write the model (" + e.getMessage() + ")", e);
        }
    }

    public void save(OutputStream stream) throws IOException {
        GZIPOutputStream gzip = new GZIPOutputStream(new BufferedOutputStream(stream, 1 << 16));
        DataOutputStream out = new DataOutputStream(gzip);
        out.writeInt(MAGIC);
        out.writeInt(FORMAT);
        out.writeUTF(codec.name());
        writeList(out, codec.labels());
        writeList(out, NerFeatures.TEMPLATES);
        out.writeInt(provenance.size());
        for (Map.Entry<String, String> e : new java.util.TreeMap<>(provenance).entrySet()) {
            out.writeUTF(e.getKey());
            out.writeUTF(e.getValue());
        }
        features.lexicon().write(out);
        weights.write(out);
        out.flush();
        gzip.finish();
        gzip.flush();
    }

    /** Loads a model file; {@code name} is used in error messages. */
    public static NerModel load(InputStream stream, String name) {
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(new GZIPInputStream(stream), 1 << 16))) {
            if (in.readInt() != MAGIC) {
                throw new NerException(name + ": not a naba NER model; give a file written by naba train ner");
            }
            int format = in.readInt();
            if (format != FORMAT) {
                throw new NerException(name + ": format " + format + ", this build reads " + FORMAT
                        + "; run naba train ner");
            }
            LabelCodec codec;
            try {
                codec = LabelCodec.valueOf(in.readUTF());
            } catch (IllegalArgumentException e) {
                throw new NerException(name + ": unknown label codec; run naba train ner", e);
            }
            List<String> labels = readList(in);
            if (!labels.equals(codec.labels())) {
                throw new NerException(name + ": labels " + labels + " differ from " + codec + " " + codec.labels()
                        + "; run naba train ner");
            }
            List<String> templates = readList(in);
            if (!templates.equals(NerFeatures.TEMPLATES)) {
                throw new NerException(name + ": trained with feature templates " + templates
                        + ", this build computes " + NerFeatures.TEMPLATES + "; run naba train ner");
            }
            int n = in.readInt();
            if (n < 0 || n > 10_000) {
                throw new NerException(name + ": bad provenance size " + n + "; run naba train ner");
            }
            Map<String, String> provenance = new LinkedHashMap<>();
            for (int i = 0; i < n; i++) {
                provenance.put(in.readUTF(), in.readUTF());
            }
            if (!provenance.containsKey("sources") || !provenance.containsKey("seed")
                    || !provenance.containsKey("epochs")) {
                throw new NerException(name + ": provenance lacks sources, seed or epochs; run naba train ner");
            }
            NerLexicon lexicon = NerLexicon.read(in);
            SequenceModel weights = SequenceModel.read(in);
            return new NerModel(codec, weights, lexicon, provenance);
        } catch (ModelFormatException e) {
            throw new NerException(name + ": " + e.getMessage(), e);
        } catch (IOException e) {
            throw new NerException(name + ": cannot read the model (" + e.getMessage() + "); run naba train ner", e);
        }
    }

    public static NerModel load(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new naba.text.InputException(file + ": no such model file; give a file written by naba train ner");
        }
        try (InputStream in = Files.newInputStream(file)) {
            return load(in, file.toString());
        } catch (IOException e) {
            throw new NerException(file + ": cannot read the model (" + e.getMessage() + ")", e);
        }
    }

    /** The committed model, loaded once per JVM. */
    public static NerModel standard() {
        return Standard.MODEL;
    }

    private static final class Standard {
        static final NerModel MODEL = loadResource();

        private static NerModel loadResource() {
            InputStream in = NerModel.class.getClassLoader().getResourceAsStream(RESOURCE);
            if (in == null) {
                throw new NerException(RESOURCE + ": the NER model is not on the classpath; run naba train ner");
            }
            return load(in, RESOURCE);
        }
    }

    private static void writeList(DataOutputStream out, List<String> items) throws IOException {
        out.writeInt(items.size());
        for (String s : items) {
            out.writeUTF(s);
        }
    }

    private static List<String> readList(DataInputStream in) throws IOException {
        int n = in.readInt();
        if (n < 0 || n > 10_000) {
            throw new IOException("bad list size " + n);
        }
        List<String> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(in.readUTF());
        }
        return out;
    }
}
