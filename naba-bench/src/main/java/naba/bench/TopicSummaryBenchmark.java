package naba.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import naba.pipeline.NabaPipeline;
import naba.pipeline.Pipeline;
import naba.summary.ExtractiveSummarizer;
import naba.text.Document;
import naba.text.Layers;
import naba.topic.TopicClassifier;
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
 * The topic classifier and the extractive summarizer alone, on 2,000 SaudiNewsNet articles already tokenized and split
 * into sentences, on one thread. Read the {@code words} rows: words per second.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(1)
public class TopicSummaryBenchmark {
    private List<Document> documents;
    private long words;
    private TopicClassifier classifier;
    private ExtractiveSummarizer summarizer;

    @Setup
    public void setUp() {
        BenchCorpus corpus = BenchCorpus.saudiNewsNet(2000);
        Pipeline basic = NabaPipeline.basic();
        documents = new ArrayList<>();
        for (String text : corpus.texts()) {
            documents.add(basic.annotate(text));
        }
        words = corpus.words();
        classifier = TopicClassifier.standard();
        summarizer = ExtractiveSummarizer.standard();
    }

    @Benchmark
    public void topic(WordCounter counter, Blackhole bh) {
        for (Document d : documents) {
            bh.consume(classifier.annotate(d).layer(Layers.TOPIC).label());
        }
        counter.words += words;
    }

    @Benchmark
    public void summary(WordCounter counter, Blackhole bh) {
        for (Document d : documents) {
            bh.consume(summarizer.annotate(d).layer(Layers.SUMMARY).words());
        }
        counter.words += words;
    }
}
