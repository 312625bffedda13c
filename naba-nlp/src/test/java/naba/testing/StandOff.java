package naba.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import naba.text.Document;
import naba.text.Layers;
import naba.text.Paragraph;
import naba.text.Sentence;
import naba.text.Span;
import naba.text.Token;

/** The stand-off invariants every analyzed document keeps. */
public final class StandOff {
    private StandOff() {
    }

    /**
     * Tokens: in bounds, ordered, never overlapping, no white space inside, surface equal to the text they cover,
     * covering every character that is not white space or an invisible format character. Sentences and paragraphs
     * tile the tokens: each token lies in exactly one sentence, each sentence in its paragraph, in order.
     */
    public static void assertStandOff(Document d) {
        String text = d.text();
        List<Token> tokens = d.layer(Layers.TOKENS);
        boolean[] covered = new boolean[text.length()];
        int previousEnd = 0;
        for (Token t : tokens) {
            assertThat(t.start()).as("token start %s", t).isGreaterThanOrEqualTo(previousEnd);
            assertThat(t.end()).as("token end %s", t).isGreaterThan(t.start()).isLessThanOrEqualTo(text.length());
            assertThat(text.substring(t.start(), t.end())).isEqualTo(t.surface());
            for (int i = t.start(); i < t.end(); i++) {
                assertThat(Character.isWhitespace(text.charAt(i))).as("white space inside %s", t).isFalse();
                covered[i] = true;
            }
            previousEnd = t.end();
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!covered[i]) {
                assertThat(isSpaceOrFormat(c)).as("char U+%04X at %d not in any token", (int) c, i).isTrue();
            }
        }
        if (d.has(Layers.SENTENCES)) {
            List<Sentence> sentences = d.layer(Layers.SENTENCES);
            List<Paragraph> paragraphs = d.layer(Layers.PARAGRAPHS);
            int t = 0;
            int end = 0;
            for (Sentence s : sentences) {
                assertThat(s.start()).isGreaterThanOrEqualTo(end);
                assertThat(paragraphs.get(s.paragraph()).contains(s)).as("%s inside its paragraph", s).isTrue();
                assertThat(tokens.get(t).start()).as("sentence %s starts at a token", s).isEqualTo(s.start());
                while (t < tokens.size() && tokens.get(t).end() <= s.end()) {
                    t++;
                }
                assertThat(tokens.get(t - 1).end()).as("sentence %s ends at a token", s).isEqualTo(s.end());
                end = s.end();
            }
            assertThat(t).as("every token in a sentence").isEqualTo(tokens.size());
            int pEnd = 0;
            for (Paragraph p : paragraphs) {
                assertThat(p.start()).isGreaterThanOrEqualTo(pEnd);
                assertInBounds(text, p);
                pEnd = p.end();
            }
        }
    }

    private static void assertInBounds(String text, Span s) {
        assertThat(s.start()).isGreaterThanOrEqualTo(0);
        assertThat(s.end()).isLessThanOrEqualTo(text.length());
    }

    private static boolean isSpaceOrFormat(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.getType(c) == Character.FORMAT
                || Character.isISOControl(c);
    }
}
