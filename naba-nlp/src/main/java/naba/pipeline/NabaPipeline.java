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
        // TIMES before NER, which keeps no name inside a date («أبريل (نيسان)»), and before QUANTITIES; the quotation
        // extractor reads MENTIONS/ENTITIES, so it stays after NER.
        builder.add(naba.extract.TimeExpressionTagger.INSTANCE);
        builder.add(naba.ner.NamedEntityTagger.standard()).add(naba.ner.EntityLinker.standard());
        builder.add(naba.extract.QuantityTagger.INSTANCE).add(naba.extract.QuotationExtractor.INSTANCE);
        // Topic and summary come last: the summarizer weighs named-entity mentions when they are present.
        builder.add(naba.topic.TopicClassifier.standard()).add(naba.summary.ExtractiveSummarizer.standard());
        return builder.build();
    }
}
