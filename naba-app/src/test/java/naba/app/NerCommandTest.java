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

class NerCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    @Test
    void tagsConllKeepingLinesAndBlanks() throws IOException {
        Path file = write("in.conll", "قال O\nجون\nكيري\nإن\nروسيا\n\nوصل\tX\nلافروف\nإلى\nجنيف\n");
        CliRun run = CliRun.run("ner", "--conll", file.toString());
        assertThat(run.exitCode()).isZero();
        List<String> lines = run.out().lines().toList();
        assertThat(lines).hasSize(10);
        assertThat(lines.get(5)).isEmpty();
        assertThat(lines).extracting(l -> l.isEmpty() ? "" : l.split("\t")[0])
                .containsExactly("قال", "جون", "كيري", "إن", "روسيا", "", "وصل", "لافروف", "إلى", "جنيف");
        for (String line : lines) {
            if (!line.isEmpty()) {
                assertThat(line.split("\t")[1]).matches("O|[BI]-(PERS|LOC|ORG|MISC)");
            }
        }
        assertThat(lines.get(4)).isEqualTo("روسيا\tB-LOC");
    }

    @Test
    void evaluatesGoldFileAsOneJsonLine() throws IOException {
        Path gold = write("gold.txt", "قال O\nجون B-PERS\nكيري I-PERS\nإن O\nروسيا B-LOC\n");
        CliRun run = CliRun.run("eval", "ner", "--gold", gold.toString());
        assertThat(run.exitCode()).isZero();
        assertThat(run.out().strip().lines()).hasSize(1);
        JsonNode report = JSON.readTree(run.out());
        assertThat(report.get("micro").get("gold").asInt()).isEqualTo(2);
        assertThat(report.get("types").get("LOC").get("tp").asInt()).isEqualTo(1);
        assertThat(report.get("micro").get("f1").asDouble()).isBetween(0.0, 1.0);
        assertThat(report.get("types").fieldNames()).toIterable().containsExactly("PERS", "LOC", "ORG", "MISC");
    }

    @Test
    void missingFileIsBadInput() {
        CliRun run = CliRun.run("ner", "--conll", dir.resolve("none.conll").toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("none.conll").contains("no such file");
        CliRun eval = CliRun.run("eval", "ner", "--gold", dir.resolve("none.txt").toString());
        assertThat(eval.exitCode()).isEqualTo(2);
    }

    @Test
    void badGoldTagIsBadInput() throws IOException {
        Path gold = write("bad.txt", "كيري B-PERSON\n");
        CliRun run = CliRun.run("eval", "ner", "--gold", gold.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("bad.txt:1: unknown tag 'B-PERSON'");
    }

    @Test
    void analyzeJsonHasMentionsAndEntities() throws IOException {
        Path file = write("a.txt", "قال جون كيري إن روسيا أرسلت قوات. وأكد كيري أن واشنطن قلقة.");
        CliRun run = CliRun.run("analyze", file.toString());
        assertThat(run.exitCode()).isZero();
        JsonNode doc = JSON.readTree(run.out());
        String text = doc.get("text").asText();
        JsonNode mentions = doc.get("mentions");
        for (int i = 0; i < mentions.size(); i++) {
            JsonNode m = mentions.get(i);
            assertThat(text.substring(m.get("start").asInt(), m.get("end").asInt())).isEqualTo(m.get("text").asText());
            List<Integer> ofEntity = JSON.convertValue(doc.get("entities").get(m.get("entity").asInt()).get("mentions"),
                    JSON.getTypeFactory().constructCollectionType(List.class, Integer.class));
            assertThat(ofEntity).contains(i);
        }
        JsonNode kerry = null;
        for (JsonNode e : doc.get("entities")) {
            if (e.get("canonical").asText().equals("جون كيري")) {
                kerry = e;
            }
        }
        assertThat(kerry).isNotNull();
        assertThat(kerry.get("latin").asText()).isEqualTo("John Kerry");
        assertThat(kerry.get("mentions")).hasSize(2);
        assertThat(kerry.get("id").asText()).startsWith("e");
    }
}
