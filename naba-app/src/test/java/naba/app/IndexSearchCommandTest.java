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
}
