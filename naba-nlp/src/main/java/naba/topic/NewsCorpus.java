package naba.topic;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import naba.corpus.SharedFolder;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import naba.text.InputException;

/**
 * A news corpus read from gzip'd JSON Lines (one flat object per line with {@code docno, src, cat, title, abstract,
 * text}), the format of {@code shared/data/ant-corpus}. An article such as «افتتحت البلدية جسرا جديدا ...» becomes one
 * {@link NewsArticle}. The reader understands flat objects of strings, numbers and nulls only, which is all the
 * corpus uses; anything else is reported with its line number.
 *
 * @param file     where it was read from
 * @param sha256   the SHA-256 of the file's bytes, recorded as model provenance
 * @param articles the articles in file order
 */
public record NewsCorpus(Path file, String sha256, List<NewsArticle> articles) {
    public NewsCorpus {
        articles = List.copyOf(articles);
    }

    /** ANT v2.1 (6 topics; BBC and CNN with real abstracts), relative to the shared folder. */
    public static final String ANT_MULTISOURCE = "data/ant-corpus/ant_v2.1_multisource.jsonl.gz";

    /** The ANT v2.1 file in the shared folder; throws when the folder cannot be found. */
    public static Path defaultCorpus() {
        return SharedFolder.require("pass --corpus FILE.jsonl.gz").resolve(ANT_MULTISOURCE);
    }

    /**
     * Topic examples from the distinct texts, on one side of the split: the dev side when {@code dev}, else the
     * training side. Articles without a label are left out.
     */
    public List<TopicExample> topicExamples(boolean dev, int devPercent) {
        List<TopicExample> out = new ArrayList<>();
        for (NewsArticle a : distinctTexts()) {
            if (!a.label().isBlank() && isDev(a, devPercent) == dev) {
                out.add(TopicExample.of(a));
            }
        }
        return out;
    }

    /** Reads a {@code .jsonl.gz} (or plain {@code .jsonl}) corpus. */
    public static NewsCorpus read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new InputException(file + ": no such corpus file; pass a .jsonl.gz such as "
                    + "../shared/data/ant-corpus/ant_v2.1_multisource.jsonl.gz");
        }
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 missing from this JVM", e);
        }
        List<NewsArticle> articles = new ArrayList<>();
        try (InputStream raw = new DigestInputStream(Files.newInputStream(file), digest);
             InputStream in = file.getFileName().toString().endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw;
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8
                     .newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                     .onUnmappableCharacter(CodingErrorAction.REPORT)), 1 << 16)) {
            String line;
            int lineNo = 0;
            while ((line = reader.readLine()) != null) {
                lineNo++;
                if (line.isBlank()) {
                    continue;
                }
                Map<String, String> fields = parseObject(line, file, lineNo);
                String id = fields.getOrDefault("docno", fields.getOrDefault("id", "line" + lineNo));
                articles.add(new NewsArticle(id, fields.get("src"), fields.get("cat"), fields.get("title"),
                        fields.get("abstract"), fields.get("text")));
            }
            // Drain so the digest covers every byte, even after the last gzip member.
            byte[] rest = new byte[8192];
            while (raw.read(rest) >= 0) {
                // only hashing
            }
        } catch (CharacterCodingException e) {
            throw new InputException(file + ": invalid UTF-8; the corpus must be UTF-8 JSON Lines", e);
        } catch (java.util.zip.ZipException e) {
            throw new InputException(file + ": not a valid gzip file (" + e.getMessage()
                    + "); pass the .jsonl.gz as shipped or an uncompressed .jsonl", e);
        } catch (IOException e) {
            throw new InputException(file + ": cannot read (" + e.getMessage() + ")", e);
        }
        return new NewsCorpus(file, HexFormat.of().formatHex(digest.digest()), articles);
    }

    /**
     * One article per distinct body text, in first-seen order. ANT files the same story under two labels (usually
     * {@code internationalNews} and {@code middleEast}); the copy seen first keeps its label, so the choice is
     * reproducible and no text can end up in both the training and the dev split.
     */
    public List<NewsArticle> distinctTexts() {
        Map<String, NewsArticle> byText = new LinkedHashMap<>();
        for (NewsArticle a : articles) {
            String key = a.text().strip();
            if (!key.isEmpty()) {
                byText.putIfAbsent(key, a);
            }
        }
        return List.copyOf(byText.values());
    }

    /**
     * Whether an article falls in the dev split: a hash of its stripped body text, so identical texts always land on
     * the same side. {@code devPercent} of the articles (roughly, per label) go to dev.
     */
    public static boolean isDev(NewsArticle article, int devPercent) {
        String text = article.text().strip();
        long h = 0xcbf29ce484222325L; // FNV-1a 64: stable across JVMs, unlike String.hashCode salting concerns
        for (int i = 0; i < text.length(); i++) {
            h ^= text.charAt(i);
            h *= 0x100000001b3L;
        }
        return Long.remainderUnsigned(h, 100) < devPercent;
    }

    private static Map<String, String> parseObject(String line, Path file, int lineNo) {
        Map<String, String> out = new HashMap<>();
        int[] pos = {skipSpace(line, 0)};
        expect(line, pos, '{', file, lineNo);
        pos[0] = skipSpace(line, pos[0]);
        if (pos[0] < line.length() && line.charAt(pos[0]) == '}') {
            return out;
        }
        while (true) {
            pos[0] = skipSpace(line, pos[0]);
            String key = parseString(line, pos, file, lineNo);
            pos[0] = skipSpace(line, pos[0]);
            expect(line, pos, ':', file, lineNo);
            pos[0] = skipSpace(line, pos[0]);
            out.put(key, parseValue(line, pos, file, lineNo));
            pos[0] = skipSpace(line, pos[0]);
            if (pos[0] >= line.length()) {
                throw malformed(file, lineNo, pos[0], "unterminated object");
            }
            char c = line.charAt(pos[0]++);
            if (c == '}') {
                return out;
            }
            if (c != ',') {
                throw malformed(file, lineNo, pos[0] - 1, "expected ',' or '}'");
            }
        }
    }

    private static String parseValue(String line, int[] pos, Path file, int lineNo) {
        char c = line.charAt(pos[0]);
        if (c == '"') {
            return parseString(line, pos, file, lineNo);
        }
        if (line.startsWith("null", pos[0])) {
            pos[0] += 4;
            return null;
        }
        int start = pos[0];
        while (pos[0] < line.length() && "+-.eE0123456789truefalse".indexOf(line.charAt(pos[0])) >= 0) {
            pos[0]++;
        }
        if (start == pos[0]) {
            throw malformed(file, lineNo, start, "expected a string, number, boolean or null (nested values are not "
                    + "part of the corpus format)");
        }
        return line.substring(start, pos[0]);
    }

    private static String parseString(String line, int[] pos, Path file, int lineNo) {
        expect(line, pos, '"', file, lineNo);
        StringBuilder sb = new StringBuilder();
        int i = pos[0];
        int n = line.length();
        while (i < n) {
            char c = line.charAt(i++);
            if (c == '"') {
                pos[0] = i;
                return sb.toString();
            }
            if (c != '\\') {
                sb.append(c);
                continue;
            }
            if (i >= n) {
                break;
            }
            char e = line.charAt(i++);
            switch (e) {
                case 'n' -> sb.append('\n');
                case 't' -> sb.append('\t');
                case 'r' -> sb.append('\r');
                case 'b' -> sb.append('\b');
                case 'f' -> sb.append('\f');
                case 'u' -> {
                    if (i + 4 > n) {
                        throw malformed(file, lineNo, i, "truncated \\u escape");
                    }
                    try {
                        sb.append((char) Integer.parseInt(line.substring(i, i + 4), 16));
                    } catch (NumberFormatException ex) {
                        throw malformed(file, lineNo, i, "bad \\u escape");
                    }
                    i += 4;
                }
                default -> sb.append(e); // \" \\ \/
            }
        }
        throw malformed(file, lineNo, i, "unterminated string");
    }

    private static void expect(String line, int[] pos, char c, Path file, int lineNo) {
        if (pos[0] >= line.length() || line.charAt(pos[0]) != c) {
            throw malformed(file, lineNo, pos[0], "expected '" + c + "'");
        }
        pos[0]++;
    }

    private static int skipSpace(String line, int i) {
        while (i < line.length() && Character.isWhitespace(line.charAt(i))) {
            i++;
        }
        return i;
    }

    private static InputException malformed(Path file, int lineNo, int column, String what) {
        return new InputException(file + ":" + lineNo + ":" + (column + 1) + ": " + what
                + "; each line must be one flat JSON object");
    }
}
