package naba.ner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import naba.pipeline.NabaPipeline;
import naba.text.Document;
import naba.text.EntityType;
import naba.text.Layers;
import naba.text.Mention;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class NerModelTest {
    private static final List<NerSentence> TRAIN = new ArrayList<>();
    private static NerModel model;

    private static void add(String tokens, String tags) {
        TRAIN.add(new NerSentence(List.of(tokens.split(" ")), List.of(tags.split(" "))));
    }

    @BeforeAll
    static void train() {
        add("قال جون كيري إن روسيا أرسلت فريقا", "O B-PERS I-PERS O B-LOC O O");
        add("وصل سيرغي لافروف إلى جنيف", "O B-PERS I-PERS O B-LOC");
        add("أعلنت وزارة الخارجية الروسية أن موسكو مستعدة", "O B-ORG I-ORG I-ORG O B-LOC O");
        add("وقال كيري إن واشنطن قلقة", "O B-PERS O B-LOC O");
        add("ذكرت صحيفة نيويورك تايمز أن الأمم المتحدة تدعم الحل", "O O B-ORG I-ORG O B-ORG I-ORG O O");
        add("التقى لافروف نظيره في موسكو", "O B-PERS O O B-LOC");
        add("تدعم روسيا حكومة الرئيس بشار الأسد", "O B-LOC O O B-PERS I-PERS");
        add("شارك الفريق في كأس العالم", "O O O B-MISC I-MISC");
        model = new NerTrainer(new NerOptions(LabelCodec.BIOES, 8, 7L, 16)).train(TRAIN, List.of());
    }

    @Test
    void tagsItsTrainingSentencesExactly() {
        for (NerSentence s : TRAIN) {
            assertThat(model.tag(s.tokens())).extracting(TokenSpan::start, TokenSpan::end, TokenSpan::type)
                    .as("%s", s.tokens())
                    .containsExactlyElementsOf(s.spans().stream()
                            .map(t -> tuple(t.start(), t.end(), t.type())).toList());
        }
    }

    @Test
    void pipelineTaggerRecallsANameTaggedInAnEarlierSentence() {
        String first = "وقال ماكرون إن واشنطن قلقة";
        String later = "أرسلت ماكرون فريقا";
        List<TokenSpan> firstSpans = model.tag(List.of(first.split(" ")));
        assertThat(firstSpans).as("tagged from its context").extracting(TokenSpan::start).contains(1);
        EntityType type = firstSpans.stream().filter(s -> s.start() == 1).findFirst().orElseThrow().type();
        assertThat(model.tag(List.of(later.split(" ")))).as("missed without context").isEmpty();
        String text = first + ". " + later + ".";
        Document d = new NamedEntityTagger(model, KnownEntities.of(List.of()))
                .annotate(NabaPipeline.basic().annotate(text));
        assertThat(d.layer(Layers.MENTIONS)).filteredOn(m -> m.surface().equals("ماكرون"))
                .extracting(Mention::start, Mention::type)
                .containsExactly(tuple(text.indexOf("ماكرون"), type), tuple(text.lastIndexOf("ماكرون"), type));
    }

    @Test
    void tagsNewSentenceWithSeenNames() {
        // «كيري» followed «وقال» in training, «موسكو» was a place; the sentence itself is new
        assertThat(model.tag(List.of("وقال", "كيري", "إن", "موسكو", "مستعدة")))
                .extracting(TokenSpan::start, TokenSpan::end, TokenSpan::type)
                .contains(tuple(1, 2, EntityType.PERS), tuple(3, 4, EntityType.LOC));
    }

    @Test
    void scoresAreProbabilities() {
        assertThat(model.tag(TRAIN.get(0).tokens())).allSatisfy(s -> assertThat(s.score()).isBetween(0f, 1f));
    }

    @Test
    void savesAndLoadsToIdenticalOutput() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        model.save(bytes);
        NerModel loaded = NerModel.load(new ByteArrayInputStream(bytes.toByteArray()), "test.bin");
        assertThat(loaded.codec()).isEqualTo(LabelCodec.BIOES);
        assertThat(loaded.provenance()).containsEntry("seed", "7").containsEntry("epochs", "8")
                .containsEntry("codec", "BIOES").containsKey("sources");
        assertThat(loaded.templates()).isEqualTo(NerFeatures.TEMPLATES);
        for (NerSentence s : TRAIN) {
            assertThat(loaded.tag(s.tokens())).isEqualTo(model.tag(s.tokens()));
        }
    }

    @Test
    void trainingIsDeterministicForASeed() {
        NerModel again = new NerTrainer(new NerOptions(LabelCodec.BIOES, 8, 7L, 16)).train(TRAIN, List.of());
        for (NerSentence s : TRAIN) {
            assertThat(again.tag(s.tokens())).isEqualTo(model.tag(s.tokens()));
        }
    }

    @Test
    void bioCodecTrainsToo() {
        NerModel bio = new NerTrainer(new NerOptions(LabelCodec.BIO, 8, 7L, 16)).train(TRAIN, List.of());
        assertThat(bio.tag(TRAIN.get(1).tokens())).extracting(TokenSpan::start, TokenSpan::end, TokenSpan::type)
                .containsExactly(tuple(1, 3, EntityType.PERS), tuple(4, 5, EntityType.LOC));
    }

    @Test
    void stackedModelTagsAndSavesWithBothStages() throws IOException {
        NerModel stacked = new NerTrainer(new NerOptions(LabelCodec.BIO, 8, 7L, 16)).trainStacked(TRAIN, List.of(),
                NerLexicon.empty(), java.util.Map.of("sources", "test"), line -> { }, 2, 1);
        assertThat(stacked.stacked()).isTrue();
        assertThat(stacked.provenance()).containsKeys("stacking", "firstStageEpochs");
        List<List<String>> text = TRAIN.stream().map(NerSentence::tokens).toList();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        stacked.save(bytes);
        NerModel loaded = NerModel.load(new ByteArrayInputStream(bytes.toByteArray()), "stacked.bin");
        assertThat(loaded.stacked()).isTrue();
        assertThat(loaded.tagAll(text)).isEqualTo(stacked.tagAll(text));
        assertThat(loaded.tag(TRAIN.get(1).tokens())).isEqualTo(stacked.tag(TRAIN.get(1).tokens()));
        assertThat(stacked.tag(List.of())).isEmpty();
    }

    @Test
    void stackedModelWithANetworkSavesAndLoadsIt() throws IOException {
        NerModel withNetwork = new NerTrainer(new NerOptions(LabelCodec.BIO, 8, 7L, 16)).trainStacked(TRAIN,
                List.of(), NerLexicon.empty(), WordVectorsTest.vectors(), java.util.Map.of("sources", "test"),
                line -> { }, 2, 1);
        assertThat(withNetwork.provenance()).containsKey("network");
        List<List<String>> text = TRAIN.stream().map(NerSentence::tokens).toList();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        withNetwork.save(bytes);
        NerModel loaded = NerModel.load(new ByteArrayInputStream(bytes.toByteArray()), "network.bin");
        assertThat(loaded.tagAll(text)).isEqualTo(withNetwork.tagAll(text));
        ByteArrayOutputStream without = new ByteArrayOutputStream();
        new NerTrainer(new NerOptions(LabelCodec.BIO, 8, 7L, 16)).trainStacked(TRAIN, List.of(), NerLexicon.empty(),
                java.util.Map.of("sources", "test"), line -> { }, 2, 1).save(without);
        assertThat(bytes.size()).as("the file carries the vectors and weights").isGreaterThan(without.size());
    }

    @Test
    void anEnsembleKeepsEachMembersNetworkAndSavesAndLoadsAsOneModel() throws IOException {
        NerOptions two = new NerOptions(LabelCodec.BIO, 8, 7L, 16, 2);
        NerModel ensemble = new NerTrainer(two).trainStacked(TRAIN, TRAIN, NerLexicon.empty(),
                WordVectorsTest.vectors(), java.util.Map.of("sources", "test"), line -> { }, 2, 1);
        assertThat(ensemble.networks()).isEqualTo(2);
        assertThat(ensemble.provenance().get("members")).startsWith("2 models by seeds 7, 1007");
        assertThat(ensemble.provenance()).containsKeys("devF1", "epochs", "seed");
        List<List<String>> text = TRAIN.stream().map(NerSentence::tokens).toList();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ensemble.save(bytes);
        NerModel loaded = NerModel.load(new ByteArrayInputStream(bytes.toByteArray()), "ensemble.bin");
        assertThat(loaded.networks()).isEqualTo(2);
        assertThat(loaded.tagAll(text)).isEqualTo(ensemble.tagAll(text));
        assertThat(loaded.tag(TRAIN.get(0).tokens())).extracting(TokenSpan::start, TokenSpan::end, TokenSpan::type)
                .containsExactlyElementsOf(TRAIN.get(0).spans().stream()
                        .map(t -> tuple(t.start(), t.end(), t.type())).toList());
        NerModel member = new NerTrainer(two.member(1)).trainStacked(TRAIN, TRAIN, NerLexicon.empty(),
                WordVectorsTest.vectors(), java.util.Map.of("sources", "test"), line -> { }, 2, 1);
        assertThat(member.networks()).isEqualTo(1);
        assertThat(member.provenance().get("seed")).isEqualTo("1007");
    }

    @Test
    void readsTheFilesOfEarlierFormatsAndRefusesLaterOnes() throws IOException {
        ByteArrayOutputStream one = new ByteArrayOutputStream();
        model.save(one);
        NerModel stacked = new NerTrainer(new NerOptions(LabelCodec.BIO, 8, 7L, 16)).trainStacked(TRAIN, List.of(),
                NerLexicon.empty(), java.util.Map.of("sources", "test"), line -> { }, 2, 1);
        ByteArrayOutputStream two = new ByteArrayOutputStream();
        stacked.save(two);
        List<List<String>> text = TRAIN.stream().map(NerSentence::tokens).toList();
        // Each format appended a presence flag at the end of a file without the later parts: format 1 has no
        // second-stage flag, format 2 no network flag, formats 3 and 4 a one-byte flag where 5 counts networks in
        // four bytes.
        NerModel format1 = NerModel.load(new ByteArrayInputStream(asFormat(one.toByteArray(), 1, 1)), "f1.bin");
        NerModel format2 = NerModel.load(new ByteArrayInputStream(asFormat(two.toByteArray(), 2, 4)), "f2.bin");
        NerModel format3 = NerModel.load(new ByteArrayInputStream(asFormat(two.toByteArray(), 3, 3)), "f3.bin");
        assertThat(format1.stacked()).isFalse();
        assertThat(format1.tagAll(text)).isEqualTo(model.tagAll(text));
        assertThat(format2.stacked()).isTrue();
        assertThat(format2.tagAll(text)).isEqualTo(stacked.tagAll(text));
        assertThat(format3.tagAll(text)).isEqualTo(stacked.tagAll(text));
        byte[] later = asFormat(one.toByteArray(), NerModel.FORMAT + 1, 0);
        assertThatThrownBy(() -> NerModel.load(new ByteArrayInputStream(later), "new.bin"))
                .isInstanceOf(NerException.class)
                .hasMessageContaining("new.bin: format " + (NerModel.FORMAT + 1) + ", this build reads 1 to");
    }

    /** A saved model file with its format number replaced and its last {@code drop} bytes removed. */
    private static byte[] asFormat(byte[] file, int format, int drop) throws IOException {
        byte[] raw = new java.util.zip.GZIPInputStream(new ByteArrayInputStream(file)).readAllBytes();
        assertThat(java.nio.ByteBuffer.wrap(raw).getInt(4)).isEqualTo(NerModel.FORMAT);
        for (int i = raw.length - drop; i < raw.length; i++) {
            assertThat(raw[i]).as("a dropped presence flag is false").isZero();
        }
        java.nio.ByteBuffer.wrap(raw).putInt(4, format);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(raw, 0, raw.length - drop);
        }
        return out.toByteArray();
    }

    @Test
    void emptySentenceGivesNoSpans() {
        assertThat(model.tag(List.of())).isEmpty();
    }

    @Test
    void rejectsFilesThatAreNotModels() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(bytes)) {
            gz.write(new byte[] {1, 2, 3, 4, 5, 6, 7, 8});
        }
        assertThatThrownBy(() -> NerModel.load(new ByteArrayInputStream(bytes.toByteArray()), "x.bin"))
                .isInstanceOf(NerException.class).hasMessageContaining("x.bin: not a naba NER model");
        assertThatThrownBy(() -> NerModel.load(new ByteArrayInputStream(new byte[] {1, 2}), "y.bin"))
                .isInstanceOf(NerException.class).hasMessageContaining("y.bin");
    }

    @Test
    void rejectsInvalidOptions() {
        assertThatThrownBy(() -> new NerOptions(LabelCodec.BIO, 0, 1L, 16)).hasMessageContaining("epochs");
        assertThatThrownBy(() -> new NerOptions(null, 3, 1L, 16)).hasMessageContaining("codec");
        assertThatThrownBy(() -> new NerOptions(LabelCodec.BIO, 3, 1L, 30)).hasMessageContaining("hashBits");
        assertThatThrownBy(() -> new NerTrainer(NerOptions.defaults()).train(List.of(), List.of()))
                .hasMessageContaining("no training sentences");
    }
}
