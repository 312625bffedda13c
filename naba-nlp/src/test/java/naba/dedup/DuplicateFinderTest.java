package naba.dedup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DuplicateFinderTest {
    static final String WIRE = "وصل خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز آل سعود اليوم إلى مدينة طنجة في "
            + "المملكة المغربية في إجازة خاصة، وكان في استقباله لدى وصوله إلى مطار ابن بطوطة الدولي عدد من "
            + "المسؤولين المغاربة وسفير خادم الحرمين الشريفين لدى المغرب وعدد من أعضاء السفارة.";
    static final String REWRITE = "واس - طنجة: " + WIRE.replace("اليوم", "أمس");
    static final String OTHER = "أعلنت الهيئة العامة للأرصاد وحماية البيئة عن توقعات بهطول أمطار رعدية على مرتفعات "
            + "منطقة جازان وعسير والباحة مع رياح نشطة مثيرة للأتربة والغبار على أجزاء من منطقة الرياض والشرقية.";

    private final DuplicateFinder finder = new DuplicateFinder(DedupOptions.DEFAULT);

    private List<Fingerprint> prints(String... idsAndTexts) {
        List<Fingerprint> prints = new ArrayList<>();
        for (int i = 0; i < idsAndTexts.length; i += 2) {
            prints.add(finder.hasher().fingerprint(idsAndTexts[i], idsAndTexts[i + 1]));
        }
        return prints;
    }

    @Test
    void findsExactCopiesAndNearCopiesAndLeavesOtherStoriesAlone() {
        DedupResult result = finder.find(prints("a", WIRE, "b", OTHER, "c", WIRE + "\n", "d", REWRITE, "e", ""));
        assertThat(result.exact()).extracting(DuplicateGroup::representative, DuplicateGroup::members)
                .containsExactly(tuple("a", List.of("a", "c")));
        assertThat(result.near()).extracting(DuplicateGroup::representative, DuplicateGroup::kind,
                DuplicateGroup::members).containsExactly(tuple("a", DuplicateKind.NEAR, List.of("a", "c", "d")));
        assertThat(result.pairs()).extracting(DuplicatePair::first, DuplicatePair::second)
                .containsExactly(tuple("a", "d"));
        assertThat(result.pairs().get(0).similarity()).isGreaterThanOrEqualTo(0.5).isLessThan(1.0);
        assertThat(result.representatives()).containsExactlyInAnyOrderEntriesOf(Map.of("a", "a", "c", "a", "d", "a"));
    }

    @Test
    void emptyTextsAreNeverDuplicates() {
        DedupResult result = finder.find(prints("a", "", "b", " \n", "c", "\u00A0"));
        assertThat(result.exact()).isEmpty();
        assertThat(result.near()).isEmpty();
    }

    @Test
    void aHigherThresholdDropsTheRewrite() {
        DuplicateFinder strict = new DuplicateFinder(DedupOptions.DEFAULT.withThreshold(1.0));
        List<Fingerprint> prints = List.of(strict.hasher().fingerprint("a", WIRE),
                strict.hasher().fingerprint("d", REWRITE));
        assertThat(strict.find(prints).near()).isEmpty();
    }

    @Test
    void manyCopiesOfOneTextFormOneGroupWithoutPairwiseWork() {
        List<Fingerprint> prints = new ArrayList<>();
        for (int i = 0; i < 3000; i++) {
            // Every article is the wire story plus its own trailing number: 3000 distinct near copies of one text.
            prints.add(finder.hasher().fingerprint("n" + i, WIRE + " رقم " + i));
        }
        DedupResult result = finder.find(prints);
        assertThat(result.near()).hasSize(1);
        assertThat(result.near().get(0).members()).hasSize(3000).startsWith("n0");
        assertThat(result.pairs()).hasSize(2999);
    }
}
