package naba.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import naba.text.EntityType;
import org.junit.jupiter.api.Test;

class DocumentRecallTest {
    private static TokenSpan span(int start, int end, EntityType type) {
        return new TokenSpan(start, end, type, 0.9f);
    }

    /** Recall whose stripper knows no words: it cuts no proclitics, so the tests write words without them. */
    private static DocumentRecall withoutLexicon(int window) {
        return new DocumentRecall(window, new ProcliticStripper(NerLexicon.empty()));
    }

    @Test
    void recallsSurnameOfEarlierPerson() {
        DocumentRecall recall = withoutLexicon(10);
        recall.next(new String[] {"قال", "جون", "كيري", "ان", "المحادثات", "مستمره"},
                List.of(span(1, 3, EntityType.PERS)));
        // «واضاف كيري», written without its proclitic («اضاف»).
        List<TokenSpan> out = recall.next(new String[] {"اضاف", "كيري", "ان", "الاتفاق", "قريب"}, List.of());
        assertThat(out).hasSize(1);
        assertThat(out.get(0).sameAs(span(1, 2, EntityType.PERS))).isTrue();
    }

    @Test
    void recallsWholeMultiWordNameAndKeepsModelSpans() {
        DocumentRecall recall = withoutLexicon(10);
        recall.next(new String[] {"اعلنت", "وزاره", "الخارجيه", "الروسيه", "امس"},
                List.of(span(1, 4, EntityType.ORG)));
        List<TokenSpan> out = recall.next(new String[] {"وقالت", "وزاره", "الخارجيه", "الروسيه", "في", "موسكو"},
                List.of(span(5, 6, EntityType.LOC)));
        assertThat(out).hasSize(2);
        assertThat(out.get(0).sameAs(span(1, 4, EntityType.ORG))).isTrue();
        assertThat(out.get(1).sameAs(span(5, 6, EntityType.LOC))).isTrue();
    }

    @Test
    void aNameOfSeveralWordsIsRecalledAfterLamWithItsArticleWrittenAgain() {
        NerLexiconBuilder words = new NerLexiconBuilder();
        words.count("البنك", 100);
        words.count("للبنك", 10);
        words.count("الاتفاق", 100);
        words.count("للاتفاق", 10);
        DocumentRecall recall = new DocumentRecall(10, new ProcliticStripper(words.build()));
        recall.next(new String[] {"وقال", "البنك", "التجاري", "ان", "الاتفاق", "قريب"},
                List.of(span(1, 3, EntityType.ORG), span(4, 5, EntityType.ORG)));
        List<TokenSpan> out = recall.next(new String[] {"نقل", "للبنك", "التجاري", "للاتفاق"}, List.of());
        // The bank is recalled; the one word «الاتفاق», which the model may have tagged wrongly, is not.
        assertThat(out).hasSize(1);
        assertThat(out.get(0).sameAs(span(1, 3, EntityType.ORG))).isTrue();
    }

    @Test
    void neverOverridesWhatTheModelTagged() {
        DocumentRecall recall = withoutLexicon(10);
        recall.next(new String[] {"زار", "كيري", "موسكو"}, List.of(span(1, 2, EntityType.PERS)));
        List<TokenSpan> out = recall.next(new String[] {"مطعم", "كيري", "مغلق"}, List.of(span(0, 2, EntityType.ORG)));
        assertThat(out).hasSize(1);
        assertThat(out.get(0).sameAs(span(0, 2, EntityType.ORG))).isTrue();
    }

    @Test
    void doesNotRememberTwoLetterWordsTaggedAlone() {
        DocumentRecall recall = withoutLexicon(10);
        recall.next(new String[] {"قال", "له", "كيري"},
                List.of(span(1, 2, EntityType.MISC), span(2, 3, EntityType.PERS)));
        List<TokenSpan> out = recall.next(new String[] {"قدم", "له", "كيري", "خطه"}, List.of());
        assertThat(out).hasSize(1);
        assertThat(out.get(0).sameAs(span(2, 3, EntityType.PERS))).isTrue();
    }

    @Test
    void forgetsNamesOutsideTheWindow() {
        DocumentRecall recall = withoutLexicon(2);
        recall.next(new String[] {"وصل", "لافروف"}, List.of(span(1, 2, EntityType.PERS)));
        recall.next(new String[] {"الطقس", "حار"}, List.of());
        recall.next(new String[] {"الطقس", "بارد"}, List.of());
        assertThat(recall.next(new String[] {"غادر", "لافروف"}, List.of())).isEmpty();
    }

    @Test
    void modelTagsEachSentenceAloneWithTag() {
        SpanTagger alone = tokens -> tokens.contains("كيري") ? List.of(span(0, 1, EntityType.PERS)) : List.of();
        List<List<TokenSpan>> out = alone.tagAll(List.of(List.of("كيري", "وصل"), List.of("غادر", "كيري")));
        assertThat(out).hasSize(2);
        assertThat(out.get(1)).hasSize(1);
        assertThat(out.get(1).get(0).sameAs(span(0, 1, EntityType.PERS))).isTrue();
    }
}
