package naba.tokenize;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import naba.text.Annotator;
import naba.text.Document;
import naba.text.Layer;
import naba.text.LayerKey;
import naba.text.Layers;
import naba.text.Paragraph;
import naba.text.Sentence;
import naba.text.Token;
import naba.text.TokenType;

/**
 * Finds paragraphs (runs of text between line breaks) and sentences inside them.
 * «قال د. محمد إن الاجتماع انتهى. وغادر الوفد.» is two sentences: the full stop after the initial «د» ends none.
 *
 * <p>A sentence ends after . ! ? ؟ … (or a run of them), together with the closing quotes and brackets that follow
 * it, and at every paragraph end. Full stops inside numbers («3.5») are part of the number token; a full stop after a
 * single-letter word (an initial such as «د.» or «J.») ends no sentence. Sentences run from their first token to their
 * last, so together they cover every token exactly once; only white space lies between them.
 */
public final class SentenceSplitter implements Annotator {
    public static final SentenceSplitter INSTANCE = new SentenceSplitter();

    private SentenceSplitter() {
    }

    @Override
    public Set<LayerKey<?>> requires() {
        return Set.of(Layers.TOKENS);
    }

    @Override
    public Set<LayerKey<?>> produces() {
        return Set.of(Layers.PARAGRAPHS, Layers.SENTENCES);
    }

    @Override
    public String name() {
        return "SentenceSplitter";
    }

    @Override
    public Document annotate(Document document) {
        List<Paragraph> paragraphs = paragraphs(document.text());
        List<Sentence> sentences = sentences(document.layer(Layers.TOKENS), paragraphs);
        return document.with(Layers.PARAGRAPHS, Layer.of(paragraphs)).with(Layers.SENTENCES, Layer.of(sentences));
    }

    /** Non-blank lines of {@code text}, trimmed of white space and stray format characters. */
    public List<Paragraph> paragraphs(String text) {
        List<Paragraph> paragraphs = new ArrayList<>();
        char[] chars = text.toCharArray();
        int n = chars.length;
        int lineStart = 0;
        for (int i = 0; i <= n; i++) {
            if (i == n || isLineBreak(chars[i])) {
                int s = lineStart;
                int e = i;
                while (s < e && isBlank(chars[s])) {
                    s++;
                }
                while (e > s && isBlank(chars[e - 1])) {
                    e--;
                }
                if (s < e) {
                    paragraphs.add(new Paragraph(s, e));
                }
                lineStart = i + 1;
            }
        }
        return paragraphs;
    }

    /** Sentences of the given tokens, never crossing a paragraph end. */
    public List<Sentence> sentences(List<Token> tokens, List<Paragraph> paragraphs) {
        List<Sentence> sentences = new ArrayList<>();
        int t = 0;
        int nt = tokens.size();
        for (int p = 0; p < paragraphs.size(); p++) {
            Paragraph paragraph = paragraphs.get(p);
            while (t < nt && tokens.get(t).start() < paragraph.start()) {
                t++;
            }
            int first = t;
            while (t < nt && tokens.get(t).end() <= paragraph.end()) {
                int last = t;
                if (endsSentence(tokens, t, paragraph)) {
                    // Take the rest of a run of end marks and the closing quotes or brackets after it.
                    while (last + 1 < nt && tokens.get(last + 1).end() <= paragraph.end()
                            && (isEndMark(tokens.get(last + 1)) || isCloser(tokens.get(last), tokens.get(last + 1)))) {
                        last++;
                    }
                    sentences.add(new Sentence(tokens.get(first).start(), tokens.get(last).end(), p));
                    t = last + 1;
                    first = t;
                } else {
                    t++;
                }
            }
            if (first < t) {
                sentences.add(new Sentence(tokens.get(first).start(), tokens.get(t - 1).end(), p));
            }
        }
        return sentences;
    }

    private static boolean endsSentence(List<Token> tokens, int t, Paragraph paragraph) {
        Token token = tokens.get(t);
        if (!isEndMark(token)) {
            return false;
        }
        if (token.length() == 1 && token.charAt(0) == '.' && t > 0) {
            Token previous = tokens.get(t - 1);
            boolean attached = previous.end() == token.start();
            if (attached && isInitial(previous)) {
                return false;
            }
            // «www.example» style joins and «3.x» have no space after the stop and a letter or digit next.
            if (t + 1 < tokens.size()) {
                Token next = tokens.get(t + 1);
                if (next.start() == token.end() && next.end() <= paragraph.end()
                        && (next.type() == TokenType.LATIN && Character.isLowerCase(next.charAt(0)))) {
                    return false;
                }
            }
        }
        return true;
    }

    /** A one-letter word (ignoring diacritics): an initial such as «د» in «د. محمد» or «J» in «J. Kerry». */
    private static boolean isInitial(Token token) {
        if (token.type() == TokenType.ABBREVIATION) {
            return true;
        }
        if (token.type() != TokenType.ARABIC && token.type() != TokenType.LATIN) {
            return false;
        }
        int letters = 0;
        for (int i = 0; i < token.length(); i++) {
            if (Character.isLetter(token.charAt(i))) {
                letters++;
            }
        }
        return letters == 1;
    }

    private static boolean isEndMark(Token token) {
        if (token.type() != TokenType.PUNCT) {
            return false;
        }
        char c = token.charAt(0);
        return c == '.' || c == '!' || c == '?' || c == '\u061F' || c == '\u2026' || c == '\u06D4';
    }

    /** Closing marks that stay with the sentence they close: » ” ) ] always, " ' ’ only when attached. */
    private static boolean isCloser(Token previous, Token token) {
        if (token.type() != TokenType.PUNCT) {
            return false;
        }
        char c = token.charAt(0);
        if (c == '\u00BB' || c == '\u201D' || c == ')' || c == ']' || c == '\u2019') {
            return true;
        }
        return (c == '"' || c == '\'') && previous.end() == token.start();
    }

    private static boolean isLineBreak(char c) {
        return c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029' || c == '\u0085';
    }

    private static boolean isBlank(char c) {
        byte cls = CharClass.of(c);
        return cls == CharClass.SPACE || cls == CharClass.FORMAT;
    }
}
