package naba.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * Cuts the passage of a hit that holds most query terms and marks them. It re-analyzes the stored text with the
 * index analyzer, so «الفلسطينيين» is marked for the query «فلسطين» exactly as it matched. Thread-safe.
 */
final class SnippetMaker {
    static final int WINDOW = 240;
    private static final int LEAD = 40;
    private static final String ELLIPSIS = "…";

    private final Analyzer analyzer;
    private final String field;

    SnippetMaker(Analyzer analyzer, String field) {
        this.analyzer = analyzer;
        this.field = field;
    }

    /** The terms {@code query} analyzes to, every reading included. */
    Set<String> terms(String query) {
        Set<String> terms = new HashSet<>();
        try (TokenStream stream = analyzer.tokenStream(field, query)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return terms;
    }

    Snippet snippet(String text, Set<String> queryTerms) {
        List<int[]> matches = queryTerms.isEmpty() ? List.of() : matches(text, queryTerms);
        if (matches.isEmpty()) {
            return cut(text, 0, List.of());
        }
        int best = 0;
        int bestCount = 0;
        for (int i = 0, j = 0; i < matches.size(); i++) {
            j = Math.max(j, i);
            while (j < matches.size() && matches.get(j)[1] <= matches.get(i)[0] + WINDOW - LEAD) {
                j++;
            }
            if (j - i > bestCount) {
                bestCount = j - i;
                best = i;
            }
        }
        int start = Math.max(0, matches.get(best)[0] - LEAD);
        while (start > 0 && !Character.isWhitespace(text.charAt(start - 1)) && matches.get(best)[0] - start < 2 * LEAD) {
            start--;
        }
        return cut(text, start, matches);
    }

    private Snippet cut(String text, int start, List<int[]> matches) {
        int end = Math.min(text.length(), start + WINDOW);
        while (end < text.length() && end > start && !Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (end <= start) {
            end = Math.min(text.length(), start + WINDOW);
        }
        if (end < text.length() && Character.isLowSurrogate(text.charAt(end))) {
            end--;
        }
        String prefix = start > 0 ? ELLIPSIS : "";
        String body = text.substring(start, end).strip();
        int lead = text.substring(start, end).indexOf(body.isEmpty() ? "" : body.substring(0, 1));
        int bodyStart = start + Math.max(0, lead);
        int bodyEnd = bodyStart + body.length();
        List<Snippet.Highlight> marks = new ArrayList<>();
        for (int[] m : matches) {
            if (m[0] >= bodyStart && m[1] <= bodyEnd) {
                marks.add(new Snippet.Highlight(prefix.length() + m[0] - bodyStart, prefix.length() + m[1] - bodyStart));
            }
        }
        String suffix = bodyEnd < text.length() ? ELLIPSIS : "";
        return new Snippet(prefix + body + suffix, marks);
    }

    private List<int[]> matches(String text, Set<String> queryTerms) {
        List<int[]> matches = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            int lastStart = -1;
            while (stream.incrementToken()) {
                if (offset.startOffset() != lastStart && queryTerms.contains(term.toString())) {
                    matches.add(new int[] {offset.startOffset(), offset.endOffset()});
                    lastStart = offset.startOffset();
                }
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return matches;
    }
}
