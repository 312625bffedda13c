package naba.ner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.data.Offset.offset;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class WindowNetworkTest {
    private static final LabelCodec CODEC = LabelCodec.BIO;
    private static final WindowNetwork.Shape SHAPE = new WindowNetwork.Shape(8, 16, 30, true, 4, 4);
    private static final List<String[]> SENTENCES = new ArrayList<>();
    private static final List<int[]> GOLD = new ArrayList<>();
    private static WordVectors vectors;
    private static WindowNetwork network;

    private static void add(String tokens, String tags) {
        NerSentence s = new NerSentence(List.of(tokens.split(" ")), List.of(tags.split(" ")));
        SENTENCES.add(NerFeatures.normalize(s.tokens()));
        GOLD.add(CODEC.encode(s.size(), s.spans()));
    }

    @BeforeAll
    static void train() {
        add("وصل الوزير الى دمشق امس", "O O O B-LOC O");
        add("غادر الوفد حلب صباح اليوم", "O O B-LOC O O");
        add("قال جون كيري ان الوفد غادر", "O B-PERS I-PERS O O O");
        add("وصل سيرغي لافروف الى بغداد", "O B-PERS I-PERS O B-LOC");
        vectors = WordVectorsTest.vectors();
        network = WindowNetwork.train(SENTENCES, GOLD, vectors, NerLexicon.empty(), CODEC.size(), SHAPE, 3L);
    }

    @Test
    void givesAProbabilityPerLabelAndLearnsItsTrainingSentences() {
        int right = 0;
        int total = 0;
        float[][] all = network.probabilities(SENTENCES);
        for (int s = 0; s < SENTENCES.size(); s++) {
            float[] p = all[s];
            assertThat(p).hasSize(SENTENCES.get(s).length * CODEC.size());
            for (int i = 0; i < GOLD.get(s).length; i++) {
                float sum = 0;
                int best = 0;
                for (int c = 0; c < CODEC.size(); c++) {
                    sum += p[i * CODEC.size() + c];
                    best = p[i * CODEC.size() + c] > p[i * CODEC.size() + best] ? c : best;
                }
                assertThat(sum).isCloseTo(1f, offset(1e-4f));
                right += best == GOLD.get(s)[i] ? 1 : 0;
                total++;
            }
        }
        assertThat(right).isGreaterThanOrEqualTo(total - 2);
        assertThat(network.probabilities(List.<String[]>of(new String[0]))[0]).isEmpty();
    }

    @Test
    void isDeterministicForASeedAndSurvivesWritingAndReading() throws IOException {
        WindowNetwork again = WindowNetwork.train(SENTENCES, GOLD, vectors, NerLexicon.empty(), CODEC.size(), SHAPE,
                3L);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        network.write(new DataOutputStream(bytes));
        WindowNetwork read = WindowNetwork.read(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())),
                NerLexicon.empty(), vectors, true);
        String[] unseen = NerFeatures.normalize(List.of("وصل", "الوفد", "الى", "عمان"));
        List<String[]> text = List.<String[]>of(unseen);
        assertThat(again.probabilities(text)).isEqualTo(network.probabilities(text));
        // The file keeps the embeddings in 8 bits, as quantized() rounds them.
        assertThat(read.probabilities(text)).isEqualTo(network.quantized().probabilities(text));
        assertThat(network.quantized().quantized().probabilities(text))
                .isEqualTo(network.quantized().probabilities(text));
        float[] rounded = read.probabilities(text)[0];
        float[] exact = network.probabilities(text)[0];
        for (int i = 0; i < exact.length; i++) {
            assertThat(rounded[i]).isCloseTo(exact[i], within(0.02f));
        }
    }

    @Test
    void networksThatReadAlikeShareOneReadingOfTheText() {
        NerLexicon lexicon = NerLexicon.empty();
        WindowNetwork one = WindowNetwork.train(SENTENCES, GOLD, vectors, lexicon, CODEC.size(), SHAPE, 3L);
        WindowNetwork other = WindowNetwork.train(SENTENCES, GOLD, vectors, lexicon, CODEC.size(), SHAPE, 11L);
        List<String[]> text = List.of(NerFeatures.normalize(List.of("غادر", "لافروف", "دمشق", "الى", "بغداد")),
                NerFeatures.normalize(List.of("وصل", "الوفد", "الى", "عمان")));
        assertThat(other.readsLike(one)).isTrue();
        assertThat(other.probabilities(one.read(text))).isEqualTo(other.probabilities(text));
        WindowNetwork withoutContext = WindowNetwork.train(SENTENCES, GOLD, vectors, lexicon, CODEC.size(),
                new WindowNetwork.Shape(8, 8, 1, false), 3L);
        assertThat(withoutContext.readsLike(one)).isFalse();
        assertThat(network.readsLike(one)).as("another lexicon").isFalse();
        assertThatThrownBy(() -> withoutContext.probabilities(one.read(text)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void eachNetworkOfAnEnsembleHasFeaturesOfItsOwnAndTheFirstKeepsItsIds() {
        float[] p = network.probabilities(SENTENCES.subList(0, 1))[0];
        int n = SENTENCES.get(0).length;
        int[] first = new int[n];
        int[] stack = new int[n * StackFeatures.PER_TOKEN];
        int[] one = WindowNetwork.appendFeatures(stack, List.of(p), first, CODEC.size());
        int[] two = WindowNetwork.appendFeatures(stack, List.of(p, p), first, CODEC.size());
        int a = StackFeatures.PER_TOKEN;
        int per = WindowNetwork.PER_TOKEN;
        assertThat(two).hasSize(n * (a + 2 * per));
        java.util.Set<Integer> known = new java.util.HashSet<>();
        for (int id : WindowNetwork.featureIds(CODEC.size())) {
            known.add(id);
        }
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < per; j++) {
                int mine = one[i * (a + per) + a + j];
                assertThat(two[i * (a + 2 * per) + a + j]).isEqualTo(mine);
                assertThat(two[i * (a + 2 * per) + a + per + j]).isEqualTo(WindowNetwork.memberFeature(mine, 1))
                        .isNotEqualTo(mine);
                assertThat(known).contains(mine);
            }
        }
    }

    @Test
    void wordsRememberedFromEarlierTextsGiveTheSameProbabilities() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        network.write(new DataOutputStream(bytes));
        WindowNetwork fresh = WindowNetwork.read(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())),
                NerLexicon.empty(), vectors, true);
        List<String[]> text = List.<String[]>of(NerFeatures.normalize(List.of("غادر", "لافروف", "دمشق", "الى", "بغداد")));
        float[][] first = fresh.probabilities(text);
        assertThat(fresh.probabilities(text)).isEqualTo(first);
        WindowNetwork other = WindowNetwork.read(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())),
                NerLexicon.empty(), vectors, true);
        other.probabilities(SENTENCES);
        assertThat(other.probabilities(text)).isEqualTo(first);
    }

    @Test
    void readsTheSentencesAroundASentence() {
        String[] sentence = NerFeatures.normalize(List.of("وصل", "الوفد", "الى", "حلب"));
        String[] fruit = NerFeatures.normalize(List.of("اكل", "الولد", "التفاح", "الطازج"));
        String[] city = NerFeatures.normalize(List.of("غادر", "الوفد", "دمشق", "صباح", "اليوم"));
        float[] afterFruit = network.probabilities(List.of(fruit, sentence))[1];
        float[] afterCity = network.probabilities(List.of(city, sentence))[1];
        assertThat(afterFruit).isNotEqualTo(afterCity);
        assertThat(network.probabilities(List.of(fruit, sentence))[1]).isEqualTo(afterFruit);
        WindowNetwork blind = WindowNetwork.train(SENTENCES, GOLD, vectors, NerLexicon.empty(), CODEC.size(),
                new WindowNetwork.Shape(8, 16, 5, false), 3L);
        assertThat(blind.probabilities(List.of(fruit, sentence))[1])
                .isEqualTo(blind.probabilities(List.of(city, sentence))[1]);
    }

    @Test
    void featuresNameTheGuessAndItsConfidence() {
        int labels = CODEC.size();
        float[] p = new float[2 * labels];
        p[CODEC.indexOf("B-PERS")] = 0.98f;
        p[0] = 0.02f;
        p[labels] = 0.6f;
        p[labels + CODEC.indexOf("B-LOC")] = 0.4f;
        int[] f = WindowNetwork.features(p, new int[] {0, 0}, labels);
        assertThat(f).hasSize(2 * WindowNetwork.PER_TOKEN);
        int[] same = WindowNetwork.features(p.clone(), new int[] {0, 0}, labels);
        assertThat(same).isEqualTo(f);
        assertThat(f[0]).isNotEqualTo(f[WindowNetwork.PER_TOKEN]);
    }
}
