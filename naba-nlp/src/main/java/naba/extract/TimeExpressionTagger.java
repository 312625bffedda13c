package naba.extract;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.chrono.HijrahDate;
import java.time.temporal.ChronoField;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import naba.text.Annotator;
import naba.text.Document;
import naba.text.Layer;
import naba.text.LayerKey;
import naba.text.Layers;
import naba.text.TimeAnchor;
import naba.text.TimeExpression;
import naba.text.TimeType;
import naba.text.Token;

/**
 * Finds time expressions and gives them TIMEX3-style values: «30 حزيران (يونيو) 2012» → {@code 2012-06-30},
 * «آذار/مارس 2014» → {@code 2014-03}, «15 رمضان 1436 هـ» → {@code 2015-07-02} (through {@link HijrahDate}),
 * «السبت» → {@code 2015-W36-6} in an article of 2015-09-06, «قبل ثلاثة أيام» → {@code 2015-09-03},
 * «الساعة 22،15 بتوقيت غرينتش» → {@code T22:15Z}, «ثلاثة أيام» → {@code P3D}, «أسبوعياً» → {@code P1W}.
 *
 * <p>Month names of every system in use are known: Syriac/Levantine, Egyptian and Gulf transliterations with their
 * spelling variants, Maghrebi, the paired forms «حزيران (يونيو)» and «آذار/مارس», and Hijri months. Relative
 * expressions are resolved against the publication date ({@code doc.meta().date()}) and left relative to {@code REF}
 * (and marked {@link TimeAnchor#UNRESOLVED}) when the document has none. Rule-based, immutable and thread-safe.
 */
public final class TimeExpressionTagger implements Annotator {
    public static final TimeExpressionTagger INSTANCE = new TimeExpressionTagger();

    private static final WordList W = ExtractionWords.TIME;
    private static final WordList Q = ExtractionWords.QUANTITY;
    private static final NumberReader NUMBERS = new NumberReader(Q);
    /** Words that can begin a time expression; other tokens are skipped at once. */
    private static final Set<String> STARTS = union(W.firstWords("LATER", "MOD", "PART", "TRIGGER", "WEEKDAY", "MONTH",
            "DAYREL", "THIS", "RUNIT", "RELPREP", "DURPREP", "UNITDEF", "SET", "EVERY", "HOUR"),
            Q.firstWords("NUM", "TEENUNIT", "TEN", "HUNDRED", "SCALE", "SCALEDUAL", "SCALEPLURAL", "VAGUE", "FRACTION",
                    "ORD"));

    private static Set<String> union(Set<String> a, Set<String> b) {
        java.util.HashSet<String> all = new java.util.HashSet<>(a);
        all.addAll(b);
        return Set.copyOf(all);
    }

    private TimeExpressionTagger() {
    }

    @Override
    public Set<LayerKey<?>> requires() {
        return Set.of(Layers.TOKENS);
    }

    @Override
    public Set<LayerKey<?>> produces() {
        return Set.of(Layers.TIMES);
    }

    @Override
    public String name() {
        return "TimeExpressionTagger";
    }

    @Override
    public Document annotate(Document document) {
        List<TimeExpression> times = tag(document.text(), document.layer(Layers.TOKENS), document.meta().date());
        return document.with(Layers.TIMES, Layer.of(times));
    }

    /**
     * The time expressions of a tokenized text, in order.
     *
     * @param reference the publication date, or null when unknown
     */
    public List<TimeExpression> tag(String text, List<Token> tokens, LocalDate reference) {
        return tag(text, TokenSequence.of(tokens), reference);
    }

    List<TimeExpression> tag(String text, TokenSequence seq, LocalDate reference) {
        Scan scan = new Scan(seq, reference);
        List<Cand> found = new ArrayList<>();
        int n = seq.size();
        int i = 0;
        while (i < n) {
            String word = seq.word(i);
            if (word == null ? !seq.isNumber(i) && !seq.is(i, "(") : !STARTS.contains(word)) {
                i++;
                continue;
            }
            Cand c = scan.best(i);
            if (c == null) {
                i++;
            } else {
                found.add(c);
                i = c.end;
            }
        }
        scan.mergeClockIntoDates(found);
        scan.mergeRanges(found);
        List<TimeExpression> out = new ArrayList<>(found.size());
        for (Cand c : found) {
            int start = seq.token(c.start).start();
            int end = seq.token(c.end - 1).end();
            TimeAnchor anchor = c.missingRef ? TimeAnchor.UNRESOLVED
                    : c.usedRef ? TimeAnchor.RESOLVED : TimeAnchor.ABSOLUTE;
            out.add(new TimeExpression(start, end, text.substring(start, end), c.type, c.value, c.mod, anchor));
        }
        return out;
    }

    /** A candidate over tokens {@code [start, end)}. */
    private static final class Cand {
        int start;
        int end;
        TimeType type = TimeType.DATE;
        String value;
        String mod;
        boolean usedRef;
        boolean missingRef;
        /** The value names a single day (a clock time may be attached to it). */
        boolean day;

        Cand(int start, int end, String value) {
            this.start = start;
            this.end = end;
            this.value = value;
        }
    }

    /** A month name over tokens {@code [start, end)}, with its paired form if any. */
    private record Month(int end, int month, boolean hijri, boolean ambiguous) {
    }

    /** A year over tokens ending at {@code end}; era 'G', 'H' or 0. */
    private record Year(int end, int year, char era, int digits) {
    }

    /** Matching and resolution over one document. */
    private static final class Scan {
        private final TokenSequence seq;
        private final LocalDate ref;

        Scan(TokenSequence seq, LocalDate ref) {
            this.seq = seq;
            this.ref = ref;
        }

        Cand best(int i) {
            Cand best = date(i);
            best = longer(best, clock(i));
            best = longer(best, duration(i));
            best = longer(best, set(i));
            return best;
        }

        private static Cand longer(Cand a, Cand b) {
            if (a == null) {
                return b;
            }
            return b != null && b.end > a.end ? b : a;
        }

        // ---------------------------------------------------------------- dates

        /** [في وقت لاحق من] [نهاية|مطلع|منتصف] [صباح|مساء] core [صباحا|مساء]. */
        private Cand date(int i) {
            int j = i;
            String mod = null;
            WordList.Entry later = W.match("LATER", seq, j);
            if (later != null) {
                mod = later.value();
                j += later.words().length;
            }
            WordList.Entry m = W.match("MOD", seq, j);
            if (m != null && mod == null) {
                mod = m.value();
                j += m.words().length;
            }
            WordList.Entry part = W.match("PART", seq, j);
            Cand core = null;
            if (part != null) {
                core = core(j + part.words().length, true);
                if (core != null && core.day) {
                    core.type = TimeType.TIME;
                    core.value = core.value + "T" + part.value();
                } else {
                    core = null;
                }
            }
            if (core == null) {
                core = core(j, mod != null);
                if (core != null && core.day) {
                    WordList.Entry after = W.match("PART", seq, core.end);
                    if (after != null && seq.prefix(core.end) == 0) {
                        core.type = TimeType.TIME;
                        core.value = core.value + "T" + after.value();
                        core.end += after.words().length;
                    }
                }
            }
            if (core == null) {
                return null;
            }
            core.start = i;
            if (mod != null) {
                core.mod = mod;
            }
            return core;
        }

        private Cand core(int j, boolean context) {
            Cand a = absolute(j, context);
            Cand r = relative(j);
            return longer(a, r);
        }

        /** Dates written out: weekday, day, month, year in any of their forms. */
        private Cand absolute(int j, boolean context) {
            if (j >= seq.size()) {
                return null;
            }
            int k = j;
            String trigger = W.value("TRIGGER", seq.word(k));
            if (trigger != null) {
                k++;
                context = true;
            }
            // A weekday, alone or before a date: «السبت 5 أيلول 2015», «الجمعة المقبلة».
            int weekday = 0;
            int afterWeekday = k;
            String wv = W.value("WEEKDAY", seq.word(k));
            if (wv != null) {
                boolean ambiguous = wv.endsWith("?");
                weekday = Integer.parseInt(ambiguous ? wv.substring(0, wv.length() - 1) : wv);
                afterWeekday = k + 1;
                if (ambiguous && !context && !isDir(afterWeekday) && !startsDate(afterWeekday)
                        && !startsDate(afterWeekday + 1)) {
                    weekday = 0;
                }
            }
            if (weekday > 0) {
                int d = afterWeekday;
                if (seq.is(d, "\u060C") || seq.is(d, ",")) {
                    d++;
                }
                Cand full = calendarDate(d, true);
                if (full != null) {
                    full.start = j;
                    return full;
                }
                return weekdayDate(j, afterWeekday, weekday);
            }
            Cand c = calendarDate(k, context);
            if (c != null) {
                c.start = j;
            }
            return c;
        }

        private boolean startsDate(int k) {
            return k < seq.size() && (seq.isNumber(k) || W.match("MONTH", seq, k) != null);
        }

        private boolean isDir(int k) {
            return W.value("DIR", seq.bare(k)) != null;
        }

        private Cand weekdayDate(int start, int end, int weekday) {
            int dir = 0;
            boolean explicitDir = false;
            String d = W.value("DIR", seq.bare(end));
            if (d != null) {
                dir = Integer.parseInt(d);
                explicitDir = true;
                end++;
            }
            Cand c = new Cand(start, end, null);
            c.day = true;
            if (ref == null) {
                c.missingRef = true;
                c.value = "XXXX-WXX-" + weekday;
                return c;
            }
            DayOfWeek dow = DayOfWeek.of(weekday);
            LocalDate date;
            if (explicitDir && dir > 0) {
                date = ref.with(TemporalAdjusters.next(dow));
            } else if (explicitDir && dir < 0) {
                date = ref.with(TemporalAdjusters.previous(dow));
            } else {
                // News reports past events: a bare weekday is the latest such day on or before publication.
                date = ref.with(TemporalAdjusters.previousOrSame(dow));
            }
            c.usedRef = true;
            c.value = weekDate(date);
            return c;
        }

        /** day month year, numeric d/m/y, month year, year. */
        private Cand calendarDate(int k, boolean context) {
            int n = seq.size();
            if (k >= n) {
                return null;
            }
            Cand numeric = numericDate(k);
            if (numeric != null) {
                return numeric;
            }
            int day = -1;
            int dayEnd = -1;
            int monthAt = k;
            if (isDay(k)) {
                if (W.match("MONTH", seq, k + 1) != null) {
                    day = (int) seq.number(k);
                    monthAt = k + 1;
                } else if (isRangeTo(k + 1) && isDay(k + 2) && W.match("MONTH", seq, k + 3) != null) {
                    day = (int) seq.number(k);
                    dayEnd = (int) seq.number(k + 2);
                    monthAt = k + 3;
                }
            } else {
                // «الأول من تشرين الثاني», «الحادي والعشرين من مارس»: the day as an ordinal.
                WordList.Entry ordinal = Q.match("ORD", seq, k);
                if (ordinal != null) {
                    int of = k + ordinal.words().length;
                    int value = (int) Double.parseDouble(ordinal.value());
                    if (value <= 31 && seq.is(of, "\u0645\u0646") && W.match("MONTH", seq, of + 1) != null) {
                        day = value;
                        monthAt = of + 1;
                    }
                }
            }
            Month month = month(monthAt);
            if (month != null) {
                int e = month.end();
                // «تشرين الثاني (27/11/1946)»: a numeric date in brackets restates the month.
                if (seq.is(e, "(")) {
                    Cand inner = numericDate(e);
                    if (inner != null) {
                        inner.start = k;
                        return inner;
                    }
                }
                int ye = e;
                if (seq.is(ye, "\u060C") || seq.is(ye, ",")) {
                    ye++;
                }
                Year year = year(ye);
                boolean hijri = month.hijri() || (year != null && year.era() == 'H');
                if (year != null && (year.era() != 0 || year.digits() >= 3)) {
                    e = year.end();
                } else {
                    year = null;
                }
                // «يناير المقبل», «مارس الماضي»: the next or last such month (and day) from the publication date.
                int direction = 0;
                if (year == null && !hijri) {
                    String dir = W.value("DIR", seq.bare(e));
                    if (dir != null && !"0".equals(dir)) {
                        direction = Integer.parseInt(dir);
                        e++;
                    }
                }
                if (day < 0 && year == null && direction == 0) {
                    boolean paired = month.end() - monthAt > 1 && !month.hijri();
                    boolean glued = seq.prefix(monthAt) > 0 && seq.norm(monthAt).charAt(0) != '\u0648';
                    // «باب» is a door and «كأب» «as a father»: an ambiguous name with «ب», «ل», «ك» is no month.
                    if ((month.ambiguous() || month.hijri()) && (glued || !context && !paired && !after(monthAt))) {
                        return null;
                    }
                }
                Cand c = new Cand(k, e, null);
                if (hijri) {
                    c.value = hijriValue(year == null ? -1 : year.year(), month.month(), day, c);
                } else if (direction != 0 && ref != null) {
                    c.value = gregorianValue(directedYear(month.month(), day, direction), month.month(), day, c);
                    c.usedRef = true;
                } else {
                    c.value = gregorianValue(year == null ? -1 : year.year(), month.month(), day, c);
                }
                if (c.value == null) {
                    return null;
                }
                if (dayEnd > 0) {
                    Cand to = new Cand(k, e, null);
                    String second = hijri ? hijriValue(year == null ? -1 : year.year(), month.month(), dayEnd, to)
                            : gregorianValue(year == null ? -1 : year.year(), month.month(), dayEnd, to);
                    if (second == null) {
                        return null;
                    }
                    c.value = c.value + "/" + second;
                    c.type = TimeType.DURATION;
                } else {
                    c.day = day > 0;
                }
                return c;
            }
            Year year = year(k);
            if (year == null) {
                return null;
            }
            boolean bare = year.era() == 0 && !context;
            if (bare && (year.digits() != 4 || year.year() < 1800 || year.year() > 2100 || quantityAt(year.end()))) {
                return null;
            }
            if (!bare && year.era() == 0 && year.year() < 100) {
                return null;
            }
            Cand c = new Cand(k, year.end(), null);
            c.value = year.era() == 'H' ? hijriValue(year.year(), -1, -1, c) : String.format("%04d", year.year());
            return c.value == null ? null : c;
        }

        /**
         * The year of the next ({@code direction} 1) or last (-1) such month, or such day of it, seen from the
         * publication date: «يناير المقبل» published in September 2015 is January 2016.
         */
        private int directedYear(int month, int day, int direction) {
            int year = ref.getYear();
            int order = Integer.compare(month, ref.getMonthValue());
            if (order == 0 && day > 0) {
                order = Integer.compare(day, ref.getDayOfMonth());
            }
            if (direction > 0 && order <= 0) {
                return year + 1;
            }
            return direction < 0 && order >= 0 ? year - 1 : year;
        }

        /** A month name right after «في», «منذ», «حتى» or «خلال». */
        private boolean after(int k) {
            return k > 0 && (seq.is(k - 1, "\u0641\u064A") || seq.is(k - 1, "\u0645\u0646\u0630")
                    || seq.is(k - 1, "\u062D\u062A\u064A") || seq.is(k - 1, "\u062E\u0644\u0627\u0644"));
        }

        private boolean isDay(int k) {
            int digits = seq.integerDigits(k);
            return (digits == 1 || digits == 2) && seq.number(k) >= 1 && seq.number(k) <= 31;
        }

        private boolean isRangeTo(int k) {
            return k < seq.size() && (W.value("RANGETO", seq.bare(k)) != null || seq.is(k, "-"));
        }

        /** «29/12/2011», «(29 / 12 / 2011)», «24-8-1993». */
        private Cand numericDate(int k) {
            int j = k;
            boolean paren = seq.is(j, "(");
            if (paren) {
                j++;
            }
            if (!isDay(j) || !(seq.is(j + 1, "/") || seq.is(j + 1, "-")) || seq.integerDigits(j + 2) < 1
                    || seq.integerDigits(j + 2) > 2 || !seq.is(j + 3, seq.norm(j + 1))
                    || seq.integerDigits(j + 4) != 4) {
                return null;
            }
            int d = (int) seq.number(j);
            int m = (int) seq.number(j + 2);
            int y = (int) seq.number(j + 4);
            int e = j + 5;
            if (paren) {
                if (!seq.is(e, ")")) {
                    return null;
                }
                e++;
            }
            char era = 0;
            String ev = W.value("ERA", seq.bare(e));
            if (ev != null) {
                era = ev.charAt(0);
                e++;
            }
            Cand c = new Cand(k, e, null);
            c.value = era == 'H' ? hijriValue(y, m, d, c) : gregorianValue(y, m, d, c);
            c.day = true;
            return c.value == null ? null : c;
        }

        private Month month(int k) {
            WordList.Entry e = W.match("MONTH", seq, k);
            if (e == null) {
                return null;
            }
            String v = e.value();
            boolean ambiguous = v.endsWith("?");
            boolean hijri = v.charAt(0) == 'H';
            int number = Integer.parseInt(v.substring(1, ambiguous ? v.length() - 1 : v.length()));
            int end = k + e.words().length;
            // Paired forms: «حزيران (يونيو)», «آذار/مارس», «مايو / أيار», «أيلول - سبتمبر».
            if (!hijri) {
                if (seq.is(end, "(")) {
                    WordList.Entry second = W.match("MONTH", seq, end + 1);
                    int close = second == null ? -1 : end + 1 + second.words().length;
                    if (second != null && sameGregorian(second.value(), number) && seq.is(close, ")")) {
                        return new Month(close + 1, number, false, false);
                    }
                } else if (seq.is(end, "/") || seq.is(end, "-")) {
                    WordList.Entry second = W.match("MONTH", seq, end + 1);
                    if (second != null && sameGregorian(second.value(), number)) {
                        return new Month(end + 1 + second.words().length, number, false, false);
                    }
                }
            }
            return new Month(end, number, hijri, ambiguous);
        }

        private static boolean sameGregorian(String value, int number) {
            if (value.charAt(0) != 'G') {
                return false;
            }
            String digits = value.endsWith("?") ? value.substring(1, value.length() - 1) : value.substring(1);
            return Integer.parseInt(digits) == number;
        }

        /** «2012», «(1942)», «1436 هـ», «1907 ميلادي». */
        private Year year(int k) {
            int j = k;
            boolean paren = seq.is(j, "(");
            if (paren) {
                j++;
            }
            int digits = seq.integerDigits(j);
            if (digits < 3 || digits > 4) {
                return null;
            }
            int y = (int) seq.number(j);
            j++;
            if (paren) {
                if (!seq.is(j, ")")) {
                    return null;
                }
                j++;
            }
            char era = 0;
            String ev = W.value("ERA", seq.bare(j));
            if (ev != null) {
                era = ev.charAt(0);
                j++;
            }
            return new Year(j, y, era, digits);
        }

        /** Something counted follows: «2000 شخص», «1500 دولار», «2015 %». */
        private boolean quantityAt(int k) {
            if (k >= seq.size()) {
                return false;
            }
            String w = seq.word(k);
            if (seq.is(k, "%")) {
                return true;
            }
            return w != null && (Q.value("NOUN", w) != null || Q.value("MEASURE", w) != null
                    || Q.value("CUR", w) != null || Q.value("SCALE", w) != null || Q.value("SCALEPLURAL", w) != null
                    || Q.match("PERCENT", seq, k) != null || W.value("UNIT", w) != null);
        }

        // ------------------------------------------------------------- relative

        private Cand relative(int j) {
            if (j >= seq.size()) {
                return null;
            }
            int k = j;
            if ("DATE".equals(W.value("TRIGGER", seq.word(k))) && W.match("DAYREL", seq, k + 1) != null) {
                k++; // «يوم أمس»
            }
            WordList.Entry dayrel = W.match("DAYREL", seq, k);
            if (dayrel != null) {
                int e = k + dayrel.words().length;
                if (isDir(e)) {
                    return null; // «اليوم التالي» counts from an event, not from publication
                }
                if (e < seq.size() && W.value("WEEKDAY", seq.bare(e)) != null) {
                    e++; // «اليوم الاثنين», «أمس الأحد»: the weekday restates the day
                }
                Cand c = new Cand(j, e, null);
                c.day = true;
                c.value = offset(Integer.parseInt(dayrel.value()), 'D', c);
                return c;
            }
            // «هذا العام», «هذه السنة»
            if (W.value("THIS", seq.bare(k)) != null) {
                String unit = W.value("RUNIT", seq.bare(k + 1));
                if (unit != null) {
                    Cand c = new Cand(j, k + 2, null);
                    c.value = offset(0, unit.charAt(0), c);
                    return c;
                }
            }
            // «العام الماضي», «الشهر الجاري», «الأسبوع المقبل»
            String unit = W.value("RUNIT", seq.word(k));
            if (unit != null) {
                String dir = W.value("DIR", seq.bare(k + 1));
                int e = k + 2;
                if (dir == null && W.value("THIS", seq.bare(k + 1)) != null) {
                    dir = "0"; // «العام هذا» is rare but harmless
                }
                if (dir != null) {
                    Cand c = new Cand(j, e, null);
                    c.value = offset(Integer.parseInt(dir), unit.charAt(0), c);
                    return c;
                }
                return null;
            }
            // «قبل ثلاثة أيام», «منذ عامين», «بعد أسبوع», «منذ سنوات»
            String prep = W.value("RELPREP", seq.word(k));
            if (prep != null) {
                int sign = Integer.parseInt(prep);
                int u = k + 1;
                double count = Double.NaN;
                NumberReader.Found f = NUMBERS.read(seq, u);
                if (f != null) {
                    if (!f.exact()) {
                        return null;
                    }
                    count = f.value();
                    u = f.end();
                }
                String uv = W.value("UNIT", seq.bare(u));
                if (uv == null) {
                    return null;
                }
                int implied = uv.charAt(1) - '0';
                if (Double.isNaN(count) && seq.isNumber(u + 1)) {
                    return null; // «منذ عام 2014»: the unit word introduces a year
                }
                if (Double.isNaN(count)) {
                    if (implied == 0) {
                        Cand c = new Cand(j, u + 1, sign < 0 ? "PAST_REF" : "FUTURE_REF");
                        return c;
                    }
                    count = implied;
                } else if (implied == 2) {
                    return null;
                }
                if (count != Math.rint(count) || count > 10000) {
                    return null;
                }
                Cand c = new Cand(j, u + 1, null);
                c.value = offset(sign * (int) count, uv.charAt(0), c);
                c.day = uv.charAt(0) == 'D';
                return c;
            }
            return null;
        }

        // ------------------------------------------------------------ durations

        private Cand duration(int i) {
            int k = i;
            WordList.Entry prep = W.match("DURPREP", seq, k);
            String mod = null;
            if (prep != null) {
                k += prep.words().length;
                String w = prep.words()[0];
                if (w.equals("\u0646\u062D\u0648") || w.equals("\u062D\u0648\u0627\u0644\u064A")) {
                    mod = "APPROX";
                }
            }
            // «الأيام الخمسة الماضية»
            String def = W.value("UNITDEF", seq.word(k));
            if (def != null) {
                int e = k + 1;
                String count = "X";
                NumberReader.Found f = NUMBERS.read(seq, e);
                if (f != null && f.exact() && f.words()) {
                    count = fmt(f.value());
                    e = f.end();
                }
                if (!isDir(e)) {
                    return null;
                }
                Cand c = new Cand(i, e + 1, period(count, def.charAt(0)));
                c.type = TimeType.DURATION;
                c.mod = mod;
                return c;
            }
            if (k > 0) {
                WordList.Entry ordinal = Q.match("ORD", seq, k - 1);
                if (ordinal != null && ordinal.words().length > 1) {
                    return null; // «الحادي عشر عام»: «عشر» ends an ordinal, it counts no years
                }
            }
            NumberReader.Found f = NUMBERS.read(seq, k);
            String count;
            int u;
            if (f != null) {
                count = f.exact() ? fmt(f.value()) : "X";
                u = f.end();
            } else if (prep != null) {
                count = null;
                u = k;
            } else {
                return null;
            }
            String uv = W.value("UNIT", seq.bare(u));
            if (uv == null) {
                return null;
            }
            int implied = uv.charAt(1) - '0';
            if (count == null && seq.isNumber(u + 1)) {
                return null; // «خلال عام 2014»: a year, not a duration
            }
            if (count == null) {
                count = implied == 0 ? "X" : String.valueOf(implied);
            } else if (implied == 2) {
                return null;
            }
            Cand c = new Cand(i, u + 1, period(count, uv.charAt(0)));
            c.type = TimeType.DURATION;
            c.mod = mod;
            return c;
        }

        private static String period(String count, char unit) {
            return switch (unit) {
                case 'H' -> "PT" + count + "H";
                case 'N' -> "PT" + count + "M";
                case 'S' -> "PT" + count + "S";
                case 'E' -> "P" + ("X".equals(count) ? "X" : fmt(Double.parseDouble(count) * 10)) + "Y";
                case 'C' -> "P" + ("X".equals(count) ? "X" : fmt(Double.parseDouble(count) * 100)) + "Y";
                default -> "P" + count + unit;
            };
        }

        private static String fmt(double v) {
            return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
        }

        // ----------------------------------------------------------------- sets

        private Cand set(int i) {
            String v = W.value("SET", seq.word(i));
            if (v != null) {
                Cand c = new Cand(i, i + 1, v);
                c.type = TimeType.SET;
                return c;
            }
            if (W.value("EVERY", seq.word(i)) != null) {
                int u = i + 1;
                String count = "1";
                NumberReader.Found f = NUMBERS.read(seq, u);
                if (f != null && f.exact()) {
                    count = fmt(f.value());
                    u = f.end();
                }
                String uv = W.value("UNIT", seq.bare(u));
                if (uv == null || (f == null && uv.charAt(1) != '1')) {
                    return null;
                }
                Cand c = new Cand(i, u + 1, period(count, uv.charAt(0)));
                c.type = TimeType.SET;
                return c;
            }
            return null;
        }

        // ---------------------------------------------------------------- clock

        /** «الساعة 22،15 بتوقيت غرينتش», «الساعة العاشرة والنصف صباحا», «10:30 مساء». */
        private Cand clock(int i) {
            int k = i;
            boolean hourWord = W.value("HOUR", seq.word(k)) != null;
            if (hourWord) {
                k++;
            }
            int hour;
            int minute = 0;
            boolean explicitMinutes = false;
            if (seq.isNumber(k)) {
                String s = seq.norm(k);
                int sep = firstSeparator(s);
                if (sep > 0) {
                    if (s.length() - sep - 1 != 2) {
                        return null;
                    }
                    hour = parse(s, 0, sep);
                    minute = parse(s, sep + 1, s.length());
                    explicitMinutes = true;
                } else {
                    if (seq.integerDigits(k) > 2) {
                        return null;
                    }
                    hour = (int) seq.number(k);
                    if (seq.is(k + 1, ":") && seq.integerDigits(k + 2) == 2) {
                        minute = (int) seq.number(k + 2);
                        explicitMinutes = true;
                        k += 2;
                    }
                }
                k++;
            } else if (hourWord) {
                WordList.Entry hw = W.match("HOURWORD", seq, k);
                if (hw == null) {
                    return null;
                }
                hour = Integer.parseInt(hw.value());
                k += hw.words().length;
            } else {
                return null;
            }
            WordList.Entry fraction = W.match("CLOCKFRACTION", seq, k);
            if (fraction != null) {
                minute += Integer.parseInt(fraction.value());
                k += fraction.words().length;
            } else if (seq.is(k, "\u0627\u0644\u0627") && seq.norm(k + 1).startsWith("\u0631\u0628\u0639")) {
                hour -= 1; // «الا ربعا»
                minute = 45;
                k += 2;
            } else if (k < seq.size() && seq.prefix(k) == 1 && seq.norm(k).charAt(0) == '\u0648') {
                NumberReader.Found f = NUMBERS.read(seq, k);
                if (f != null && f.exact() && "N".equals(unitCode(f.end()))) {
                    minute += (int) f.value();
                    k = f.end() + 1;
                }
            }
            WordList.Entry part = W.match("PART", seq, k);
            if (part != null && seq.prefix(k) == 0) {
                String p = part.value();
                if ((p.equals("EV") || p.equals("AF")) && hour < 12
                        || p.equals("NI") && hour >= 6 && hour < 12 || p.equals("MI") && hour < 4) {
                    hour += 12;
                }
                k += part.words().length;
            }
            if (!hourWord && !explicitMinutes) {
                return null;
            }
            if (!hourWord && part == null && !seq.is(k - 2, ":")) {
                return null;
            }
            String zone = "";
            WordList.Entry z = W.match("ZONE", seq, k);
            if (z != null) {
                zone = z.value().equals("Z") ? "Z" : "";
                k += z.words().length;
            }
            if (hour < 0 || hour > 24 || minute < 0 || minute > 59) {
                return null;
            }
            Cand c = new Cand(i, k, String.format("T%02d:%02d", hour, minute) + zone);
            c.type = TimeType.TIME;
            return c;
        }

        private String unitCode(int k) {
            String uv = W.value("UNIT", seq.bare(k));
            return uv == null ? null : uv.substring(0, 1);
        }

        private static int firstSeparator(String s) {
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (c < '0' || c > '9') {
                    return i;
                }
            }
            return -1;
        }

        private static int parse(String s, int from, int to) {
            int v = 0;
            for (int i = from; i < to; i++) {
                v = v * 10 + (s.charAt(i) - '0');
            }
            return v;
        }

        // ---------------------------------------------------------- resolution

        private String gregorianValue(int year, int month, int day, Cand c) {
            if (month < 1 || month > 12 || day > 31) {
                return null; // «12/40/2015» is no date
            }
            if (year < 0) {
                if (ref == null) {
                    c.missingRef = true;
                    return day > 0 ? String.format("XXXX-%02d-%02d", month, day) : String.format("XXXX-%02d", month);
                }
                year = ref.getYear();
                c.usedRef = true;
            }
            if (day > 0) {
                if (day > YearMonth.of(year, month).lengthOfMonth()) {
                    return null;
                }
                return LocalDate.of(year, month, day).toString();
            }
            return String.format("%04d-%02d", year, month);
        }

        /** Hijri dates become Gregorian ones; a Hijri month or year becomes the interval of days it spans. */
        private String hijriValue(int year, int month, int day, Cand c) {
            if (month == 0 || month > 12 || day > 30) {
                return null;
            }
            if (year < 0) {
                if (ref == null) {
                    c.missingRef = true;
                    return day > 0 ? String.format("AH-XXXX-%02d-%02d", month, day)
                            : String.format("AH-XXXX-%02d", month);
                }
                year = HijrahDate.from(ref).get(ChronoField.YEAR);
                c.usedRef = true;
            }
            try {
                if (month < 0) {
                    HijrahDate first = HijrahDate.of(year, 1, 1);
                    HijrahDate last = first.with(ChronoField.DAY_OF_YEAR, first.lengthOfYear());
                    return LocalDate.from(first) + "/" + LocalDate.from(last);
                }
                if (day < 0) {
                    HijrahDate first = HijrahDate.of(year, month, 1);
                    HijrahDate last = first.with(ChronoField.DAY_OF_MONTH, first.lengthOfMonth());
                    return LocalDate.from(first) + "/" + LocalDate.from(last);
                }
                return LocalDate.from(HijrahDate.of(year, month, day)).toString();
            } catch (DateTimeException e) {
                // Outside the Umm al-Qura table (1300–1600 AH) the date stays in the Hijri calendar.
                if (month < 0) {
                    return String.format("AH-%04d", year);
                }
                return day > 0 ? String.format("AH-%04d-%02d-%02d", year, month, day)
                        : String.format("AH-%04d-%02d", year, month);
            }
        }

        /** The period {@code amount} units from the publication date, at that unit's granularity. */
        private String offset(int amount, char unit, Cand c) {
            if (ref == null) {
                c.missingRef = true;
                String p = period(Integer.toString(Math.abs(amount)), unit);
                return amount == 0 && unit == 'D' ? "REF" : "REF" + (amount < 0 ? "-" : "+") + p;
            }
            c.usedRef = true;
            return switch (unit) {
                case 'Y' -> String.format("%04d", ref.getYear() + amount);
                case 'E' -> String.format("%04d", ref.getYear() + 10 * amount);
                case 'C' -> String.format("%04d", ref.getYear() + 100 * amount);
                case 'M' -> YearMonth.from(ref).plusMonths(amount).toString();
                case 'W' -> weekOnly(ref.plusWeeks(amount));
                default -> ref.plusDays(unit == 'D' ? amount : 0).toString();
            };
        }

        private static String weekDate(LocalDate d) {
            return weekOnly(d) + "-" + d.getDayOfWeek().getValue();
        }

        private static String weekOnly(LocalDate d) {
            return String.format("%04d-W%02d", d.get(IsoFields.WEEK_BASED_YEAR), d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
        }

        // ---------------------------------------------------------------- merges

        /** «السبت الساعة العاشرة» and «مساء الجمعة» + clock: one TIME with the day's value and the clock's. */
        void mergeClockIntoDates(List<Cand> found) {
            for (int x = 0; x + 1 < found.size(); x++) {
                Cand a = found.get(x);
                Cand b = found.get(x + 1);
                int gap = b.start - a.end;
                boolean joined = gap == 0 || gap == 1 && (seq.is(a.end, "\u060C") || seq.is(a.end, "\u0641\u064A"));
                if (!joined) {
                    continue;
                }
                Cand day = a.day ? a : b.day ? b : null;
                Cand clock = a.type == TimeType.TIME && a.value.startsWith("T") ? a
                        : b.type == TimeType.TIME && b.value.startsWith("T") ? b : null;
                if (day == null || clock == null || day == clock) {
                    continue;
                }
                String dayValue = day.value;
                int t = dayValue.indexOf('T');
                if (t >= 0) {
                    dayValue = dayValue.substring(0, t);
                }
                Cand merged = new Cand(a.start, b.end, dayValue + clock.value);
                merged.type = TimeType.TIME;
                merged.usedRef = day.usedRef;
                merged.missingRef = day.missingRef;
                merged.mod = day.mod;
                found.set(x, merged);
                found.remove(x + 1);
            }
        }

        /** «من 2011 إلى 2013», «بين 2011 و2013», «2011-2013»: one DURATION with an ISO interval. */
        void mergeRanges(List<Cand> found) {
            for (int x = 0; x + 1 < found.size(); x++) {
                Cand a = found.get(x);
                Cand b = found.get(x + 1);
                if (a.type != TimeType.DATE || b.type != TimeType.DATE || b.start - a.end != 1
                        || a.value.startsWith("P") || b.value.startsWith("P")) {
                    continue;
                }
                int between = a.end;
                boolean dash = seq.is(between, "-");
                boolean to = W.value("RANGETO", seq.bare(between)) != null;
                int from = a.start - 1;
                boolean opened = from >= 0 && W.value("RANGEFROM", seq.word(from)) != null
                        && seq.prefix(from) <= 1;
                if (!(dash || to && opened)) {
                    continue;
                }
                int start = opened ? from : a.start;
                Cand merged = new Cand(start, b.end, a.value + "/" + b.value);
                merged.type = TimeType.DURATION;
                merged.usedRef = a.usedRef || b.usedRef;
                merged.missingRef = a.missingRef || b.missingRef;
                found.set(x, merged);
                found.remove(x + 1);
            }
        }
    }
}
