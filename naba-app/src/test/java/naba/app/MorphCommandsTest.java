package naba.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MorphCommandsTest {
    @TempDir
    Path dir;

    private static final String GOLD = """
            # sent_id = 1
            # text = وقال الوزير للحكومة
            1-2\tوقال\t_\t_\t_\t_\t_\t_\t_\t_
            1\tو\t_\tCCONJ\t_\t_\t_\t_\t_\t_
            2\tقال\t_\tVERB\t_\t_\t_\t_\t_\t_
            3\tالوزير\t_\tNOUN\t_\t_\t_\t_\t_\t_
            4-5\tللحكومة\t_\t_\t_\t_\t_\t_\t_\t_
            4\tل\t_\tADP\t_\t_\t_\t_\t_\t_
            5\tالحكومة\t_\tNOUN\t_\t_\t_\t_\t_\t_

            """;

    @Test
    void conlluPrintsRangeLinesAndWords() throws IOException {
        Path in = Files.writeString(dir.resolve("m.txt"), "وقال الوزير للحكومة.", StandardCharsets.UTF_8);
        CliRun run = CliRun.run("analyze", "--format", "conllu", in.toString());
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("# text = وقال الوزير للحكومة.\n")
                .contains("1-2\tوقال\t")
                .contains("\n1\tو\t")
                .contains("\n2\tقال\t")
                .contains("4-5\tللحكومة\t")
                .contains("\n4\tل\t")
                .contains("\n5\tالحكومة\t")
                .contains("\tNOUN\t");
    }

    @Test
    void evalMorphPrintsOneJsonLine() throws IOException {
        Path gold = Files.writeString(dir.resolve("gold.conllu"), GOLD, StandardCharsets.UTF_8);
        CliRun run = CliRun.run("eval", "morph", "--gold", gold.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out().lines().count()).isEqualTo(1);
        assertThat(run.out()).contains("\"task\":\"morph\"").contains("\"Tokens\":{\"precision\":100.0")
                .contains("\"Words\":{").contains("\"UPOS\":{").contains("\"Lemma\":null");
        // The gold file scored against itself.
        CliRun self = CliRun.run("eval", "morph", "--gold", gold.toString(), "--pred", gold.toString());
        assertThat(self.out()).contains("\"UPOS\":{\"precision\":100.0,\"recall\":100.0,\"f1\":100.0");
    }

    @Test
    void evalMorphRejectsAMissingFile() {
        CliRun run = CliRun.run("eval", "morph", "--gold", dir.resolve("none.conllu").toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("no such file");
    }

    @Test
    void analyzeJsonHasWords() throws IOException {
        Path in = Files.writeString(dir.resolve("j.txt"), "للحكومة", StandardCharsets.UTF_8);
        CliRun run = CliRun.run("analyze", in.toString());
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("\"words\":[{\"token\":0,\"start\":0,\"end\":1,\"text\":\"ل\",\"form\":\"ل\"")
                .contains("\"start\":1,\"end\":7,\"text\":\"لحكومة\",\"form\":\"الحكومة\"");
    }
}
