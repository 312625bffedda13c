package naba.bench;

import java.io.IOException;
import java.util.concurrent.TimeUnit;
import naba.pipeline.NabaPipeline;
import naba.pipeline.Pipeline;
import naba.text.Document;
import naba.text.Layers;
import org.apache.lucene.analysis.Analyzer;
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
 * naba's normalize + tokenize + sentence split beside Lucene 9.12's {@code StandardTokenizer} +
 * {@code ArabicNormalizationFilter}, over the same 2,000 SaudiNewsNet articles on one thread. Read the
 * {@code words} rows: words per second.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(1)
public class TokenizationBenchmark {
    private BenchCorpus corpus;
    private Pipeline pipeline;
    private Analyzer lucene;

    @Setup
    public void setUp() {
        corpus = BenchCorpus.saudiNewsNet(2000);
        pipeline = NabaPipeline.basic();
        lucene = LuceneBaseline.standardArabicNormalization();
    }

    @Benchmark
    public void naba(WordCounter counter, Blackhole bh) {
        for (String text : corpus.texts()) {
            Document d = pipeline.annotate(text);
            bh.consume(d.layer(Layers.TOKENS).size() + d.layer(Layers.SENTENCES).size());
        }
        counter.words += corpus.words();
    }

    @Benchmark
    public void luceneStandardArabicNormalization(WordCounter counter, Blackhole bh) throws IOException {
        bh.consume(LuceneBaseline.analyze(lucene, corpus.texts()));
        counter.words += corpus.words();
    }
}
