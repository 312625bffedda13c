package naba.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TopicsSummariesCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static final String[][] ARTICLES = {
        {"BBC", "sport", "فاز المنتخب على منافسه بهدفين في مباراة الدوري.\\nوسجل اللاعب الهدف الثاني في الدقيقة الأخيرة.",
            "المنتخب يفوز بهدفين ويقترب من لقب الدوري"},
        {"CNN", "economy", "ارتفعت أسعار النفط في الأسواق العالمية مع تراجع المخزونات.\\nوقال محللون إن الطلب سيزيد.",
            "أسعار النفط ترتفع في الأسواق مع تراجع المخزونات"},
        {"BBC", "sport", "خسر الفريق المباراة النهائية في الكأس أمام منافسه.\\nوغاب اللاعب عن المباراة بسبب الإصابة.",
            "الفريق يخسر نهائي الكأس"},
        {"skynews", "economy", "تراجعت البورصة بعد انخفاض أسهم البنوك.\\nوأعلن البنك المركزي رفع الفائدة.",
            "تراجعت البورصة بعد انخفاض أسهم البنوك"},
    };

    @TempDir
    Path dir;

    private Path corpus() throws IOException {
        Path file = dir.resolve("tiny.jsonl.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            for (int i = 0; i < ARTICLES.length; i++) {
                String[] a = ARTICLES[i];
                String line = "{\"docno\":\"d" + i + "\",\"src\":\"" + a[0] + "\",\"cat\":\"" + a[1] + "\",\"title\":\"\","
                        + "\"abstract\":\"" + a[3] + "\",\"text\":\"" + a[2] + "\"}\n";
                out.write(line.getBytes(StandardCharsets.UTF_8));
            }
        }
        return file;
    }

    @Test
    void analyzeJsonHasTopicAndSummary() throws IOException {
        String article = "فاز المنتخب على منافسه بهدفين في مباراة الدوري التي أقيمت مساء أمس في العاصمة.\n"
                + "وقال المدرب إن اللاعبين قدموا أداء جيدا.";
        naba.pipeline.Pipeline pipeline = naba.pipeline.Pipeline.builder()
                .add(naba.tokenize.ArabicTokenizer.INSTANCE).add(naba.tokenize.SentenceSplitter.INSTANCE)
                .add(naba.topic.TopicClassifier.standard()).add(naba.summary.ExtractiveSummarizer.standard()).build();
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        new naba.app.json.AnalyzeJson().write(pipeline.annotate(article), out);
        JsonNode doc = JSON.readTree(out.toString(StandardCharsets.UTF_8));
        JsonNode topic = doc.get("topic");
        assertThat(topic.get("label").asText()).isEqualTo("sport");
        assertThat(topic.get("probabilities")).hasSize(6);
        double sum = 0;
        for (JsonNode p : topic.get("probabilities")) {
            sum += p.asDouble();
        }
        assertThat(sum).isCloseTo(1.0, within(0.001));
        JsonNode summary = doc.get("summary");
        JsonNode first = summary.get("sentences").get(0);
        String text = doc.get("text").asText();
        assertThat(text.substring(first.get("start").asInt(), first.get("end").asInt()))
                .isEqualTo(first.get("text").asText()).startsWith("فاز المنتخب").endsWith("العاصمة.");
        assertThat(summary.get("text").asText()).isEqualTo(first.get("text").asText());
        assertThat(summary.get("words").asInt()).isEqualTo(14);
    }

    @Test
    void evalSummariesPrintsRougeForNabaAndLeadBaselines() throws IOException {
        CliRun run = CliRun.run("eval", "summaries", "--corpus", corpus().toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out().lines()).hasSize(1);
        JsonNode report = JSON.readTree(run.out());
        assertThat(report.get("task").asText()).isEqualTo("summaries");
        assertThat(report.get("articles").asInt()).isEqualTo(3); // the SkyNews abstract copies its lead
        for (String system : new String[] {"naba", "lead1", "lead2"}) {
            for (String metric : new String[] {"rouge1", "rouge2", "rougeL"}) {
                assertThat(report.get(system).get(metric).asDouble()).isBetween(0.0, 1.0);
            }
        }
        assertThat(report.get("naba").get("rougeL").asDouble()).isEqualTo(report.get("lead1").get("rougeL").asDouble());
    }

    @Test
    void trainThenEvalTopicsOnATinyCorpus() throws IOException {
        Path model = dir.resolve("topics.bin");
        CliRun train = CliRun.run("train", "topics", "--corpus", corpus().toString(), "--out", model.toString(),
                "--hash-bits", "10", "--dev-percent", "0", "--epochs", "10");
        assertThat(train.exitCode()).as(train.err()).isZero();
        assertThat(model).exists();
        CliRun eval = CliRun.run("eval", "topics", "--corpus", corpus().toString(), "--model", model.toString(),
                "--split", "all");
        assertThat(eval.exitCode()).as(eval.err()).isZero();
        JsonNode report = JSON.readTree(eval.out());
        assertThat(report.get("articles").asInt()).isEqualTo(4);
        assertThat(report.get("accuracy").asDouble()).isEqualTo(1.0);
        assertThat(report.get("macro_f1").asDouble()).isEqualTo(1.0);
        assertThat(report.get("labels")).hasSize(2);
        assertThat(report.get("confusion").get(0).get(0).asInt()).isEqualTo(2);
    }

    @Test
    void badInputExitsWithTwoAndOneLine() throws IOException {
        CliRun missing = CliRun.run("eval", "topics", "--corpus", dir.resolve("none.jsonl.gz").toString());
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err().lines()).hasSize(1).first().asString().contains("no such corpus file");
        CliRun noLength = CliRun.run("eval", "summaries", "--corpus", corpus().toString(), "--sentences", "0",
                "--words", "0");
        assertThat(noLength.exitCode()).isEqualTo(2);
        assertThat(noLength.err()).contains("set a sentence limit");
    }
}
