package naba.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PersonSurnameTest {
    /** The surname of {@code name} as {@link PersonSurname#start} finds it, or null. */
    private static String surname(String name) {
        List<String> words = List.of(name.split(" "));
        int from = PersonSurname.start(NerFeatures.normalize(words), 0, words.size());
        return from < 0 ? null : String.join(" ", words.subList(from, words.size()));
    }

    @Test
    void aSurnameKeepsTheWordsThatBelongToIt() {
        assertThat(surname("جون كيري")).isEqualTo("كيري");
        assertThat(surname("محمد بن سلمان")).isEqualTo("بن سلمان");
        assertThat(surname("سلمان بن عبد العزيز")).isEqualTo("بن عبد العزيز");
        assertThat(surname("عبد اللطيف آل الشيخ")).isEqualTo("آل الشيخ");
        assertThat(surname("صبري أبو علم")).isEqualTo("أبو علم");
    }

    @Test
    void aNameThatIsAllSurnameOneWordOrARulersOrdinalHasNoneToRepeat() {
        assertThat(surname("آل الشيخ")).isNull();
        assertThat(surname("كيري")).isNull();
        assertThat(surname("عبد الله الثاني")).isNull();
    }
}
