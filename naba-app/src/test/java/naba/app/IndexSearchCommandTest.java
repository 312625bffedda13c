package naba.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code naba index} and {@code naba search} in-process on articles written here. */
class IndexSearchCommandTest {
    @TempDir
    Path dir;

    @Test
    void indexesFilesAndDirectoriesSkipsBadLinesAndSearchesWithFilters() throws Exception {
        Path articles = Files.createDirectories(dir.resolve("in"));
        Files.writeString(articles.resolve("kerry.txt"),
                "التقى وزير الخارجية الأميركي جون كيري نظيره الروسي سيرغي لافروف في جنيف لبحث الأزمة في سوريا.");
        Files.writeString(articles.resolve("feed.jsonl"),
                "{\"id\":\"f1\",\"title\":\"لافروف في موسكو\",\"text\":\"قال لافروف في موسكو إن الحل في سوريا سياسي.\","
                        + "\"date\":\"2015-10-02\",\"source\":\"bbc\"}\n"
                        + "{\"id\":\"f2\",\"text\":\n"
                        + "{\"id\":\"f3\",\"title\":\"اقتصاد لبنان\",\"text\":\"تراجع الاقتصاد اللبناني هذا العام.\","
                        + "\"date\":\"2016-01-05\",\"source\":\"cnn\"}\n");
        Files.writeString(articles.resolve("notes.md"), "ليست مقالا");
        String data = dir.resolve("archive").toString();

        CliRun index = CliRun.run("index", "--data", data, articles.toString());
        assertThat(index.exitCode()).as(index.err()).isZero();
        assertThat(index.err()).contains("feed.jsonl:2: invalid JSON")
                .contains("indexed 3 document(s)").contains("1 record(s) skipped").contains("archive holds 3");

        CliRun again = CliRun.run("index", "--data", data, articles.resolve("feed.jsonl").toString());
        assertThat(again.err()).contains("archive holds 3"); // replaced by id, not duplicated

        CliRun search = CliRun.run("search", "--data", data, "للافروف", "--from", "2015-01-01", "--to", "2015-12-31");
        assertThat(search.exitCode()).as(search.err()).isZero();
        assertThat(search.out()).startsWith("1 document(s)").contains("1. لافروف في موسكو  [f1]")
                .contains("2015-10-02  bbc").contains("قال **لافروف** في موسكو").contains("source   bbc (1)");

        CliRun lebanon = CliRun.run("search", "--data", data, "لبنان", "--source", "cnn");
        assertThat(lebanon.out()).startsWith("1 document(s)").contains("**اللبناني**");

        CliRun bad = CliRun.run("search", "--data", data, "x", "--to", "amanhã");
        assertThat(bad.exitCode()).isEqualTo(2);
        assertThat(bad.err()).contains("--to \"amanhã\" is not a date; use YYYY-MM-DD");

        CliRun missing = CliRun.run("index", "--data", data, dir.resolve("nope.jsonl").toString());
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err()).contains("nope.jsonl: no such file or directory");
    }

    @Test
    void searchCollapsesDuplicatesWithCollapse() throws Exception {
        String story = "أعلنت وزارة الصحة السعودية اليوم تسجيل حالات جديدة من فيروس كورونا في مدينة جدة، "
                + "ودعت المواطنين والمقيمين إلى الالتزام بالإجراءات الوقائية ومراجعة أقرب مركز صحي عند ظهور الأعراض. "
                + "وأوضحت الوزارة في بيانها أن الفرق الطبية تتابع حالة المصابين وأن المستشفيات مستعدة لاستقبال المرضى.";
        Path feed = dir.resolve("feed.jsonl");
        Files.writeString(feed, "{\"id\":\"s1\",\"text\":\"" + story + "\",\"date\":\"2015-05-01\"}\n"
                + "{\"id\":\"s2\",\"text\":\"" + story + "\",\"date\":\"2015-05-02\"}\n"
                + "{\"id\":\"s3\",\"text\":\"تراجعت أسعار النفط في الأسواق العالمية بسبب زيادة المخزونات الأميركية.\","
                + "\"date\":\"2015-05-03\"}\n");
        String data = dir.resolve("archive").toString();
        CliRun index = CliRun.run("index", "--data", data, feed.toString());
        assertThat(index.exitCode()).as(index.err()).isZero();

        CliRun plain = CliRun.run("search", "--data", data, "كورونا");
        assertThat(plain.out()).startsWith("2 document(s)").contains("[s1]").contains("[s2]")
                .containsPattern("duplicate_of s[12] \\(EXACT\\)"); // the batch is analyzed in parallel
        CliRun collapsed = CliRun.run("search", "--data", data, "كورونا", "--collapse");
        assertThat(collapsed.exitCode()).as(collapsed.err()).isZero();
        assertThat(collapsed.out()).startsWith("1 group(s) of duplicates").contains("+1 duplicate(s)")
                .doesNotContain("2. ");
    }
}
