package naba.extract;

import java.util.List;
import naba.text.Token;
import naba.text.TokenType;

/**
 * The tokens of a document as the extractors see them: normalized forms, the known word each token holds after its
 * proclitics («وبتاريخ» → «تاريخ»), and the value of number tokens («1,5» → 1.5, «240» → 240, «١٥» → 15). Built
 * once per document and per extractor, in one pass.
 */
final class TokenSequence {
    private static final char ARABIC_COMMA = '\u060C';
    /** Longer tokens hold no known word: the longest list word with four proclitics is shorter. */
    private static final int MAX_WORD = 24;

    private final List<Token> tokens;
    private final String[] norm;
    private final String[] word;
    private final byte[] prefix;
    private final double[] number;
    /** Digit count of a plain integer token (no separators), else 0. */
    private final byte[] digits;

    /** The last sequence built on this thread, reused while the same token layer comes back (the next extractor). */
    private static final ThreadLocal<TokenSequence> LAST = new ThreadLocal<>();

    /**
     * The sequence of a token list, shared by the extractors that run one after another on the same document: the
     * three of them see the same immutable token layer, so it is resolved once per thread.
     */
    static TokenSequence of(List<Token> tokens) {
        TokenSequence last = LAST.get();
        if (last != null && last.tokens == tokens) {
            return last;
        }
        TokenSequence built = new TokenSequence(tokens, ExtractionWords.VOCABULARY);
        LAST.set(built);
        return built;
    }

    TokenSequence(List<Token> tokens, Vocabulary vocabulary) {
        this.tokens = tokens;
        int n = tokens.size();
        norm = new String[n];
        word = new String[n];
        prefix = new byte[n];
        number = new double[n];
        digits = new byte[n];
        String[] out = new String[1];
        char[] buffer = new char[MAX_WORD];
        for (int i = 0; i < n; i++) {
            Token t = tokens.get(i);
            number[i] = Double.NaN;
            if (t.type() == TokenType.ARABIC) {
                // Normalized in a reused buffer: most tokens are no known word and never become strings here.
                int length = t.end() - t.start() > MAX_WORD ? -2 : Vocabulary.normalizeInto(t, buffer);
                int p = length >= 0 ? vocabulary.resolve(buffer, length, out)
                        : length == -1 ? vocabulary.resolve(norm(i), out) : -1;
                if (p >= 0) {
                    word[i] = out[0];
                    prefix[i] = (byte) p;
                }
            } else if (t.type() == TokenType.NUMBER) {
                parseNumber(i, norm(i));
            } else if (t.type() == TokenType.LATIN && t.end() - t.start() <= 4) {
                int p = vocabulary.resolve(norm(i).toLowerCase(java.util.Locale.ROOT), out);
                if (p == 0) {
                    word[i] = out[0];
                }
            }
        }
    }

    private void parseNumber(int i, String s) {
        int separators = 0;
        boolean allGroupsOfThree = true;
        int groupLength = 0;
        char separator = 0;
        boolean mixed = false;
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            if (c >= '0' && c <= '9') {
                groupLength++;
            } else if (c == '.' || c == ',' || c == ARABIC_COMMA) {
                if (separators > 0 && groupLength != 3) {
                    allGroupsOfThree = false;
                }
                if (separator != 0 && separator != c) {
                    mixed = true;
                }
                separator = c;
                separators++;
                groupLength = 0;
            } else {
                return; // not a plain number
            }
        }
        if (separators > 0 && groupLength != 3) {
            allGroupsOfThree = false;
        }
        if (separators == 0) {
            if (s.length() <= 15) {
                number[i] = Long.parseLong(s);
                digits[i] = (byte) s.length();
            }
            return;
        }
        if (mixed) {
            return;
        }
        // «1,250,000», «1.250.000» and «368.000» group thousands; «1,5», «11.4» and «22،15» carry a decimal part.
        boolean thousands = allGroupsOfThree && separator != ARABIC_COMMA;
        if (thousands) {
            number[i] = Double.parseDouble(s.replace(String.valueOf(separator), ""));
        } else if (separators == 1) {
            number[i] = Double.parseDouble(s.replace(separator, '.'));
        }
    }

    int size() {
        return norm.length;
    }

    Token token(int i) {
        return tokens.get(i);
    }

    List<Token> tokens() {
        return tokens;
    }

    /** The token's search-normalized form, made on first use. */
    String norm(int i) {
        String s = norm[i];
        if (s == null) {
            s = tokens.get(i).norm();
            norm[i] = s;
        }
        return s;
    }

    /** The known word inside token {@code i} after its proclitics, or null. */
    String word(int i) {
        return i < norm.length ? word[i] : null;
    }

    /** The known word only when the token is that word with no proclitic, else null. */
    String bare(int i) {
        return i < norm.length && prefix[i] == 0 ? word[i] : null;
    }

    int prefix(int i) {
        return prefix[i];
    }

    /** The token's numeric value, or NaN when it is not a number token. */
    double number(int i) {
        return i < norm.length ? number[i] : Double.NaN;
    }

    /** Digit count of a plain integer token («2012» → 4), else 0. */
    int integerDigits(int i) {
        return i < norm.length ? digits[i] : 0;
    }

    boolean isNumber(int i) {
        return i < norm.length && !Double.isNaN(number[i]);
    }

    /** True when token {@code i} is exactly the normalized text {@code s}. */
    boolean is(int i, String s) {
        if (i < 0 || i >= norm.length) {
            return false;
        }
        Token t = tokens.get(i);
        int length = t.end() - t.start();
        if (length == 1 && s.length() == 1 && t.charAt(0) == s.charAt(0)) {
            return true;
        }
        // Normalization only removes characters (ligatures aside), so a shorter token cannot match.
        return length >= s.length() && (length < 4 * s.length() + 4) && norm(i).equals(s);
    }

    /** True when two tokens touch with no space between. */
    boolean adjacent(int a, int b) {
        return tokens.get(a).end() == tokens.get(b).start();
    }
}
