package naba.app.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import naba.pipeline.NabaPipeline;
import naba.text.Document;
import naba.text.DocumentMeta;
import org.junit.jupiter.api.Test;

/** The analyze JSON carries {@code times}, {@code quantities} and {@code quotations} as docs/analyze-json.md says. */
class ExtractionSectionsTest {
    @Test
    void writesTimesQuantitiesAndQuotations() throws Exception {
        String text = "ونقلت وكالة ريا نوفوستي عن بوتين قوله \"من المبكر القول\". واضاف بوتين ان الدعم مستمر منذ"
                + " 30 حزيران (يونيو) 2012 بنحو 240 الف دولار امس.";
        Document d = NabaPipeline.standard().annotate("t", text, new DocumentMeta(null, LocalDate.of(2015, 9, 6),
                null, null));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new AnalyzeJson().write(d, out);
        JsonNode json = new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8));

        JsonNode date = json.get("times").get(0);
        assertThat(date.get("text").asText()).isEqualTo("30 حزيران (يونيو) 2012");
        assertThat(date.get("value").asText()).isEqualTo("2012-06-30");
        assertThat(date.get("anchor").asText()).isEqualTo("ABSOLUTE");
        JsonNode yesterday = json.get("times").get(1);
        assertThat(yesterday.get("value").asText()).isEqualTo("2015-09-05");
        assertThat(yesterday.get("resolved").asBoolean()).isTrue();

        JsonNode money = json.get("quantities").get(0);
        assertThat(money.get("text").asText()).isEqualTo("بنحو 240 الف دولار");
        assertThat(money.get("value").asLong()).isEqualTo(240_000);
        assertThat(money.get("currency").asText()).isEqualTo("USD");
        assertThat(money.get("qualifier").asText()).isEqualTo("APPROX");
        assertThat(text.substring(money.get("numberStart").asInt(), money.get("numberEnd").asInt()))
                .isEqualTo("240 الف");

        JsonNode quote = json.get("quotations").get(0);
        assertThat(quote.get("text").asText()).isEqualTo("من المبكر القول");
        assertThat(quote.get("kind").asText()).isEqualTo("DIRECT");
        assertThat(quote.get("cue").get("lemma").asText()).isEqualTo("قال");
        assertThat(quote.get("speaker").get("text").asText()).isEqualTo("بوتين");
        assertThat(quote.get("via").get("text").asText()).contains("نوفوستي");
        assertThat(json.get("quotations").get(1).get("via").isNull()).isTrue();
    }
}
