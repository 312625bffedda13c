package naba.tokenize;

/** Character classes for the tokenizer, looked up in one table for the whole BMP. */
final class CharClass {
    static final byte SPACE = 0;
    static final byte ARABIC_LETTER = 1;
    /** Diacritics, tatweel and other marks that continue an Arabic word but cannot start one. */
    static final byte ARABIC_MARK = 2;
    static final byte DIGIT = 3;
    static final byte LATIN_LETTER = 4;
    static final byte OTHER_LETTER = 5;
    /** Combining marks of any script. */
    static final byte MARK = 6;
    static final byte PUNCT = 7;
    static final byte SYMBOL = 8;
    /** Invisible format characters (bidi controls, ZWJ/ZWNJ, BOM): kept inside a word, skipped between words. */
    static final byte FORMAT = 9;
    static final byte SURROGATE = 10;

    private static final byte[] TABLE = new byte[0x10000];

    static {
        for (int c = 0; c < TABLE.length; c++) {
            TABLE[c] = classify(c);
        }
    }

    private CharClass() {
    }

    static byte of(char c) {
        return TABLE[c];
    }

    private static byte classify(int c) {
        if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
            return SPACE;
        }
        if (Character.isSurrogate((char) c)) {
            return SURROGATE;
        }
        if (Character.isDigit(c)) {
            return DIGIT;
        }
        int type = Character.getType(c);
        if (type == Character.FORMAT) {
            return FORMAT;
        }
        if (isArabicBlock(c)) {
            if (c == 0x0640 || type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                    || type == Character.COMBINING_SPACING_MARK) {
                return ARABIC_MARK;
            }
            if (Character.isLetter(c)) {
                return ARABIC_LETTER;
            }
        }
        switch (type) {
            case Character.NON_SPACING_MARK, Character.ENCLOSING_MARK, Character.COMBINING_SPACING_MARK:
                return MARK;
            case Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION, Character.START_PUNCTUATION,
                    Character.END_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION, Character.FINAL_QUOTE_PUNCTUATION,
                    Character.OTHER_PUNCTUATION:
                return PUNCT;
            case Character.MATH_SYMBOL, Character.CURRENCY_SYMBOL, Character.MODIFIER_SYMBOL, Character.OTHER_SYMBOL:
                return SYMBOL;
            default:
                break;
        }
        if (Character.isLetter(c)) {
            return Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN ? LATIN_LETTER : OTHER_LETTER;
        }
        if (Character.isISOControl(c)) {
            return SPACE;
        }
        return SYMBOL;
    }

    private static boolean isArabicBlock(int c) {
        return (c >= 0x0600 && c <= 0x06FF) || (c >= 0x0750 && c <= 0x077F) || (c >= 0x08A0 && c <= 0x08FF)
                || (c >= 0xFB50 && c <= 0xFDFF) || (c >= 0xFE70 && c <= 0xFEFC);
    }
}
