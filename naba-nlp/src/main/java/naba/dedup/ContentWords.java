package naba.dedup;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import naba.normalize.ArabicNormalizer;
import naba.text.Token;
import naba.text.TokenType;

/**
 * The content words of a stretch of tokens, lightly stemmed so that reworded reports still share them: «وبالخارجية»,
 * «الخارجية» and «خارجية» all give «خارج»; function words («في», «التي», «قال») give nothing. Works on the tokens'
 * search-normalized forms. Used to compare paragraphs within one article and articles within a story; for exact and
 * near-verbatim copies see {@link MinHasher}. Stateless and thread-safe.
 */
public final class ContentWords {
    public static final ContentWords INSTANCE = new ContentWords();

    private static final int MIN_STEM = 3;
    /** Definite article with its proclitic prepositions, longest first. */
    private static final String[] ARTICLES = {"وبال", "فبال", "ولل", "فلل", "بال", "كال", "فال", "وال", "لل", "ال"};
    private static final String[] SUFFIXES = {"ات", "ون", "ين", "ان", "يه", "ه", "ا"};
    private static final char WAW = '\u0648';
    private static final char FEH = '\u0641';

    private final Set<String> functionWords;

    private ContentWords() {
        // Written in full spelling and normalized here, so the list reads naturally and matches token.norm().
        String words = "في من على إلى الى عن أن إن ان انه أنه إنه التي الذي الذين اللذين اللتين هذا هذه ذلك تلك هؤلاء "
                + "مع كان كانت يكون تكون قد لقد لا لم لن ما ماذا او أو ثم حول بين عند كل بعد قبل منذ خلال هو هي هم هما "
                + "نحن انت أنت قال وقال قالت وقالت أضاف اضاف أضافت اضافت كذلك أيضا ايضا حيث لكن الا إلا أي اي غير وما "
                + "به بها له لها لهم فيه فيها فيهم عليه عليها عليهم إليه اليه منها منه منهم عنه عنها اليوم امس أمس "
                + "وفي ومن وعلى وإلى والى وعن وأن وان وقد ولا ولم وهو وهي وكان وكانت وذلك وهذا وهذه إذ اذا إذا وإذا "
                + "كما بما مما عما لما ضمن نحو دون عبر لدى حتى أكثر اكثر أقل اقل جدا بعض تم يتم وتم";
        Set<String> set = new HashSet<>();
        for (String w : words.split(" ")) {
            set.add(ArabicNormalizer.SEARCH.normalize(w));
        }
        functionWords = Set.copyOf(set);
    }

    /** The stems of the content words among {@code tokens}, in text order, repeats kept. */
    public List<String> stems(List<Token> tokens) {
        List<String> out = new ArrayList<>(tokens.size());
        for (Token token : tokens) {
            String stem = stem(token);
            if (stem != null) {
                out.add(stem);
            }
        }
        return out;
    }

    /**
     * The stem without a leading conjunction «و» or «ف» when that shorter stem is also in {@code known}: «واتفق»
     * becomes «اتفق» in an article that also has «اتفقا», while «وزير» stays «وزير» (no «زير» around). A bare
     * initial «و» is too often a root letter («وزارة», «وقت», «وضع») to strip blindly.
     */
    public String withoutConjunction(String stem, java.util.Set<String> known) {
        if (stem.length() > MIN_STEM && (stem.charAt(0) == WAW || stem.charAt(0) == FEH)) {
            String shorter = stem.substring(1);
            if (known.contains(shorter)) {
                return shorter;
            }
        }
        return stem;
    }

    /** The stem of one token, or {@code null} for punctuation, numbers, function words and very short words. */
    public String stem(Token token) {
        TokenType type = token.type();
        if (type != TokenType.ARABIC && type != TokenType.LATIN && type != TokenType.HASHTAG) {
            return null;
        }
        return stem(token.norm());
    }

    /** The stem of a search-normalized word, or {@code null}. */
    public String stem(String norm) {
        String w = norm.startsWith("#") ? norm.substring(1) : norm;
        if (w.isEmpty()) {
            return null;
        }
        w = w.toLowerCase(Locale.ROOT);
        if (functionWords.contains(w)) {
            return null;
        }
        for (String article : ARTICLES) {
            if (w.startsWith(article) && w.length() - article.length() >= MIN_STEM) {
                w = w.substring(article.length());
                break;
            }
        }
        for (String suffix : SUFFIXES) {
            if (w.endsWith(suffix) && w.length() - suffix.length() >= MIN_STEM) {
                w = w.substring(0, w.length() - suffix.length());
                break;
            }
        }
        return w.length() < MIN_STEM || functionWords.contains(w) ? null : w;
    }
}
