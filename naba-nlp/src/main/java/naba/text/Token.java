package naba.text;

/**
 * One token of the original text; clitics stay attached («وبالمدرسة» is one token).
 *
 * @param start   first UTF-16 offset
 * @param end     offset after the last code unit
 * @param surface {@code text.substring(start, end)}
 * @param norm    the search-level normalized form: «الأميركية» → «الاميركيه»
 * @param type    what kind of token this is
 */
public record Token(int start, int end, String surface, String norm, TokenType type) implements Span {
    public Token {
        Span.check(start, end, "token");
        if (surface.length() != end - start) {
            throw new IllegalArgumentException("token surface length " + surface.length() + " != span " + (end - start));
        }
    }
}
