package naba.tokenize;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import naba.normalize.ArabicNormalizer;
import naba.text.Annotator;
import naba.text.Document;
import naba.text.Layer;
import naba.text.LayerKey;
import naba.text.Layers;
import naba.text.Token;
import naba.text.TokenType;

/**
 * Splits text into tokens: Arabic words (clitics attached), Latin words, numbers with their separators
 * («22،15», «1,5», «١٣٦٠٠»), single punctuation marks, URLs, e-mail addresses, hashtags, @handles, dotted
 * abbreviations («أ.ف.ب») and emoji sequences. «آذار/مارس» gives three tokens: «آذار», «/», «مارس».
 *
 * <p>White space and stray invisible format characters between words are skipped; every other character belongs to
 * exactly one token. Each token carries its {@link ArabicNormalizer#SEARCH} form. Thread-safe.
 */
public final class ArabicTokenizer implements Annotator {
    public static final ArabicTokenizer INSTANCE = new ArabicTokenizer();

    private static final char FULL_STOP = '.';
    private static final char ARABIC_COMMA = '\u060C';
    private static final char ARABIC_DECIMAL_SEPARATOR = '\u066B';
    private static final char ARABIC_THOUSANDS_SEPARATOR = '\u066C';
    private static final char ZWJ = '\u200D';
    private static final char VARIATION_SELECTOR_16 = '\uFE0F';

    private final ArabicNormalizer normalizer = ArabicNormalizer.SEARCH;

    private ArabicTokenizer() {
    }

    @Override
    public Set<LayerKey<?>> requires() {
        return Set.of();
    }

    @Override
    public Set<LayerKey<?>> produces() {
        return Set.of(Layers.TOKENS);
    }

    @Override
    public Document annotate(Document document) {
        return document.with(Layers.TOKENS, Layer.of(tokenize(document.text())));
    }

    @Override
    public String name() {
        return "ArabicTokenizer";
    }

    /** The tokens of {@code text}, in order. */
    public List<Token> tokenize(String text) {
        List<Token> tokens = new ArrayList<>(Math.max(16, text.length() / 5));
        // Scanning a char[] copy avoids String.charAt's per-call coder and bounds checks.
        char[] buf = text.toCharArray();
        int n = buf.length;
        char[][] scratch = new char[1][];
        int i = 0;
        while (i < n) {
            char c = buf[i];
            byte cls = CharClass.of(c);
            if (cls == CharClass.SPACE || cls == CharClass.FORMAT) {
                i++;
                continue;
            }
            int end;
            TokenType type;
            if (cls == CharClass.ARABIC_LETTER || cls == CharClass.ARABIC_MARK) {
                end = scanWord(buf, i, CharClass.ARABIC_LETTER);
                type = TokenType.ARABIC;
                if (end == i + 1 && end < n && buf[end] == FULL_STOP) {
                    int abbreviation = matchAbbreviation(buf, i);
                    if (abbreviation > i) {
                        end = abbreviation;
                        type = TokenType.ABBREVIATION;
                    }
                }
            } else if ((end = matchUrl(buf, i)) > i) {
                type = TokenType.URL;
            } else if ((end = matchEmail(buf, i)) > i) {
                type = TokenType.EMAIL;
            } else if (cls == CharClass.DIGIT) {
                end = scanNumber(buf, i);
                type = TokenType.NUMBER;
            } else if (cls == CharClass.LATIN_LETTER) {
                end = scanWord(buf, i, CharClass.LATIN_LETTER);
                type = TokenType.LATIN;
            } else if (cls == CharClass.OTHER_LETTER) {
                end = scanWord(buf, i, CharClass.OTHER_LETTER);
                type = TokenType.OTHER;
            } else if (c == '#' && i + 1 < n && isWordStart(buf[i + 1])) {
                end = scanTagBody(buf, i + 1);
                type = TokenType.HASHTAG;
            } else if (c == '@' && i + 1 < n && isHandleChar(buf[i + 1])) {
                end = i + 1;
                while (end < n && isHandleChar(buf[end])) {
                    end++;
                }
                type = TokenType.HANDLE;
            } else if (c == FULL_STOP && i + 1 < n && buf[i + 1] == FULL_STOP) {
                end = i + 1;
                while (end < n && buf[end] == FULL_STOP) {
                    end++;
                }
                type = TokenType.PUNCT;
            } else if (cls == CharClass.PUNCT) {
                end = i + 1;
                type = TokenType.PUNCT;
            } else {
                end = scanSymbol(buf, i);
                type = TokenType.SYMBOL;
            }
            tokens.add(Token.view(text, i, end, normalizer.normalizedOrNull(buf, i, end, scratch), type));
            i = end;
        }
        return tokens;
    }

    /** Letters of one script, with marks, and format characters only between two letters. */
    private static int scanWord(char[] text, int i, byte letterClass) {
        int n = text.length;
        int end = i + 1;
        int j = i + 1;
        while (j < n) {
            byte cls = CharClass.of(text[j]);
            if (cls == letterClass || cls == CharClass.MARK
                    || (letterClass == CharClass.ARABIC_LETTER && cls == CharClass.ARABIC_MARK)
                    || (letterClass != CharClass.ARABIC_LETTER && cls == CharClass.DIGIT
                        && letterClass == CharClass.LATIN_LETTER)) {
                j++;
                end = j;
            } else if (cls == CharClass.FORMAT) {
                j++; // kept only if a letter follows
            } else {
                break;
            }
        }
        return end;
    }

    /** Digits with single internal separators followed by a digit: «1,5», «22،15», «3.14», «١٬٠٠٠». */
    private static int scanNumber(char[] text, int i) {
        int n = text.length;
        int j = i + 1;
        while (j < n) {
            char c = text[j];
            byte cls = CharClass.of(c);
            if (cls == CharClass.DIGIT) {
                j++;
            } else if (isNumberSeparator(c) && j + 1 < n && CharClass.of(text[j + 1]) == CharClass.DIGIT) {
                j += 2;
            } else {
                break;
            }
        }
        return j;
    }

    private static boolean isNumberSeparator(char c) {
        return c == '.' || c == ',' || c == ARABIC_COMMA || c == ARABIC_DECIMAL_SEPARATOR
                || c == ARABIC_THOUSANDS_SEPARATOR;
    }

    /** «أ.ف.ب», «د.ب.أ»: single Arabic letters joined by full stops (at least two letters). */
    private static int matchAbbreviation(char[] text, int i) {
        int n = text.length;
        int j = i;
        int letters = 0;
        int end = -1;
        while (j < n && CharClass.of(text[j]) == CharClass.ARABIC_LETTER) {
            int next = j + 1;
            if (next < n && CharClass.of(text[next]) == CharClass.ARABIC_LETTER) {
                return -1; // a longer word, not an initial
            }
            letters++;
            if (letters >= 2) {
                end = next;
            }
            if (next + 1 < n && text[next] == FULL_STOP
                    && CharClass.of(text[next + 1]) == CharClass.ARABIC_LETTER) {
                j = next + 1;
            } else {
                break;
            }
        }
        return letters >= 2 ? end : -1;
    }

    private static boolean isWordStart(char c) {
        byte cls = CharClass.of(c);
        return cls == CharClass.ARABIC_LETTER || cls == CharClass.LATIN_LETTER || cls == CharClass.DIGIT
                || cls == CharClass.OTHER_LETTER || c == '_';
    }

    private static int scanTagBody(char[] text, int i) {
        int n = text.length;
        int j = i;
        while (j < n) {
            char c = text[j];
            byte cls = CharClass.of(c);
            if (isWordStart(c) || cls == CharClass.ARABIC_MARK || cls == CharClass.MARK) {
                j++;
            } else {
                break;
            }
        }
        return j;
    }

    private static boolean isHandleChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
    }

    /** One symbol code point or an emoji sequence (modifiers, variation selectors, ZWJ-joined parts). */
    private static int scanSymbol(char[] text, int i) {
        int n = text.length;
        int j = i + Character.charCount(Character.codePointAt(text, i));
        while (j < n) {
            char c = text[j];
            if (c == VARIATION_SELECTOR_16 || CharClass.of(c) == CharClass.MARK) {
                j++;
            } else if (Character.isSurrogate(c) && isEmojiModifier(Character.codePointAt(text, j))) {
                j += 2;
            } else if (c == ZWJ && j + 1 < n && CharClass.of(text[j + 1]) != CharClass.SPACE
                    && (Character.isSurrogate(text[j + 1]) || CharClass.of(text[j + 1]) == CharClass.SYMBOL)) {
                j += 1 + Character.charCount(Character.codePointAt(text, j + 1));
            } else {
                break;
            }
        }
        return j;
    }

    private static boolean isEmojiModifier(int cp) {
        return cp >= 0x1F3FB && cp <= 0x1F3FF;
    }

    private static int matchUrl(char[] text, int i) {
        char c = text[i];
        if (c != 'h' && c != 'H' && c != 'w' && c != 'W') {
            return -1;
        }
        if (!(startsWithIgnoreCase(text, i, "http://") || startsWithIgnoreCase(text, i, "https://")
                || startsWithIgnoreCase(text, i, "www."))) {
            return -1;
        }
        int n = text.length;
        int j = i;
        while (j < n) {
            char d = text[j];
            byte cls = CharClass.of(d);
            if (cls == CharClass.SPACE || cls == CharClass.FORMAT || d == '"' || d == '<' || d == '>' || d == '\u00AB' || d == '\u00BB'
                    || d == '\u201C' || d == '\u201D' || d == ARABIC_COMMA) {
                break;
            }
            j++;
        }
        // Trailing punctuation belongs to the sentence, not the address.
        while (j > i && ".,;:!?)]}'\u061F\u061B".indexOf(text[j - 1]) >= 0) {
            j--;
        }
        return j;
    }

    private static int matchEmail(char[] text, int i) {
        if (!isEmailLocalChar(text[i])) {
            return -1;
        }
        int n = text.length;
        int j = i;
        while (j < n && isEmailLocalChar(text[j])) {
            j++;
        }
        if (j >= n || text[j] != '@' || j == i) {
            return -1;
        }
        int domainStart = ++j;
        int lastDot = -1;
        while (j < n) {
            char c = text[j];
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-') {
                j++;
            } else if (c == '.' && j + 1 < n && Character.isLetterOrDigit(text[j + 1]) && j > domainStart) {
                lastDot = j;
                j++;
            } else {
                break;
            }
        }
        return lastDot > domainStart && j - lastDot > 2 ? j : -1;
    }

    private static boolean isEmailLocalChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' || c == '_'
                || c == '%' || c == '+' || c == '-';
    }

    private static boolean startsWithIgnoreCase(char[] text, int i, String prefix) {
        if (i + prefix.length() > text.length) {
            return false;
        }
        for (int k = 0; k < prefix.length(); k++) {
            if (Character.toLowerCase(text[i + k]) != prefix.charAt(k)) {
                return false;
            }
        }
        return true;
    }
}
