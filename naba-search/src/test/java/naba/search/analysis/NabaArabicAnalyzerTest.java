package naba.search.analysis;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.tests.analysis.BaseTokenStreamTestCase;

/** Lucene-shaped tests of the analyzers: exact terms, offsets, position increments, and random text. */
public class NabaArabicAnalyzerTest extends BaseTokenStreamTestCase {

    /** The rule stemmer alone, as {@link MorphStemTokenizer.Mode#HOST_AND_TOKEN} applies it to whole tokens. */
    private static Analyzer ruleStemmer() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                NabaTokenizer source = new NabaTokenizer();
                TokenStream stream = new StopFilter(new NabaNormalizationFilter(source),
                        NabaArabicAnalyzer.DEFAULT_STOP_SET);
                return new TokenStreamComponents(source, new CliticStemFilter(stream));
            }
        };
    }

    public void testMorphologyReducesCliticLadenTokenToItsHostWord() throws Exception {
        try (Analyzer analyzer = new NabaArabicAnalyzer(NabaArabicAnalyzer.DEFAULT_STOP_SET,
                MorphStemTokenizer.Mode.HOST)) {
            // و + ل + الحكومة: the host word without its article, with the offsets of the whole token
            assertAnalyzesTo(analyzer, "وللحكومة في لبنان وبالمدرسة",
                    new String[] {"حكومه", "لبنان", "مدرسه"},
                    new int[] {0, 12, 18}, new int[] {8, 17, 27}, new int[] {1, 2, 1});
            // the construct «ت» + pronoun: «حكومتها» is حكومة + ها
            assertAnalyzesTo(analyzer, "حكومتها الحكومة", new String[] {"حكومه", "حكومه"});
        }
    }

    public void testDefaultStemsTheHostWordWithTheRuleStemmer() throws Exception {
        try (Analyzer analyzer = new NabaArabicAnalyzer()) {
            // host «الحكومة» → «حكومه» → rules «حكوم»; «لبنان» keeps its ambiguous reading; «في» is a stop word
            assertAnalyzesTo(analyzer, "وللحكومة في لبنان وبالمدرسة",
                    new String[] {"حكوم", "لبنان", "بنان", "مدرس"},
                    new int[] {0, 12, 12, 18}, new int[] {8, 17, 17, 27}, new int[] {1, 2, 0, 1});
            // «للافروف» is ل + «لافروف» spelled with one lam: both readings of the name meet at «افروف»
            assertAnalyzesTo(analyzer, "للافروف", new String[] {"افروف"});
        }
    }

    public void testLongValueEmitsEveryTermAndTheTokenizerIsReused() throws Exception {
        try (Analyzer analyzer = new NabaArabicAnalyzer(NabaArabicAnalyzer.DEFAULT_STOP_SET,
                MorphStemTokenizer.Mode.HOST)) {
            // 150 tokens: more terms than the tokenizer's first buffer holds; then a short value on the same instance
            String[] terms = new String[150];
            int[] starts = new int[150];
            int[] ends = new int[150];
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < terms.length; i++) {
                terms[i] = "لبنان";
                starts[i] = text.length();
                text.append("ولبنان ");
                ends[i] = starts[i] + 6;
            }
            assertAnalyzesTo(analyzer, text.toString(), terms, starts, ends);
            assertAnalyzesTo(analyzer, "وللحكومة", new String[] {"حكومه"}, new int[] {0}, new int[] {8});
        }
    }

    public void testLemmaModeStacksTheLemma() throws Exception {
        try (Analyzer analyzer = new NabaArabicAnalyzer(NabaArabicAnalyzer.DEFAULT_STOP_SET,
                MorphStemTokenizer.Mode.HOST_AND_LEMMA)) {
            assertAnalyzesTo(analyzer, "الولايات المتحدة",
                    new String[] {"ولايات", "ولايه", "متحده", "متحد"},
                    new int[] {0, 0, 9, 9}, new int[] {8, 8, 16, 16}, new int[] {1, 0, 1, 0});
        }
    }

    public void testStripsCertainProcliticsAndPluralsKeepingOffsets() throws Exception {
        try (Analyzer analyzer = ruleStemmer()) {
            assertAnalyzesTo(analyzer, "والفلسطينيين في لبنان",
                    new String[] {"فلسطين", "لبنان", "بنان"},
                    new int[] {0, 16, 16}, new int[] {12, 21, 21}, new int[] {1, 2, 0});
        }
    }

    public void testKeepsAmbiguousReadingsAtOnePosition() throws Exception {
        try (Analyzer analyzer = ruleStemmer()) {
            assertAnalyzesTo(analyzer, "وزير فلسطيني",
                    new String[] {"وزير", "زير", "فلسطيني", "فلسطين", "لسطيني", "لسطين"},
                    new int[] {0, 0, 5, 5, 5, 5}, new int[] {4, 4, 12, 12, 12, 12}, new int[] {1, 0, 1, 0, 0, 0});
        }
    }

    public void testConflatesStateAndItsAdjectiveButNotLebanonAndMilk() throws Exception {
        try (Analyzer analyzer = ruleStemmer()) {
            assertAnalyzesTo(analyzer, "الولايات الولاية لبنان اللبنانيين",
                    new String[] {"ولاي", "ولاي", "لبنان", "بنان", "لبنان"});
            assertAnalyzesTo(analyzer, "حكومتها الحكومة والحكومات",
                    new String[] {"حكوم", "حكوم", "حكوم"});
        }
    }

    public void testNormalizesDigitsLatinAndDiacritics() throws Exception {
        try (Analyzer analyzer = new NabaArabicAnalyzer()) {
            assertAnalyzesTo(analyzer, "قالت BBC إنَّ ١٥ قتيلاً",
                    new String[] {"قالت", "bbc", "15", "قتيلا"},
                    new int[] {0, 5, 14, 17}, new int[] {4, 8, 16, 23}, new int[] {1, 1, 2, 1});
        }
    }

    public void testDropsPunctuationAndLoneDiacritics() throws Exception {
        try (Analyzer analyzer = new NabaExactAnalyzer()) {
            assertAnalyzesTo(analyzer, "«كيري» ، َ والأميركيين!",
                    new String[] {"كيري", "والاميركيين"},
                    new int[] {1, 11}, new int[] {5, 22}, new int[] {1, 2});
        }
    }

    public void testEmptyInputGivesNoTerms() throws Exception {
        try (Analyzer analyzer = new NabaArabicAnalyzer()) {
            assertAnalyzesTo(analyzer, "", new String[0]);
            assertAnalyzesTo(analyzer, "  ، . ", new String[0]);
        }
    }

    public void testRandomTextKeepsTokenStreamContract() throws Exception {
        try (Analyzer analyzer = new NabaArabicAnalyzer()) {
            checkRandomData(random(), analyzer, 200 * RANDOM_MULTIPLIER);
        }
        try (Analyzer analyzer = new NabaArabicAnalyzer(NabaArabicAnalyzer.DEFAULT_STOP_SET,
                MorphStemTokenizer.Mode.HOST_AND_TOKEN)) {
            checkRandomData(random(), analyzer, 50 * RANDOM_MULTIPLIER);
        }
        try (Analyzer analyzer = new NabaExactAnalyzer()) {
            checkRandomData(random(), analyzer, 100 * RANDOM_MULTIPLIER);
        }
    }
}
