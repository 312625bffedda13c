package naba.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WordVectorsTest {
    /** Cities and fruits, each in its own contexts, as a stream of type ids (-1 between sentences). */
    static NewsCorpus.Stripped text() {
        String[] cities = {"دمشق", "حلب", "بغداد", "عمان"};
        String[] fruits = {"التفاح", "الموز", "العنب", "البرتقال"};
        List<String> sentences = new ArrayList<>();
        for (int r = 0; r < 20; r++) {
            for (String c : cities) {
                sentences.add("وصل الوزير الى " + c + " امس");
                sentences.add("غادر الوفد " + c + " صباح اليوم");
            }
            for (String f : fruits) {
                sentences.add("اكل الولد " + f + " الطازج");
                sentences.add("اشترت الام " + f + " من السوق");
            }
        }
        Map<String, Integer> ids = new HashMap<>();
        List<String> types = new ArrayList<>();
        List<Integer> stream = new ArrayList<>();
        for (String s : sentences) {
            for (String w : s.split(" ")) {
                stream.add(ids.computeIfAbsent(w, k -> {
                    types.add(k);
                    return types.size() - 1;
                }));
            }
            stream.add(-1);
        }
        return new NewsCorpus.Stripped(stream.stream().mapToInt(Integer::intValue).toArray(), types);
    }

    static WordVectors vectors() {
        NewsCorpus.Stripped t = text();
        return WordVectors.build(t.corpus(), t.types(), 100, 100, 4, 1L);
    }

    private static double cosine(WordVectors v, String a, String b) {
        int ra = v.row(WordHash.of(a));
        int rb = v.row(WordHash.of(b));
        double dot = 0;
        double na = 0;
        double nb = 0;
        for (int d = 0; d < v.dims(); d++) {
            dot += v.value(ra, d) * v.value(rb, d);
            na += v.value(ra, d) * v.value(ra, d);
            nb += v.value(rb, d) * v.value(rb, d);
        }
        return dot / Math.sqrt(na * nb);
    }

    @Test
    void wordsUsedAlikeGetCloseVectors() {
        WordVectors v = vectors();
        assertThat(v.dims()).isEqualTo(4);
        assertThat(v.row(WordHash.of("كيري"))).isEqualTo(-1);
        assertThat(cosine(v, "دمشق", "حلب")).isGreaterThan(0.9);
        assertThat(cosine(v, "التفاح", "الموز")).isGreaterThan(0.9);
        assertThat(cosine(v, "دمشق", "التفاح")).isLessThan(0.5);
    }

    @Test
    void buildingIsDeterministicAndSurvivesWritingAndReading() throws IOException {
        WordVectors v = vectors();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        v.write(new DataOutputStream(bytes));
        ByteArrayOutputStream again = new ByteArrayOutputStream();
        vectors().write(new DataOutputStream(again));
        assertThat(again.toByteArray()).isEqualTo(bytes.toByteArray());
        WordVectors read = WordVectors.read(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())), false);
        assertThat(read.words()).isEqualTo(v.words());
        // Rows keep their numbers (frequency order: the network's contexts skip the first rows) and values.
        for (String w : text().types()) {
            int row = v.row(WordHash.of(w));
            assertThat(read.row(WordHash.of(w))).as(w).isEqualTo(row);
            for (int d = 0; d < v.dims(); d++) {
                assertThat(read.value(row, d)).isEqualTo(v.value(row, d));
            }
        }
    }
}
