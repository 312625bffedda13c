package naba.ner;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import naba.normalize.ArabicNormalizer;
import naba.text.Annotator;
import naba.text.Document;
import naba.text.Entity;
import naba.text.EntityType;
import naba.text.Layer;
import naba.text.LayerKey;
import naba.text.Layers;
import naba.text.Mention;
import naba.text.Sentence;
import naba.text.Token;

/**
 * Merges a document's mentions into entities. Mentions join an entity when they are the same name under SEARCH
 * normalization («الأمم المتحدة» = «الامم المتحدة»), a name of the same {@link KnownEntities} entry («داعش» =
 * «تنظيم الدولة الإسلامية»), a person's surname or shorter name after the full name («كيري» → «جون كيري»), or an
 * organization's short form after the full form («الخارجية الأميركية» → «وزارة الخارجية الأميركية»). Descriptions
 * listed in the table («الصحيفة» after «نيويورك تايمز», «وكالة الانباء الروسية» before «ريا نوفوستي») are added as
 * mentions of the nearest such entity. Each entity gets the fullest form as its canonical name, and a Latin name from
 * the table, the model's country gazetteer, or {@link Romanizer}.
 *
 * <p>Requires {@link Layers#MENTIONS} (and tokens, sentences); produces {@link Layers#ENTITIES} and re-puts
 * {@link Layers#MENTIONS} with each mention's entity index. Immutable and thread-safe.
 */
public final class EntityLinker implements Annotator {
    /** Score of a mention added because it is a description of an entity («الصحيفة»). */
    static final float DESCRIPTION_SCORE = 0.5f;
    /** Words that head an organization's full name and may be dropped in its short form («حركة حماس» → «حماس»). */
    private static final Set<String> ORG_HEADS = Set.of("وزاره", "منظمه", "تنظيم", "حركه", "حزب", "جماعه", "شركه",
            "وكاله", "صحيفه", "هيئه", "جمعيه", "موسسه", "جامعه", "مجلس", "قناه", "بنك", "اتحاد", "جبهه", "صندوق");

    private final NerModel model;
    private final KnownEntities known;
    private final KnownEntityTagger descriptionTagger;
    private final Map<String, List<KnownEntities.Entry>> byDescription = new HashMap<>();

    /**
     * @param model the model whose country gazetteer gives Latin names (may be null)
     * @param known the table of well-known entities
     */
    public EntityLinker(NerModel model, KnownEntities known) {
        this.model = model;
        this.known = known;
        List<KnownEntities.Entry> descriptions = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (KnownEntities.Entry e : known.entries()) {
            for (String d : e.descriptions()) {
                String n = KnownEntities.norm(d);
                byDescription.computeIfAbsent(n, k -> new ArrayList<>()).add(e);
                if (seen.add(n)) {
                    descriptions.add(new KnownEntities.Entry(e.type(), d, "", List.of(), List.of(), List.of()));
                }
            }
        }
        this.descriptionTagger = new KnownEntityTagger(KnownEntities.of(descriptions));
    }

    /** The linker with the committed model and the standard table, built once per JVM. */
    public static EntityLinker standard() {
        return Holder.INSTANCE;
    }

    private static final class Holder {
        static final EntityLinker INSTANCE = new EntityLinker(NerModel.standard(), KnownEntities.standard());
    }

    @Override
    public Set<LayerKey<?>> requires() {
        return Set.of(Layers.TOKENS, Layers.SENTENCES, Layers.MENTIONS);
    }

    @Override
    public Set<LayerKey<?>> produces() {
        return Set.of(Layers.ENTITIES, Layers.MENTIONS);
    }

    @Override
    public String name() {
        return "EntityLinker";
    }

    /** Mentions being merged into one entity. */
    private static final class Cluster {
        EntityType type;
        KnownEntities.Entry entry;
        final List<Mention> members = new ArrayList<>();
        final Set<String> forms = new HashSet<>();
        String[] best = new String[0];
        String bestSurface = "";

        Cluster(EntityType type, KnownEntities.Entry entry) {
            this.type = type;
            this.entry = entry;
        }

        void add(Mention m, String[] words, String surface) {
            members.add(m);
            forms.add(String.join(" ", words));
            if (words.length > best.length
                    || (words.length == best.length && surface.length() > bestSurface.length())) {
                best = words;
                bestSurface = surface.strip().replaceAll("\\s+", " ");
            }
        }

        int lastEnd() {
            return members.get(members.size() - 1).end();
        }
    }

    @Override
    public Document annotate(Document document) {
        List<Mention> input = new ArrayList<>(document.layer(Layers.MENTIONS));
        List<Cluster> clusters = new ArrayList<>();
        Map<KnownEntities.Entry, Cluster> byEntry = new HashMap<>();
        List<Mention> descriptions = new ArrayList<>();
        Layer<Token> tokens = document.layer(Layers.TOKENS);
        for (Mention m : input) {
            String surface = nameSurface(document, tokens, m);
            String[] words = words(surface);
            if (words.length == 0) {
                continue;
            }
            String form = String.join(" ", words);
            KnownEntities.Entry entry = known.find(form);
            if (entry != null && entry.type() == EntityType.LOC && m.type() == EntityType.ORG) {
                entry = null; // an organization named after a place is not the place: the paper «لـ"الرياض"»
            }
            // «سلمان بن عبدالعزيز آل سعود»: a person's table name followed by more of the name.
            for (int k = words.length - 1; entry == null && m.type() == EntityType.PERS && k >= 2; k--) {
                KnownEntities.Entry prefix = known.find(String.join(" ", Arrays.copyOf(words, k)));
                entry = prefix != null && prefix.type() == EntityType.PERS ? prefix : null;
            }
            if (entry == null && byDescription.containsKey(form)) {
                descriptions.add(m);
                continue;
            }
            Cluster target;
            if (entry != null) {
                target = byEntry.get(entry);
                if (target == null) {
                    target = new Cluster(entry.type(), entry);
                    byEntry.put(entry, target);
                    clusters.add(target);
                }
            } else {
                target = findCluster(clusters, m.type(), words, form);
                if (target == null) {
                    target = new Cluster(m.type(), null);
                    clusters.add(target);
                }
            }
            target.add(m, words, surface);
        }
        descriptions.addAll(findDescriptions(document, input));
        for (Mention d : descriptions) {
            Cluster c = nearestDescribed(clusters, d);
            if (c != null) {
                c.add(new Mention(d.start(), d.end(), d.surface(), c.type, Math.min(d.score(), DESCRIPTION_SCORE),
                        -1), new String[0], d.surface());
            }
        }
        clusters.removeIf(c -> c.members.isEmpty() || c.best.length == 0);
        clusters.sort(Comparator.comparingInt(c -> c.members.stream().mapToInt(Mention::start).min().orElse(0)));
        List<Mention> out = new ArrayList<>();
        List<Entity> entities = new ArrayList<>();
        for (int e = 0; e < clusters.size(); e++) {
            for (Mention m : clusters.get(e).members) {
                out.add(new Mention(m.start(), m.end(), m.surface(), clusters.get(e).type, m.score(), e));
            }
        }
        out.sort(Comparator.comparingInt(Mention::start).thenComparingInt(Mention::end));
        List<List<Integer>> indexes = new ArrayList<>();
        for (int e = 0; e < clusters.size(); e++) {
            indexes.add(new ArrayList<>());
        }
        for (int i = 0; i < out.size(); i++) {
            indexes.get(out.get(i).entity()).add(i);
        }
        for (int e = 0; e < clusters.size(); e++) {
            Cluster c = clusters.get(e);
            String canonical = c.entry != null ? c.entry.canonical() : c.bestSurface;
            entities.add(new Entity("e" + e, c.type, canonical, latin(c, canonical, document), indexes.get(e)));
        }
        return document.with(Layers.MENTIONS, Layer.of(out)).with(Layers.ENTITIES, List.copyOf(entities));
    }

    /**
     * The mention's text as a name. A mention cut after the ل of «للأمم المتحدة» reads «لأمم المتحدة», the article
     * with its alef dropped; as a name it is «الأمم المتحدة». «للبنان» stays «لبنان». The «له» of «الحمد لله»
     * (ل + «الله», which drops the alef and a lam) is «الله».
     */
    private String nameSurface(Document document, Layer<Token> tokens, Mention m) {
        int t = tokens.firstStartingAtOrAfter(m.start() + 1) - 1;
        if (model == null || t < 0 || tokens.get(t).start() == m.start() || tokens.get(t).end() <= m.start()) {
            return m.surface();
        }
        Token token = tokens.get(t);
        int cut = ArabicNormalizer.SEARCH.normalize(document.text(), token.start(), m.start()).length();
        return model.stripper().droppedArticle(token.norm(), cut) + m.surface();
    }

    private static String[] words(String surface) {
        String n = KnownEntities.nameKey(surface);
        return n.isEmpty() ? new String[0] : n.split(" ");
    }

    /** The existing cluster a name mention belongs to by spelling, surname or short form; null for a new entity. */
    private static Cluster findCluster(List<Cluster> clusters, EntityType type, String[] words, String form) {
        // Most recent first: a surname refers to the last person of that name.
        for (int i = clusters.size() - 1; i >= 0; i--) {
            Cluster c = clusters.get(i);
            if (c.type == type && c.forms.contains(form)) {
                return c;
            }
        }
        for (int i = clusters.size() - 1; i >= 0; i--) {
            Cluster c = clusters.get(i);
            if (c.type != type) {
                continue;
            }
            if (type == EntityType.PERS && (endsWith(c.best, words) || endsWith(words, c.best))) {
                return c;
            }
            if (type == EntityType.ORG && (shortForm(c.best, words) || shortForm(words, c.best))) {
                return c;
            }
        }
        return type == EntityType.PERS ? onlyPersonFirstNamed(clusters, words) : null;
    }

    /**
     * The one person whose full name begins with the one-word name {@code words} (or, for a full name, the one
     * person named by its first word alone); null when none or several. East Asian names put the family name first
     * («مون» after «مون هيونج بيو»), and a lone first name in a report means the one person of that name in it.
     */
    private static Cluster onlyPersonFirstNamed(List<Cluster> clusters, String[] words) {
        Cluster found = null;
        for (Cluster c : clusters) {
            if (c.type != EntityType.PERS) {
                continue;
            }
            boolean named = words.length == 1 ? c.best.length > 1 && c.best[0].equals(words[0])
                    : c.best.length == 1 && c.best[0].equals(words[0]);
            if (named) {
                if (found != null) {
                    return null;
                }
                found = c;
            }
        }
        return found;
    }

    /** True when {@code shorter} is the last words of {@code longer}. */
    private static boolean endsWith(String[] longer, String[] shorter) {
        if (shorter.length == 0 || shorter.length >= longer.length) {
            return false;
        }
        int off = longer.length - shorter.length;
        for (int i = 0; i < shorter.length; i++) {
            if (!stripArticle(longer[off + i]).equals(stripArticle(shorter[i]))) {
                return false;
            }
        }
        return true;
    }

    /** An organization's short form: its last two or more words, or all words after a head word («وزارة»). */
    private static boolean shortForm(String[] full, String[] shorter) {
        if (!endsWith(full, shorter)) {
            return false;
        }
        return shorter.length >= 2 || (full.length == shorter.length + 1 && ORG_HEADS.contains(full[0]));
    }

    private static String stripArticle(String w) {
        return w.length() > 3 && w.startsWith(ProcliticStripper.ARTICLE) ? w.substring(2) : w;
    }

    /** Descriptions of table entities («الصحيفة») that no tagger marked, as candidate mentions. */
    private List<Mention> findDescriptions(Document document, List<Mention> existing) {
        if (byDescription.isEmpty()) {
            return List.of();
        }
        Layer<Token> tokens = document.layer(Layers.TOKENS);
        List<Mention> out = new ArrayList<>();
        for (Sentence s : document.layer(Layers.SENTENCES)) {
            List<Token> inside = tokens.within(s);
            String[] norms = new String[inside.size()];
            for (int i = 0; i < norms.length; i++) {
                norms[i] = inside.get(i).norm();
            }
            for (KnownEntityTagger.Match m : descriptionTagger.matches(norms)) {
                Token first = inside.get(m.start());
                int start = first.start() + MentionSpans.surfaceOffset(first.surface(), m.cut());
                int end = inside.get(m.end() - 1).end();
                boolean free = existing.stream().noneMatch(x -> x.start() < end && start < x.end());
                if (free && start < end) {
                    out.add(new Mention(start, end, document.text().substring(start, end), m.entry().type(),
                            DESCRIPTION_SCORE, -1));
                }
            }
        }
        return out;
    }

    /**
     * The entity a description refers to: among entities whose table entry lists it, the one mentioned right after
     * it (apposition: «وكالة الانباء الروسية ريا نوفوستي») or else most recently before it; null when none.
     */
    private Cluster nearestDescribed(List<Cluster> clusters, Mention d) {
        List<KnownEntities.Entry> entries = byDescription.get(KnownEntities.norm(d.surface()));
        if (entries == null) {
            return null;
        }
        Cluster best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (Cluster c : clusters) {
            if (c.entry == null || !entries.contains(c.entry)) {
                continue;
            }
            for (Mention m : c.members) {
                int distance;
                if (m.start() >= d.end() && m.start() - d.end() <= 2) {
                    distance = 0;
                } else if (m.end() <= d.start()) {
                    distance = d.start() - m.end();
                } else {
                    continue;
                }
                if (distance < bestDistance) {
                    bestDistance = distance;
                    best = c;
                }
            }
        }
        return best;
    }

    /** «عمان» is written the same for Amman and Oman. */
    private static final String AMMAN_OR_OMAN = "عمان";
    /**
     * Places known in English by a name of their own that neither the table nor the country gazetteer (countries
     * only) has: «الدار البيضاء» → Casablanca. Naming only: the tagger never reads it, so it can grow without
     * retraining the model.
     */
    private static final LatinSpellings PLACES = LatinSpellings.resource("naba/ner/place-names.tsv");

    /**
     * A text about Jordan that never names the sultanate or its people means Amman by «عمان» («وزير الخارجية الأردني
     * ... في عمان»); otherwise the country gazetteer's Oman stands.
     */
    private static boolean jordanian(Document document) {
        String text = ArabicNormalizer.SEARCH.normalize(document.text());
        return text.contains("الاردن") && !text.contains("سلطنه") && !text.contains("العماني");
    }

    private String latin(Cluster c, String canonical, Document document) {
        if (c.entry != null && !c.entry.latin().isEmpty()) {
            return c.entry.latin();
        }
        if (c.type == EntityType.LOC && AMMAN_OR_OMAN.equals(KnownEntities.norm(canonical)) && jordanian(document)) {
            return "Amman"; // before the gazetteer, whose «عمان» is the country
        }
        if (model != null) {
            String fromGazetteer = model.latinName(canonical);
            if (fromGazetteer == null && canonical.startsWith(ProcliticStripper.ARTICLE)) {
                fromGazetteer = model.latinName(canonical.substring(2));
            }
            if (fromGazetteer != null) {
                return fromGazetteer;
            }
        }
        String place = c.type == EntityType.LOC ? PLACES.get(canonical) : null;
        return place != null ? place : Romanizer.romanize(canonical);
    }
}
