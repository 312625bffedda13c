package naba.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

/** Reads the first articles' texts of a JSON Lines corpus in {@code ../shared/data}. */
public final class Corpus {
    private Corpus() {
    }

    /** The {@code content} (or {@code text}) of the first {@code limit} records of {@code shared/<relative>}. */
    public static List<String> texts(String relative, int limit) {
        Path path = SharedData.require(relative);
        ObjectMapper mapper = new ObjectMapper();
        List<String> texts = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(path), 1 << 16), StandardCharsets.UTF_8))) {
            String line;
            while (texts.size() < limit && (line = in.readLine()) != null) {
                JsonNode json = mapper.readTree(line);
                JsonNode text = json.has("content") ? json.get("content") : json.get("text");
                texts.add(text.asText());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return texts;
    }
}
