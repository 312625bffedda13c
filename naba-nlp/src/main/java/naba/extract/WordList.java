package naba.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import naba.normalize.ArabicNormalizer;
import naba.text.NabaException;

/**
 * Categorized, normalized word lists read from a classpath resource with lines
 * {@code CATEGORY<TAB>VALUE<TAB>form|form|form}; a form may have several words («كانون الثاني»). Every form goes
 * through {@link ArabicNormalizer#SEARCH}, so «أيلول» and «ايلول» are one entry, whatever the list says.
 */
final class WordList {
    /** One form of an entry: its normalized words and the entry's value. */
    record Entry(String[] words, String value) {
    }

    /** category → first word → entries, longest first. */
    private final Map<String, Map<String, List<Entry>>> byCategory = new HashMap<>();
    private final Set<String> words = new LinkedHashSet<>();

    private WordList() {
    }

    static WordList load(String resource) {
        WordList list = new WordList();
        try (InputStream in = WordList.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new NabaException("word list " + resource + " is missing from the classpath; rebuild naba-nlp");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] fields = line.split("\t");
                if (fields.length != 3) {
                    throw new NabaException("word list " + resource + ":" + number
                            + ": expected CATEGORY<TAB>VALUE<TAB>forms, got " + fields.length + " fields");
                }
                for (String form : fields[2].split("\\|")) {
                    list.add(fields[0], fields[1], form.trim());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read word list " + resource, e);
        }
        for (Map<String, List<Entry>> byFirst : list.byCategory.values()) {
            for (List<Entry> entries : byFirst.values()) {
                entries.sort((a, b) -> Integer.compare(b.words().length, a.words().length));
            }
        }
        return list;
    }

    private void add(String category, String value, String form) {
        String[] forms = ArabicNormalizer.SEARCH.normalize(form).trim().split("\\s+");
        for (int i = 0; i < forms.length; i++) {
            forms[i] = forms[i].intern();
            words.add(forms[i]);
        }
        byCategory.computeIfAbsent(category, c -> new HashMap<>())
                .computeIfAbsent(forms[0], w -> new ArrayList<>()).add(new Entry(forms, value));
    }

    /** The first words of every form of the given categories: a cheap gate before trying them. */
    Set<String> firstWords(String... categories) {
        Set<String> out = new java.util.HashSet<>();
        for (String category : categories) {
            Map<String, List<Entry>> byFirst = byCategory.get(category);
            if (byFirst != null) {
                out.addAll(byFirst.keySet());
            }
        }
        return Set.copyOf(out);
    }

    /** Every normalized word of every form. */
    Set<String> words() {
        return words;
    }

    /** The value of a one-word form in a category, or null. */
    String value(String category, String word) {
        if (word == null) {
            return null;
        }
        Map<String, List<Entry>> byFirst = byCategory.get(category);
        List<Entry> entries = byFirst == null ? null : byFirst.get(word);
        if (entries == null) {
            return null;
        }
        for (Entry e : entries) {
            if (e.words().length == 1) {
                return e.value();
            }
        }
        return null;
    }

    /**
     * The longest entry of a category whose words match tokens {@code i, i+1, ...}. The first token may carry
     * proclitics; later ones must match whole.
     */
    Entry match(String category, TokenSequence seq, int i) {
        Map<String, List<Entry>> byFirst = byCategory.get(category);
        if (byFirst == null || i >= seq.size()) {
            return null;
        }
        String first = seq.word(i);
        if (first == null) {
            return null;
        }
        List<Entry> entries = byFirst.get(first);
        if (entries == null) {
            return null;
        }
        for (Entry e : entries) {
            String[] w = e.words();
            if (i + w.length > seq.size()) {
                continue;
            }
            boolean ok = true;
            for (int k = 1; k < w.length && ok; k++) {
                ok = w[k].equals(seq.norm(i + k)) || (w[k].equals(seq.word(i + k)) && seq.prefix(i + k) == 0);
            }
            if (ok) {
                return e;
            }
        }
        return null;
    }
}
