package naba.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import naba.extract.QuantityTagger;
import naba.extract.QuotationExtractor;
import naba.extract.TimeExpressionTagger;
import naba.pipeline.NabaPipeline;
import naba.pipeline.Pipeline;
import naba.text.Annotator;
import naba.text.Document;
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
 * What time, quantity and quotation extraction cost inside {@code naba analyze}, on one thread over the same 1,000
 * SaudiNewsNet articles: {@code standardWithoutExtraction} is the standard pipeline minus the three extractors,
 * {@code standardWithExtraction} the standard pipeline itself, {@code extractionOnly} the three extractors on
 * documents the rest of the pipeline has already annotated. The bar: with ≤ 1.3 × without, in time per word.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 4, time = 5)
@Fork(value = 1, jvmArgs = {"-Xmx2g"})
public class ExtractionBenchmark {
    private BenchCorpus corpus;
    private Pipeline with;
    private Pipeline without;
    private List<Document> annotated;

    @Setup
    public void setUp() {
        corpus = BenchCorpus.saudiNewsNet(1000);
        with = NabaPipeline.standard();
        Pipeline.Builder builder = Pipeline.builder();
        for (Annotator a : with.annotators()) {
            if (!isExtractor(a)) {
                builder.add(a);
            }
        }
        without = builder.build();
        annotated = new ArrayList<>(corpus.texts().size());
        for (String text : corpus.texts()) {
            annotated.add(without.annotate(text));
        }
    }

    private static boolean isExtractor(Annotator a) {
        return a == TimeExpressionTagger.INSTANCE || a == QuantityTagger.INSTANCE || a == QuotationExtractor.INSTANCE;
    }

    @Benchmark
    public void standardWithoutExtraction(WordCounter counter, Blackhole bh) {
        for (String text : corpus.texts()) {
            bh.consume(without.annotate(text).layerKeys().size());
        }
        counter.words += corpus.words();
    }

    @Benchmark
    public void standardWithExtraction(WordCounter counter, Blackhole bh) {
        for (String text : corpus.texts()) {
            bh.consume(with.annotate(text).layerKeys().size());
        }
        counter.words += corpus.words();
    }

    @Benchmark
    public void extractionOnly(WordCounter counter, Blackhole bh) {
        for (Document d : annotated) {
            Document x = QuotationExtractor.INSTANCE.annotate(
                    QuantityTagger.INSTANCE.annotate(TimeExpressionTagger.INSTANCE.annotate(d)));
            bh.consume(x.layerKeys().size());
        }
        counter.words += corpus.words();
    }
}
