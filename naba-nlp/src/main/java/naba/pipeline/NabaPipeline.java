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
        return builder.build();
    }
}
