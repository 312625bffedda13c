package naba.bench;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import naba.morph.MorphologicalAnalyzer;
import naba.ner.EntityLinker;
import naba.ner.NamedEntityTagger;
import naba.pipeline.NabaPipeline;
import naba.pipeline.Pipeline;
import naba.text.Document;
import naba.text.Layers;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Named-entity speed on one thread over the same 1,000 SaudiNewsNet articles, beside Lucene 9.12's
 * {@code ArabicAnalyzer} in the same run: {@code nerTagger} is the tagger on tokenized, sentence-split documents (it
 * runs the morphology for its parts of speech); {@code nerTaggerOnWords} the tagger on documents that also have the
 * morphology's words, as in the pipeline; {@code nerTaggerAndLinker} adds entity merging;
 * {@code analyzeStandardPipeline} is the whole {@code naba analyze} pipeline from raw text. Read the {@code words}
 * rows: words per second.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 4, time = 5)
@Fork(value = 1, jvmArgs = {"-Xmx2g"})
public class NerBenchmark {
    private BenchCorpus corpus;
    private List<Document> tokenized;
    private List<Document> withWords;
    private NamedEntityTagger tagger;
    private EntityLinker linker;
    private Pipeline standard;
    private ArabicAnalyzer lucene;

    @Setup
    public void setUp() {
        corpus = BenchCorpus.saudiNewsNet(1000);
        Pipeline basic = NabaPipeline.basic();
        tokenized = new ArrayList<>(corpus.texts().size());
        for (String text : corpus.texts()) {
            tokenized.add(basic.annotate(text));
        }
        withWords = new ArrayList<>(tokenized.size());
        for (Document d : tokenized) {
            withWords.add(MorphologicalAnalyzer.standard().annotate(d));
        }
        tagger = NamedEntityTagger.standard();
        linker = EntityLinker.standard();
        standard = NabaPipeline.standard();
        lucene = new ArabicAnalyzer();
    }

    @Benchmark
    public void nerTagger(WordCounter counter, Blackhole bh) {
        for (Document d : tokenized) {
            bh.consume(tagger.annotate(d).layer(Layers.MENTIONS).size());
        }
        counter.words += corpus.words();
    }

    @Benchmark
    public void nerTaggerOnWords(WordCounter counter, Blackhole bh) {
        for (Document d : withWords) {
            bh.consume(tagger.annotate(d).layer(Layers.MENTIONS).size());
        }
        counter.words += corpus.words();
    }

    @Benchmark
    public void nerTaggerAndLinker(WordCounter counter, Blackhole bh) {
        for (Document d : tokenized) {
            bh.consume(linker.annotate(tagger.annotate(d)).layer(Layers.ENTITIES).size());
        }
        counter.words += corpus.words();
    }

    @Benchmark
    public void analyzeStandardPipeline(WordCounter counter, Blackhole bh) {
        for (String text : corpus.texts()) {
            bh.consume(standard.annotate(text).layerKeys().size());
        }
        counter.words += corpus.words();
    }

    @Benchmark
    public void luceneArabicAnalyzer(WordCounter counter, Blackhole bh) throws IOException {
        bh.consume(LuceneBaseline.analyze(lucene, corpus.texts()));
        counter.words += corpus.words();
    }
}
