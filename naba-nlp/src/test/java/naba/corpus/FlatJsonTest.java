package naba.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import naba.text.InputException;
import org.junit.jupiter.api.Test;

class FlatJsonTest {
    @Test
    void readsEscapedStringsNumbersAndNulls() {
        String line = "{\"id\": \"snn-1\", \"content\" : \"قال \\\"كيري\\\"\\nثم \\u0623ضاف\", \"n\": 3, \"title\": null}";
        Map<String, String> fields = FlatJson.parse(line, "news.jsonl:1");
        assertThat(fields.get("content")).isEqualTo("قال \"كيري\"\nثم أضاف");
        assertThat(fields.get("id")).isEqualTo("snn-1");
        assertThat(fields.get("n")).isEqualTo("3");
        assertThat(fields).containsKey("title");
        assertThat(fields.get("title")).isNull();
    }

    @Test
    void aNameInsideAValueIsNotAField() {
        assertThat(FlatJson.parse("{\"title\": \"\\\"content\\\" هنا\"}", "news.jsonl:1")).doesNotContainKey("content");
    }

    @Test
    void reportsWhereALineIsNotAFlatObject() {
        assertThatThrownBy(() -> FlatJson.parse("{\"content\": {\"ar\": \"نص\"}}", "news.jsonl:7"))
                .isInstanceOf(InputException.class).hasMessageStartingWith("news.jsonl:7:13: expected a string");
        assertThatThrownBy(() -> FlatJson.parse("{\"content\": \"نص", "news.jsonl:8"))
                .isInstanceOf(InputException.class).hasMessageContaining("news.jsonl:8:")
                .hasMessageContaining("unterminated string");
        assertThatThrownBy(() -> FlatJson.parse("{\"content\":", "news.jsonl:9"))
                .isInstanceOf(InputException.class).hasMessageStartingWith("news.jsonl:9:12: missing value");
    }
}
