package naba.morph;

/**
 * How a plain word form becomes its plain lemma: strip a prefix and a suffix, add others. «الحكومات» → «حكومة» is
 * {@code ال>|ات>ة}: drop «ال» in front, replace «ات» by «ة» at the end. Learned from the lemma data and applied to
 * forms the lexicon has not seen.
 *
 * @param stripPrefix characters removed at the start
 * @param addPrefix   characters put at the start
 * @param stripSuffix characters removed at the end
 * @param addSuffix   characters put at the end
 */
record LemmaEdit(String stripPrefix, String addPrefix, String stripSuffix, String addSuffix) {
    static final LemmaEdit IDENTITY = new LemmaEdit("", "", "", "");

    /** The edit from {@code form} to {@code lemma} around their longest common substring. */
    static LemmaEdit derive(String form, String lemma) {
        int bestLen = 0;
        int bestF = 0;
        int bestL = 0;
        for (int i = 0; i < form.length(); i++) {
            for (int j = 0; j < lemma.length(); j++) {
                int k = 0;
                while (i + k < form.length() && j + k < lemma.length() && form.charAt(i + k) == lemma.charAt(j + k)) {
                    k++;
                }
                if (k > bestLen) {
                    bestLen = k;
                    bestF = i;
                    bestL = j;
                }
            }
        }
        if (bestLen == 0) {
            return new LemmaEdit(form, lemma, "", "");
        }
        return new LemmaEdit(form.substring(0, bestF), lemma.substring(0, bestL), form.substring(bestF + bestLen),
                lemma.substring(bestL + bestLen));
    }

    boolean appliesTo(String form) {
        return form.length() > stripPrefix.length() + stripSuffix.length() && form.startsWith(stripPrefix)
                && form.endsWith(stripSuffix);
    }

    String apply(String form) {
        return addPrefix + form.substring(stripPrefix.length(), form.length() - stripSuffix.length()) + addSuffix;
    }

    String encode() {
        return stripPrefix + ">" + addPrefix + "|" + stripSuffix + ">" + addSuffix;
    }

    static LemmaEdit decode(String s) {
        String[] halves = s.split("\\|", -1);
        String[] a = halves[0].split(">", -1);
        String[] b = halves[1].split(">", -1);
        return new LemmaEdit(a[0], a[1], b[0], b[1]);
    }
}
