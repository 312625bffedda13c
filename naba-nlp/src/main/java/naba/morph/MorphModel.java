package naba.morph;

import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import naba.ml.FeatureSequence;
import naba.ml.ModelFormatException;
import naba.ml.SequenceModel;

/**
 * The trained morphology of PADT: clitic segmentation (a lexicon of seen tokens plus a pattern classifier for the
 * rest), a UPOS tagger (averaged perceptron, Viterbi) and a lemmatizer (a (form, class) lexicon plus a lemma-edit
 * classifier). «للحكومة» → {@code ل} ADP {@code لِ} + {@code الحكومة} NOUN {@code حُكُومَة}.
 *
 * <p>Immutable and thread-safe; {@link #analyze} allocates per sentence only. {@link #save}/{@link #load} use a
 * gzip file with a format version, the feature template names and provenance, all checked on load.
 */
public final class MorphModel {
    /** File format version; {@link #load} reads only this one. */
    public static final int FORMAT = 1;
    private static final String MAGIC = "naba-morph";

    private final Map<String, String> provenance;
    private final CliticSegmenter segmenter;
    private final SequenceModel tagger;
    private final CorpusStatistics statistics;
    private final Map<String, String> lemmaByFormClass;
    private final Map<String, String> lemmaByForm;
    private final LemmaEdit[] lemmaEdits;
    /** Per lemma edit, the last letter a form needs for it (0 when any): a cheap pre-check before appliesTo. */
    private final char[] editLast;
    private final SequenceModel lemmatizer;

    MorphModel(Map<String, String> provenance, Map<String, Integer> segLexicon, List<String> extraPatterns,
            SequenceModel segmenter, SequenceModel tagger, CorpusStatistics statistics, byte[] formTable, Map<String, String> lemmaByFormClass, Map<String, String> lemmaByForm,
            SequenceModel lemmatizer) {
        this.provenance = Collections.unmodifiableMap(new TreeMap<>(provenance));
        this.segmenter = new CliticSegmenter(segLexicon, extraPatterns, segmenter, statistics,
                new FormSpelling(formTable, statistics));
        this.tagger = tagger;
        this.statistics = statistics;
        this.lemmaByFormClass = Collections.unmodifiableMap(new HashMap<>(lemmaByFormClass));
        this.lemmaByForm = Collections.unmodifiableMap(new HashMap<>(lemmaByForm));
        this.lemmatizer = lemmatizer;
        this.lemmaEdits = new LemmaEdit[lemmatizer.labels().size()];
        this.editLast = new char[lemmaEdits.length];
        for (int i = 0; i < lemmaEdits.length; i++) {
            lemmaEdits[i] = LemmaEdit.decode(lemmatizer.labels().name(i));
            String strip = lemmaEdits[i].stripSuffix();
            editLast[i] = strip.isEmpty() ? 0 : strip.charAt(strip.length() - 1);
        }
    }

    /** Training files with sha256, seed, epochs and dev figures, as recorded by the trainer. */
    public Map<String, String> provenance() {
        return provenance;
    }

    /** The UPOS tag set. */
    public List<String> uposTags() {
        return tagger.labels().names();
    }

    /**
     * Analyzes one sentence given its token surfaces; {@code splittable[i]} says whether token {@code i} may be
     * split into clitics (Arabic words) or always stays one word (numbers, punctuation, Latin).
     */
    public MorphAnalysis analyze(String[] tokens, boolean[] splittable) {
        int n = tokens.length;
        FeatureSequence fs = new FeatureSequence(32);
        float[] scratch = new float[Math.max(segmenter.labelCount(), lemmatizer.labels().size())];
        @SuppressWarnings("unchecked")
        List<SegmentationPattern.SegmentedWord>[] split = new List[n];
        int words = 0;
        for (int i = 0; i < n; i++) {
            split[i] = splittable[i] ? segmenter.segment(tokens, i, fs, scratch) : null;
            words += split[i] == null ? 1 : split[i].size();
        }
        int[] firstWord = new int[n + 1];
        String[] forms = new String[words];
        int[] starts = new int[words];
        int[] ends = new int[words];
        int w = 0;
        for (int i = 0; i < n; i++) {
            firstWord[i] = w;
            if (split[i] == null) {
                forms[w] = tokens[i];
                starts[w] = 0;
                ends[w] = tokens[i].length();
                w++;
            } else {
                for (SegmentationPattern.SegmentedWord sw : split[i]) {
                    forms[w] = sw.form();
                    starts[w] = sw.start();
                    ends[w] = sw.end();
                    w++;
                }
            }
        }
        firstWord[n] = w;
        String[] upos = tag(forms, fs);
        String[] lemmas = new String[words];
        for (int k = 0; k < words; k++) {
            lemmas[k] = lemma(forms[k], upos[k], fs, scratch);
        }
        return new MorphAnalysis(firstWord, forms, starts, ends, upos, lemmas);
    }

    /** UPOS tags of a sentence's word forms. */
    public String[] tag(String[] forms) {
        return tag(forms, new FeatureSequence(forms.length * 24));
    }

    private String[] tag(String[] forms, FeatureSequence fs) {
        fs.clear();
        int[] codes = statistics.codes(forms);
        for (int k = 0; k < forms.length; k++) {
            MorphFeatures.tagging(forms, codes, k, fs);
        }
        int[] ids = new int[forms.length];
        tagger.decode(fs, ids);
        String[] out = new String[forms.length];
        for (int k = 0; k < forms.length; k++) {
            out[k] = tagger.labels().name(ids[k]);
        }
        return out;
    }

    /** The lemma of a word form with the given UPOS. */
    public String lemma(String form, String upos) {
        return lemma(form, upos, new FeatureSequence(16), new float[lemmatizer.labels().size()]);
    }

    private String lemma(String form, String upos, FeatureSequence fs, float[] scratch) {
        String plain = Diacritics.strip(form);
        String cls = LemmaClass.ofUpos(upos);
        String known = lemmaByFormClass.get(plain + '\t' + cls);
        if (known != null) {
            return known;
        }
        if (cls.equals("_") || plain.isEmpty()) {
            return form;
        }
        known = lemmaByForm.get(plain);
        if (known != null && !"N".equals(cls) && !"V".equals(cls) && !"ADJ".equals(cls)) {
            return known;
        }
        int[] candidates = new int[lemmaEdits.length];
        int count = 0;
        char last = plain.charAt(plain.length() - 1);
        for (int y = 0; y < lemmaEdits.length; y++) {
            if ((editLast[y] == 0 || editLast[y] == last) && lemmaEdits[y].appliesTo(plain)) {
                candidates[count++] = y;
            }
        }
        if (count == 0) {
            return plain;
        }
        fs.clear();
        MorphFeatures.lemma(plain, cls, fs);
        lemmatizer.scores(fs, 0, candidates, count, scratch);
        int best = 0;
        for (int k = 1; k < count; k++) {
            if (scratch[k] > scratch[best]) {
                best = k;
            }
        }
        return lemmaEdits[candidates[best]].apply(plain);
    }

    /** Writes the model as gzip; see the class comment for what it records. */
    public void save(OutputStream out) throws IOException {
        GZIPOutputStream gz = new GZIPOutputStream(out, 1 << 16);
        DataOutputStream d = new DataOutputStream(new BufferedOutputStream(gz, 1 << 16));
        d.writeUTF(MAGIC);
        d.writeInt(FORMAT);
        writeStrings(d, MorphFeatures.TEMPLATES);
        writeMap(d, provenance);
        d.writeInt(segmenter.lexicon().size());
        for (Map.Entry<String, Integer> e : new TreeMap<>(segmenter.lexicon()).entrySet()) {
            d.writeUTF(e.getKey());
            d.writeShort(e.getValue());
        }
        writeStrings(d, segmenter.extraPatterns());
        d.write(segmenter.spelling().table());
        segmenter.classifier().write(d);
        tagger.write(d);
        d.writeInt(statistics.table().length);
        d.write(statistics.table());
        d.write(statistics.logCounts());
        d.writeInt(statistics.names().length);
        d.write(statistics.names());
        writeMap(d, lemmaByFormClass);
        writeMap(d, lemmaByForm);
        lemmatizer.write(d);
        d.flush();
        gz.finish();
        gz.flush();
    }

    /** Reads a model written by {@link #save}; {@code name} names the source in error messages. */
    public static MorphModel load(InputStream in, String name) {
        try {
            // Inflate once, then parse from memory without the per-byte locking of buffered streams.
            byte[] raw = new GZIPInputStream(in, 1 << 16).readAllBytes();
            DataInputStream d = new DataInputStream(new ByteSource(raw));
            String magic = d.readUTF();
            if (!MAGIC.equals(magic)) {
                throw new ModelFormatException(name + ": not a naba morphology model; run naba train morph");
            }
            int format = d.readInt();
            if (format != FORMAT) {
                throw new ModelFormatException(name + ": format " + format + ", this build reads " + FORMAT
                        + "; run naba train morph");
            }
            List<String> templates = readStrings(d);
            if (!templates.equals(MorphFeatures.TEMPLATES)) {
                throw new ModelFormatException(name + ": feature templates " + templates + " differ from this build's "
                        + MorphFeatures.TEMPLATES + "; run naba train morph");
            }
            Map<String, String> provenance = readMap(d);
            int lexSize = d.readInt();
            Map<String, Integer> lexicon = new HashMap<>(lexSize * 2);
            for (int i = 0; i < lexSize; i++) {
                lexicon.put(d.readUTF(), (int) d.readShort());
            }
            List<String> extra = readStrings(d);
            byte[] formTable = new byte[2 << FormSpelling.BITS];
            d.readFully(formTable);
            SequenceModel segmenter = SequenceModel.read(d);
            SequenceModel tagger = SequenceModel.read(d);
            int tableSize = d.readInt();
            if (tableSize != 0 && tableSize != 1 << CorpusStatistics.BITS) {
                throw new ModelFormatException(name + ": bad corpus statistics size " + tableSize
                        + "; run naba train morph");
            }
            byte[] table = new byte[tableSize];
            d.readFully(table);
            byte[] logCounts = new byte[2 * tableSize];
            d.readFully(logCounts);
            int namesSize = d.readInt();
            if (namesSize != 0 && namesSize != 1 << CorpusStatistics.NAME_BITS) {
                throw new ModelFormatException(name + ": bad name table size " + namesSize + "; run naba train morph");
            }
            byte[] names = new byte[namesSize];
            d.readFully(names);
            Map<String, String> byFormClass = readMap(d);
            Map<String, String> byForm = readMap(d);
            SequenceModel lemmatizer = SequenceModel.read(d);
            return new MorphModel(provenance, lexicon, extra, segmenter, tagger,
                    new CorpusStatistics(table, logCounts, names), formTable,
                    byFormClass, byForm, lemmatizer);
        } catch (EOFException e) {
            throw new ModelFormatException(name + ": truncated morphology model; run naba train morph", e);
        } catch (java.util.zip.ZipException e) {
            throw new ModelFormatException(name + ": not a gzip morphology model; run naba train morph", e);
        } catch (IOException e) {
            throw new UncheckedIOException(name + ": cannot read the morphology model", e);
        }
    }

    private static void writeStrings(DataOutputStream d, List<String> list) throws IOException {
        d.writeInt(list.size());
        for (String s : list) {
            d.writeUTF(s);
        }
    }

    private static List<String> readStrings(DataInputStream d) throws IOException {
        int n = d.readInt();
        if (n < 0 || n > 10_000) {
            throw new ModelFormatException("morph model: bad list length " + n);
        }
        List<String> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(d.readUTF());
        }
        return out;
    }

    private static void writeMap(DataOutputStream d, Map<String, String> map) throws IOException {
        d.writeInt(map.size());
        for (Map.Entry<String, String> e : new TreeMap<>(map).entrySet()) {
            d.writeUTF(e.getKey());
            d.writeUTF(e.getValue());
        }
    }

    private static Map<String, String> readMap(DataInputStream d) throws IOException {
        int n = d.readInt();
        if (n < 0 || n > 10_000_000) {
            throw new ModelFormatException("morph model: bad map size " + n);
        }
        Map<String, String> out = new LinkedHashMap<>(n * 2);
        for (int i = 0; i < n; i++) {
            out.put(d.readUTF(), d.readUTF());
        }
        return out;
    }

    CliticSegmenter segmenter() {
        return segmenter;
    }

    CorpusStatistics statistics() {
        return statistics;
    }

    SequenceModel taggerModel() {
        return tagger;
    }

    SequenceModel lemmatizerModel() {
        return lemmatizer;
    }

    /** An unsynchronized input stream over a byte array. */
    private static final class ByteSource extends InputStream {
        private final byte[] bytes;
        private int pos;

        ByteSource(byte[] bytes) {
            this.bytes = bytes;
        }

        @Override
        public int read() {
            return pos < bytes.length ? bytes[pos++] & 0xFF : -1;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (pos >= bytes.length) {
                return len == 0 ? 0 : -1;
            }
            int n = Math.min(len, bytes.length - pos);
            System.arraycopy(bytes, pos, b, off, n);
            pos += n;
            return n;
        }
    }
}
