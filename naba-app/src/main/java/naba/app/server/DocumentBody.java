package naba.app.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import naba.app.input.ArticleFields;
import naba.app.input.Utf8Text;
import naba.text.Document;
import naba.text.InputException;

/**
 * Turns a request body into documents: plain text (one article, id from its SHA-256), one JSON object or an array
 * of them with the corpus field names, or JSON Lines. The bytes must be UTF-8 and not binary, JSON is nested at most
 * {@value #MAX_DEPTH} levels, and unknown fields are rejected so a misspelt {@code "txet"} is not silently lost.
 * «{"id":"a1","text":"قال كيري"}» gives one document with id {@code a1}.
 */
final class DocumentBody {
    static final int MAX_DEPTH = 32;
    /** The fields {@link ArticleFields} reads, plus the ANT corpus fields it carries along. */
    static final Set<String> KNOWN_FIELDS = Set.of("id", "docno", "title", "text", "content", "date", "time",
            "file_date", "date_extracted", "source", "src", "url", "cat", "category", "author", "abstract", "path");

    private final ObjectMapper mapper;

    DocumentBody() {
        mapper = new ObjectMapper();
        mapper.getFactory().setStreamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH).build());
    }

    /** Parsed documents and the records that were skipped (JSON Lines only), with their line numbers. */
    record Parsed(List<Document> documents, List<String> skipped) {
    }

    /** Decodes and checks the body; {@code kind} is {@code text}, {@code json} or {@code jsonl}. */
    Parsed parse(byte[] body, String kind, boolean many) {
        if (body.length == 0) {
            throw new ApiError(400, "empty_body", "the request body is empty; send an article as text or JSON");
        }
        if (Utf8Text.looksBinary(body, body.length)) {
            throw new ApiError(400, "binary_body", "the body looks binary (NUL bytes); send UTF-8 text or JSON");
        }
        String text;
        try {
            text = Utf8Text.decode(body, 0, body.length, false, "body", 0);
        } catch (InputException e) {
            throw new ApiError(400, "invalid_utf8", e.getMessage().replace("or pass --lenient to replace bad bytes",
                    "and send it again"));
        }
        return switch (kind) {
            case "text" -> {
                if (text.isBlank()) {
                    throw new ApiError(400, "empty_body", "the article text is blank");
                }
                yield new Parsed(List.of(Document.of(contentId(text), text, null)), List.of());
            }
            case "json" -> new Parsed(json(text, many), List.of());
            case "jsonl" -> jsonLines(text, many);
            default -> throw new IllegalArgumentException(kind);
        };
    }

    private List<Document> json(String text, boolean many) {
        JsonNode root = readTree(text, "body");
        List<Document> documents = new ArrayList<>();
        if (root.isArray()) {
            if (!many) {
                throw new ApiError(400, "invalid_document", "expected one JSON object, found an array; "
                        + "post arrays to /api/documents");
            }
            int i = 0;
            for (JsonNode node : root) {
                documents.add(document(node, "item " + i++));
            }
        } else {
            documents.add(document(root, "body"));
        }
        if (documents.isEmpty()) {
            throw new ApiError(400, "empty_body", "the JSON array holds no documents");
        }
        return documents;
    }

    private Parsed jsonLines(String text, boolean many) {
        List<Document> documents = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            try {
                documents.add(document(readTree(lines[i], "line " + (i + 1)), "line " + (i + 1)));
            } catch (ApiError e) {
                skipped.add(e.getMessage());
            }
        }
        if (documents.isEmpty()) {
            throw new ApiError(400, "invalid_document", skipped.isEmpty() ? "the JSON Lines body holds no documents"
                    : "no valid document; first problem: " + skipped.get(0));
        }
        if (!many && documents.size() > 1) {
            throw new ApiError(400, "invalid_document", "expected one document, found " + documents.size());
        }
        return new Parsed(documents, skipped);
    }

    private JsonNode readTree(String json, String where) {
        try {
            JsonNode node = mapper.readTree(json);
            if (node == null || node.isMissingNode()) {
                throw new ApiError(400, "malformed_json", where + ": no JSON value");
            }
            return node;
        } catch (JsonProcessingException e) {
            String message = e.getOriginalMessage();
            if (message != null && message.contains("nesting depth")) {
                throw new ApiError(400, "malformed_json", where + ": JSON nested deeper than " + MAX_DEPTH + " levels");
            }
            throw new ApiError(400, "malformed_json", where + ": malformed JSON at line " + e.getLocation().getLineNr()
                    + ", column " + e.getLocation().getColumnNr() + ": " + shorten(message));
        }
    }

    private static Document document(JsonNode node, String where) {
        if (!node.isObject()) {
            throw new ApiError(400, "invalid_document", where + ": expected a JSON object with a \"text\" field");
        }
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!KNOWN_FIELDS.contains(name)) {
                throw new ApiError(400, "unknown_field", where + ": unknown field \"" + shorten(name)
                        + "\"; known fields: id, title, text, date, source, url");
            }
        }
        Document document;
        try {
            document = ArticleFields.toDocument(node, "");
        } catch (InputException e) {
            throw new ApiError(400, "invalid_document", where + ": " + e.getMessage());
        }
        if (document.text().isBlank()) {
            throw new ApiError(400, "invalid_document", where + ": the \"text\" field is blank");
        }
        if (document.id().isEmpty()) {
            document = Document.of(contentId(document.text()), document.text(), document.meta());
        }
        return document;
    }

    /** A stable id for a document without one: the first 16 hex digits of the SHA-256 of its text. */
    static String contentId(String text) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private static String shorten(String s) {
        if (s == null) {
            return "";
        }
        String one = s.replace('\n', ' ');
        return one.length() > 120 ? one.substring(0, 120) + "…" : one;
    }

    /** The body kind of a Content-Type header, or a 415 error. */
    static String kindOf(String contentType) {
        String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
        int semicolon = type.indexOf(';');
        if (semicolon >= 0) {
            if (type.contains("charset") && !type.contains("utf-8") && !type.contains("utf8")) {
                throw new ApiError(415, "unsupported_media_type", "only UTF-8 bodies are accepted; got " + contentType);
            }
            type = type.substring(0, semicolon);
        }
        return switch (type.strip()) {
            case "text/plain" -> "text";
            case "application/json" -> "json";
            case "application/x-ndjson", "application/jsonl", "application/x-jsonlines", "application/jsonlines" -> "jsonl";
            default -> throw new ApiError(415, "unsupported_media_type", "Content-Type "
                    + (type.isBlank() ? "missing" : "\"" + shorten(type) + "\" not supported")
                    + "; use text/plain, application/json or application/x-ndjson");
        };
    }
}
