package naba.search.analysis;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.tests.analysis.BaseTokenStreamTestCase;

/** Lucene-shaped tests of the analyzers: exact terms, offsets, position increments, and random text. */
public class NabaArabicAnalyzerTest extends BaseTokenStreamTestCase {

    public void testStripsCertainProcliticsAndPluralsKeepingOffsets() throws Exception {
        try (Analyzer analyzer = new NabaArabicAnalyzer()) {
            assertAnalyzesTo(analyzer, "والفلسطينيين في لبنان",
                    new String[] {"فلسطين", "لبنان", "بنان"},
                    new int[] {0, 16, 16}, new int[] {12, 21, 21}, new int[] {1, 2, 0});
        }
    }

    public void testKeepsAmbiguousReadingsAtOnePosition() throws Exception {
        try (Analyzer analyzer = new NabaArabicAnalyzer()) {
            assertAnalyzesTo(analyzer, "وزير فلسطيني",
                    new String[] {"وزير", "زير", "فلسطيني", "فلسطين", "لسطيني", "لسطين"},
                    new int[] {0, 0, 5, 5, 5, 5}, new int[] {4, 4, 12, 12, 12, 12}, new int[] {1, 0, 1, 0, 0, 0});
        }
    }

    public void testConflatesStateAndItsAdjectiveButNotLebanonAndMilk() throws Exception {
        try (Analyzer analyzer = new NabaArabicAnalyzer()) {
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
        try (Analyzer analyzer = new NabaExactAnalyzer()) {
            checkRandomData(random(), analyzer, 100 * RANDOM_MULTIPLIER);
        }
    }
}
