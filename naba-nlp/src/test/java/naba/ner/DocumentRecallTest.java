package naba.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import naba.text.EntityType;
import org.junit.jupiter.api.Test;

class DocumentRecallTest {
    private static TokenSpan span(int start, int end, EntityType type) {
        return new TokenSpan(start, end, type, 0.9f);
    }

    /** A sentence whose words carry no article that ل dropped. */
    private static List<TokenSpan> next(DocumentRecall recall, String[] bare, List<TokenSpan> spans) {
        return recall.next(bare, bare, spans);
    }

    @Test
    void recallsSurnameOfEarlierPerson() {
        DocumentRecall recall = new DocumentRecall(10);
        next(recall, new String[] {"قال", "جون", "كيري", "ان", "المحادثات", "مستمره"},
                List.of(span(1, 3, EntityType.PERS)));
        // «واضاف كيري»: the caller passes forms without proclitics («اضاف»).
        List<TokenSpan> out = next(recall, new String[] {"اضاف", "كيري", "ان", "الاتفاق", "قريب"}, List.of());
        assertThat(out).hasSize(1);
        assertThat(out.get(0).sameAs(span(1, 2, EntityType.PERS))).isTrue();
    }

    @Test
    void recallsWholeMultiWordNameAndKeepsModelSpans() {
        DocumentRecall recall = new DocumentRecall(10);
        next(recall, new String[] {"اعلنت", "وزاره", "الخارجيه", "الروسيه", "امس"},
                List.of(span(1, 4, EntityType.ORG)));
        List<TokenSpan> out = next(recall, new String[] {"وقالت", "وزاره", "الخارجيه", "الروسيه", "في", "موسكو"},
                List.of(span(5, 6, EntityType.LOC)));
        assertThat(out).hasSize(2);
        assertThat(out.get(0).sameAs(span(1, 4, EntityType.ORG))).isTrue();
        assertThat(out.get(1).sameAs(span(5, 6, EntityType.LOC))).isTrue();
    }

    @Test
    void aNameOfSeveralWordsIsRecalledAfterLamWithItsArticleWrittenAgain() {
        DocumentRecall recall = new DocumentRecall(10);
        next(recall, new String[] {"وقال", "البنك", "التجاري", "ان", "الاتفاق", "قريب"},
                List.of(span(1, 3, EntityType.ORG), span(4, 5, EntityType.ORG)));
        // «للبنك التجاري وللاتفاق»: after ل, the proclitic-free forms are «لبنك» and «لاتفاق».
        List<TokenSpan> out = recall.next(new String[] {"نقل", "لبنك", "التجاري", "لاتفاق"},
                new String[] {"نقل", "البنك", "التجاري", "الاتفاق"}, List.of());
        // The bank is recalled; the one word «الاتفاق», which the model may have tagged wrongly, is not.
        assertThat(out).hasSize(1);
        assertThat(out.get(0).sameAs(span(1, 3, EntityType.ORG))).isTrue();
    }

    @Test
    void neverOverridesWhatTheModelTagged() {
        DocumentRecall recall = new DocumentRecall(10);
        next(recall, new String[] {"زار", "كيري", "موسكو"}, List.of(span(1, 2, EntityType.PERS)));
        List<TokenSpan> out = next(recall, new String[] {"مطعم", "كيري", "مغلق"}, List.of(span(0, 2, EntityType.ORG)));
        assertThat(out).hasSize(1);
        assertThat(out.get(0).sameAs(span(0, 2, EntityType.ORG))).isTrue();
    }

    @Test
    void doesNotRememberTwoLetterWordsTaggedAlone() {
        DocumentRecall recall = new DocumentRecall(10);
        next(recall, new String[] {"قال", "له", "كيري"},
                List.of(span(1, 2, EntityType.MISC), span(2, 3, EntityType.PERS)));
        List<TokenSpan> out = next(recall, new String[] {"قدم", "له", "كيري", "خطه"}, List.of());
        assertThat(out).hasSize(1);
        assertThat(out.get(0).sameAs(span(2, 3, EntityType.PERS))).isTrue();
    }

    @Test
    void forgetsNamesOutsideTheWindow() {
        DocumentRecall recall = new DocumentRecall(2);
        next(recall, new String[] {"وصل", "لافروف"}, List.of(span(1, 2, EntityType.PERS)));
        next(recall, new String[] {"الطقس", "حار"}, List.of());
        next(recall, new String[] {"الطقس", "بارد"}, List.of());
        assertThat(next(recall, new String[] {"غادر", "لافروف"}, List.of())).isEmpty();
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
