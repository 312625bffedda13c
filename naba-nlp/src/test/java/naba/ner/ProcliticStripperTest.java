package naba.ner;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ProcliticStripperTest {
    private static ProcliticStripper stripper;

    @BeforeAll
    static void lexicon() {
        NerLexiconBuilder b = new NerLexiconBuilder();
        b.count("واشنطن", 500);
        b.count("وواشنطن", 20);
        b.count("وزاره", 800);
        b.count("لوزاره", 60);
        b.count("الامم", 300);
        b.count("للامم", 90);
        b.count("له", 150);
        b.count("الله", 200);
        b.count("يصل", 400);
        b.count("فيصل", 300);
        b.count("نور", 900);
        b.count("ونور", 300);
        b.count("كونور", 3);
        b.addPhrase("فيصل", NerLexicon.FIRST_NAME);
        b.addPhrase("وليد", NerLexicon.FIRST_NAME);
        b.addPhrase("لبنان", NerLexicon.COUNTRY);
        stripper = new ProcliticStripper(b.build());
    }

    @Test
    void stripsConjunctionBeforeNameStartingWithWaw() {
        assertThat(stripper.strip("وواشنطن")).isEqualTo(1);
    }

    @Test
    void stripsPrepositionBeforeWordStartingWithWaw() {
        assertThat(stripper.strip("لوزاره")).isEqualTo(1);
        assertThat(stripper.strip("وزاره")).isZero();
    }

    @Test
    void keepsNamesThatBeginWithProcliticLetters() {
        assertThat(stripper.strip("فيصل")).isZero();
        assertThat(stripper.strip("وليد")).isZero();
        assertThat(stripper.strip("بغداد")).isZero();
        assertThat(stripper.strip("لبنان")).isZero();
    }

    @Test
    void stripsTwoProcliticsBeforeGazetteerName() {
        assertThat(stripper.strip("ولبنان")).isEqualTo(1);
        assertThat(stripper.strip("وبلبنان")).isEqualTo(2);
    }

    @Test
    void readsDoubledLamAsPrepositionPlusArticle() {
        assertThat(stripper.strip("للامم")).isEqualTo(1);
    }

    @Test
    void restoresTheDroppedLettersOfTheArticleOnlyWhereTheArticleReadingWins() {
        assertThat(stripper.droppedArticleLetters("للامم", 1)).isEqualTo(1);
        assertThat(stripper.droppedArticleLetters("لله", 1)).isEqualTo(2);
        assertThat(stripper.droppedArticleLetters("للبنان", 1)).isZero();
        assertThat(stripper.droppedArticleLetters("للامم", 0)).isZero();
        assertThat(stripper.droppedArticleLetters("لوزاره", 1)).isZero();
    }

    @Test
    void aMentionKeepsAPrepositionBeforeWhatReadsAsTheConjunctionAndAWord() {
        // The model's features read «كونور» as ك + «ونور» (and light); a mention of Conor starts at its first letter.
        assertThat(stripper.strip("كونور")).isEqualTo(1);
        assertThat(stripper.strip("كونور", w -> false)).isZero();
        assertThat(stripper.strip("لوزاره", w -> false)).isEqualTo(1);
        assertThat(stripper.strip("ولوزاره", w -> false)).isEqualTo(2);
    }

    @Test
    void writesTheDroppedArticleAgainInWhatFollowsTheProclitics() {
        assertThat(stripper.rest("للامم", 1)).isEqualTo("الامم");
        assertThat(stripper.rest("لله", 1)).isEqualTo("الله");
        assertThat(stripper.rest("وللبنان", 2)).isEqualTo("لبنان");
        assertThat(stripper.rest("وواشنطن", 1)).isEqualTo("واشنطن");
        assertThat(stripper.rest("المتحده", 0)).isEqualTo("المتحده");
    }

    @Test
    void leavesShortAndNonArabicTokensAlone() {
        assertThat(stripper.strip("في")).isZero();
        assertThat(stripper.strip("G20")).isZero();
        assertThat(stripper.strip("")).isZero();
    }

    @Test
    void mapsNormalizedCutToSurfaceOffsetPastDiacritics() {
        assertThat(MentionSpans.surfaceOffset("وَواشنطن", 1)).isEqualTo(2);
        assertThat(MentionSpans.surfaceOffset("لوزارة", 1)).isEqualTo(1);
        assertThat(MentionSpans.surfaceOffset("كيري", 0)).isZero();
    }
}
