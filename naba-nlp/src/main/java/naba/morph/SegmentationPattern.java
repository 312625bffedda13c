package naba.morph;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * How one token splits into syntactic words, independent of the token itself: the proclitic forms, the enclitic
 * forms, and an edit that turns the stem's surface into its PADT form. «للحكومة» has the pattern
 * {@code ل||S:>ا}: proclitic {@code ل}, no enclitic, and an {@code ا} restored at the start of the stem
 * («لحكومة» → «الحكومة»); «حكومته» has {@code |ه|E:ت>ة} (stem «حكومت» → «حكومة»).
 *
 * <p>Proclitics cover their own characters at the start of the token, enclitics theirs at the end, the stem the
 * rest (at least one character). Patterns are learned from PADT and applied to unseen tokens of the same shape.
 *
 * @param proclitics forms of the words before the stem, in order
 * @param enclitics  forms of the words after the stem, in order
 * @param editAt     where the stem edit applies: 0 at the start, -1 at the end, k &gt; 0 after k characters
 * @param strip      the stem characters the edit replaces ({@code ""} for none)
 * @param add        what replaces them
 */
public record SegmentationPattern(List<String> proclitics, List<String> enclitics, int editAt, String strip,
        String add) {
    /** The pattern of a token that is one word, unchanged. */
    public static final SegmentationPattern NONE = new SegmentationPattern(List.of(), List.of(), 0, "", "");

    public SegmentationPattern {
        proclitics = List.copyOf(proclitics);
        enclitics = List.copyOf(enclitics);
    }

    /** True when the token is a single word with its own surface as form. */
    public boolean isNone() {
        return proclitics.isEmpty() && enclitics.isEmpty() && strip.isEmpty() && add.isEmpty();
    }

    /** Number of words this pattern produces. */
    public int wordCount() {
        return proclitics.size() + 1 + enclitics.size();
    }

    /**
     * The pattern that turns {@code surface} into the words {@code forms} (the stem is the longest word that is
     * not a pronoun), or {@code null} when the forms do not line up with the surface.
     */
    public static SegmentationPattern derive(String surface, List<String> forms, List<String> upos) {
        if (forms.size() == 1) {
            return edit(surface, forms.get(0), List.of(), List.of());
        }
        int stem = -1;
        for (int i = 0; i < forms.size(); i++) {
            boolean pron = upos != null && "PRON".equals(upos.get(i));
            if (!pron && (stem < 0 || forms.get(i).length() > forms.get(stem).length())) {
                stem = i;
            }
        }
        if (stem < 0) {
            stem = 0;
        }
        String pre = String.join("", forms.subList(0, stem));
        String post = String.join("", forms.subList(stem + 1, forms.size()));
        if (!surface.startsWith(pre) || !surface.endsWith(post) || pre.length() + post.length() >= surface.length()) {
            return null;
        }
        String stemSurface = surface.substring(pre.length(), surface.length() - post.length());
        return edit(stemSurface, forms.get(stem), forms.subList(0, stem), forms.subList(stem + 1, forms.size()));
    }

    private static SegmentationPattern edit(String s, String f, List<String> pro, List<String> enc) {
        int ls = s.length();
        int lf = f.length();
        int j = 0;
        while (j < Math.min(ls, lf) && s.charAt(ls - 1 - j) == f.charAt(lf - 1 - j)) {
            j++;
        }
        int i = 0;
        while (i < Math.min(ls, lf) - j && s.charAt(i) == f.charAt(i)) {
            i++;
        }
        String strip = s.substring(i, ls - j);
        String add = f.substring(i, lf - j);
        int at;
        if ((strip.isEmpty() && add.isEmpty()) || i == 0) {
            at = 0;
        } else if (j == 0) {
            at = -1;
        } else {
            at = i;
        }
        return new SegmentationPattern(pro, enc, at, strip, add);
    }

    /** True when this pattern can split {@code surface}: clitics and stripped characters are where it expects. */
    public boolean appliesTo(String surface) {
        int from = 0;
        for (String p : proclitics) {
            if (!surface.startsWith(p, from)) {
                return false;
            }
            from += p.length();
        }
        int to = surface.length();
        for (int k = enclitics.size() - 1; k >= 0; k--) {
            String e = enclitics.get(k);
            to -= e.length();
            if (to < from || !surface.startsWith(e, to)) {
                return false;
            }
        }
        if (to - from < 1) {
            return false;
        }
        if (strip.isEmpty() && add.isEmpty()) {
            return true;
        }
        int pos = editPosition(from, to);
        return pos >= from && pos + strip.length() <= to && surface.startsWith(strip, pos);
    }

    private int editPosition(int from, int to) {
        if (editAt == 0) {
            return from;
        }
        if (editAt < 0) {
            return to - strip.length();
        }
        return from + editAt;
    }

    /**
     * Splits {@code surface} (for which {@link #appliesTo} holds) into words; each word's span is relative to the
     * token start.
     */
    public List<SegmentedWord> apply(String surface) {
        List<SegmentedWord> out = new ArrayList<>(wordCount());
        int from = 0;
        for (String p : proclitics) {
            out.add(new SegmentedWord(p, from, from + p.length()));
            from += p.length();
        }
        int to = surface.length();
        for (String e : enclitics) {
            to -= e.length();
        }
        String stem;
        if (strip.isEmpty() && add.isEmpty()) {
            stem = surface.substring(from, to);
        } else {
            int pos = editPosition(from, to);
            stem = surface.substring(from, pos) + add + surface.substring(pos + strip.length(), to);
        }
        out.add(new SegmentedWord(stem, from, to));
        int at = to;
        for (String e : enclitics) {
            out.add(new SegmentedWord(e, at, at + e.length()));
            at += e.length();
        }
        return out;
    }

    /** A compact label string: {@code ل||S:>ا}, {@code |ه|E:ت>ة}, {@code و+ب||}. */
    public String encode() {
        String edit = strip.isEmpty() && add.isEmpty() ? ""
                : (editAt == 0 ? "S" : editAt < 0 ? "E" : "M" + editAt) + ":" + strip + ">" + add;
        return String.join("+", proclitics) + "|" + String.join("+", enclitics) + "|" + edit;
    }

    /** Parses {@link #encode()}'s output. */
    public static SegmentationPattern decode(String label) {
        String[] parts = label.split("\\|", -1);
        if (parts.length != 3) {
            throw new IllegalArgumentException("bad segmentation pattern '" + label + "'");
        }
        List<String> pro = parts[0].isEmpty() ? List.of() : Arrays.asList(parts[0].split("\\+"));
        List<String> enc = parts[1].isEmpty() ? List.of() : Arrays.asList(parts[1].split("\\+"));
        if (parts[2].isEmpty()) {
            return new SegmentationPattern(pro, enc, 0, "", "");
        }
        String e = parts[2];
        int colon = e.indexOf(':');
        int gt = e.indexOf('>', colon);
        if (colon < 1 || gt < 0) {
            throw new IllegalArgumentException("bad segmentation edit '" + e + "'");
        }
        String where = e.substring(0, colon);
        int at = where.equals("S") ? 0 : where.equals("E") ? -1 : Integer.parseInt(where.substring(1));
        return new SegmentationPattern(pro, enc, at, e.substring(colon + 1, gt), e.substring(gt + 1));
    }

    /**
     * One word of a split token.
     *
     * @param form  PADT form («الحكومة»)
     * @param start start offset relative to the token
     * @param end   end offset relative to the token
     */
    public record SegmentedWord(String form, int start, int end) {
    }
}
