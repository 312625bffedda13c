package naba.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import naba.text.Annotator;
import naba.text.Document;
import naba.text.EntityType;
import naba.text.Layer;
import naba.text.LayerKey;
import naba.text.Layers;
import naba.text.Mention;
import naba.text.Quotation;
import naba.text.QuoteKind;
import naba.text.Sentence;
import naba.text.TimeExpression;
import naba.text.Token;
import naba.text.TokenType;

/**
 * Finds reported speech and who said it. «وأكد كيري أنه إذا صحت هذه التقارير...» is an indirect quotation with cue
 * «وأكد» (lemma أكد) and speaker «كيري»; «واضاف بوتين "نقدم الى سوريا..."» a direct one; «ونقلت وكالة ... ريا
 * نوفوستي عن بوتين قوله "..."» a direct one by «بوتين» via «ريا نوفوستي».
 *
 * <p>Cues are reporting verbs in every person (with «و»/«ف» attached), their participles («مضيفا») and verbal nouns
 * («قوله»), followed by quotation marks («…», "…", “…”, possibly across sentences) or by a complementizer
 * (أن, إن, بأن, أنه, ...). The speaker is the verb's subject: a named mention after the cue, one just before it
 * («فإن كيري قال»), a description that refers back to a name («الصحيفة» → «نيويورك تايمز»), or, when the subject is
 * dropped, the last speaker. Mentions and entities are used when {@link Layers#MENTIONS} and {@link Layers#ENTITIES}
 * are present; without them the speaker is the subject's text, with a reason saying so.
 */
public final class QuotationExtractor implements Annotator {
    public static final QuotationExtractor INSTANCE = new QuotationExtractor();

    private static final WordList C = ExtractionWords.CUES;
    private static final int MAX_CUE_TO_CONTENT = 16;
    private static final int MAX_SUBJECT = 6;
    private static final Set<String> STOPS = normalized("في", "مع", "من", "عن", "على", "إلى", "الى", "خلال", "أمام",
            "حول", "لدى", "بعد", "قبل", "أيضا", "ايضا", "كذلك", "بدوره", "بدورها", "اليوم", "أمس", "امس", "مساء",
            "صباح", "عبر", "لـ", "له", "لها", "لهم", "في", "فيه", "فيها", "انه", "إنه", "هذا", "هذه", "الذي", "التي");
    private static final Set<String> SUBJECT_BEFORE_MARKERS = normalized("إن", "فإن", "وإن", "أن", "لكن", "ولكن");
    private static final String AN = ArabicWords.normalize("عن");
    private static final String LAM = "\u0644";
    private static final String LAM_LAM = LAM + LAM;
    private static final String QAD = ArabicWords.normalize("قد");
    private static final String FI = ArabicWords.normalize("في");
    private static final Set<String> KANA = normalized("كان", "وكان", "فكان", "كانت", "وكانت", "فكانت");
    private static final Set<String> CUE_WORDS = C.firstWords("CUE", "PART", "NOUN", "CUEI");

    private QuotationExtractor() {
    }

    private static Set<String> normalized(String... words) {
        return Set.copyOf(Arrays.stream(words).map(ArabicWords::normalize).distinct().toList());
    }

    @Override
    public Set<LayerKey<?>> requires() {
        return Set.of(Layers.TOKENS, Layers.SENTENCES);
    }

    @Override
    public Set<LayerKey<?>> produces() {
        return Set.of(Layers.QUOTATIONS);
    }

    @Override
    public String name() {
        return "QuotationExtractor";
    }

    @Override
    public Document annotate(Document document) {
        Layer<Mention> mentions = document.has(Layers.MENTIONS) ? document.layer(Layers.MENTIONS) : null;
        List<TimeExpression> times = document.has(Layers.TIMES) ? document.layer(Layers.TIMES) : List.of();
        List<Quotation> quotations = extract(document.text(), document.layer(Layers.TOKENS),
                document.layer(Layers.SENTENCES), mentions, times);
        return document.with(Layers.QUOTATIONS, Layer.of(quotations));
    }

    /**
     * The quotations of a text, ordered by content start.
     *
     * @param mentions entity mentions, or null when the document has none
     * @param times    time expressions, which end a subject («وقال الرئيس أمس إن»); may be empty
     */
    public List<Quotation> extract(String text, Layer<Token> tokens, Layer<Sentence> sentences,
            Layer<Mention> mentions, List<TimeExpression> times) {
        return new Run(text, tokens, sentences, mentions, times).extract();
    }

    /** Who spoke: a text span and, when known, an entity. */
    private record Speaker(int start, int end, int entity, String reason) {
        Speaker because(String why) {
            return new Speaker(start, end, entity, why);
        }
    }

    /** A cue word: its lemma and category (CUE verb, PART participle, NOUN verbal noun). */
    private record Cue(String lemma, String category) {
    }

    /** One document's extraction. */
    private static final class Run {
        private final String text;
        private final Layer<Token> tokens;
        private final Layer<Mention> mentions;
        private final TokenSequence seq;
        private final int n;
        /** Index of the sentence's last token + 1, per token. */
        private final int[] sentenceEnd;
        private final int[] sentenceStart;
        private final boolean[] timeToken;
        /** Quote pairs as token indexes: open mark, close mark. */
        private final List<int[]> quotes = new ArrayList<>();
        private final int[] openAt;
        private final int[] closeAt;
        private final int[] inside;
        private final boolean[] claimed;
        private Speaker lastSpeaker;

        Run(String text, Layer<Token> tokens, Layer<Sentence> sentences, Layer<Mention> mentions,
                List<TimeExpression> times) {
            this.text = text;
            this.tokens = tokens;
            this.mentions = mentions;
            this.seq = TokenSequence.of(tokens);
            this.n = tokens.size();
            sentenceEnd = new int[n];
            sentenceStart = new int[n];
            for (Sentence s : sentences) {
                int[] range = tokens.indexRange(s.start(), s.end());
                for (int k = range[0]; k < range[1]; k++) {
                    sentenceStart[k] = range[0];
                    sentenceEnd[k] = range[1];
                }
            }
            timeToken = new boolean[n];
            for (TimeExpression time : times) {
                int[] range = tokens.indexRange(time.start(), time.end());
                for (int k = range[0]; k < range[1]; k++) {
                    timeToken[k] = true;
                }
            }
            openAt = new int[n];
            closeAt = new int[n];
            inside = new int[n];
            Arrays.fill(openAt, -1);
            Arrays.fill(closeAt, -1);
            Arrays.fill(inside, -1);
            pairQuotes(sentences);
            claimed = new boolean[quotes.size()];
        }

        /** Pairs quotation marks within each paragraph: «» and “” nest, " alternates. */
        private void pairQuotes(Layer<Sentence> sentences) {
            int paragraph = -1;
            int straightOpen = -1;
            List<Integer> stack = new ArrayList<>();
            int s = 0;
            for (int k = 0; k < n; k++) {
                while (s + 1 < sentences.size() && sentences.get(s).end() <= tokens.get(k).start()) {
                    s++;
                }
                int p = sentences.isEmpty() ? 0 : sentences.get(s).paragraph();
                if (p != paragraph) {
                    paragraph = p;
                    straightOpen = -1;
                    stack.clear();
                }
                Token token = tokens.get(k);
                if (token.type() != TokenType.PUNCT || token.length() != 1) {
                    continue;
                }
                char c = token.charAt(0);
                if (c == '\u00AB' || c == '\u201C') {
                    stack.add(k);
                } else if ((c == '\u00BB' || c == '\u201D') && !stack.isEmpty()) {
                    addQuote(stack.remove(stack.size() - 1), k);
                } else if (c == '"') {
                    if (straightOpen < 0) {
                        straightOpen = k;
                    } else {
                        addQuote(straightOpen, k);
                        straightOpen = -1;
                    }
                }
            }
            quotes.sort(Comparator.comparingInt(q -> q[0]));
            for (int q = 0; q < quotes.size(); q++) {
                int[] pair = quotes.get(q);
                openAt[pair[0]] = q;
                closeAt[pair[1]] = q;
                for (int k = pair[0] + 1; k < pair[1]; k++) {
                    if (inside[k] < 0) {
                        inside[k] = q;
                    }
                }
            }
        }

        private void addQuote(int open, int close) {
            if (close > open + 1) {
                quotes.add(new int[] {open, close});
            }
        }

        List<Quotation> extract() {
            List<Quotation> out = new ArrayList<>();
            for (int c = 0; c < n; c++) {
                if (inside[c] >= 0) {
                    continue; // a cue inside quotation marks is part of someone's words
                }
                Cue cue = cueAt(c);
                if (cue == null) {
                    continue;
                }
                Quotation q = fromCue(c, cue);
                if (q != null) {
                    out.add(q);
                }
            }
            out.sort(Comparator.comparingInt(Quotation::start).thenComparingInt(Quotation::end));
            return out;
        }

        private Cue cueAt(int k) {
            String word = seq.word(k);
            if (word == null || !CUE_WORDS.contains(word)) {
                return null;
            }
            int prefix = seq.prefix(k);
            if (prefix > 1 || prefix == 1 && seq.norm(k).charAt(0) != '\u0648' && seq.norm(k).charAt(0) != '\u0641') {
                return null;
            }
            for (String category : new String[] {"CUE", "PART", "NOUN", "CUEI"}) {
                String lemma = C.value(category, word);
                if (lemma != null) {
                    return new Cue(lemma, category);
                }
            }
            return null;
        }

        private boolean isComplementizer(int k) {
            return C.value("COMP", seq.norm(k)) != null;
        }

        private Quotation fromCue(int c, Cue cue) {
            int end = sentenceEnd[c];
            int limit = Math.min(n, c + 1 + MAX_CUE_TO_CONTENT);
            int quoteAt = -1;
            int compAt = -1;
            int colonAt = -1;
            for (int t = c + 1; t < limit; t++) {
                if (seq.is(t, ":") && t + 1 < end && openAt[t + 1] < 0) {
                    colonAt = t; // «وأضاف: تم الفرز ...»: words after a colon, without marks
                    break;
                }
                if (openAt[t] >= 0 && !claimed[openAt[t]] && enclosesName(quotes.get(openAt[t]))) {
                    t = quotes.get(openAt[t])[1]; // «قال تلفزيون "سي إن إن"»: a name in the subject
                    continue;
                }
                if (openAt[t] >= 0 && !claimed[openAt[t]]) {
                    quoteAt = t;
                    break;
                }
                if (t >= end) {
                    break;
                }
                if (isComplementizer(t)) {
                    compAt = t;
                    break;
                }
                if (cueAt(t) != null || isSentenceMark(t)) {
                    break;
                }
            }
            if ("NOUN".equals(cue.category()) && quoteAt != c + 1 && quoteAt != c + 2 && compAt != c + 1) {
                return null; // «قوله» conveys speech only right before the words
            }
            int cueStart = tokens.get(c).start();
            int cueEnd = tokens.get(c).end();
            if (quoteAt >= 0 && "CUEI".equals(cue.category())) {
                return null; // «التقارير التي تفيد بوجود "..."»: this verb reports only with a complementizer
            }
            if (colonAt >= 0 && ("CUE".equals(cue.category()) || "PART".equals(cue.category()))) {
                int last = contentEnd(colonAt + 1, end);
                if (last <= colonAt) {
                    return null;
                }
                for (int q = 0; q < quotes.size(); q++) {
                    if (quotes.get(q)[0] > colonAt && quotes.get(q)[1] <= last) {
                        claimed[q] = true;
                    }
                }
                Speaker speaker = speaker(c, cue, c + 1, colonAt);
                return quotation(colonAt + 1, last, QuoteKind.DIRECT, cueStart, cueEnd, cue, speaker, c);
            }
            if (quoteAt >= 0) {
                int q = openAt[quoteAt];
                claimed[q] = true;
                int[] pair = quotes.get(q);
                Speaker speaker = speaker(c, cue, c + 1, quoteAt);
                return quotation(pair[0] + 1, pair[1] - 1, QuoteKind.DIRECT, cueStart, cueEnd, cue, speaker, c);
            }
            if (compAt >= 0) {
                int from = compAt + 1;
                if (from >= end) {
                    return null;
                }
                int last = contentEnd(from, end);
                if (last < from) {
                    return null;
                }
                QuoteKind kind = QuoteKind.INDIRECT;
                for (int q = 0; q < quotes.size(); q++) {
                    int[] pair = quotes.get(q);
                    if (pair[0] >= from && pair[1] <= last) {
                        claimed[q] = true;
                        if (!enclosesName(pair)) {
                            kind = QuoteKind.MIXED;
                        }
                    }
                }
                Speaker speaker = speaker(c, cue, c + 1, compAt);
                return quotation(from, last, kind, cueStart, cueEnd, cue, speaker, c);
            }
            // «"..."، قال بوتين»: a quotation closed just before the cue.
            int before = c - 1;
            if (before >= 0 && (seq.is(before, "\u060C") || seq.is(before, ","))) {
                before--;
            }
            boolean postposed = before >= 0 && closeAt[before] >= 0 && !claimed[closeAt[before]];
            if (!postposed && "CUE".equals(cue.category()) && c + 1 < end && isSubjectToken(c + 1)) {
                // «ودعت المنظمة إلى هدنة»: no content, but its subject is the speaker a later dropped subject means.
                Speaker kana = subjectOfKana(c);
                lastSpeaker = kana != null ? kana : subject(c + 1, subjectEnd(c + 1, end), "subject after the cue");
            }
            if (postposed && "CUE".equals(cue.category())) {
                int q = closeAt[before];
                claimed[q] = true;
                int[] pair = quotes.get(q);
                int subjectEnd = c + 1;
                while (subjectEnd < end && subjectEnd - c <= MAX_SUBJECT && !isSentenceMark(subjectEnd)) {
                    subjectEnd++;
                }
                Speaker speaker = speaker(c, cue, c + 1, subjectEnd);
                return quotation(pair[0] + 1, pair[1] - 1, QuoteKind.DIRECT, cueStart, cueEnd, cue, speaker, c);
            }
            return null;
        }

        /**
         * Marks around a name, not words: تنظيم "الدولة الإسلامية", exactly one entity mention, up to three words
         * right before a complementizer, or up to three words right after a lone «ل».
         */
        private boolean enclosesName(int[] pair) {
            int before = pair[0] - 1;
            if (before >= 0 && C.value("NAMEHEAD", seq.word(before)) != null) {
                return true;
            }
            if (before >= 0 && addresseeEnd(before) > 0) {
                return true;
            }
            // «وقالت وكالة الأنباء الرسمية "سانا" إن»: a few words in marks right before «إن» name the subject.
            if (pair[1] - pair[0] - 1 <= 3 && pair[1] + 1 < n && isComplementizer(pair[1] + 1)) {
                return true;
            }
            if (mentions != null) {
                Mention m = mentionAt(tokens.get(pair[0] + 1).start());
                return m != null && m.end() == tokens.get(pair[1] - 1).end();
            }
            return false;
        }

        /**
         * «لـ"الاقتصادية"»: a lone «ل» at {@code k}, then up to three words in marks, naming whom the words were said
         * to. Returns the token after the closing mark, else -1.
         */
        private int addresseeEnd(int k) {
            if (k + 1 >= n || openAt[k + 1] < 0 || !LAM.equals(seq.norm(k))) {
                return -1;
            }
            int[] pair = quotes.get(openAt[k + 1]);
            return pair[1] - pair[0] - 1 <= 3 ? pair[1] + 1 : -1;
        }

        /** The last token of indirect content: the sentence's end, or further if a quotation opened in it runs on. */
        private int contentEnd(int from, int end) {
            int last = end - 1;
            for (int t = from; t < end; t++) {
                if (openAt[t] >= 0) {
                    int close = quotes.get(openAt[t])[1];
                    if (close > last) {
                        last = close;
                    }
                    t = Math.max(t, close);
                }
                // «...، بحسب الخارجية الروسية» attributes the content, and «...، وأضاف» starts new speech.
                if (t > from && seq.is(t - 1, "\u060C")
                        && (C.value("SOURCE", seq.word(t)) != null || cueAt(t) != null)) {
                    return t - 2;
                }
                if (t > from && seq.prefix(t) == 1 && cueAt(t) != null && "CUE".equals(cueAt(t).category())) {
                    return t - 1;
                }
            }
            while (last >= from && isSentenceMark(last)) {
                last--;
            }
            return last;
        }

        private boolean isSentenceMark(int k) {
            if (tokens.get(k).type() != TokenType.PUNCT) {
                return false;
            }
            char ch = tokens.get(k).surface().charAt(0);
            return ch == '.' || ch == '!' || ch == '?' || ch == '\u061F' || ch == '\u2026' || ch == '\u061B';
        }

        private Quotation quotation(int first, int last, QuoteKind kind, int cueStart, int cueEnd, Cue cue,
                Speaker speaker, int c) {
            int start = tokens.get(first).start();
            int end = tokens.get(last).end();
            Speaker via = via(c, cue);
            if (speaker.start() >= 0) {
                lastSpeaker = speaker;
            }
            return new Quotation(start, end, kind, cueStart, cueEnd, cue.lemma(), speaker.start(), speaker.end(),
                    speaker.entity(), speaker.reason(), via == null ? -1 : via.start(), via == null ? -1 : via.end(),
                    via == null ? -1 : via.entity());
        }

        // ------------------------------------------------------------ speakers

        /** The speaker of a cue whose subject, if written after it, lies in tokens {@code [from, to)}. */
        private Speaker speaker(int c, Cue cue, int from, int to) {
            if ("NOUN".equals(cue.category())) {
                Speaker conveyed = conveyedSpeaker(c);
                if (conveyed != null) {
                    return conveyed;
                }
            }
            if ("PART".equals(cue.category())) {
                return lastSpeaker != null ? lastSpeaker.because("participle continues the last speaker")
                        : none("participle with no earlier speaker");
            }
            Speaker kana = subjectOfKana(c);
            if (kana != null) {
                return kana;
            }
            // «كشف لـ"الاقتصادية" مسؤول»: whom the words were said to comes before the subject.
            int addressee = addresseeEnd(from);
            if (addressee > 0 && addressee < to) {
                from = addressee;
            }
            int subjectEnd = subjectEnd(from, to);
            // «ذكرت صحيفة (نيويورك تايمز) أن»: a bracketed name continues the subject.
            if (subjectEnd > from && seq.is(subjectEnd, "(")) {
                int close = subjectEnd + 1;
                while (close < to && close - subjectEnd <= 5 && !seq.is(close, ")")) {
                    close++;
                }
                if (close < to && seq.is(close, ")") && close > subjectEnd + 1) {
                    subjectEnd = close + 1;
                }
            }
            // «وقال تلفزيون "سي إن إن" إن»: a quoted name continues the subject too.
            if (subjectEnd > from && subjectEnd < to && openAt[subjectEnd] >= 0
                    && enclosesName(quotes.get(openAt[subjectEnd]))) {
                subjectEnd = Math.min(to, quotes.get(openAt[subjectEnd])[1] + 1);
            }
            if (subjectEnd > from) {
                return subject(from, subjectEnd, "subject after the cue");
            }
            Speaker before = subjectBefore(c);
            if (before != null) {
                return before;
            }
            return lastSpeaker != null ? lastSpeaker.because("dropped subject: the last speaker")
                    : none("dropped subject and no earlier speaker");
        }

        private static Speaker none(String reason) {
            return new Speaker(-1, -1, -1, reason);
        }

        /**
         * End of the subject starting at token {@code from}: up to {@link #MAX_SUBJECT} subject tokens, and on to the
         * end of a name the limit cut («قال المتحدث باسم وزارة الداخلية اللواء منصور التركي إن»).
         */
        private int subjectEnd(int from, int to) {
            int k = from;
            while (k < to && k - from < MAX_SUBJECT && isSubjectToken(k)) {
                k++;
            }
            while (k > from && k < to && isSubjectToken(k)) {
                Mention name = mentionCovering(tokens.get(k).start());
                if (name == null || name.start() >= tokens.get(k).start()) {
                    break;
                }
                k++;
            }
            return k > from ? apposedName(from, k, to) : k;
        }

        /**
         * «أوضح الناطق باسم الهيئة العليا المستقلة للانتخابات محمد التليلي المنصري أن»: a title with no person in it
         * may run on, past «لل» words and «في» («المحلل المالي في شركة ... فادي الغطيس»), to the person it names.
         * Returns the end past that person, else {@code end}.
         */
        private int apposedName(int from, int end, int to) {
            if (mentions == null || personIn(from, end)) {
                return end;
            }
            for (int j = end; j < to && j - end < MAX_SUBJECT; j++) {
                Mention name = mentionCovering(tokens.get(j).start());
                if (name != null && name.type() == EntityType.PERS && name.start() >= tokens.get(j).start()) {
                    int last = j;
                    while (last + 1 < to && tokens.get(last).end() < name.end()) {
                        last++;
                    }
                    return tokens.get(last).end() >= name.end() ? last + 1 : end;
                }
                if (!isSubjectToken(j) && !seq.norm(j).startsWith(LAM_LAM) && !FI.equals(seq.norm(j))) {
                    return end;
                }
            }
            return end;
        }

        private boolean personIn(int from, int end) {
            int[] range = mentions.indexRange(tokens.get(from).start(), tokens.get(end - 1).end());
            for (int m = range[0]; m < range[1]; m++) {
                if (mentions.get(m).type() == EntityType.PERS) {
                    return true;
                }
            }
            return false;
        }

        private boolean isSubjectToken(int k) {
            Token t = tokens.get(k);
            if (t.type() != TokenType.ARABIC && t.type() != TokenType.LATIN && t.type() != TokenType.ABBREVIATION) {
                return false;
            }
            if (timeToken[k] || isComplementizer(k) || STOPS.contains(seq.norm(k)) || openAt[k] >= 0) {
                return false;
            }
            Cue participle = cueAt(k);
            if (participle != null && "PART".equals(participle.category())) {
                return false; // «وتابع مؤكدا:»: the participle continues the verb, it is no subject
            }
            // «لوكالة ...», «للصحفيين»: the addressee, not the subject (but «لافروف» is a name).
            String norm = seq.norm(k);
            if (seq.prefix(k) > 0 && norm.charAt(seq.prefix(k) - 1) == '\u0644'
                    && C.value("NAMEHEAD", seq.word(k)) != null) {
                return false; // «لوكالة», «لصحيفة»: to whom, not who
            }
            return !(norm.startsWith(LAM_LAM) && mentionAt(t.start()) == null);
        }

        /** «وكان حزب حركة النهضة قد أعلن»: the subject between «كان» and «قد» right before the cue; null if none. */
        private Speaker subjectOfKana(int c) {
            int qad = c - 1;
            if (qad <= sentenceStart[c] || !QAD.equals(seq.norm(qad))) {
                return null;
            }
            for (int k = qad - 1; k >= sentenceStart[c] && qad - k <= MAX_SUBJECT + 1; k--) {
                if (KANA.contains(seq.norm(k))) {
                    return k + 1 < qad ? subject(k + 1, qad, "subject between «كان» and «قد»") : null;
                }
            }
            return null;
        }

        /** Which mention of a subject speaks: a person before an organization («المتحدث باسم الوزارة فلان»). */
        private static int rank(EntityType type) {
            return switch (type) {
                case PERS -> 0;
                case ORG -> 1;
                case MISC -> 2;
                case LOC -> 3;
            };
        }

        /** The speaker named in tokens {@code [from, to)}: a mention, a description, or the bare text. */
        private Speaker subject(int from, int to, String reason) {
            int start = tokens.get(from).start();
            int end = tokens.get(to - 1).end();
            if (mentions != null) {
                Mention best = null;
                int[] range = mentions.indexRange(start, end);
                for (int m = range[0]; m < range[1]; m++) {
                    Mention mention = mentions.get(m);
                    if (mention.end() > end) {
                        continue;
                    }
                    if (best == null || rank(mention.type()) < rank(best.type())) {
                        best = mention;
                    }
                }
                // A mention that starts inside a clitic-bearing first token («وكيري») starts after the token.
                if (best == null) {
                    Mention m = mentionCovering(start);
                    if (m != null && m.end() <= end) {
                        best = m;
                    }
                }
                if (best != null) {
                    return new Speaker(best.start(), best.end(), best.entity(), reason);
                }
            }
            String description = C.value("DESC", seq.word(from));
            if (description != null) {
                return describedSpeaker(from, to, description);
            }
            return new Speaker(start, end, -1, mentions == null
                    ? "no entity layer: the subject's text" : "the subject names no entity");
        }

        /** «الصحيفة» after «لصحيفة (نيويورك تايمز)»: the latest earlier name introduced by, or containing, the head. */
        private Speaker describedSpeaker(int from, int to, String head) {
            int start = tokens.get(from).start();
            int end = tokens.get(to - 1).end();
            String surface = text.substring(tokens.get(from).start(), tokens.get(from).end());
            if (head.endsWith("2")) {
                return new Speaker(start, end, -1, "dual description «" + surface + "» names two speakers");
            }
            String normalizedHead = ArabicWords.normalize(head);
            if (mentions != null) {
                int upTo = mentions.firstStartingAtOrAfter(start);
                for (int m = upTo - 1; m >= 0; m--) {
                    Mention mention = mentions.get(m);
                    if (mention.type() == EntityType.LOC) {
                        continue;
                    }
                    if (ArabicWords.normalize(mention.surface()).contains(normalizedHead)
                            || introducedBy(mention.start(), normalizedHead)) {
                        return new Speaker(mention.start(), mention.end(), mention.entity(),
                                "description «" + surface + "» refers back to «" + mention.surface() + "»");
                    }
                }
            }
            if (mentions == null) {
                // Without mentions: the words after the latest earlier «...صحيفة», up to a bracket or three words.
                for (int k = from - 1; k >= 0; k--) {
                    if (seq.norm(k).endsWith(normalizedHead) && k + 1 < from) {
                        int a = k + 1;
                        boolean bracket = seq.is(a, "(") || seq.is(a, "\"") || seq.is(a, "\u00AB")
                                || seq.is(a, "\u201C");
                        if (bracket) {
                            a++;
                        }
                        int b = a;
                        while (b < from && b - a < 3 && tokens.get(b).type() == TokenType.ARABIC
                                && !STOPS.contains(seq.norm(b))) {
                            b++;
                        }
                        if (b > a) {
                            return new Speaker(tokens.get(a).start(), tokens.get(b - 1).end(), -1,
                                    "no entity layer: description «" + surface + "» refers back to the words after «"
                                            + seq.token(k).surface() + "»");
                        }
                    }
                }
            }
            return new Speaker(start, end, -1, "description «" + surface + "» with no earlier name");
        }

        /** True when the token before {@code offset} (past an opening bracket) ends with {@code head}. */
        private boolean introducedBy(int offset, String head) {
            int k = tokens.firstStartingAtOrAfter(offset) - 1;
            if (k >= 0 && (seq.is(k, "(") || seq.is(k, "\"") || seq.is(k, "\u00AB"))) {
                k--;
            }
            return k >= 0 && seq.norm(k).endsWith(head);
        }

        /** «فإن كيري قال»: a subject written before the verb. */
        private Speaker subjectBefore(int c) {
            int k = c - 1;
            if (k < sentenceStart[c] || k < 0) {
                return null;
            }
            if (seq.is(k, ")")) {
                k--;
            }
            if (k < 0) {
                return null;
            }
            Token t = tokens.get(k);
            if (mentions == null && seq.is(c - 1, ")")) {
                // «لصحيفة (نيويورك تايمز) ذكرت»: a bracketed name right before the verb.
                int open = k;
                while (open > sentenceStart[c] && !seq.is(open, "(") && c - open <= 5) {
                    open--;
                }
                if (seq.is(open, "(") && open < k) {
                    return new Speaker(tokens.get(open + 1).start(), t.end(), -1,
                            "no entity layer: the bracketed name before the cue");
                }
                return null;
            }
            if (mentions != null) {
                Mention m = mentionEndingAt(t.end());
                if (m != null && m.type() != EntityType.LOC) {
                    return new Speaker(m.start(), m.end(), m.entity(), "subject before the cue");
                }
                return null;
            }
            if (t.type() == TokenType.ARABIC && k - 1 >= 0 && SUBJECT_BEFORE_MARKERS.contains(seq.norm(k - 1))) {
                return new Speaker(t.start(), t.end(), -1, "no entity layer: the subject's text before the cue");
            }
            return null;
        }

        /** «نقلت وكالة ... عن بوتين قوله»: the speaker after «عن», before the verbal noun. */
        private Speaker conveyedSpeaker(int c) {
            int an = -1;
            for (int k = c - 1; k >= sentenceStart[c] && k >= c - MAX_SUBJECT; k--) {
                if (seq.is(k, AN)) {
                    an = k;
                    break;
                }
            }
            if (an < 0 || an + 1 >= c) {
                return null;
            }
            return subject(an + 1, c, "speaker conveyed by a source");
        }

        /** The conveying source of «نقلت X عن Y قوله». */
        private Speaker via(int c, Cue cue) {
            if (!"NOUN".equals(cue.category())) {
                return null;
            }
            int an = -1;
            for (int k = c - 1; k >= sentenceStart[c] && k >= c - MAX_SUBJECT; k--) {
                if (seq.is(k, AN)) {
                    an = k;
                    break;
                }
            }
            if (an < 0) {
                return null;
            }
            for (int v = an - 1; v >= sentenceStart[c]; v--) {
                if (C.value("CONVEY", seq.word(v)) != null) {
                    if (v + 1 >= an) {
                        return null;
                    }
                    return subject(v + 1, an, "conveying source");
                }
            }
            return null;
        }

        private Mention mentionAt(int start) {
            if (mentions == null) {
                return null;
            }
            int m = mentions.firstStartingAtOrAfter(start);
            return m < mentions.size() && mentions.get(m).start() == start ? mentions.get(m) : null;
        }

        private Mention mentionCovering(int offset) {
            if (mentions == null) {
                return null;
            }
            int m = mentions.firstStartingAtOrAfter(offset);
            for (int k = Math.max(0, m - 1); k < Math.min(mentions.size(), m + 2); k++) {
                Mention mention = mentions.get(k);
                if (mention.start() <= offset + 2 && mention.end() > offset) {
                    return mention;
                }
            }
            return null;
        }

        private Mention mentionEndingAt(int end) {
            int m = mentions.firstStartingAtOrAfter(end);
            for (int k = m - 1; k >= 0 && k >= m - 4; k--) {
                if (mentions.get(k).end() == end) {
                    return mentions.get(k);
                }
            }
            return null;
        }
    }
}
