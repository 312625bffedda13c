package naba.app.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import naba.search.EntityRef;
import naba.search.EntityReport;
import naba.search.SearchResult;
import naba.search.Snippet;

/**
 * The JSON shapes of the HTTP API (documented in {@code docs/search-server.md} and {@code /openapi.yaml}). A hit
 * looks like {@code {"id":"a1","title":"…","date":"2015-07-21","snippet":{"text":"…لافروف…","highlights":[[1,7]]}}}.
 */
final class ApiJson {
    private final ObjectMapper mapper = new ObjectMapper();

    ObjectNode object() {
        return mapper.createObjectNode();
    }

    ObjectNode error(String code, String message) {
        ObjectNode root = object();
        root.putObject("error").put("code", code).put("message", message);
        return root;
    }

    ObjectNode search(SearchResult result, int offset, int limit) {
        ObjectNode root = object();
        root.put("total", result.total());
        root.put("offset", offset);
        root.put("limit", limit);
        ArrayNode hits = root.putArray("hits");
        for (SearchResult.Hit hit : result.hits()) {
            hits.add(hit(hit));
        }
        ObjectNode facets = root.putObject("facets");
        for (Map.Entry<String, List<SearchResult.FacetValue>> dim : result.facets().entrySet()) {
            ArrayNode values = facets.putArray(dim.getKey());
            for (SearchResult.FacetValue value : dim.getValue()) {
                values.addObject().put("value", value.value()).put("count", value.count());
            }
        }
        return root;
    }

    ObjectNode hit(SearchResult.Hit hit) {
        ObjectNode node = object();
        node.put("id", hit.id());
        putIfPresent(node, "title", hit.title());
        putIfPresent(node, "date", hit.date() == null ? null : hit.date().toString());
        putIfPresent(node, "source", hit.source());
        putIfPresent(node, "topic", hit.topic());
        node.put("score", hit.score());
        node.put("dup_group", hit.group());
        putIfPresent(node, "duplicate_of", hit.duplicateOf());
        putIfPresent(node, "duplicate_kind", hit.duplicateKind());
        node.put("duplicates", hit.duplicates());
        Snippet snippet = hit.snippet();
        ObjectNode s = node.putObject("snippet");
        s.put("text", snippet.text());
        ArrayNode marks = s.putArray("highlights");
        for (Snippet.Highlight h : snippet.highlights()) {
            marks.addArray().add(h.start()).add(h.end());
        }
        return node;
    }

    ObjectNode entity(EntityRef ref, long documents) {
        ObjectNode node = object();
        node.put("id", ref.id());
        node.put("type", ref.type().name());
        node.put("name", ref.canonical());
        node.put("documents", documents);
        return node;
    }

    ObjectNode entities(List<EntityReport.Cooccurrence> found) {
        ObjectNode root = object();
        ArrayNode list = root.putArray("entities");
        for (EntityReport.Cooccurrence c : found) {
            list.add(entity(c.entity(), c.documents()));
        }
        return root;
    }

    ObjectNode entityReport(EntityReport report) {
        ObjectNode root = object();
        root.set("entity", entity(report.entity(), report.documents()));
        ArrayNode newest = root.putArray("documents");
        for (SearchResult.Hit hit : report.newest()) {
            newest.add(hit(hit));
        }
        ArrayNode with = root.putArray("cooccurring");
        for (EntityReport.Cooccurrence c : report.cooccurring()) {
            with.add(entity(c.entity(), c.documents()));
        }
        ArrayNode timeline = root.putArray("timeline");
        for (SearchResult.FacetValue v : report.timeline()) {
            timeline.addObject().put("month", v.value()).put("count", v.count());
        }
        return root;
    }

    byte[] bytes(Object node) {
        try {
            return mapper.writeValueAsBytes(node);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree always serializes", e);
        }
    }

    private static void putIfPresent(ObjectNode node, String name, String value) {
        if (value != null) {
            node.put(name, value);
        }
    }
}
