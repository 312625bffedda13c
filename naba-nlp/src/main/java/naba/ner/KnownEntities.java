package naba.ner;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import naba.normalize.ArabicNormalizer;
import naba.text.EntityType;
import naba.text.InputException;

/**
 * A table of well-known entities: type, canonical Arabic name, Latin name, aliases that name it on their own
 * («داعش» = «تنظيم الدولة الإسلامية»), aliases trusted only once a tagger found a mention («الأسد»), and descriptions
 * that refer back to it («الصحيفة» for «نيويورك تايمز»). The standard table is the resource {@value #RESOURCE}, which
 * is also a gazetteer the NER model was trained with (so an edit to it is followed by retraining), then the resource
 * {@value #NEWS_RESOURCE}, which the pipeline reads only (it grows without retraining); users extend it with a file
 * in the same tab-separated format ({@link #with(Path)}); later entries win.
 *
 * <pre>
 * # type  canonical       latin          aliases (|)     link-only aliases (|)  descriptions (|)
 * PERS    فلاديمير بوتين  Vladimir Putin  بوتين           فلاديمير
 * </pre>
 */
public final class KnownEntities {
    /** The classpath resource of the standard table's entries that the NER model was trained with as a gazetteer. */
    public static final String RESOURCE = "naba/ner/known-entities.tsv";
    /** The classpath resource of the standard table's further entries, read at run time only. */
    public static final String NEWS_RESOURCE = "naba/ner/news-entities.tsv";

    /**
     * One row of the table.
     *
     * @param type         entity type
     * @param canonical    the fullest Arabic name
     * @param latin        the Latin name
     * @param aliases      other names that may be tagged wherever they occur
     * @param linkAliases  names that identify the entity once a tagger has found them (too ambiguous to tag alone);
     *                     an organization's are tagged in a document where the table finds its full name
     * @param descriptions common nouns that refer back to the entity («الصحيفة»)
     */
    public record Entry(EntityType type, String canonical, String latin, List<String> aliases,
            List<String> linkAliases, List<String> descriptions) {
        public Entry {
            aliases = List.copyOf(aliases);
            linkAliases = List.copyOf(linkAliases);
            descriptions = List.copyOf(descriptions);
        }
    }

    private final List<Entry> entries;
    /** SEARCH-normalized canonical names and aliases (both kinds) → entry index. */
    private final Map<String, Integer> byName;
    /** Normalized canonical names and tagging aliases → entry index. */
    private final Map<String, Integer> taggable;

    private KnownEntities(List<Entry> entries) {
        this.entries = List.copyOf(entries);
        this.byName = new HashMap<>();
        this.taggable = new HashMap<>();
        for (int i = 0; i < this.entries.size(); i++) {
            Entry e = this.entries.get(i);
            taggable.put(norm(e.canonical()), i);
            byName.put(nameKey(e.canonical()), i);
            for (String a : e.aliases()) {
                taggable.put(norm(a), i);
                byName.put(nameKey(a), i);
            }
            for (String a : e.linkAliases()) {
                byName.put(nameKey(a), i);
            }
        }
    }

    /**
     * A name as compared when mentions are linked: {@link #norm} with the «عبد» compounds written as one word, since
     * «عبد العزيز» and «عبدالعزيز» are one name.
     */
    static String nameKey(String s) {
        String n = norm(s);
        int at = n.indexOf(ABD_SPACE_AL);
        while (at >= 0) {
            if (at == 0 || n.charAt(at - 1) == ' ') {
                n = n.substring(0, at + 3) + n.substring(at + 4);
            }
            at = n.indexOf(ABD_SPACE_AL, at + 1);
        }
        return n;
    }

    private static final String ABD_SPACE_AL = "\u0639\u0628\u062F \u0627\u0644";

    /** SEARCH-normalized, trimmed, inner white space collapsed to single spaces (no regex: called per mention). */
    static String norm(String s) {
        String n = ArabicNormalizer.SEARCH.normalize(s).strip();
        boolean clean = true;
        for (int i = 0; i < n.length() && clean; i++) {
            char c = n.charAt(i);
            clean = !Character.isWhitespace(c) || (c == ' ' && n.charAt(i - 1) != ' ');
        }
        if (clean) {
            return n;
        }
        StringBuilder b = new StringBuilder(n.length());
        boolean space = false;
        for (int i = 0; i < n.length(); i++) {
            char c = n.charAt(i);
            if (Character.isWhitespace(c)) {
                space = true;
            } else {
                if (space) {
                    b.append(' ');
                    space = false;
                }
                b.append(c);
            }
        }
        return b.toString();
    }

    /** The standard table shipped with naba: {@value #RESOURCE}, then {@value #NEWS_RESOURCE}. */
    public static KnownEntities standard() {
        return Standard.TABLE;
    }

    /** The entries of {@value #RESOURCE} alone: the gazetteer {@code naba train ner} trains the model with. */
    static KnownEntities trainingGazetteer() {
        return Standard.GAZETTEER;
    }

    private static final class Standard {
        static final KnownEntities GAZETTEER = new KnownEntities(resource(RESOURCE));
        static final KnownEntities TABLE = new KnownEntities(concat(GAZETTEER.entries, resource(NEWS_RESOURCE)));

        private static List<Entry> resource(String name) {
            return parse(NerCorpus.resourceLines(name), name);
        }
    }

    private static List<Entry> concat(List<Entry> first, List<Entry> then) {
        List<Entry> all = new ArrayList<>(first);
        all.addAll(then);
        return all;
    }

    /** This table plus the entries of a user file in the same format. */
    public KnownEntities with(Path file) {
        return new KnownEntities(concat(entries, parse(NerCorpus.readLines(file), file.toString())));
    }

    /** A table of the given entries (for tests and callers that build their own). */
    public static KnownEntities of(List<Entry> entries) {
        return new KnownEntities(entries);
    }

    static List<Entry> parse(List<String> lines, String source) {
        List<Entry> out = new ArrayList<>();
        int lineNo = 0;
        for (String line : lines) {
            lineNo++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cols = line.split("\t", -1);
            if (cols.length < 3 || cols[1].isBlank()) {
                throw new InputException(source + ":" + lineNo + ": expected 'TYPE<TAB>canonical<TAB>latin"
                        + "[<TAB>aliases[<TAB>link-only aliases[<TAB>descriptions]]]'; fix the line");
            }
            EntityType type;
            try {
                type = EntityType.valueOf(cols[0].strip());
            } catch (IllegalArgumentException e) {
                throw new InputException(source + ":" + lineNo + ": unknown type '" + cols[0]
                        + "'; use PERS, LOC, ORG or MISC", e);
            }
            out.add(new Entry(type, cols[1].strip(), cols[2].strip(), list(cols, 3), list(cols, 4), list(cols, 5)));
        }
        return out;
    }

    private static List<String> list(String[] cols, int i) {
        if (i >= cols.length || cols[i].isBlank()) {
            return List.of();
        }
        return Arrays.stream(cols[i].split("\\|")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    public List<Entry> entries() {
        return entries;
    }

    public int size() {
        return entries.size();
    }

    /** The entry a name (canonical or any alias, any spelling variant) belongs to, or null. */
    public Entry find(String name) {
        Integer i = byName.get(nameKey(name));
        return i == null ? null : entries.get(i);
    }

    /** The entry a name belongs to when that name may be tagged on its own, or null. */
    Entry findTaggable(String normalizedName) {
        Integer i = taggable.get(normalizedName);
        return i == null ? null : entries.get(i);
    }

    /** Normalized taggable names, for building a matcher. */
    Map<String, Integer> taggableNames() {
        return taggable;
    }
}
