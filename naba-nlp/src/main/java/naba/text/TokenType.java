package naba.text;

/** What kind of text a {@link Token} covers. */
public enum TokenType {
    /** Arabic-script word, clitics still attached: «وبالمدرسة». */
    ARABIC,
    /** Latin-script word, possibly with digits: «G20». */
    LATIN,
    /** Number in any digits, with decimal or thousands separators: «22،15», «١٥», «1,5». */
    NUMBER,
    /** One punctuation mark: «،» «؟» «(». */
    PUNCT,
    /** Symbol such as % or $, or an emoji sequence. */
    SYMBOL,
    /** Web address. */
    URL,
    /** E-mail address. */
    EMAIL,
    /** «#سوريا». */
    HASHTAG,
    /** «@naba_news». */
    HANDLE,
    /** Abbreviation written with dots: «أ.ف.ب». */
    ABBREVIATION,
    /** Anything else (other scripts). */
    OTHER
}
