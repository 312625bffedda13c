package naba.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class JsonFieldTest {
    @Test
    void readsAnEscapedTopLevelStringField() {
        String line = "{\"id\": \"snn-1\", \"content\" : \"قال \\\"كيري\\\"\\nثم \\u0623ضاف\", \"n\": 3}";
        assertThat(JsonField.string(line, "content")).isEqualTo("قال \"كيري\"\nثم أضاف");
        assertThat(JsonField.string(line, "id")).isEqualTo("snn-1");
    }

    @Test
    void absentOrNonStringFieldsAreNull() {
        String line = "{\"title\": null, \"n\": 3, \"text\": \"نص\"}";
        assertThat(JsonField.string(line, "content")).isNull();
        assertThat(JsonField.string(line, "n")).isNull();
        assertThat(JsonField.string(line, "title")).isNull();
    }

    @Test
    void aNameInsideAValueIsNotAField() {
        assertThat(JsonField.string("{\"title\": \"\\\"content\\\" here\", \"content\": \"نعم\"}", "content"))
                .isEqualTo("نعم");
    }
}
