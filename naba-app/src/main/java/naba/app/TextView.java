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
 * The readable per-sentence view of {@code naba analyze --format text}:
 * <pre>
 * # doc seed  (10 paragraphs, 14 sentences, 512 tokens)
 * [1.1] أعرب وزير الخارجية الأميركي، جون كيري ...
 *       أعرب | وزير | الخارجية | الأميركي | ، | ...
 * </pre>
 * Later layers add their lines below each sentence.
 */
final class TextView {
    void write(Document document, OutputStream out) throws IOException {
        StringBuilder sb = new StringBuilder();
        Layer<Sentence> sentences = document.layer(Layers.SENTENCES);
        Layer<Token> tokens = document.layer(Layers.TOKENS);
        sb.append("# doc ").append(document.id()).append("  (")
                .append(document.layer(Layers.PARAGRAPHS).size()).append(" paragraphs, ")
                .append(sentences.size()).append(" sentences, ").append(tokens.size()).append(" tokens)\n");
        int inParagraph = 0;
        int lastParagraph = -1;
        for (Sentence sentence : sentences) {
            inParagraph = sentence.paragraph() == lastParagraph ? inParagraph + 1 : 1;
            lastParagraph = sentence.paragraph();
            sb.append('[').append(sentence.paragraph() + 1).append('.').append(inParagraph).append("] ")
                    .append(document.surface(sentence)).append('\n');
            sb.append("      ");
            boolean first = true;
            for (Token token : tokens.within(sentence)) {
                if (!first) {
                    sb.append(" | ");
                }
                sb.append(token.surface());
                first = false;
            }
            sb.append('\n');
            appendExtraction(document, sentence, sb);
        }
        sb.append('\n');
        out.write(sb.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** «time», «qty» and «quote» lines for what the extractors found starting in this sentence. */
    private static void appendExtraction(Document document, Sentence sentence, StringBuilder sb) {
        String text = document.text();
        if (document.has(Layers.MENTIONS) && document.has(Layers.ENTITIES)) {
            java.util.List<naba.text.Entity> entities = document.layer(Layers.ENTITIES);
            for (naba.text.Mention m : document.layer(Layers.MENTIONS).within(sentence)) {
                sb.append("      ").append(m.type()).append(m.type().name().length() == 3 ? "   " : "  ")
                        .append(m.surface());
                if (m.entity() >= 0) {
                    naba.text.Entity e = entities.get(m.entity());
                    sb.append(" = ").append(e.canonical()).append(" (").append(e.latin()).append(')');
                }
                sb.append('\n');
            }
        }
        if (document.has(Layers.TIMES)) {
            for (naba.text.TimeExpression t : document.layer(Layers.TIMES).within(sentence)) {
                sb.append("      time  ").append(t.surface()).append(" = ").append(t.type()).append(' ')
                        .append(t.value()).append(t.mod() == null ? "" : " " + t.mod())
                        .append(t.resolved() ? " (from publication date)" : "").append('\n');
            }
        }
        if (document.has(Layers.QUANTITIES)) {
            for (naba.text.Quantity q : document.layer(Layers.QUANTITIES).within(sentence)) {
                sb.append("      qty   ").append(q.surface()).append(" = ").append(q.kind()).append(' ')
                        .append(q.exact() ? String.valueOf(q.value()) : "~" + q.magnitude())
                        .append(q.currency() == null ? "" : " " + q.currency())
                        .append(q.qualifier() == null ? "" : " " + q.qualifier()).append('\n');
            }
        }
        if (document.has(Layers.QUOTATIONS)) {
            for (naba.text.Quotation q : document.layer(Layers.QUOTATIONS)) {
                if (q.cueStart() < sentence.start() || q.cueStart() >= sentence.end()) {
                    continue;
                }
                sb.append("      quote ").append(q.kind()).append(' ').append(q.cueLemma()).append(" by ")
                        .append(q.hasSpeaker() ? text.substring(q.speakerStart(), q.speakerEnd()) : "?")
                        .append(q.hasVia() ? " via " + text.substring(q.viaStart(), q.viaEnd()) : "")
                        .append(": ").append(text, q.start(), Math.min(q.end(), q.start() + 60))
                        .append(q.end() - q.start() > 60 ? "…" : "").append('\n');
            }
        }
    }
}
