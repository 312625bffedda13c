package naba.morph;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import naba.corpus.NewsTexts;
import naba.text.InputException;
import naba.text.Token;
import naba.text.TokenType;
import naba.tokenize.ArabicTokenizer;

/**
 * What unlabeled news says about a word form, as one small code per form: how frequent it is and how often it
 * takes the article «ال». Names rarely do («كاميرون» almost never appears as «الكاميرون»), common nouns and
 * adjectives often do («حكومة» / «الحكومة»), which is what separates PADT's {@code X} from {@code NOUN} and
 * {@code ADJ} for words the tagger never saw. Codes live in a hashed byte table (collisions only add noise).
 */
final class CorpusStatistics {
    static final int BITS = 20;
    private static final char ALEF = '\u0627';
    private static final char LAM = '\u0644';

    /** Bits of {@link #names}: the form is a person name, a place, an organization in the gazetteers. */
    static final int PERSON = 1;
    static final int PLACE = 2;
    static final int ORGANIZATION = 4;
    static final int NAME_BITS = 18;

    private final byte[] table;
    private final byte[] logCounts;
    private final byte[] names;

    /**
     * @param table     news codes per hashed form
     * @param logCounts per hashed form: a fingerprint byte of the form (even index) and its log count (odd index),
     *                  so that a colliding form reads as unseen instead of inheriting another form's count
     * @param names     gazetteer bits per hashed, folded form
     */
    CorpusStatistics(byte[] table, byte[] logCounts, byte[] names) {
        if ((table.length != 0 && table.length != 1 << BITS) || logCounts.length != 2 * table.length) {
            throw new IllegalArgumentException("corpus statistics tables must both have 0 or 2^" + BITS + " entries");
        }
        if (names.length != 0 && names.length != 1 << NAME_BITS) {
            throw new IllegalArgumentException("name table must have 0 or 2^" + NAME_BITS + " entries");
        }
        this.table = table;
        this.logCounts = logCounts;
        this.names = names;
    }

    static CorpusStatistics empty() {
        return new CorpusStatistics(new byte[0], new byte[0], new byte[0]);
    }

    /** These statistics with the gazetteer table {@code names}. */
    CorpusStatistics withNames(byte[] nameTable) {
        return new CorpusStatistics(table, logCounts, nameTable);
    }

    byte[] names() {
        return names;
    }

    /** The gazetteer bits of a form (alef, yeh and teh marbuta variants folded), 0 when none. */
    int nameBits(String form) {
        return names.length == 0 ? 0 : names[nameSlot(form)];
    }

    private static int nameSlot(CharSequence s) {
        int h = 0x811c9dc5;
        for (int i = 0; i < s.length(); i++) {
            h = (h ^ fold(s.charAt(i))) * 0x01000193;
        }
        return (h * 0x9E3779B9) >>> (32 - NAME_BITS);
    }

    private static char fold(char c) {
        return switch (c) {
            case '\u0623', '\u0625', '\u0622', '\u0671' -> ALEF;
            case '\u0649' -> '\u064A';
            case '\u0629' -> '\u0647';
            default -> c;
        };
    }

    /**
     * The gazetteer table from the shared {@code gazetteers} folder: ANERGazet persons, locations, organizations,
     * the Arabic first and last names, and the Arabic country names. Every word of an entry gets the entry's bit.
     */
    static byte[] nameTable(Path gazetteers) {
        byte[] t = new byte[1 << NAME_BITS];
        addNames(t, gazetteers.resolve("anergazet/AlignedPersGazetteer.txt"), -1, PERSON);
        addNames(t, gazetteers.resolve("arabic-names/male-first--names-in-arabic.txt"), -1, PERSON);
        addNames(t, gazetteers.resolve("arabic-names/female-first-names-in-arabic.txt"), -1, PERSON);
        addNames(t, gazetteers.resolve("arabic-names/last-names-in-arabic.txt"), -1, PERSON);
        addNames(t, gazetteers.resolve("anergazet/AlignedLocGazetteer.txt"), -1, PLACE);
        addNames(t, gazetteers.resolve("countries-ar/countries_ar.tsv"), 4, PLACE);
        addNames(t, gazetteers.resolve("anergazet/AlignedOrgGazetteer.txt"), -1, ORGANIZATION);
        return t;
    }

    private static void addNames(byte[] t, Path file, int column, int bit) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new InputException(file + ": no such file; pass the shared gazetteers folder");
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": cannot read", e);
        }
        for (String line : lines) {
            String entry = line;
            if (column >= 0) {
                String[] cols = line.split("\t", -1);
                if (cols.length <= column) {
                    continue;
                }
                entry = cols[column];
            }
            if (entry.startsWith("====")) {
                continue;
            }
            for (String w : entry.strip().split("\\s+")) {
                if (w.length() >= 2 && MorphTrainer.hasArabicLetter(w)) {
                    t[nameSlot(w)] |= (byte) bit;
                }
            }
        }
    }

    byte[] table() {
        return table;
    }

    byte[] logCounts() {
        return logCounts;
    }

    /** 1 + floor(log2(count)) of the form in news text (0 when unseen or rarer than 2). */
    int logCount(String form) {
        if (table.length == 0) {
            return 0;
        }
        int s = slot(form);
        return logCounts[2 * s] == fingerprint(form) ? logCounts[2 * s + 1] : 0;
    }

    /** A non-zero byte from a second hash of {@code form}. */
    static byte fingerprint(CharSequence form) {
        int h = 0x2545F491;
        for (int i = 0; i < form.length(); i++) {
            h = (h ^ form.charAt(i)) * 0x5bd1e995;
            h ^= h >>> 15;
        }
        int b = h & 0xFF;
        return (byte) (b == 0 ? 1 : b);
    }

    /** The code of a form: 0 when unknown, else 1 + 5 * frequency bucket + article-ratio bucket. */
    int code(String form) {
        return code("", form, 0, form.length());
    }

    /** The code of the form {@code prefix + s[from, to)}, without building it. */
    int code(String prefix, CharSequence s, int from, int to) {
        if (table.length == 0 || to <= from) {
            return 0;
        }
        int h = 0x811c9dc5;
        for (int i = 0; i < prefix.length(); i++) {
            h = (h ^ prefix.charAt(i)) * 0x01000193;
        }
        for (int i = from; i < to; i++) {
            h = (h ^ s.charAt(i)) * 0x01000193;
        }
        return table[slot(h)];
    }

    /** Per form: its news {@link #code} in the low byte and its {@link #nameBits} above. */
    int[] codes(String[] forms) {
        int[] out = new int[forms.length];
        for (int i = 0; i < forms.length; i++) {
            out[i] = code(forms[i]) | nameBits(forms[i]) << 8;
        }
        return out;
    }

    private static int slot(String form) {
        int h = 0x811c9dc5;
        for (int i = 0; i < form.length(); i++) {
            h = (h ^ form.charAt(i)) * 0x01000193;
        }
        return slot(h);
    }

    private static int slot(int fnv) {
        return (fnv * 0x9E3779B9) >>> (32 - BITS);
    }

    /** Counts the Arabic tokens of the {@code content} of every article of a SaudiNewsNet JSON-lines gzip file. */
    static CorpusStatistics fromNews(Path jsonlGz) {
        Map<String, int[]> counts = new HashMap<>(1 << 20);
        NewsTexts.forEach(jsonlGz, "pass the SaudiNewsNet jsonl.gz", content -> {
            for (Token t : ArabicTokenizer.INSTANCE.tokenize(content)) {
                if (t.type() == TokenType.ARABIC) {
                    counts.computeIfAbsent(t.surface(), k -> new int[1])[0]++;
                }
            }
        });
        return fromCounts(counts);
    }

    static CorpusStatistics fromCounts(Map<String, int[]> counts) {
        byte[] table = new byte[1 << BITS];
        byte[] logCounts = new byte[2 << BITS];
        for (Map.Entry<String, int[]> e : counts.entrySet()) {
            String w = e.getKey();
            int c = e.getValue()[0];
            if (c >= 2) {
                int s = slot(w);
                int v = 32 - Integer.numberOfLeadingZeros(c);
                if (logCounts[2 * s + 1] < v) {
                    logCounts[2 * s] = fingerprint(w);
                    logCounts[2 * s + 1] = (byte) v;
                }
            }
            boolean definite = w.length() > 3 && w.charAt(0) == ALEF && w.charAt(1) == LAM;
            int other = 0;
            if (definite) {
                int[] bare = counts.get(w.substring(2));
                other = bare == null ? 0 : bare[0];
            } else {
                int[] withArticle = counts.get("\u0627\u0644" + w);
                other = withArticle == null ? 0 : withArticle[0];
            }
            if (c + other < 3) {
                continue;
            }
            int freq = Math.min(7, (31 - Integer.numberOfLeadingZeros(c + other)) / 2);
            double ratio = definite ? (double) c / (c + other) : (double) other / (c + other);
            int r = ratio == 0 ? 0 : ratio < 0.1 ? 1 : ratio < 0.4 ? 2 : ratio < 0.8 ? 3 : 4;
            table[slot(w)] = (byte) (1 + 5 * freq + r);
        }
        return new CorpusStatistics(table, logCounts, new byte[0]);
    }

}
