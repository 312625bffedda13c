package naba.text;

/**
 * The keys of the standard layers. Each later concern (morphology, entities, extraction, ...) adds its key here,
 * next to the record types it stores.
 */
public final class Layers {
    public static final LayerKey<Layer<Paragraph>> PARAGRAPHS = LayerKey.of("paragraphs", "SentenceSplitter");
    public static final LayerKey<Layer<Sentence>> SENTENCES = LayerKey.of("sentences", "SentenceSplitter");
    public static final LayerKey<Layer<Token>> TOKENS = LayerKey.of("tokens", "ArabicTokenizer");
    public static final LayerKey<Layer<Word>> WORDS = LayerKey.of("words", "MorphologicalAnalyzer");
    public static final LayerKey<Layer<Mention>> MENTIONS = LayerKey.of("mentions", "NamedEntityTagger");
    public static final LayerKey<java.util.List<Entity>> ENTITIES = LayerKey.of("entities", "EntityLinker");
    public static final LayerKey<TopicDistribution> TOPIC = LayerKey.of("topic", "TopicClassifier");
    public static final LayerKey<Summary> SUMMARY = LayerKey.of("summary", "ExtractiveSummarizer");
    public static final LayerKey<java.util.List<ParagraphDuplicate>> PARAGRAPH_DUPLICATES =
            LayerKey.of("paragraph_duplicates", "ParagraphDuplicateDetector");
    public static final LayerKey<Layer<TimeExpression>> TIMES = LayerKey.of("times", "TimeExpressionTagger");
    public static final LayerKey<Layer<Quantity>> QUANTITIES = LayerKey.of("quantities", "QuantityTagger");
    public static final LayerKey<Layer<Quotation>> QUOTATIONS = LayerKey.of("quotations", "QuotationExtractor");

    private Layers() {
    }
}
