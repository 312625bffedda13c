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
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import naba.corpus.FlatJson;
import naba.corpus.SharedFolder;
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
            FlatJson.forEachLine(reader, file, (fields, line) -> {
                String id = fields.getOrDefault("docno", fields.getOrDefault("id", "line" + line));
                articles.add(new NewsArticle(id, fields.get("src"), fields.get("cat"), fields.get("title"),
                        fields.get("abstract"), fields.get("text")));
            });
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
}
