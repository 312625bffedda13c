package naba.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import naba.corpus.NewsTexts;
import naba.testing.SharedData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The whole SaudiNewsNet corpus (31,030 articles): every one of its 559 exact-duplicate groups, and near-duplicate
 * precision on 80 pairs labelled by hand (ids and labels only, in {@code saudinewsnet-near-duplicates.tsv}).
 */
class SaudiNewsNetDuplicatesTest {
    private static DedupResult result;
    private static Map<String, Fingerprint> byId;
    private static int articles;

    @BeforeAll
    static void findDuplicates() throws IOException {
        Path corpus = SharedData.require("data/saudinewsnet/saudinewsnet.jsonl.gz");
        MinHasher hasher = new MinHasher(DedupOptions.DEFAULT);
        List<Fingerprint> prints = new ArrayList<>();
        NewsTexts.forEachRecord(corpus, "restore ../shared",
                (fields, line) -> prints.add(hasher.fingerprint(fields.get("id"), fields.get("content"))));
        articles = prints.size();
        byId = new HashMap<>();
        prints.forEach(p -> byId.put(p.id(), p));
        result = new DuplicateFinder(hasher).find(prints);
    }

    @Test
    void findsAll559ExactDuplicateGroups() {
        assertThat(articles).isEqualTo(31_030);
        assertThat(result.exact()).hasSize(559);
        assertThat(result.exact().stream().mapToInt(g -> g.size() - 1).sum()).isEqualTo(576);
        assertThat(result.exact()).allSatisfy(g -> assertThat(g.members()).doesNotHaveDuplicates());
    }

    @Test
    void nearDuplicatePrecisionOnTheHandLabelledSampleIsAtLeast95Percent() throws IOException {
        List<String[]> labelled = new ArrayList<>();
        try (InputStream in = getClass().getResourceAsStream("saudinewsnet-near-duplicates.tsv")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.startsWith("#") && !line.startsWith("first") && !line.isBlank()) {
                    labelled.add(line.split("\t"));
                }
            }
        }
        assertThat(labelled).hasSize(80);
        double threshold = DedupOptions.DEFAULT.threshold();
        int predicted = 0;
        int correct = 0;
        for (String[] row : labelled) {
            if (byId.get(row[0]).similarity(byId.get(row[1])) >= threshold) {
                predicted++;
                correct += Integer.parseInt(row[2]);
            }
        }
        assertThat(predicted).isEqualTo(80);
        assertThat((double) correct / predicted).isGreaterThanOrEqualTo(0.95);
    }

    @Test
    void nearGroupsHoldDistinctTextsLinkedAboveTheThreshold() {
        assertThat(result.near()).isNotEmpty();
        assertThat(result.pairs()).allSatisfy(p -> assertThat(p.similarity()).isGreaterThanOrEqualTo(0.5));
        assertThat(result.near()).allSatisfy(g -> assertThat(g.minSimilarity()).isGreaterThanOrEqualTo(0.5));
    }
}
