package naba.app;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import naba.text.Document;
import naba.text.Layer;
import naba.text.Layers;
import naba.text.Sentence;
import naba.text.Token;
import naba.text.Word;

/**
 * CoNLL-U output of {@code naba analyze --format conllu}: {@code # sent_id} and {@code # text} per sentence, then the
 * words of each token. A token that splits into several words («للحكومة» → {@code ل} + {@code الحكومة}) gets a range
 * line {@code i-j<TAB>surface} followed by one line per word with FORM, LEMMA and UPOS (and FEATS when known); a
 * token of one word gets one line. Without a words layer, one line per token with FORM only. {@code SpaceAfter=No}
 * goes in MISC (of the range line for split tokens) where no space follows. Newlines inside a sentence's text are
 * written as spaces so each comment stays on one line.
 */
final class ConlluWriter {
    void write(Document document, OutputStream out) throws IOException {
        StringBuilder sb = new StringBuilder();
        Layer<Sentence> sentences = document.layer(Layers.SENTENCES);
        Layer<Token> tokens = document.layer(Layers.TOKENS);
        Layer<Word> words = document.has(Layers.WORDS) ? document.layer(Layers.WORDS) : null;
        String text = document.text();
        int number = 0;
        int w = 0;
        for (Sentence sentence : sentences) {
            number++;
            sb.append("# sent_id = ").append(document.id()).append('-').append(number).append('\n');
            sb.append("# text = ").append(document.surface(sentence).replaceAll("\\s+", " ")).append('\n');
            int[] range = tokens.indexRange(sentence.start(), sentence.end());
            int id = 0;
            for (int t = range[0]; t < range[1]; t++) {
                Token token = tokens.get(t);
                boolean spaceAfter = token.end() < text.length() && Character.isWhitespace(text.charAt(token.end()));
                String misc = spaceAfter || token.end() == sentence.end() ? "_" : "SpaceAfter=No";
                if (words == null) {
                    id++;
                    sb.append(id).append('\t').append(token.surface()).append("\t_\t_\t_\t_\t_\t_\t_\t").append(misc)
                            .append('\n');
                    continue;
                }
                while (w < words.size() && words.get(w).token() < t) {
                    w++;
                }
                int first = w;
                while (w < words.size() && words.get(w).token() == t) {
                    w++;
                }
                int count = w - first;
                if (count == 0) {
                    id++;
                    sb.append(id).append('\t').append(token.surface()).append("\t_\t_\t_\t_\t_\t_\t_\t").append(misc)
                            .append('\n');
                    continue;
                }
                if (count > 1) {
                    sb.append(id + 1).append('-').append(id + count).append('\t').append(token.surface())
                            .append("\t_\t_\t_\t_\t_\t_\t_\t").append(misc).append('\n');
                }
                for (int k = first; k < w; k++) {
                    Word word = words.get(k);
                    id++;
                    sb.append(id).append('\t').append(field(word.form())).append('\t').append(field(word.lemma()))
                            .append('\t').append(field(word.upos())).append("\t_\t").append(field(word.feats()))
                            .append("\t_\t_\t_\t").append(count > 1 ? "_" : misc).append('\n');
                }
            }
            sb.append('\n');
        }
        out.write(sb.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static String field(String value) {
        return value == null || value.isEmpty() ? "_" : value;
    }
}
