package naba.topic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import naba.pipeline.Pipeline;
import naba.text.Document;
import naba.text.Layers;
import naba.text.TopicDistribution;
import naba.text.TopicScore;
import naba.tokenize.ArabicTokenizer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TopicModelTest {
    private static final List<TopicExample> TRAIN = List.of(
            new TopicExample("sport", "فاز فريق الأهلي على الزمالك بهدفين في مباراة الدوري المصري لكرة القدم."),
            new TopicExample("sport", "سجل اللاعب هدف الفوز للمنتخب في الدقيقة الأخيرة من المباراة."),
            new TopicExample("sport", "تأهل المنتخب إلى نهائيات كأس العالم بعد فوزه في المباراة الحاسمة."),
            new TopicExample("sport", "أعلن المدرب تشكيلة الفريق قبل مباراة الدوري أمام برشلونة."),
            new TopicExample("economy", "ارتفعت أسعار النفط في الأسواق العالمية مع تراجع المخزونات الأميركية."),
            new TopicExample("economy", "أعلن البنك المركزي رفع سعر الفائدة لمواجهة التضخم في الأسواق."),
            new TopicExample("economy", "تراجعت البورصة بعد انخفاض أسهم البنوك وأسعار النفط."),
            new TopicExample("economy", "سجل الاقتصاد نموا في الناتج المحلي مع ارتفاع الصادرات والاستثمارات."),
            new TopicExample("technology", "أطلقت شركة أبل هاتفا ذكيا جديدا بكاميرا وتطبيقات للذكاء الاصطناعي."),
            new TopicExample("technology", "طور باحثون روبوتا يعمل بالذكاء الاصطناعي على الإنترنت."),
            new TopicExample("technology", "كشفت شركة غوغل عن تحديث لنظام التشغيل أندرويد في الهواتف الذكية."),
            new TopicExample("technology", "حذر خبراء من ثغرة في تطبيقات الإنترنت تكشف بيانات المستخدمين."));

    private static TopicModel model;

    @BeforeAll
    static void train() {
        model = new TopicTrainer(new TopicOptions(1 << 12, 20, 0.5, 7L)).train(TRAIN, "in-test", "none", 0);
    }

    private static TopicDistribution classify(TopicModel m, String text) {
        return m.classify(ArabicTokenizer.INSTANCE.tokenize(text));
    }

    @Test
    void learnsTheTopicsOfUnseenSentences() {
        assertThat(classify(model, "خسر الفريق المباراة وغاب اللاعب عن الدوري.").label()).isEqualTo("sport");
        assertThat(classify(model, "انخفضت أسعار الأسهم في البورصة وارتفع التضخم.").label()).isEqualTo("economy");
        assertThat(classify(model, "أعلنت الشركة عن هاتف ذكي يعمل بالذكاء الاصطناعي.").label())
                .isEqualTo("technology");
    }

    @Test
    void givesAProbabilityForEveryLabelSummingToOne() {
        TopicDistribution topic = classify(model, "فاز المنتخب في المباراة.");
        assertThat(topic.scores()).extracting(TopicScore::label)
                .containsExactlyInAnyOrder("economy", "sport", "technology");
        assertThat(topic.scores().stream().mapToDouble(TopicScore::probability).sum()).isCloseTo(1.0,
                org.assertj.core.data.Offset.offset(1e-9));
        assertThat(topic.scores().get(0).probability()).isGreaterThanOrEqualTo(topic.scores().get(1).probability());
        assertThat(model.labels()).containsExactly("economy", "sport", "technology");
    }

    @Test
    void textWithoutWordsGetsThePriorNotAnError() {
        TopicDistribution empty = classify(model, "");
        TopicDistribution digits = classify(model, "١٢٣ ، 456 !");
        assertThat(empty.scores()).hasSize(3);
        assertThat(digits).isEqualTo(empty);
    }

    @Test
    void saveThenLoadClassifiesIdentically(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("topics.bin");
        model.save(file);
        TopicModel loaded = TopicModel.load(file);
        assertThat(loaded.labels()).isEqualTo(model.labels());
        assertThat(loaded.provenance()).isEqualTo(model.provenance());
        for (TopicExample e : TRAIN) {
            assertThat(classify(loaded, e.text())).isEqualTo(classify(model, e.text()));
        }
    }

    @Test
    void trainingIsDeterministic() throws IOException {
        TopicModel again = new TopicTrainer(new TopicOptions(1 << 12, 20, 0.5, 7L)).train(TRAIN, "in-test", "none",
                0);
        assertThat(bytes(again)).isEqualTo(bytes(model));
    }

    @Test
    void annotatorAddsTheTopicLayer() {
        Pipeline pipeline = Pipeline.builder().add(ArabicTokenizer.INSTANCE).add(new TopicClassifier(model)).build();
        Document d = pipeline.annotate("سجل اللاعب هدفا في مباراة الدوري.");
        assertThat(d.layer(Layers.TOPIC).label()).isEqualTo("sport");
    }

    @Test
    void loadRejectsOtherFilesWithAFix() throws IOException {
        assertThatThrownBy(() -> TopicModel.load(new ByteArrayInputStream("not a model".getBytes()), "x.bin"))
                .isInstanceOf(TopicModelException.class).hasMessageContaining("x.bin")
                .hasMessageContaining("naba train topics");
        assertThatThrownBy(() -> TopicModel.load(new ByteArrayInputStream(header("naba.topic", 99)), "x.bin"))
                .isInstanceOf(TopicModelException.class).hasMessageContaining("format 99, this build reads 1");
        assertThatThrownBy(() -> TopicModel.load(new ByteArrayInputStream(header("naba.ner", 1)), "x.bin"))
                .isInstanceOf(TopicModelException.class).hasMessageContaining("not a topic model");
        byte[] whole = bytes(model);
        byte[] raw = ungzip(whole);
        byte[] truncated = gzip(java.util.Arrays.copyOf(raw, raw.length - 10));
        assertThatThrownBy(() -> TopicModel.load(new ByteArrayInputStream(truncated), "x.bin"))
                .isInstanceOf(TopicModelException.class).hasMessageContaining("truncated");
        assertThatThrownBy(() -> TopicModel.load(Path.of("no-such-topics.bin")))
                .isInstanceOf(naba.text.InputException.class).hasMessageContaining("no-such-topics.bin");
    }

    @Test
    void optionsRejectBadValues() {
        assertThatThrownBy(() -> new TopicOptions(1000, 5, 0.5, 1L)).hasMessageContaining("power of two");
        assertThatThrownBy(() -> new TopicOptions(1 << 10, 0, 0.5, 1L)).hasMessageContaining("epochs");
        assertThatThrownBy(() -> new TopicOptions(1 << 10, 5, 0, 1L)).hasMessageContaining("learning rate");
        assertThatThrownBy(() -> new TopicTrainer(TopicOptions.DEFAULT).train(TRAIN.subList(0, 4), "f", "s", 0))
                .hasMessageContaining("at least two labels");
    }

    @Test
    void evaluatorCountsConfusionsAndMacroF1() {
        int[][] confusion = {{8, 2}, {1, 9}};
        TopicReport report = TopicEvaluator.report(List.of("a", "b"), confusion);
        assertThat(report.accuracy()).isEqualTo(17 / 20.0);
        // F1(a) = 2·8 / (10 + 9), F1(b) = 2·9 / (10 + 11)
        assertThat(report.macroF1()).isCloseTo((16 / 19.0 + 18 / 21.0) / 2, org.assertj.core.data.Offset.offset(1e-12));
        TopicReport onTrain = TopicEvaluator.evaluate(model, TRAIN);
        assertThat(onTrain.total()).isEqualTo(TRAIN.size());
        assertThat(onTrain.accuracy()).isEqualTo(1.0);
    }

    private static byte[] bytes(TopicModel m) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        m.save(out);
        return out.toByteArray();
    }

    private static byte[] header(String magic, int format) throws IOException {
        ByteArrayOutputStream raw = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(raw);
        out.writeUTF(magic);
        out.writeInt(format);
        out.writeUTF(TopicFeatures.TEMPLATES);
        out.flush();
        return gzip(raw.toByteArray());
    }

    private static byte[] gzip(byte[] raw) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(raw);
        }
        return out.toByteArray();
    }

    private static byte[] ungzip(byte[] data) throws IOException {
        try (var in = new java.util.zip.GZIPInputStream(new ByteArrayInputStream(data))) {
            return in.readAllBytes();
        }
    }
}
