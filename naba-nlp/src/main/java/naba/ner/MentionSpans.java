package naba.ner;

import java.util.List;
import naba.normalize.ArabicNormalizer;
import naba.text.Document;
import naba.text.Mention;
import naba.text.Token;

/**
 * Turns a token span into a {@link Mention} over the document text, its start moved past the proclitics of its first
 * token: tokens «لوزارة الخارجية الأميركية» give the mention «وزارة الخارجية الأميركية».
 */
final class MentionSpans {
    private MentionSpans() {
    }

    /** The mention, or null when stripping would leave nothing. */
    static Mention toMention(Document document, List<Token> tokens, String[] norms, TokenSpan span,
            ProcliticStripper stripper) {
        Token first = tokens.get(span.start());
        Token last = tokens.get(span.end() - 1);
        int cut = stripper.strip(norms[span.start()]);
        int start = first.start() + surfaceOffset(first.surface(), cut);
        int end = last.end();
        if (start >= end) {
            return null;
        }
        return new Mention(start, end, document.text().substring(start, end), span.type(), span.score(), -1);
    }

    /**
     * The offset in {@code surface} after the characters that normalize to its first {@code normChars} normalized
     * characters, and after any diacritics or tatweel that follow them («وَواشنطن», 1 → 2).
     */
    static int surfaceOffset(String surface, int normChars) {
        if (normChars == 0) {
            return 0;
        }
        int produced = 0;
        int i = 0;
        while (i < surface.length() && produced < normChars) {
            produced += ArabicNormalizer.SEARCH.normalize(surface, i, i + 1).length();
            i++;
        }
        while (i < surface.length() && ArabicNormalizer.SEARCH.normalize(surface, i, i + 1).isEmpty()) {
            i++;
        }
        return i;
    }
}
