package naba.ner;

import java.util.ArrayList;
import java.util.List;
import naba.text.EntityType;

/**
 * Turns entity spans into one label per token and back. {@link #BIO} (IOB2) is what the corpora use; {@link #BIOES}
 * also marks the last token ({@code E-}) and single-token entities ({@code S-}), which a first-order tagger learns
 * better. «قال جون كيري»: BIO gives {@code O B-PERS I-PERS}, BIOES gives {@code O B-PERS E-PERS}.
 *
 * <p>Decoding is lenient, as evaluation scripts are: an {@code I-} after {@code O} or after another type starts a new
 * entity, so a model's ill-formed output still yields well-formed spans.
 */
public enum LabelCodec {
    BIO("BI"),
    BIOES("BIES");

    public static final String OUTSIDE = "O";
    private static final EntityType[] TYPES = EntityType.values();

    private final String prefixes;
    private final String[] labels;

    LabelCodec(String prefixes) {
        this.prefixes = prefixes;
        List<String> all = new ArrayList<>();
        all.add(OUTSIDE);
        for (EntityType type : EntityType.values()) {
            for (char p : prefixes.toCharArray()) {
                all.add(p + "-" + type.name());
            }
        }
        this.labels = all.toArray(new String[0]);
    }

    /** Every label, {@code O} first, then per type in the order of {@link EntityType}. */
    public List<String> labels() {
        return List.of(labels);
    }

    public int size() {
        return labels.length;
    }

    public String label(int index) {
        return labels[index];
    }

    /** The index of {@code label}, or -1 when this codec has no such label. */
    public int indexOf(String label) {
        for (int i = 0; i < labels.length; i++) {
            if (labels[i].equals(label)) {
                return i;
            }
        }
        return -1;
    }

    /** The prefix letter of label {@code index}: {@code O}, {@code B}, {@code I}, {@code E} or {@code S}. */
    public char prefix(int index) {
        return index == 0 ? 'O' : prefixes.charAt((index - 1) % prefixes.length());
    }

    /** The type of label {@code index}, or null for {@code O}. */
    public EntityType type(int index) {
        return index == 0 ? null : TYPES[(index - 1) / prefixes.length()];
    }

    private int index(char prefix, EntityType type) {
        return 1 + type.ordinal() * prefixes.length() + prefixes.indexOf(prefix);
    }

    /** Label indexes for a sentence of {@code n} tokens with the given non-overlapping spans. */
    public int[] encode(int n, List<TokenSpan> spans) {
        int[] out = new int[n];
        for (TokenSpan s : spans) {
            if (s.end() > n) {
                throw new IllegalArgumentException("span " + s + " beyond sentence of " + n + " tokens");
            }
            for (int i = s.start(); i < s.end(); i++) {
                if (out[i] != 0) {
                    throw new IllegalArgumentException("overlapping spans at token " + i);
                }
                char p;
                if (this == BIO) {
                    p = i == s.start() ? 'B' : 'I';
                } else if (s.end() - s.start() == 1) {
                    p = 'S';
                } else {
                    p = i == s.start() ? 'B' : i == s.end() - 1 ? 'E' : 'I';
                }
                out[i] = index(p, s.type());
            }
        }
        return out;
    }

    /** Label strings for a sentence of {@code n} tokens with the given spans. */
    public String[] encodeLabels(int n, List<TokenSpan> spans) {
        int[] ids = encode(n, spans);
        String[] out = new String[n];
        for (int i = 0; i < n; i++) {
            out[i] = labels[ids[i]];
        }
        return out;
    }

    /** Spans from label strings; unknown labels are an error naming the token. */
    public List<TokenSpan> decode(String[] tags) {
        int[] ids = new int[tags.length];
        for (int i = 0; i < tags.length; i++) {
            ids[i] = indexOf(tags[i]);
            if (ids[i] < 0) {
                throw new IllegalArgumentException("token " + (i + 1) + ": unknown tag '" + tags[i] + "' for "
                        + name() + "; expected one of " + labels());
            }
        }
        return decode(ids, null);
    }

    /**
     * Spans from label indexes. With {@code scores} (one per token), a span's score is the lowest of its tokens'.
     */
    public List<TokenSpan> decode(int[] ids, float[] scores) {
        List<TokenSpan> spans = new ArrayList<>();
        int start = -1;
        EntityType type = null;
        for (int i = 0; i <= ids.length; i++) {
            char p = i < ids.length ? prefix(ids[i]) : 'O';
            EntityType t = i < ids.length ? type(ids[i]) : null;
            boolean continues = start >= 0 && t == type && (p == 'I' || p == 'E');
            if (!continues && start >= 0) {
                spans.add(span(start, i, type, scores));
                start = -1;
            }
            if (p != 'O' && !continues) {
                start = i;
                type = t;
            }
            if (start >= 0 && (p == 'E' || p == 'S')) {
                spans.add(span(start, i + 1, type, scores));
                start = -1;
            }
        }
        return spans;
    }

    private static TokenSpan span(int start, int end, EntityType type, float[] scores) {
        float score = 1f;
        if (scores != null) {
            for (int i = start; i < end; i++) {
                score = Math.min(score, scores[i]);
            }
        }
        return new TokenSpan(start, end, type, score);
    }

    /** True when label {@code next} may follow label {@code previous} ({@code -1} = sentence start). */
    public boolean allowed(int previous, int next) {
        char pn = prefix(next);
        char pp = previous < 0 ? 'O' : prefix(previous);
        boolean open = pp == 'B' || pp == 'I';
        boolean inside = pn == 'I' || pn == 'E';
        if (this == BIOES) {
            if (open) {
                return inside && type(next) == type(previous);
            }
            return !inside;
        }
        return !inside || (open && type(next) == type(previous));
    }

    /** True when label {@code last} may end a sentence. */
    public boolean allowedLast(int last) {
        char p = prefix(last);
        return this == BIO || !(p == 'B' || p == 'I');
    }
}
