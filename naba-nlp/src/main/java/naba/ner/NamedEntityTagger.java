package naba.ner;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import naba.normalize.ArabicNormalizer;
import naba.text.Annotator;
import naba.text.Document;
import naba.text.EntityType;
import naba.text.Layer;
import naba.text.LayerKey;
import naba.text.Layers;
import naba.text.Mention;
import naba.text.TimeExpression;
import naba.text.Token;
import naba.text.TokenType;

/**
 * Finds named-entity mentions sentence by sentence: the trained {@link NerModel} (given the whole document, so that
 * its second stage sees the sentences around each one), then the names of the {@link KnownEntities} table (which win
 * where they cover at least the model's span), then a pass over the whole document that tags other repetitions of
 * multi-word names and persons' surnames, before or after the full name, and the table's short names of the
 * organizations it names in full («الحوثي» after «جماعة الحوثي»), and last the evaluated tagger's own
 * {@link DocumentRecall} (names tagged in the previous sentences) on what is still uncovered. Official bodies named
 * by a head word ({@link OrganizationNames}: ministries, authorities, unions), which ANERcorp leaves untagged, are
 * added where nothing else was found or over shorter names inside them (not persons). Before the repetitions are
 * found, first-person words leave a person's start («لي», "to me", after a verb; «عمي» of «عمي حسن»), and
 * one-word persons of one or two letters that repeat no longer person are dropped. A place named exactly
 * in quotation marks is typed ORG: a paper or a channel («لـ"الرياض"»). Spans exclude proclitics and never cross a
 * sentence end. For «وقالت وزارة الخارجية الروسية إن لافروف تحادث مع كيري» it gives ORG «وزارة الخارجية الروسية», PERS
 * «لافروف» and PERS «كيري».
 *
 * <p>Requires {@link Layers#TOKENS} and {@link Layers#SENTENCES}; produces {@link Layers#MENTIONS} (entity index -1).
 * Reads {@link Layers#WORDS} when the document has it (without it, the morphology runs here): the model reads the
 * parts of speech, and an official body's name stops before a noun of its own.
 * Immutable and thread-safe; {@link #standard()} loads the committed model once.
 */
public final class NamedEntityTagger implements Annotator {
    /** Score given to mentions found by the known-entity table or by repetition of a name found in the document. */
    static final float TABLE_SCORE = 1f;
    static final float REPEAT_SCORE = 0.9f;
    /** Score of an organization found by its head word where nothing else was found ({@link OrganizationNames}). */
    static final float HEAD_SCORE = 0.8f;
    private static final String TO_ME = "لي";
    /** «أبي», my father or a kunya, as written (LIGHT-normalized) with and without its hamza. */
    private static final Set<String> MY_FATHER = Set.of("أبي", "ابي");
    /** Kinship words with «ي» («my»), as written (LIGHT-normalized), also without the hamza of their alef. */
    private static final Set<String> KIN = Stream.of("أمي", "أخي", "أختي", "ابني", "ابنتي", "إبني", "إبنتي", "عمي",
            "عمتي", "خالي", "خالتي", "جدي", "جدتي", "زوجي", "زوجتي", "والدي", "والدتي", "صديقي")
            .flatMap(w -> Stream.of(w, w.replace('أ', 'ا').replace('إ', 'ا')))
            .collect(Collectors.toUnmodifiableSet());

    private final NerModel model;
    private final KnownEntityTagger known;

    public NamedEntityTagger(NerModel model, KnownEntities known) {
        this.model = model;
        this.known = new KnownEntityTagger(known);
    }

    /** The tagger with the committed model and the standard table, built once per JVM. */
    public static NamedEntityTagger standard() {
        return Holder.INSTANCE;
    }

    private static final class Holder {
        static final NamedEntityTagger INSTANCE = new NamedEntityTagger(NerModel.standard(), KnownEntities.standard());
    }

    public NerModel model() {
        return model;
    }

    @Override
    public Set<LayerKey<?>> requires() {
        return Set.of(Layers.TOKENS, Layers.SENTENCES);
    }

    @Override
    public Set<LayerKey<?>> produces() {
        return Set.of(Layers.MENTIONS);
    }

    @Override
    public String name() {
        return "NamedEntityTagger";
    }

    /** A candidate span in one sentence: tokens, type, score, proclitic characters of its first token. */
    private record Candidate(int start, int end, EntityType type, float score, int cut) {
        int length() {
            return end - start;
        }
    }

    @Override
    public Document annotate(Document document) {
        TaggerInput input = TaggerInput.of(document, document.layer(Layers.SENTENCES));
        List<List<Token>> sentenceTokens = input.tokens();
        List<String[]> sentenceNorms = input.forms();
        TextWords textWords = new TextWords(sentenceNorms);
        List<List<Candidate>> found = new ArrayList<>(sentenceNorms.size());
        Set<KnownEntities.Entry> named = new LinkedHashSet<>();
        ProcliticStripper stripper = model.stripper();
        // All sentences at once: a two-stage model looks at the sentences around each one.
        List<List<TokenSpan>> spans = model.tagNormalized(sentenceNorms, input.pos(), input.surfaces());
        for (int s = 0; s < sentenceNorms.size(); s++) {
            String[] norms = sentenceNorms.get(s);
            List<Candidate> candidates = new ArrayList<>();
            for (TokenSpan span : spans.get(s)) {
                candidates.add(new Candidate(span.start(), span.end(), span.type(), span.score(),
                        stripper.strip(norms[span.start()], textWords)));
            }
            for (KnownEntityTagger.Match m : known.matches(norms)) {
                candidates = overlay(candidates, new Candidate(m.start(), m.end(), m.entry().type(), TABLE_SCORE,
                        m.cut()));
                if (m.entry().type() == EntityType.ORG) {
                    named.add(m.entry());
                }
            }
            for (OrganizationNames.Span m : OrganizationNames.find(norms, input.pos().get(s))) {
                candidates = fillOrWiden(candidates, new Candidate(m.start(), m.end(), EntityType.ORG, HEAD_SCORE,
                        m.cut()));
            }
            found.add(candidates);
        }
        dropFirstPersonWords(input, found);
        dropShortPersons(sentenceNorms, found);
        KnownEntityTagger repeats = repeatTagger(sentenceNorms, found);
        KnownEntityTagger shortNames = shortNameTagger(named);
        DocumentRecall recall = new DocumentRecall(NerModel.DOC_WINDOW, stripper);
        List<Mention> mentions = new ArrayList<>();
        for (int s = 0; s < found.size(); s++) {
            String[] norms = sentenceNorms.get(s);
            List<Candidate> candidates = found.get(s);
            if (repeats != null) {
                for (KnownEntityTagger.Match m : repeats.matches(norms)) {
                    if (m.end() - m.start() == 1 && PartsOfSpeech.isPreposition(norms[m.start()],
                            input.pos().get(s)[m.start()])) {
                        continue; // the surname «علي» of «زهير بن علي» is not the «على» of the text
                    }
                    candidates = fill(candidates, new Candidate(m.start(), m.end(), m.entry().type(), REPEAT_SCORE,
                            m.cut()));
                }
            }
            if (shortNames != null) {
                for (KnownEntityTagger.Match m : shortNames.matches(norms)) {
                    if (m.end() - m.start() > 1 || !isCommonWord(m.entry().canonical(),
                            input.pos().get(s)[m.start()])) {
                        candidates = fill(candidates, new Candidate(m.start(), m.end(), m.entry().type(),
                                REPEAT_SCORE, m.cut()));
                    }
                }
            }
            candidates = recalled(recall, norms, candidates, stripper, textWords);
            candidates = hashtagsApart(sentenceTokens.get(s), candidates);
            for (Candidate c : candidates) {
                Mention m = toMention(document, sentenceTokens.get(s), c);
                if (m != null) {
                    mentions.add(m);
                }
            }
        }
        if (document.has(Layers.TIMES)) {
            List<TimeExpression> times = document.layer(Layers.TIMES);
            mentions.removeIf(m -> insideTime(times, m));
        }
        mentions.sort(Comparator.comparingInt(Mention::start).thenComparingInt(Mention::end));
        return document.with(Layers.MENTIONS, Layer.of(mentions));
    }

    /**
     * True when the span is exactly a quotation. A place named in quotation marks is the name of something else, in
     * news mostly a paper or a channel («وقال لـ"الرياض"», «مصادر «الرياض»»), so it is typed ORG, except in a list
     * of quotations joined by «و» or a comma («منها «طهران» و«أصفهان»»). After «بـ» it is still the paper more often
     * than not («خاص بـ«الشرق الأوسط»»), though «بـ«الرقة»» is the city.
     */
    private static boolean quoted(String text, int start, int end) {
        if (start == 0 || end >= text.length()) {
            return false;
        }
        char close = closingMark(text.charAt(start - 1));
        return close != 0 && text.charAt(end) == close && !listed(text, start - 1, end + 1);
    }

    /**
     * True when another quotation is joined by «و» or a comma before the mark at {@code open} or after
     * {@code after}.
     */
    private static boolean listed(String text, int open, int after) {
        int i = skipSpaces(text, after, 1);
        if (i < text.length() && isJoiner(text.charAt(i))) {
            i = skipSpaces(text, i + 1, 1);
            if (i < text.length() && closingMark(text.charAt(i)) != 0) {
                return true;
            }
        }
        int j = skipSpaces(text, open - 1, -1);
        if (j >= 0 && isJoiner(text.charAt(j))) {
            j = skipSpaces(text, j - 1, -1);
            return j >= 0 && isClosingMark(text.charAt(j));
        }
        return false;
    }

    private static int skipSpaces(String text, int i, int step) {
        while (i >= 0 && i < text.length() && text.charAt(i) == ' ') {
            i += step;
        }
        return i;
    }

    private static boolean isJoiner(char c) {
        return c == '\u0648' || c == '\u060C' || c == ',';
    }

    /** The closing mark of the opening quotation mark {@code open} (" « “), or 0 when it is none. */
    private static char closingMark(char open) {
        return switch (open) {
            case '"' -> '"';
            case '\u00AB' -> '\u00BB';
            case '\u201C' -> '\u201D';
            default -> 0;
        };
    }

    private static boolean isClosingMark(char c) {
        return c == '"' || c == '\u00BB' || c == '\u201D';
    }

    /** The document's token forms, collected on the first question (most documents never ask one). */
    private static final class TextWords implements Predicate<String> {
        private final List<String[]> norms;
        private Set<String> words;

        TextWords(List<String[]> norms) {
            this.norms = norms;
        }

        @Override
        public boolean test(String word) {
            if (words == null) {
                words = new HashSet<>();
                for (String[] n : norms) {
                    words.addAll(Arrays.asList(n));
                }
            }
            return words.contains(word);
        }
    }

    /** A month's other name is no name: «نيسان» in «الثاني من أبريل (نيسان) الماضي» is April, not the car maker. */
    private static boolean insideTime(List<TimeExpression> times, Mention m) {
        for (TimeExpression t : times) {
            if (t.start() <= m.start() && m.end() <= t.end()) {
                return true;
            }
        }
        return false;
    }

    /** Puts {@code c} in, replacing the spans it overlaps when it is at least as long as each; otherwise drops it. */
    private static List<Candidate> overlay(List<Candidate> candidates, Candidate c) {
        List<Candidate> kept = new ArrayList<>(candidates.size() + 1);
        for (Candidate o : candidates) {
            boolean overlaps = o.start() < c.end() && c.start() < o.end();
            if (overlaps && o.length() > c.length()) {
                return candidates;
            }
            if (!overlaps) {
                kept.add(o);
            }
        }
        kept.add(c);
        kept.sort(Comparator.comparingInt(Candidate::start));
        return kept;
    }

    /**
     * {@code candidates} plus what {@link DocumentRecall} (the evaluated tagger's document pass) adds on tokens still
     * uncovered: names tagged in the previous sentences, such as a single-word «سروج» tagged once before.
     */
    private static List<Candidate> recalled(DocumentRecall recall, String[] norms, List<Candidate> candidates,
            ProcliticStripper stripper, TextWords textWords) {
        List<TokenSpan> spans = new ArrayList<>(candidates.size());
        for (Candidate c : candidates) {
            spans.add(new TokenSpan(c.start(), c.end(), c.type(), c.score()));
        }
        List<TokenSpan> all = recall.next(norms, spans);
        if (all.size() == spans.size()) {
            return candidates;
        }
        List<Candidate> out = new ArrayList<>(candidates);
        for (TokenSpan span : all) {
            // Recalled spans only cover tokens no candidate covers, so they never share a candidate's start.
            if (candidates.stream().noneMatch(c -> c.start() == span.start())) {
                out.add(new Candidate(span.start(), span.end(), span.type(), span.score(),
                        stripper.strip(norms[span.start()], textWords)));
            }
        }
        out.sort(Comparator.comparingInt(Candidate::start));
        return out;
    }

    /** Adds {@code c} only where it overlaps nothing found so far. */
    private static List<Candidate> fill(List<Candidate> candidates, Candidate c) {
        for (Candidate o : candidates) {
            if (o.start() < c.end() && c.start() < o.end()) {
                return candidates;
            }
        }
        List<Candidate> out = new ArrayList<>(candidates);
        out.add(c);
        out.sort(Comparator.comparingInt(Candidate::start));
        return out;
    }

    /**
     * Adds the organization {@code c} where it overlaps nothing found so far, or only names inside it other than
     * persons and the table's organizations, which it replaces: «الاتحاد السعودي» becomes «الاتحاد السعودي لكرة
     * القدم», and the place «السعودية» inside «الهيئة السعودية للمواصفات والمقاييس» gives way to it.
     */
    private static List<Candidate> fillOrWiden(List<Candidate> candidates, Candidate c) {
        List<Candidate> out = new ArrayList<>(candidates.size() + 1);
        for (Candidate o : candidates) {
            boolean overlaps = o.start() < c.end() && c.start() < o.end();
            if (!overlaps) {
                out.add(o);
            } else if (o.type() == EntityType.PERS || o.type() == EntityType.ORG && o.score() >= TABLE_SCORE
                    || o.start() < c.start() || o.end() > c.end()) {
                return candidates;
            }
        }
        out.add(c);
        out.sort(Comparator.comparingInt(Candidate::start));
        return out;
    }

    /**
     * Drops first-person words from persons. «لي» («to me») right after a verb: «وقال لي يوسف إن» is «يوسف» told
     * me. The model, having learnt the names «لي كه تشيانغ» and «لي ميونغ باك», takes «لي» with the next word; such
     * names follow a title or a nationality («رئيس الوزراء الصيني لي كه تشيانغ»), not a verb. In 1,000 SaudiNewsNet
     * articles 13 persons began with «لي» after a verb, none a name («لي يوسف», «لي عمر», «لي مهمتي»).
     *
     * <p>A kinship word with «ي» («my»): «عمي حسن» is «حسن», and «أمي علمني» no name at all, since the person goes on
     * only over a gazetteer name. «أبي» is also the kunya «أبو» after a preposition or a noun («شعر أبي نواس»),
     * and «my father» where a kunya would read «أبو»: after a verb or «إن», or first in the sentence («وأرسل أبي
     * صورتي»). A person that ends with either is none («فحملني أبي»: my father carried me). None of ANERcorp's
     * training persons begins or ends with such a word; its «أبي» is always followed by more of the name. Words are
     * compared as written, with hamza: «آمي» is Amy and «آبي» Abby.
     */
    private void dropFirstPersonWords(TaggerInput input, List<List<Candidate>> found) {
        for (int s = 0; s < found.size(); s++) {
            int sentence = s;
            found.set(s, found.get(s).stream()
                    .map(c -> c.type() == EntityType.PERS ? withoutFirstPersonWords(input, sentence, c) : c)
                    .filter(Objects::nonNull).toList());
        }
    }

    /** Person {@code c} of sentence {@code s} without first-person words; {@code c} when it has none; null if empty. */
    private Candidate withoutFirstPersonWords(TaggerInput input, int s, Candidate c) {
        IntFunction<String> surface = input.surfaces().get(s);
        byte[] pos = input.pos().get(s);
        int end = c.end();
        if (isMyKin(word(surface, end - 1, end - 1 == c.start() ? c.cut() : 0), true)) {
            return null;
        }
        int start = c.start();
        int cut = c.cut();
        while (start < end) {
            String first = word(surface, start, cut);
            byte before = start > 0 ? pos[start - 1] : 0;
            if (first.equals(TO_ME) && before == PartsOfSpeech.VERB && end - start > 1) {
                start++;
            } else if (isMyKin(first, start == 0 || before == PartsOfSpeech.VERB || before == PartsOfSpeech.AUX
                    || before == PartsOfSpeech.SCONJ)) {
                if (end - start == 1 || !model.stripper().isName(input.forms().get(s)[start + 1], 0)) {
                    return null;
                }
                start++;
            } else {
                break;
            }
            cut = 0;
        }
        return start == c.start() && end == c.end() ? c : new Candidate(start, end, c.type(), c.score(), cut);
    }

    /** True for a kinship word with «ي» as written; «أبي» only where it is not a kunya's genitive. */
    private static boolean isMyKin(String word, boolean fatherToo) {
        return KIN.contains(word) || fatherToo && MY_FATHER.contains(word);
    }

    /** Token {@code i} as written, LIGHT-normalized (hamza kept), without its first {@code cut} letters. */
    private static String word(IntFunction<String> surface, int i, int cut) {
        String light = ArabicNormalizer.LIGHT.normalize(surface.apply(i));
        return light.substring(Math.min(cut, light.length()));
    }

    /**
     * Drops one-word persons of one or two letters that are not a word of a longer person found in the document:
     * «لي» is «سبايك لي» after the full name, but alone mostly «to me» («وقال لي إنها قصة»), which the model, having
     * learnt Chinese and Korean names, sometimes tags. Every such person of ANERcorp's training file repeats a longer
     * name («شو», «قو», «لي»).
     */
    private static void dropShortPersons(List<String[]> norms, List<List<Candidate>> found) {
        boolean any = false;
        for (int s = 0; s < found.size() && !any; s++) {
            for (Candidate c : found.get(s)) {
                any |= isShortPerson(norms.get(s), c);
            }
        }
        if (!any) {
            return;
        }
        Set<String> personWords = new HashSet<>();
        for (int s = 0; s < found.size(); s++) {
            for (Candidate c : found.get(s)) {
                if (c.type() == EntityType.PERS && c.length() > 1) {
                    personWords.add(norms.get(s)[c.start()].substring(c.cut()));
                    personWords.addAll(Arrays.asList(norms.get(s)).subList(c.start() + 1, c.end()));
                }
            }
        }
        for (int s = 0; s < found.size(); s++) {
            String[] n = norms.get(s);
            found.set(s, found.get(s).stream()
                    .filter(c -> !isShortPerson(n, c) || personWords.contains(n[c.start()].substring(c.cut())))
                    .toList());
        }
    }

    private static boolean isShortPerson(String[] norms, Candidate c) {
        return c.type() == EntityType.PERS && c.length() == 1
                && norms[c.start()].length() - c.cut() < DocumentRecall.MIN_SINGLE;
    }

    /**
     * A matcher for names already found in this document: every multi-word name, and the {@link PersonSurname} of
     * multi-word person names («كيري» after «جون كيري», «بن سلمان» after «محمد بن سلمان»). Null when there is
     * nothing to repeat.
     */
    private static KnownEntityTagger repeatTagger(List<String[]> norms, List<List<Candidate>> found) {
        Map<String, EntityType> forms = new LinkedHashMap<>();
        for (int s = 0; s < found.size(); s++) {
            String[] n = norms.get(s);
            for (Candidate c : found.get(s)) {
                if (c.length() < 2) {
                    continue;
                }
                String[] words = Arrays.copyOfRange(n, c.start(), c.end());
                words[0] = words[0].substring(c.cut());
                forms.putIfAbsent(String.join(" ", words), c.type());
                String last = words[words.length - 1];
                int from = c.type() == EntityType.PERS && isArabicWord(last)
                        ? PersonSurname.start(words, 0, words.length) : -1;
                if (from >= 0 && (from < words.length - 1 || last.length() >= DocumentRecall.MIN_SINGLE)) {
                    forms.putIfAbsent(String.join(" ", Arrays.asList(words).subList(from, words.length)),
                            EntityType.PERS);
                }
            }
        }
        if (forms.isEmpty()) {
            return null;
        }
        List<KnownEntities.Entry> entries = new ArrayList<>(forms.size());
        forms.forEach((form, type) -> entries.add(new KnownEntities.Entry(type, form, "", List.of(), List.of(),
                List.of())));
        return new KnownEntityTagger(KnownEntities.of(entries));
    }

    /**
     * A matcher for the link-only aliases of the table's organizations that this document names in full: «الهلال»
     * after «نادي الهلال», «القاعدة» after «تنظيم القاعدة». Alone such a word is too ambiguous to tag (a crescent, a
     * base); after the full name it is the short name the news goes on with. Null when the document names none.
     */
    private static KnownEntityTagger shortNameTagger(Set<KnownEntities.Entry> named) {
        List<KnownEntities.Entry> entries = new ArrayList<>();
        for (KnownEntities.Entry e : named) {
            for (String alias : e.linkAliases()) {
                entries.add(new KnownEntities.Entry(e.type(), alias, "", List.of(), List.of(), List.of()));
            }
        }
        return entries.isEmpty() ? null : new KnownEntityTagger(KnownEntities.of(entries));
    }

    /**
     * True when a one-word short name {@code alias} reads as a common word where the morphology tags it {@code pos}:
     * a verb, or a noun when the alias has no article. «فتح» of «حركة فتح» is also «فتح» (opened, opening): «ثم فتح
     * الجيش الطريق». A definite short name («القاعدة», «الحوثي») names the organization in a text that names it in
     * full, though the morphology reads it as a noun or adjective.
     */
    private static boolean isCommonWord(String alias, byte pos) {
        return pos == PartsOfSpeech.VERB || pos == PartsOfSpeech.NOUN && !alias.startsWith(ProcliticStripper.ARTICLE);
    }

    private static boolean isArabicWord(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '\u0621' || c > '\u064A') {
                return false;
            }
        }
        return true;
    }

    /**
     * A hashtag is a name on its own, without its «#»: «#لبنان» is «لبنان». Inside a longer span it is no part of
     * the name: «إيمانويل ماكرون #باريس» is «إيمانويل ماكرون», «#وزير_النقل خالد العمري» «خالد العمري». The
     * tokenizer keeps a hashtag whole ({@link TokenType#HASHTAG}).
     */
    private static List<Candidate> hashtagsApart(List<Token> tokens, List<Candidate> candidates) {
        if (tokens.stream().noneMatch(t -> t.type() == TokenType.HASHTAG)) {
            return candidates;
        }
        List<Candidate> out = new ArrayList<>(candidates.size());
        for (Candidate c : candidates) {
            if (c.length() == 1) {
                boolean hashtag = tokens.get(c.start()).type() == TokenType.HASHTAG;
                out.add(hashtag ? new Candidate(c.start(), c.end(), c.type(), c.score(), Math.max(c.cut(), 1)) : c);
                continue;
            }
            int from = c.start();
            for (int i = c.start(); i <= c.end(); i++) {
                if (i == c.end() || tokens.get(i).type() == TokenType.HASHTAG) {
                    if (i > from) {
                        out.add(new Candidate(from, i, c.type(), c.score(), from == c.start() ? c.cut() : 0));
                    }
                    from = i + 1;
                }
            }
        }
        return out;
    }

    private static Mention toMention(Document document, List<Token> tokens, Candidate c) {
        Token first = tokens.get(c.start());
        Token last = tokens.get(c.end() - 1);
        int start = first.start() + MentionSpans.surfaceOffset(first.surface(), c.cut());
        int end = last.end();
        if (start >= end) {
            return null;
        }
        String text = document.text();
        EntityType type = c.type() == EntityType.LOC && quoted(text, start, end) ? EntityType.ORG
                : c.type();
        return new Mention(start, end, text.substring(start, end), type, c.score(), -1);
    }
}
