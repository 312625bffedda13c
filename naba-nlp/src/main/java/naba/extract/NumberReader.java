package naba.extract;

/**
 * Reads a number written in digits, words or both, starting at a token: «240 الف» (240000), «1,5 مليون» (1500000),
 * «ثلاثة آلاف وخمسمائة» (3500), «خمسة وعشرون» (25), «مليارين ونصف مليار» (2500000000), «مئات» (vague, magnitude
 * 100), «عشرات الآلاف» (magnitude 10000).
 * Stateless; the digits themselves were parsed by {@link TokenSequence}.
 */
final class NumberReader {
    /** A number found over tokens {@code [start, end)}: an exact value, or NaN and a magnitude for a vague one. */
    record Found(int start, int end, double value, long magnitude, boolean words) {
        boolean exact() {
            return !Double.isNaN(value);
        }
    }

    private final WordList words;

    NumberReader(WordList words) {
        this.words = words;
    }

    /** The longest number starting at token {@code i}, or null. */
    Found read(TokenSequence seq, int i) {
        int n = seq.size();
        double total = 0;
        double current = 0;
        long vague = 0;
        boolean any = false;
        boolean usedWords = false;
        int lastUnit = 0; // value of a bare unit word just read (for «ثلاث مئة»)
        double lastScale = 0; // the scale word just read (for «مليارين ونصف»)
        int j = i;
        while (j < n) {
            boolean first = j == i;
            if (seq.isNumber(j)) {
                if (!first) {
                    break;
                }
                current = seq.number(j);
                any = true;
                j++;
                continue;
            }
            String word = seq.word(j);
            if (word == null) {
                break;
            }
            // After the first token only the conjunction «و» may be attached: «وخمسون».
            if (!first && seq.prefix(j) != 0 && !(seq.prefix(j) == 1 && seq.norm(j).charAt(0) == '\u0648')) {
                break;
            }
            boolean conj = !first && seq.prefix(j) == 1;
            boolean halfOfScale = conj && lastScale > 0 && current == 0 && words.value("FRACTION", word) != null;
            if (conj && seq.isNumber(i) && !halfOfScale) {
                break; // «1,5 مليون وثلاثة ...» lists two numbers; words continue only words («2 مليون ونصف» does)
            }
            String v;
            if ((v = words.value("TEENUNIT", word)) != null && j + 1 < n && words.value("TEEN", seq.bare(j + 1)) != null) {
                if (any && !conj) {
                    break;
                }
                current += Integer.parseInt(v) + 10;
                j += 2;
                any = true;
                usedWords = true;
                lastUnit = 0;
                continue;
            }
            if ((v = words.value("NUM", word)) != null && vague == 0) {
                int value = Integer.parseInt(v);
                if (any && !conj) {
                    break;
                }
                if (value < 10 && j + 1 < n && words.value("TEEN", seq.bare(j + 1)) != null) {
                    current += value + 10; // «ثلاثة عشر»
                    j += 2;
                    any = true;
                    usedWords = true;
                    lastUnit = 0;
                    continue;
                }
                current += value;
                lastUnit = value < 10 ? value : 0;
                j++;
                any = true;
                usedWords = true;
                continue;
            }
            if ((v = words.value("TEN", word)) != null && vague == 0) {
                if (any && !conj) {
                    break;
                }
                current += Integer.parseInt(v);
                lastUnit = 0;
                j++;
                any = true;
                usedWords = true;
                continue;
            }
            WordList.Entry hundred = words.match("HUNDRED", seq, j);
            if (hundred != null && vague == 0) {
                int value = Integer.parseInt(hundred.value());
                if (value == 100 && lastUnit > 0 && !conj && !first) {
                    current = current - lastUnit + lastUnit * 100; // «ثلاث مئة»
                } else if (any && !conj) {
                    break;
                } else {
                    current += value;
                }
                lastUnit = 0;
                j += hundred.words().length;
                any = true;
                usedWords = true;
                continue;
            }
            if ((v = words.value("SCALE", word)) != null) {
                double scale = Double.parseDouble(v);
                if (vague > 0) {
                    break;
                }
                if (conj && current == 0) {
                    break;
                }
                total += (current == 0 ? 1 : current) * scale;
                current = 0;
                lastUnit = 0;
                lastScale = scale;
                j++;
                any = true;
                usedWords = true;
                continue;
            }
            if ((v = words.value("SCALEDUAL", word)) != null) {
                if (current != 0 || vague > 0 || (any && !conj)) {
                    break;
                }
                total += 2 * Double.parseDouble(v);
                lastScale = Double.parseDouble(v);
                j++;
                any = true;
                usedWords = true;
                continue;
            }
            if ((v = words.value("SCALEPLURAL", word)) != null && !conj) {
                long scale = Long.parseLong(v);
                if (current > 0) {
                    total += current * scale;
                    current = 0;
                    lastScale = scale;
                } else if (vague > 0) {
                    vague *= scale; // «عشرات الآلاف»
                } else if (!any) {
                    vague = scale; // «آلاف», «ملايين» alone
                } else {
                    break;
                }
                lastUnit = 0;
                j++;
                any = true;
                usedWords = true;
                continue;
            }
            if ((v = words.value("VAGUE", word)) != null && first) {
                vague = Long.parseLong(v);
                j++;
                any = true;
                usedWords = true;
                continue;
            }
            if (halfOfScale) {
                v = words.value("FRACTION", word);
                // «مليارين ونصف», «ثلاثة مليارات ونصف المليار»: half of the scale just read, which may be repeated.
                total += Double.parseDouble(v) * lastScale;
                j++;
                String again = j < n ? seq.norm(j) : "";
                String scale = words.value("SCALE", again.startsWith("\u0627\u0644") ? again.substring(2) : again);
                if (scale != null && Double.parseDouble(scale) == lastScale) {
                    j++;
                }
                lastScale = 0;
                continue;
            }
            if ((v = words.value("FRACTION", word)) != null && first && j + 1 < n) {
                String scale = words.value("SCALE", seq.bare(j + 1));
                if (scale == null) {
                    break;
                }
                total += Double.parseDouble(v) * Double.parseDouble(scale);
                j += 2;
                any = true;
                usedWords = true;
                continue;
            }
            break;
        }
        if (!any) {
            return null;
        }
        if (vague > 0) {
            return new Found(i, j, Double.NaN, vague, true);
        }
        return new Found(i, j, total + current, 0, usedWords);
    }
}
