package naba.morph;

/**
 * The coarse word class lemma look-ups are keyed by, shared by UPOS and the UniMorph features of the lemma data:
 * «كتب» as {@code VERB} ({@code V}) has lemma «كَتَب», as {@code NOUN} ({@code N}) «كِتَاب».
 */
final class LemmaClass {
    private LemmaClass() {
    }

    static String ofUpos(String upos) {
        if (upos == null) {
            return "_";
        }
        return switch (upos) {
            case "NOUN", "PROPN" -> "N";
            case "VERB", "AUX" -> "V";
            case "ADJ" -> "ADJ";
            case "ADP" -> "ADP";
            case "CCONJ", "SCONJ" -> "CONJ";
            case "PRON" -> "PRO";
            case "NUM" -> "NUM";
            case "DET" -> "DET";
            case "PART" -> "PART";
            case "ADV" -> "ADV";
            case "INTJ" -> "INTJ";
            default -> "_";
        };
    }

    /** The class of a UniMorph feature bundle such as {@code DEF;PL;N;GEN}. */
    static String ofUniMorph(String feats) {
        if (feats == null) {
            return "_";
        }
        String found = "_";
        for (String f : feats.split(";")) {
            switch (f) {
                case "V" -> {
                    return "V";
                }
                case "N", "PROPN" -> found = "N";
                case "ADJ" -> {
                    return "ADJ";
                }
                case "ADP", "CONJ", "PRO", "NUM", "DET", "PART", "ADV", "INTJ" -> {
                    if (found.equals("_")) {
                        found = f;
                    }
                }
                default -> {
                }
            }
        }
        return found;
    }
}
