package naba.story;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import naba.pipeline.NabaPipeline;
import naba.pipeline.Pipeline;
import naba.text.DocumentMeta;
import naba.text.InputException;
import org.junit.jupiter.api.Test;

class StoryDetectorTest {
    private static final LocalDate SAT = LocalDate.of(2015, 9, 5);
    private final Pipeline pipeline = NabaPipeline.basic();

    private StoryArticle article(String id, String title, LocalDate date, String source, String text) {
        return StoryArticle.of(pipeline.annotate(id, text, new DocumentMeta(title, date, source, null)));
    }

    private List<StoryArticle> corpus() {
        return List.of(
                article("a1", "كيري يبحث مع لافروف التعزيزات الروسية في سوريا", SAT, "bbc",
                        "أعرب وزير الخارجية الأميركي جون كيري لنظيره الروسي سيرغي لافروف في اتصال هاتفي عن قلق بلاده "
                                + "من تعزيزات عسكرية روسية في سوريا."),
                article("b1", "الهلال يتعادل مع النصر", SAT, "cnn",
                        "تعادل فريق الهلال مع النصر في مباراة الدوري السعودي لكرة القدم مساء السبت."),
                article("a2", "لافروف وكيري يناقشان الوضع في سوريا", SAT.plusDays(1), "cnn",
                        "بحث وزير الخارجية الروسي سيرغي لافروف مع نظيره الأميركي جون كيري هاتفيا الوضع في سوريا "
                                + "والتعزيزات العسكرية الروسية."),
                article("a3", "موسكو: اتصال كيري ولافروف تناول سوريا", SAT.plusDays(2), "france24",
                        "قالت الخارجية الروسية إن الوزير سيرغي لافروف بحث مع نظيره الأميركي جون كيري في اتصال هاتفي "
                                + "الوضع في سوريا والتعزيزات العسكرية."),
                article("a4", "كيري ولافروف يعودان للحديث عن سوريا", SAT.plusDays(9), "bbc",
                        "عاد جون كيري وسيرغي لافروف إلى بحث الوضع في سوريا في اتصال هاتفي جديد حول التعزيزات "
                                + "العسكرية الروسية."),
                article("b2", "النصر والهلال: تعادل في الديربي", SAT.plusDays(1), "bbc",
                        "انتهت مباراة النصر والهلال في الدوري السعودي بالتعادل مساء السبت بهدف لكل فريق."));
    }

    @Test
    void groupsReportsOfOneEventAcrossOutletsWithinTheWindow() {
        List<Story> stories = new StoryDetector(StoryOptions.DEFAULT).detect(corpus());
        assertThat(stories).extracting(Story::members).containsExactly(List.of("a1", "a2", "a3"), List.of("b1", "b2"));
        Story call = stories.get(0);
        assertThat(call.id()).isEqualTo("story-a1");
        assertThat(call.first()).isEqualTo(SAT);
        assertThat(call.last()).isEqualTo(SAT.plusDays(2));
        assertThat(call.sources()).containsExactly("bbc", "cnn", "france24");
        assertThat(call.label()).isIn("كيري يبحث مع لافروف التعزيزات الروسية في سوريا",
                "لافروف وكيري يناقشان الوضع في سوريا", "موسكو: اتصال كيري ولافروف تناول سوريا");
        assertThat(call.terms()).contains("كيري", "لافروف", "سوري");
    }

    @Test
    void aLongerWindowLetsTheLaterReportJoin() {
        List<Story> stories = new StoryDetector(StoryOptions.DEFAULT.withWindowDays(10)).detect(corpus());
        assertThat(stories.get(0).members()).containsExactly("a1", "a2", "a3", "a4");
    }

    @Test
    void undatedArticlesGroupOnlyWithEachOther() {
        List<StoryArticle> articles = List.of(
                article("u1", null, null, null, "تعادل فريق الهلال مع النصر في مباراة الدوري السعودي لكرة القدم."),
                article("u2", null, null, null, "تعادل الهلال والنصر في مباراة الدوري السعودي لكرة القدم."),
                article("d1", null, SAT, null, "تعادل فريق الهلال مع النصر في مباراة الدوري السعودي لكرة القدم."));
        List<Story> stories = new StoryDetector(StoryOptions.DEFAULT).detect(articles);
        assertThat(stories).extracting(Story::members).containsExactly(List.of("u1", "u2"));
        assertThat(stories.get(0).first()).isNull();
        assertThat(stories.get(0).label()).isIn("u1", "u2");
    }

    @Test
    void emptyInputGivesNoStories() {
        assertThat(new StoryDetector(StoryOptions.DEFAULT).detect(List.of())).isEmpty();
    }

    @Test
    void badOptionsNameTheFix() {
        assertThatThrownBy(() -> StoryOptions.DEFAULT.withWindowDays(-1)).isInstanceOf(InputException.class)
                .hasMessageContaining("use e.g. 3");
        assertThatThrownBy(() -> StoryOptions.DEFAULT.withThreshold(1.5)).isInstanceOf(InputException.class);
    }
}
