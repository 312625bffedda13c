package naba.pipeline;

import naba.tokenize.ArabicTokenizer;
import naba.tokenize.SentenceSplitter;

/**
 * The standard pipelines. {@code NabaPipeline.standard().annotate("قال كيري إن روسيا")} gives every layer naba
 * knows; build it once and share it across threads.
 */
public final class NabaPipeline {
    private NabaPipeline() {
    }

    /** Tokens, sentences and paragraphs only. */
    public static Pipeline basic() {
        return Pipeline.builder().add(ArabicTokenizer.INSTANCE).add(SentenceSplitter.INSTANCE).build();
    }

    /** Every layer: later concerns add their annotators here, in dependency order. */
    public static Pipeline standard() {
        Pipeline.Builder builder = Pipeline.builder().add(ArabicTokenizer.INSTANCE).add(SentenceSplitter.INSTANCE);
        builder.add(naba.dedup.ParagraphDuplicateDetector.INSTANCE);
        builder.add(naba.morph.MorphologicalAnalyzer.standard());
        builder.add(naba.ner.NamedEntityTagger.standard()).add(naba.ner.EntityLinker.standard());
        // Extraction reads MENTIONS/ENTITIES when present, so it stays after NER; TIMES before QUANTITIES.
        builder.add(naba.extract.TimeExpressionTagger.INSTANCE).add(naba.extract.QuantityTagger.INSTANCE)
                .add(naba.extract.QuotationExtractor.INSTANCE);
        // Topic and summary come last: the summarizer weighs named-entity mentions when they are present.
        builder.add(naba.topic.TopicClassifier.standard()).add(naba.summary.ExtractiveSummarizer.standard());
        return builder.build();
    }
}
