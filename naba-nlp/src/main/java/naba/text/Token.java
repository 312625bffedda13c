package naba.text;

import java.util.Objects;

/**
 * One token of the original text; clitics stay attached («وبالمدرسة» is one token). Its surface is
 * {@code text.substring(start, end)} and its {@link #norm()} the search-level normalized form («الأميركية» →
 * «الاميركيه»).
 *
 * <p>A value object, equal to any token with the same span, surface, norm and type. The tokenizer creates tokens as
 * views of the document text: the surface string is made on first use, and a norm equal to the surface is not stored
 * twice, so tokenizing allocates one small object per token.
 */
public final class Token implements Span {
    private final int start;
    private final int end;
    private final TokenType type;
    /** The document text, or the surface itself when built from a surface ({@link #Token(int, int, String, String, TokenType)}). */
    private final String source;
    private final int sourceOffset;
    /** The normalized form, or null when it equals the surface. */
    private final String norm;
    /** Cached surface; racy but benign, as strings are immutable. */
    private String surface;

    /**
     * A token from its parts.
     *
     * @param start   first UTF-16 offset
     * @param end     offset after the last code unit
     * @param surface {@code text.substring(start, end)}
     * @param norm    the normalized form
     * @param type    what kind of token this is
     */
    public Token(int start, int end, String surface, String norm, TokenType type) {
        Span.check(start, end, "token");
        if (surface.length() != end - start) {
            throw new IllegalArgumentException("token surface length " + surface.length() + " != span " + (end - start));
        }
        this.start = start;
        this.end = end;
        this.type = Objects.requireNonNull(type, "type");
        this.source = surface;
        this.sourceOffset = start;
        this.surface = surface;
        this.norm = norm.equals(surface) ? null : norm;
    }

    /**
     * A token that views {@code text[start, end)}; {@code norm} is null when the normalized form equals the surface.
     */
    public static Token view(String text, int start, int end, String norm, TokenType type) {
        return new Token(text, start, end, norm, type);
    }

    private Token(String text, int start, int end, String norm, TokenType type) {
        this.start = start;
        this.end = end;
        this.type = type;
        this.source = text;
        this.sourceOffset = 0;
        this.norm = norm;
    }

    @Override
    public int start() {
        return start;
    }

    @Override
    public int end() {
        return end;
    }

    public TokenType type() {
        return type;
    }

    /** The original characters: {@code text.substring(start, end)}. */
    public String surface() {
        String s = surface;
        if (s == null) {
            s = source.substring(start - sourceOffset, end - sourceOffset);
            surface = s;
        }
        return s;
    }

    /** The search-level normalized form. */
    public String norm() {
        return norm == null ? surface() : norm;
    }

    /** The {@code i}-th character of the surface, without making the surface string. */
    public char charAt(int i) {
        return source.charAt(start - sourceOffset + i);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Token t && t.start == start && t.end == end && t.type == type
                && t.surface().equals(surface()) && t.norm().equals(norm());
    }

    @Override
    public int hashCode() {
        return Objects.hash(start, end, type, surface());
    }

    @Override
    public String toString() {
        return "Token[" + start + ", " + end + ", " + surface() + ", " + norm() + ", " + type + "]";
    }
}
