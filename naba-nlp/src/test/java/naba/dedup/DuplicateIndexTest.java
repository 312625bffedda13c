package naba.dedup;

import static naba.dedup.DuplicateFinderTest.OTHER;
import static naba.dedup.DuplicateFinderTest.REWRITE;
import static naba.dedup.DuplicateFinderTest.WIRE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DuplicateIndexTest {
    @Test
    void tellsEachNewArticleWhichGroupItJoins() {
        DuplicateIndex index = new DuplicateIndex(DedupOptions.DEFAULT);
        DuplicateMatch first = index.add("spa-1", WIRE);
        assertThat(first.isDuplicate()).isFalse();
        assertThat(first.group()).isEqualTo("spa-1");

        DuplicateMatch copy = index.add("okaz-7", "  " + WIRE);
        assertThat(copy.kind()).isEqualTo(DuplicateKind.EXACT);
        assertThat(copy.of()).isEqualTo("spa-1");

        DuplicateMatch rewrite = index.add("sabq-3", REWRITE);
        assertThat(rewrite.kind()).isEqualTo(DuplicateKind.NEAR);
        assertThat(rewrite.group()).isEqualTo("spa-1");
        assertThat(rewrite.similarity()).isGreaterThanOrEqualTo(0.5);

        assertThat(index.add("weather", OTHER).isDuplicate()).isFalse();
        assertThat(index.add("empty", "").isDuplicate()).isFalse();
        assertThat(index.add("empty-2", " ").isDuplicate()).isFalse();
        assertThat(index.groupOf("sabq-3")).isEqualTo("spa-1");
        assertThat(index.groupOf("weather")).isEqualTo("weather");
        assertThat(index.size()).isEqualTo(6);
    }

    @Test
    void rejectsRepeatedAndUnknownIds() {
        DuplicateIndex index = new DuplicateIndex(DedupOptions.DEFAULT);
        index.add("a", WIRE);
        assertThatThrownBy(() -> index.add("a", OTHER)).hasMessageContaining("ids must be unique");
        assertThatThrownBy(() -> index.groupOf("z")).hasMessageContaining("never added");
    }
}
