package naba.ner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import naba.pipeline.NabaPipeline;
import naba.text.Document;
import naba.text.Entity;
import naba.text.EntityType;
import naba.text.Layer;
import naba.text.Layers;
import naba.text.Mention;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EntityLinkerTest {
    private static final KnownEntities TABLE = KnownEntities.of(List.of(
            new KnownEntities.Entry(EntityType.ORG, "تنظيم الدولة الإسلامية", "Islamic State (ISIS)",
                    List.of("داعش", "الدولة الإسلامية"), List.of(), List.of()),
            new KnownEntities.Entry(EntityType.ORG, "نيويورك تايمز", "The New York Times", List.of(), List.of(),
                    List.of("الصحيفة"))));
    private final EntityLinker linker = new EntityLinker(null, TABLE);

    /** The document with mentions at the first occurrence (after {@code from}) of each given surface. */
    private static Document withMentions(String text, Object... surfaceTypePairs) {
        Document d = NabaPipeline.basic().annotate(text);
        List<Mention> mentions = new ArrayList<>();
        int from = 0;
        for (int i = 0; i < surfaceTypePairs.length; i += 2) {
            String s = (String) surfaceTypePairs[i];
            int start = text.indexOf(s, from);
            mentions.add(new Mention(start, start + s.length(), s, (EntityType) surfaceTypePairs[i + 1], 0.9f, -1));
            from = start + s.length();
        }
        return d.with(Layers.MENTIONS, Layer.of(mentions));
    }

    @Test
    void mergesSurnameAfterFullName() {
        Document d = linker.annotate(withMentions("قال جون كيري إن كيري سيزور لندن.",
                "جون كيري", EntityType.PERS, "كيري", EntityType.PERS, "لندن", EntityType.LOC));
        List<Entity> entities = d.layer(Layers.ENTITIES);
        assertThat(entities).extracting(Entity::id, Entity::type, Entity::canonical, Entity::mentions)
                .containsExactly(tuple("e0", EntityType.PERS, "جون كيري", List.of(0, 1)),
                        tuple("e1", EntityType.LOC, "لندن", List.of(2)));
        assertThat(d.layer(Layers.MENTIONS)).extracting(Mention::entity).containsExactly(0, 0, 1);
    }

    @Test
    void mergesFullNameAfterSurnameAndKeepsFullestAsCanonical() {
        Document d = linker.annotate(withMentions("وصل لافروف. وقال سيرغي لافروف إن",
                "لافروف", EntityType.PERS, "سيرغي لافروف", EntityType.PERS));
        assertThat(d.layer(Layers.ENTITIES)).singleElement().extracting(Entity::canonical, Entity::latin)
                .containsExactly("سيرغي لافروف", "Sergey Lafruf");
    }

    @Test
    void mergesAOneWordNameWithTheOnlyPersonWhoseNameBeginsWithIt() {
        Document korea = linker.annotate(withMentions("أقالت الرئيسة الوزير مون هيونج بيو. وتعرض مون لانتقادات.",
                "مون هيونج بيو", EntityType.PERS, "مون", EntityType.PERS));
        assertThat(korea.layer(Layers.ENTITIES)).singleElement().extracting(Entity::canonical, Entity::mentions)
                .containsExactly("مون هيونج بيو", List.of(0, 1));
        Document two = linker.annotate(withMentions("التقى محمد عباس محمد مرسي. وقال محمد إن اللقاء مثمر.",
                "محمد عباس", EntityType.PERS, "محمد مرسي", EntityType.PERS, "محمد", EntityType.PERS));
        assertThat(two.layer(Layers.ENTITIES)).extracting(Entity::canonical)
                .containsExactly("محمد عباس", "محمد مرسي", "محمد");
    }

    @Test
    void mergesOrganizationShortFormAndSpellingVariants() {
        Document d = linker.annotate(withMentions(
                "وقالت وزارة الخارجية الأميركية ثم الخارجية الاميركية ثم وزارة الخارجية الاميركية",
                "وزارة الخارجية الأميركية", EntityType.ORG, "الخارجية الاميركية", EntityType.ORG,
                "وزارة الخارجية الاميركية", EntityType.ORG));
        assertThat(d.layer(Layers.ENTITIES)).singleElement().extracting(Entity::canonical, Entity::mentions)
                .containsExactly("وزارة الخارجية الأميركية", List.of(0, 1, 2));
    }

    @Test
    void mergesAliasesOfTheTable() {
        Document d = linker.annotate(withMentions("مكافحة داعش ثم تنظيم الدولة الإسلامية",
                "داعش", EntityType.ORG, "تنظيم الدولة الإسلامية", EntityType.ORG));
        assertThat(d.layer(Layers.ENTITIES)).singleElement()
                .extracting(Entity::canonical, Entity::latin, Entity::mentions)
                .containsExactly("تنظيم الدولة الإسلامية", "Islamic State (ISIS)", List.of(0, 1));
    }

    @Test
    void linksATableNameWithMoreOfTheNameAfterItAndEitherSpellingOfAbd() {
        EntityLinker withKing = new EntityLinker(null, KnownEntities.of(List.of(new KnownEntities.Entry(EntityType.PERS,
                "سلمان بن عبد العزيز", "King Salman", List.of("الملك سلمان"), List.of(), List.of()))));
        Document d = withKing.annotate(withMentions(
                "استقبل الملك سلمان بن عبدالعزيز آل سعود ضيوفه. وأكد الملك سلمان ثم عبد الله العلي ثم عبدالله العلي",
                "سلمان بن عبدالعزيز آل سعود", EntityType.PERS, "الملك سلمان", EntityType.PERS,
                "عبد الله العلي", EntityType.PERS, "عبدالله العلي", EntityType.PERS));
        assertThat(d.layer(Layers.ENTITIES)).extracting(Entity::canonical, Entity::latin, Entity::mentions)
                .containsExactly(tuple("سلمان بن عبد العزيز", "King Salman", List.of(0, 1)),
                        tuple("عبد الله العلي", "Abdullah al-Ali", List.of(2, 3)));
    }

    /** The Latin name of the one entity of {@code text} with one mention. */
    private static String latinOf(String text, String surface, EntityType type) {
        return EntityLinker.standard().annotate(withMentions(text, surface, type)).layer(Layers.ENTITIES).get(0)
                .latin();
    }

    @Test
    void readsAmmanInATextAboutJordanAndOmanElsewhere() {
        assertThat(List.of(latinOf("والتقى وزير الخارجية الأردني نظيره المصري في عمان.", "عمان", EntityType.LOC),
                latinOf("وزار وزير الخارجية الأردني سلطنة عمان.", "عمان", EntityType.LOC),
                latinOf("وصل الوفد إلى عمان.", "عمان", EntityType.LOC))).containsExactly("Amman", "Oman", "Oman");
    }

    @Test
    void namesPlacesByTheirEnglishNamesOnlyWhenTheyArePlaces() {
        assertThat(List.of(latinOf("وافتتح المعرض في الدار البيضاء أمس.", "الدار البيضاء", EntityType.LOC),
                latinOf("وقال فاس إن الاجتماع انتهى.", "فاس", EntityType.PERS),
                latinOf("ووصل الوفد الى الاحساء.", "الاحساء", EntityType.LOC)))
                .containsExactly("Casablanca", "Fas", "Al-Ahsa");
    }

    @Test
    void readsTheKingdomAsTheKingdomNamedLast() {
        String text = "غادر الوفد السعودية إلى الأردن، وأمضى في المملكة يومين.";
        Document d = EntityLinker.standard().annotate(withMentions(text, "السعودية", EntityType.LOC, "الأردن",
                EntityType.LOC));
        assertThat(d.layer(Layers.ENTITIES)).extracting(Entity::latin, e -> e.mentions().size())
                .containsExactly(tuple("Saudi Arabia", 1), tuple("Jordan", 2));
        assertThat(d.layer(Layers.MENTIONS).get(2).start()).isEqualTo(text.indexOf("المملكة"));
    }

    @Test
    void keepsDifferentTypesApart() {
        Document d = linker.annotate(withMentions("في نيويورك قالت نيويورك تايمز",
                "نيويورك", EntityType.LOC, "نيويورك تايمز", EntityType.ORG));
        assertThat(d.layer(Layers.ENTITIES)).extracting(Entity::type).containsExactly(EntityType.LOC, EntityType.ORG);
    }

    @Test
    void addsDescriptionsAsMentionsOfTheNearestEntity() {
        String text = "ذكرت نيويورك تايمز أن الخطوات تشمل ذلك. وأضافت الصحيفة أن روسيا أرسلت فريقا.";
        Document d = linker.annotate(withMentions(text, "نيويورك تايمز", EntityType.ORG, "روسيا", EntityType.LOC));
        assertThat(d.layer(Layers.MENTIONS)).extracting(Mention::surface, Mention::entity)
                .containsExactly(tuple("نيويورك تايمز", 0), tuple("الصحيفة", 0), tuple("روسيا", 1));
        int start = text.indexOf("الصحيفة");
        assertThat(d.layer(Layers.MENTIONS).get(1).start()).isEqualTo(start);
    }

    @Test
    void namesAMentionAfterLamLamWithItsArticle() {
        String text = "وقال الأمين العام للأمم المتحدة إن الأمم المتحدة ستقدم مساعدات للبنان.";
        Document d = EntityLinker.standard().annotate(withMentions(text,
                "لأمم المتحدة", EntityType.ORG, "الأمم المتحدة", EntityType.ORG, "لبنان", EntityType.LOC));
        assertThat(d.layer(Layers.ENTITIES)).extracting(Entity::canonical, Entity::latin, Entity::mentions)
                .containsExactly(tuple("الأمم المتحدة", "United Nations", List.of(0, 1)),
                        tuple("لبنان", "Lebanon", List.of(2)));
        assertThat(d.layer(Layers.MENTIONS)).extracting(m -> text.substring(m.start(), m.end()))
                .containsExactly("لأمم المتحدة", "الأمم المتحدة", "لبنان");
        // After ل, the article's alef and lam and a word's first lam are written as two lams: «لله» is ل + «الله»,
        // «للاذقية» ل + «اللاذقية»; their «له» and «لاذقية» are named «الله» and «اللاذقية».
        String thanks = "وقال اللاعب: الحمد لله على الفوز، وشكر الله جمهوره، ثم عاد للاذقية.";
        Document god = EntityLinker.standard().annotate(withMentions(thanks, "له", EntityType.MISC, "الله",
                EntityType.MISC, "لاذقية", EntityType.LOC));
        assertThat(god.layer(Layers.ENTITIES)).extracting(Entity::canonical)
                .containsExactly("الله", "اللاذقية");
        assertThat(god.layer(Layers.ENTITIES).get(0).latin()).isEqualTo("Allah");
    }

    @Test
    void romanizesUnknownNames() {
        Document d = linker.annotate(withMentions("زار سمير القنطار", "سمير القنطار", EntityType.PERS));
        assertThat(d.layer(Layers.ENTITIES)).singleElement().extracting(Entity::latin).isEqualTo("Samir al-Qantar");
    }

    @Test
    void userFileExtendsTheTable(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("aliases.tsv");
        Files.writeString(file, "# mine\nORG\tحركة المقاومة الإسلامية\tHamas\tحماس\n", StandardCharsets.UTF_8);
        KnownEntities extended = TABLE.with(file);
        assertThat(extended.find("حماس").canonical()).isEqualTo("حركة المقاومة الإسلامية");
        assertThat(extended.find("داعش").latin()).isEqualTo("Islamic State (ISIS)");
        Document d = new EntityLinker(null, extended).annotate(withMentions("قالت حماس إن حركة المقاومة الإسلامية",
                "حماس", EntityType.ORG, "حركة المقاومة الإسلامية", EntityType.ORG));
        assertThat(d.layer(Layers.ENTITIES)).singleElement().extracting(Entity::latin).isEqualTo("Hamas");
    }

    @Test
    void rejectsMalformedUserFile(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("bad.tsv");
        Files.writeString(file, "PERSON\tكيري\tKerry\n", StandardCharsets.UTF_8);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> TABLE.with(file))
                .isInstanceOf(naba.text.InputException.class).hasMessageContaining("bad.tsv:1: unknown type 'PERSON'");
    }

    @Test
    void emptyDocumentHasNoEntities() {
        Document d = linker.annotate(withMentions(""));
        assertThat(d.layer(Layers.ENTITIES)).isEmpty();
        assertThat(d.layer(Layers.MENTIONS)).isEmpty();
    }
}
