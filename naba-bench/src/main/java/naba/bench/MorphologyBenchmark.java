package naba.bench;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import naba.morph.MorphologicalAnalyzer;
import naba.pipeline.Pipeline;
import naba.text.Document;
import naba.text.Layers;
import naba.tokenize.ArabicTokenizer;
import naba.tokenize.SentenceSplitter;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * naba's morphology (clitic segmentation + UPOS + lemma, on already tokenized and sentence-split documents) beside
 * Lucene 9.12's {@code ArabicAnalyzer} (tokenize, stop words, normalize, light stem) over the same 1,000 SaudiNewsNet
 * articles on one thread. Read the {@code words} rows: white-space words per second. The {@code morphologyFromText}
 * row adds tokenization and sentence splitting.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(value = 1, jvmArgs = {"-Xmx2g"})
public class MorphologyBenchmark {
    private BenchCorpus corpus;
    private List<Document> tokenized;
    private MorphologicalAnalyzer analyzer;
    private Pipeline pipeline;
    private Analyzer lucene;

    @Setup
    public void setUp() {
        corpus = BenchCorpus.saudiNewsNet(1000);
        analyzer = MorphologicalAnalyzer.standard();
        Pipeline basic = Pipeline.builder().add(ArabicTokenizer.INSTANCE).add(SentenceSplitter.INSTANCE).build();
        tokenized = corpus.texts().stream().map(basic::annotate).toList();
        pipeline = Pipeline.builder().add(ArabicTokenizer.INSTANCE).add(SentenceSplitter.INSTANCE).add(analyzer)
                .build();
        lucene = new ArabicAnalyzer();
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        lucene.close();
    }

    @Benchmark
    public void morphology(WordCounter counter, Blackhole bh) {
        for (Document d : tokenized) {
            bh.consume(analyzer.annotate(d).layer(Layers.WORDS).size());
        }
        counter.words += corpus.words();
    }

    @Benchmark
    public void morphologyFromText(WordCounter counter, Blackhole bh) {
        for (String text : corpus.texts()) {
            bh.consume(pipeline.annotate(text).layer(Layers.WORDS).size());
        }
        counter.words += corpus.words();
    }

    @Benchmark
    public void luceneArabicAnalyzer(WordCounter counter, Blackhole bh) throws IOException {
        bh.consume(LuceneBaseline.analyze(lucene, corpus.texts()));
        counter.words += corpus.words();
    }
}
