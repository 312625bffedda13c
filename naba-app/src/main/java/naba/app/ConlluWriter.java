package naba.app;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import naba.text.Document;
import naba.text.Layer;
import naba.text.Layers;
import naba.text.Sentence;
import naba.text.Token;

/**
 * CoNLL-U output of {@code naba analyze --format conllu}: {@code # sent_id} and {@code # text} per sentence, then
 * one line per token with its FORM ({@code SpaceAfter=No} in MISC where no space follows). Newlines inside a
 * sentence's text are written as spaces so each comment stays on one line.
 */
final class ConlluWriter {
    void write(Document document, OutputStream out) throws IOException {
        StringBuilder sb = new StringBuilder();
        Layer<Sentence> sentences = document.layer(Layers.SENTENCES);
        Layer<Token> tokens = document.layer(Layers.TOKENS);
        String text = document.text();
        int number = 0;
        for (Sentence sentence : sentences) {
            number++;
            sb.append("# sent_id = ").append(document.id()).append('-').append(number).append('\n');
            sb.append("# text = ").append(document.surface(sentence).replaceAll("\\s+", " ")).append('\n');
            int id = 0;
            for (Token token : tokens.within(sentence)) {
                id++;
                boolean spaceAfter = token.end() < text.length() && Character.isWhitespace(text.charAt(token.end()));
                sb.append(id).append('\t').append(token.surface()).append("\t_\t_\t_\t_\t_\t_\t_\t")
                        .append(spaceAfter || token.end() == sentence.end() ? "_" : "SpaceAfter=No").append('\n');
            }
            sb.append('\n');
        }
        out.write(sb.toString().getBytes(StandardCharsets.UTF_8));
    }
}
