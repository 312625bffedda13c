package naba.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import naba.text.EntityType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArchiveTest {
    @TempDir
    Path dir;

    private static final EntityRef KERRY = new EntityRef(EntityType.PERS, "جون كيري", 3);
    private static final EntityRef LAVROV = new EntityRef(EntityType.PERS, "سيرغي لافروف", 2);
    private static final EntityRef SYRIA = new EntityRef(EntityType.LOC, "سوريا", 4);
    private static final EntityRef GENEVA = new EntityRef(EntityType.LOC, "جنيف", 1);

    private static ArchiveRecord record(String id, String title, String text, LocalDate date, String source,
                                        EntityRef... entities) {
        return new ArchiveRecord(id, title, text, date, source, null, "middleEast", List.of(entities),
                ("{\"id\":\"" + id + "\"}").getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    private void fill(Archive archive) {
        archive.put(List.of(
                record("a1", "كيري يلتقي لافروف", "التقى وزير الخارجية الأميركي جون كيري نظيره الروسي سيرغي لافروف في جنيف لبحث الأزمة في سوريا.",
                        LocalDate.of(2015, 9, 20), "aawsat", KERRY, LAVROV, SYRIA, GENEVA),
                record("a2", "لافروف: الحل في سوريا سياسي", "قال لافروف إن الحل في سوريا لن يكون إلا سياسيا، وإن الفلسطينيين في لبنان يعانون.",
                        LocalDate.of(2015, 10, 2), "bbc", LAVROV, SYRIA),
                record("a3", "اقتصاد لبنان", "تراجع الاقتصاد اللبناني هذا العام، وقالت الحكومة إن حكومتها ستعلن خطة.",
                        LocalDate.of(2016, 1, 5), "bbc")));
    }

    @Test
    void findsCliticAndPluralFormsAndMarksThemInSnippets() {
        try (Archive archive = Archive.open(dir)) {
            fill(archive);
            SearchResult result = archive.search(SearchRequest.of("للافروف"));
            assertThat(result.hits()).extracting(SearchResult.Hit::id).containsExactlyInAnyOrder("a1", "a2");
            SearchResult palestine = archive.search(SearchRequest.of("فلسطين"));
            assertThat(palestine.hits()).extracting(SearchResult.Hit::id).containsExactly("a2");
            Snippet snippet = palestine.hits().get(0).snippet();
            assertThat(snippet.highlights()).hasSize(1);
            Snippet.Highlight mark = snippet.highlights().get(0);
            assertThat(snippet.text().substring(mark.start(), mark.end())).isEqualTo("الفلسطينيين");
            assertThat(archive.search(SearchRequest.of("لبن")).total()).isZero();
        }
    }

    @Test
    void filtersByEntityTypeDateAndSourceAndCountsFacets() {
        try (Archive archive = Archive.open(dir)) {
            fill(archive);
            SearchResult kerry2015 = archive.search(new SearchRequest("", "لافروف", EntityType.PERS,
                    LocalDate.of(2015, 1, 1), LocalDate.of(2015, 9, 30), null, null, 0, 10));
            assertThat(kerry2015.hits()).extracting(SearchResult.Hit::id).containsExactly("a1");
            SearchResult bbc = archive.search(new SearchRequest("", null, null, null, null, "bbc", null, 0, 10));
            assertThat(bbc.hits()).extracting(SearchResult.Hit::id).containsExactly("a3", "a2"); // newest first
            SearchResult byId = archive.search(new SearchRequest("سوريا", "LOC:جنيف", null, null, null, null, null, 0, 10));
            assertThat(byId.hits()).extracting(SearchResult.Hit::id).containsExactly("a1");

            SearchResult all = archive.search(SearchRequest.of(""));
            assertThat(all.total()).isEqualTo(3);
            assertThat(all.facets().get("PERS")).extracting(SearchResult.FacetValue::value, SearchResult.FacetValue::count)
                    .containsExactly(tuple("سيرغي لافروف", 2L), tuple("جون كيري", 1L));
            assertThat(all.facets().get("source")).extracting(SearchResult.FacetValue::value, SearchResult.FacetValue::count)
                    .containsExactly(tuple("bbc", 2L), tuple("aawsat", 1L));
            assertThat(all.facets().get("month")).extracting(SearchResult.FacetValue::value)
                    .containsExactly("2015-09", "2015-10", "2016-01");
        }
    }

    @Test
    void replacesByIdAndKeepsCommittedDocumentsAcrossReopen() {
        try (Archive archive = Archive.open(dir)) {
            fill(archive);
            archive.put(List.of(record("a3", "عنوان جديد", "نص جديد عن جنيف", LocalDate.of(2016, 2, 1), "cnn", GENEVA)));
            assertThat(archive.size()).isEqualTo(3);
        }
        try (Archive archive = Archive.open(dir)) {
            assertThat(archive.size()).isEqualTo(3);
            ArchiveRecord a3 = archive.get("a3").orElseThrow();
            assertThat(a3.title()).isEqualTo("عنوان جديد");
            assertThat(a3.entities()).containsExactly(GENEVA);
            assertThat(new String(a3.analysis(), java.nio.charset.StandardCharsets.UTF_8)).isEqualTo("{\"id\":\"a3\"}");
            assertThat(archive.get("missing")).isEmpty();
        }
    }

    @Test
    void reportsEntitiesWithCooccurrenceAndTimeline() {
        try (Archive archive = Archive.open(dir)) {
            fill(archive);
            assertThat(archive.entities("لاف", null, 10)).extracting(c -> c.entity().id(), EntityReport.Cooccurrence::documents)
                    .containsExactly(tuple("PERS:سيرغي لافروف", 2L));
            assertThat(archive.entities("سيرغ", EntityType.LOC, 10)).isEmpty();
            EntityReport lavrov = archive.entity("PERS:سيرغي لافروف", 10).orElseThrow();
            assertThat(lavrov.documents()).isEqualTo(2);
            assertThat(lavrov.newest()).extracting(SearchResult.Hit::id).containsExactly("a2", "a1");
            assertThat(lavrov.cooccurring()).extracting(c -> c.entity().id(), EntityReport.Cooccurrence::documents)
                    .startsWith(tuple("LOC:سوريا", 2L));
            assertThat(lavrov.timeline()).extracting(SearchResult.FacetValue::value).containsExactly("2015-09", "2015-10");
            assertThat(archive.entity("PERS:أحد", 10)).isEmpty();
            assertThatThrownBy(() -> archive.entity("لافروف", 10)).isInstanceOf(ArchiveException.class)
                    .hasMessageContaining("TYPE:name");
        }
    }

    @Test
    void emptyArchiveOpensAndSearches() {
        try (Archive archive = Archive.open(dir)) {
            assertThat(archive.size()).isZero();
            SearchResult result = archive.search(SearchRequest.of("سوريا"));
            assertThat(result.total()).isZero();
            assertThat(result.facets()).isEmpty();
            assertThat(archive.entities("", null, 5)).isEmpty();
        }
    }

    @Test
    void secondWriterIsRefusedWithAClearMessage() {
        try (Archive archive = Archive.open(dir)) {
            assertThatThrownBy(() -> Archive.open(dir)).isInstanceOf(ArchiveException.class)
                    .hasMessageContaining("in use by another naba process");
        }
    }
}
