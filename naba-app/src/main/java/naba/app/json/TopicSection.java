package naba.app.json;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import naba.text.Document;
import naba.text.Layers;
import naba.text.TopicDistribution;
import naba.text.TopicScore;

/**
 * {@code "topic"}: the most probable label and a probability for every label, most probable first, e.g.
 * {@code {"label":"sport","probability":0.97,"probabilities":{"sport":0.97,"culture":0.01,...}}}.
 */
public final class TopicSection implements JsonSection {
    @Override
    public String name() {
        return "topic";
    }

    @Override
    public boolean appliesTo(Document document) {
        return document.has(Layers.TOPIC);
    }

    @Override
    public void write(Document document, JsonGenerator json) throws IOException {
        TopicDistribution topic = document.layer(Layers.TOPIC);
        json.writeStartObject();
        json.writeStringField("label", topic.label());
        json.writeNumberField("probability", round(topic.probability()));
        json.writeObjectFieldStart("probabilities");
        for (TopicScore s : topic.scores()) {
            json.writeNumberField(s.label(), round(s.probability()));
        }
        json.writeEndObject();
        json.writeEndObject();
    }

    private static double round(double p) {
        return Math.round(p * 10000) / 10000.0;
    }
}
