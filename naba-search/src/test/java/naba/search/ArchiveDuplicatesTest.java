package naba.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The archive marks exact and near duplicates when documents are put, keeps the marks, and collapses search. */
class ArchiveDuplicatesTest {
    @TempDir
    Path dir;

    static final String MEETING = "التقى وزير الخارجية الأميركي جون كيري نظيره الروسي سيرغي لافروف في مدينة جنيف "
            + "السويسرية يوم الاثنين لبحث الأزمة في سوريا وسبل الوصول إلى وقف لإطلاق النار في مدينة حلب. "
            + "وقال كيري في مؤتمر صحفي عقب اللقاء إن المحادثات كانت صريحة ومفيدة وإن الطرفين اتفقا على مواصلة "
            + "العمل من أجل إيصال المساعدات الإنسانية إلى المدنيين المحاصرين. وأضاف لافروف أن بلاده تدعم حلا "
            + "سياسيا يقرره السوريون أنفسهم وأن موسكو مستعدة للتعاون مع واشنطن في مكافحة الإرهاب. ومن المقرر أن "
            + "يجتمع خبراء من البلدين الأسبوع المقبل لوضع التفاصيل الفنية للاتفاق.";
    /** The same agency story as another paper printed it: new lead words, one sentence trimmed, a word changed. */
    static final String MEETING_EDITED = "اجتمع وزير الخارجية الأميركي جون كيري نظيره الروسي سيرغي لافروف في مدينة جنيف "
            + "السويسرية يوم الاثنين لبحث الأزمة في سوريا وسبل الوصول إلى وقف لإطلاق النار في مدينة حلب. "
            + "وقال كيري في مؤتمر صحفي عقب الاجتماع إن المحادثات كانت صريحة ومفيدة وإن الطرفين اتفقا على مواصلة "
            + "العمل من أجل إيصال المساعدات الإنسانية إلى المدنيين المحاصرين. وأضاف لافروف أن بلاده تدعم حلا "
            + "سياسيا يقرره السوريون أنفسهم وأن موسكو مستعدة للتعاون مع واشنطن في مكافحة الإرهاب.";
    static final String MEETING_AGAIN = "التقى وزير الخارجية الأميركي جون كيري نظيره الروسي سيرغي لافروف في مدينة جنيف "
            + "السويسرية أمس لبحث الأزمة في سوريا وسبل الوصول إلى وقف لإطلاق النار في مدينة حلب. "
            + "وقال كيري في مؤتمر صحفي عقب اللقاء إن المحادثات كانت صريحة ومفيدة وإن الطرفين اتفقا على مواصلة "
            + "العمل من أجل إيصال المساعدات الإنسانية إلى المدنيين المحاصرين. وأضاف لافروف أن بلاده تدعم حلا "
            + "سياسيا يقرره السوريون أنفسهم. ومن المقرر أن يجتمع خبراء من البلدين الأسبوع المقبل لوضع التفاصيل.";
    static final String ECONOMY = "تراجع الاقتصاد اللبناني هذا العام بنسبة اثنين في المئة بحسب تقرير البنك الدولي، "
            + "وقالت الحكومة في بيروت إنها ستعلن خطة لإصلاح قطاع الكهرباء وخفض العجز في الموازنة العامة. "
            + "ودعا وزير المالية النواب إلى إقرار الموازنة قبل نهاية الشهر لتفادي تأخير رواتب الموظفين.";

    private static ArchiveRecord record(String id, String text, LocalDate date, String source) {
        return new ArchiveRecord(id, null, text, date, source, null, null, List.of(), new byte[0]);
    }

    private static SearchRequest collapsed(String query, int offset, int limit) {
        return new SearchRequest(query, null, null, null, null, null, null, offset, limit, true);
    }

    private static SearchResult.Hit hit(Archive archive, String id) {
        return archive.search(SearchRequest.of("")).hits().stream().filter(h -> h.id().equals(id)).findFirst()
                .orElseThrow();
    }

    @Test
    void marksDuplicatesCollapsesSearchAndKeepsFindingThemAfterReopen() {
        try (Archive archive = Archive.open(dir)) {
            archive.put(List.of(
                    record("alwatan-1", MEETING, LocalDate.of(2015, 9, 21), "alwatan"),
                    record("okaz-7", MEETING_EDITED, LocalDate.of(2015, 9, 22), "okaz"),
                    record("bbc-3", ECONOMY, LocalDate.of(2016, 1, 5), "bbc"),
                    record("cnn-9", ECONOMY + "\n", LocalDate.of(2016, 1, 6), "cnn")));
            assertMarks(archive);

            // re-putting the same id (same or the same text) does not make it a duplicate of itself
            archive.put(List.of(record("alwatan-1", MEETING, LocalDate.of(2015, 9, 21), "alwatan"),
                    record("okaz-7", MEETING_EDITED, LocalDate.of(2015, 9, 22), "okaz")));
            assertMarks(archive);

            SearchResult all = archive.search(collapsed("", 0, 10));
            assertThat(all.total()).isEqualTo(2);
            assertThat(all.hits()).extracting(SearchResult.Hit::id, SearchResult.Hit::group, SearchResult.Hit::duplicates)
                    .containsExactly(tuple("cnn-9", "bbc-3", 1), tuple("okaz-7", "alwatan-1", 1)); // newest first
            SearchResult second = archive.search(collapsed("", 1, 1));
            assertThat(second.hits()).extracting(SearchResult.Hit::group).containsExactly("alwatan-1");

            SearchResult kerry = archive.search(collapsed("كيري لافروف", 0, 10));
            assertThat(kerry.total()).isEqualTo(1);
            assertThat(kerry.hits()).singleElement().satisfies(h -> {
                assertThat(h.group()).isEqualTo("alwatan-1");
                assertThat(h.duplicates()).isEqualTo(1);
            });
            // without collapse every copy is listed and carries its mark
            assertThat(archive.search(SearchRequest.of("كيري لافروف")).hits()).hasSize(2);
        }

        try (Archive reopened = Archive.open(dir)) {
            assertMarks(reopened);
            reopened.put(List.of(record("aawsat-4", MEETING_AGAIN, LocalDate.of(2015, 9, 23), "aawsat")));
            SearchResult.Hit again = hit(reopened, "aawsat-4");
            assertThat(again.duplicateOf()).isIn("alwatan-1", "okaz-7");
            assertThat(again.duplicateKind()).isEqualTo("NEAR");
            assertThat(again.group()).isEqualTo("alwatan-1");
            SearchResult kerry = reopened.search(collapsed("كيري", 0, 10));
            assertThat(kerry.hits()).extracting(SearchResult.Hit::group, SearchResult.Hit::duplicates)
                    .containsExactly(tuple("alwatan-1", 2));
            assertThat(reopened.search(collapsed("", 0, 10)).total()).isEqualTo(2);
        }
    }

    private static void assertMarks(Archive archive) {
        assertThat(hit(archive, "alwatan-1")).extracting(SearchResult.Hit::group, SearchResult.Hit::duplicateOf,
                SearchResult.Hit::duplicateKind).containsExactly("alwatan-1", null, null);
        assertThat(hit(archive, "okaz-7")).extracting(SearchResult.Hit::group, SearchResult.Hit::duplicateOf,
                SearchResult.Hit::duplicateKind).containsExactly("alwatan-1", "alwatan-1", "NEAR");
        assertThat(hit(archive, "bbc-3")).extracting(SearchResult.Hit::group, SearchResult.Hit::duplicateOf,
                SearchResult.Hit::duplicateKind).containsExactly("bbc-3", null, null);
        assertThat(hit(archive, "cnn-9")).extracting(SearchResult.Hit::group, SearchResult.Hit::duplicateOf,
                SearchResult.Hit::duplicateKind).containsExactly("bbc-3", "bbc-3", "EXACT");
    }
}
