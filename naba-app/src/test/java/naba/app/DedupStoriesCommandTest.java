package naba.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DedupStoriesCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String WIRE = "وصل خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز آل سعود اليوم إلى مدينة طنجة "
            + "في المملكة المغربية في إجازة خاصة، وكان في استقباله لدى وصوله إلى مطار ابن بطوطة الدولي عدد من المسؤولين "
            + "المغاربة وسفير خادم الحرمين الشريفين لدى المغرب وعدد من أعضاء السفارة.";
    private static final String OTHER = "تعادل فريق الهلال مع النصر في مباراة الدوري السعودي لكرة القدم مساء الجمعة على "
            + "ملعب الملك فهد الدولي في الرياض بحضور جماهيري كبير.";

    @TempDir
    Path dir;

    private Path corpus() throws IOException {
        String rewrite = "واس - طنجة: " + WIRE.replace("اليوم", "أمس");
        List<String> lines = List.of(
                line("a", "2015-08-02", "الملك سلمان يصل إلى طنجة", WIRE),
                line("b", "2015-08-02", "مباراة", OTHER),
                line("c", "2015-08-02", "خادم الحرمين في المغرب", WIRE),
                line("d", "2015-08-03", "الملك سلمان في طنجة", rewrite),
                "{not json");
        return Files.write(dir.resolve("corpus.jsonl"), lines, StandardCharsets.UTF_8);
    }

    private static String line(String id, String date, String title, String text) {
        return "{\"id\":\"" + id + "\",\"date\":\"" + date + "\",\"title\":\"" + title + "\",\"content\":\"" + text + "\"}";
    }

    @Test
    void dedupPrintsExactAndNearGroups() throws IOException {
        CliRun run = CliRun.run("dedup", corpus().toString());
        assertThat(run.exitCode()).isZero();
        List<String> lines = run.out().lines().toList();
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).isEqualTo("exact-a\tEXACT\t2\t1.000\ta c");
        assertThat(lines.get(1)).startsWith("near-a\tNEAR\t3\t").endsWith("\ta c d");
        assertThat(run.err()).contains("skipped").contains("4 articles, 1 exact-duplicate groups (1 copies), 1 near");
    }

    @Test
    void dedupWritesJsonAndHonoursTheThreshold() throws IOException {
        CliRun run = CliRun.run("dedup", "--format", "json", "--threshold", "1", corpus().toString());
        assertThat(run.exitCode()).isZero();
        List<String> lines = run.out().lines().toList();
        assertThat(lines).hasSize(1);
        JsonNode group = JSON.readTree(lines.get(0));
        assertThat(group.get("kind").asText()).isEqualTo("EXACT");
        assertThat(group.get("members").toString()).isEqualTo("[\"a\",\"c\"]");
    }

    @Test
    void badThresholdIsAUsageError() throws IOException {
        CliRun run = CliRun.run("dedup", "--threshold", "0", corpus().toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("outside (0, 1]");
    }

    @Test
    void storiesGroupTheSameEventAndPrintJson() throws IOException {
        CliRun run = CliRun.run("stories", "--no-entities", "--format", "json", corpus().toString());
        assertThat(run.exitCode()).isZero();
        List<String> lines = run.out().lines().toList();
        assertThat(lines).hasSize(1);
        JsonNode story = JSON.readTree(lines.get(0));
        assertThat(story.get("story").asText()).isEqualTo("story-a");
        assertThat(story.get("members").toString()).isEqualTo("[\"a\",\"c\",\"d\"]");
        assertThat(story.get("first").asText()).isEqualTo("2015-08-02");
        assertThat(story.get("last").asText()).isEqualTo("2015-08-03");
    }
}
