package naba.ner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import naba.text.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NerCorpusTest {
    @TempDir
    Path dir;

    private Path write(String name, String content) throws IOException {
        Path f = dir.resolve(name);
        Files.writeString(f, content, StandardCharsets.UTF_8);
        return f;
    }

    @Test
    void readsAnercorpSentences() throws IOException {
        Path f = write("a.txt", "قال O\nجون B-PERS\nكيري I-PERS\n\n\nموسكو B-LOC\n");
        List<NerSentence> s = NerCorpus.read(f, NerCorpus.Format.ANERCORP);
        assertThat(s).hasSize(2);
        assertThat(s.get(0).tokens()).containsExactly("قال", "جون", "كيري");
        assertThat(s.get(0).tags()).containsExactly("O", "B-PERS", "I-PERS");
        assertThat(s.get(1).tags()).containsExactly("B-LOC");
    }

    @Test
    void mapsAqmarTagsAndRepairsTypos() throws IOException {
        Path f = write("q.txt", "دمشق B-LOC\nابن B-PER\nسينا I-PER\nالفيزياء B-MIS1`\nالجديدة I-MIS1\nو IO\n");
        assertThat(NerCorpus.read(f, NerCorpus.Format.AQMAR).get(0).tags())
                .containsExactly("B-LOC", "B-PERS", "I-PERS", "B-MISC", "I-MISC", "O");
    }

    @Test
    void keepsOutermostMappableWojoodTag() throws IOException {
        Path f = write("w.txt", "مجلس B-ORG\nالأمن I-ORG\nضد I-ORG\nالأسد I-ORG B-PERS\nسكرتير B-OCC\n1948 B-DATE\n");
        assertThat(NerCorpus.read(f, NerCorpus.Format.WOJOOD).get(0).tags())
                .containsExactly("B-ORG", "I-ORG", "I-ORG", "I-ORG", "O", "O");
    }

    @Test
    void turnsStrayInsideIntoBegin() throws IOException {
        Path f = write("s.txt", "في O\nبغداد I-LOC\n");
        assertThat(NerCorpus.read(f, NerCorpus.Format.ANERCORP).get(0).tags()).containsExactly("O", "B-LOC");
    }

    @Test
    void rejectsUnknownTagsMissingFilesAndBadEncoding() throws IOException {
        Path bad = write("b.txt", "قال O\nكيري B-PER\n");
        assertThatThrownBy(() -> NerCorpus.read(bad, NerCorpus.Format.ANERCORP)).isInstanceOf(InputException.class)
                .hasMessageContaining("b.txt:2: unknown tag 'B-PER'");
        assertThatThrownBy(() -> NerCorpus.read(dir.resolve("none.txt"), NerCorpus.Format.ANERCORP))
                .isInstanceOf(InputException.class).hasMessageContaining("no such file");
        assertThatThrownBy(() -> NerCorpus.readLines(dir)).isInstanceOf(InputException.class)
                .hasMessageContaining("is a directory");
        Path latin1 = dir.resolve("l.txt");
        Files.write(latin1, new byte[] {(byte) 0xE9, ' ', 'O', '\n'});
        assertThatThrownBy(() -> NerCorpus.read(latin1, NerCorpus.Format.ANERCORP))
                .isInstanceOf(InputException.class).hasMessageContaining("invalid UTF-8");
        Path oneColumn = write("o.txt", "قال\n");
        assertThatThrownBy(() -> NerCorpus.read(oneColumn, NerCorpus.Format.ANERCORP))
                .hasMessageContaining("o.txt:1: expected 'TOKEN TAG'");
    }
}
