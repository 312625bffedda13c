package naba.app;

import java.io.PrintStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import naba.search.Archive;
import naba.search.ArchiveException;
import naba.search.SearchRequest;
import naba.search.SearchResult;
import naba.search.Snippet;
import naba.text.EntityType;
import naba.text.InputException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code naba search QUERY}: hits with highlighted snippets, then the top facets. */
@Command(name = "search", mixinStandardHelpOptions = true,
        description = {"Search the archive: «naba search 'لافروف كيري' --from 2015-01-01 --to 2015-12-31».",
            "A query in double quotes is a phrase; an empty query lists the newest documents."})
public final class SearchCommand implements Callable<Integer> {
    @Mixin
    ArchiveOption archive = new ArchiveOption();

    @Parameters(paramLabel = "QUERY", arity = "0..*", description = "Words to search for.")
    List<String> words = List.of();

    @Option(names = "--entity", paramLabel = "NAME", description = "Only documents mentioning this entity.")
    String entity;

    @Option(names = "--type", paramLabel = "PERS|LOC|ORG|MISC", description = "Entity type (with --entity, or alone).")
    EntityType type;

    @Option(names = "--from", paramLabel = "DATE", description = "Published on or after (YYYY-MM-DD).")
    String from;

    @Option(names = "--to", paramLabel = "DATE", description = "Published on or before (YYYY-MM-DD).")
    String to;

    @Option(names = "--source", paramLabel = "S", description = "Only this source.")
    String source;

    @Option(names = "--topic", paramLabel = "T", description = "Only this topic.")
    String topic;

    @Option(names = {"-n", "--limit"}, paramLabel = "N", description = "Hits to show (default: ${DEFAULT-VALUE}).")
    int limit = 10;

    @Option(names = "--offset", paramLabel = "N", description = "Hits to skip (default: ${DEFAULT-VALUE}).")
    int offset = 0;

    @Option(names = "--collapse", description = "One hit per group of duplicates, with the number folded into it.")
    boolean collapse;

    @Override
    public Integer call() {
        SearchRequest request;
        try {
            request = new SearchRequest(String.join(" ", words), entity, type, date(from, "--from"), date(to, "--to"),
                    source, topic, offset, limit, collapse);
        } catch (ArchiveException e) {
            throw new InputException(e.getMessage());
        }
        boolean terminal = System.console() != null;
        PrintStream out = new PrintStream(System.out, false, java.nio.charset.StandardCharsets.UTF_8);
        try (Archive opened = Archive.open(archive.directory())) {
            SearchResult result = opened.search(request);
            out.println(result.total() + (collapse ? " group(s) of duplicates" : " document(s)"));
            int rank = offset;
            for (SearchResult.Hit hit : result.hits()) {
                rank++;
                out.println();
                out.println(rank + ". " + (hit.title() == null ? "(no title)" : hit.title()) + "  [" + hit.id() + "]");
                StringBuilder line = new StringBuilder("   ");
                if (hit.date() != null) {
                    line.append(hit.date()).append("  ");
                }
                if (hit.source() != null) {
                    line.append(hit.source()).append("  ");
                }
                if (hit.topic() != null) {
                    line.append(hit.topic());
                }
                if (hit.duplicateOf() != null) {
                    line.append("  duplicate_of ").append(hit.duplicateOf())
                            .append(" (").append(hit.duplicateKind()).append(')');
                }
                if (hit.duplicates() > 0) {
                    line.append("  +").append(hit.duplicates()).append(" duplicate(s)");
                }
                out.println(line.toString().stripTrailing());
                out.println("   " + marked(hit.snippet(), terminal));
            }
            printFacets(result.facets(), out);
        }
        out.flush();
        return CliErrors.OK;
    }

    private static void printFacets(Map<String, List<SearchResult.FacetValue>> facets, PrintStream out) {
        if (facets.isEmpty()) {
            return;
        }
        out.println();
        for (String dim : List.of("PERS", "LOC", "ORG", "MISC", "source", "topic", "year")) {
            List<SearchResult.FacetValue> values = facets.get(dim);
            if (values == null || values.isEmpty()) {
                continue;
            }
            StringBuilder line = new StringBuilder(String.format("%-7s", dim));
            int shown = 0;
            for (SearchResult.FacetValue v : values) {
                if (shown++ == 5) {
                    break;
                }
                line.append("  ").append(v.value()).append(" (").append(v.count()).append(')');
            }
            out.println(line);
        }
    }

    /** The snippet with its matches in bold on a terminal, between ** marks otherwise. */
    static String marked(Snippet snippet, boolean terminal) {
        String open = terminal ? "\u001b[1;33m" : "**";
        String close = terminal ? "\u001b[0m" : "**";
        StringBuilder s = new StringBuilder(snippet.text().length() + 32);
        int at = 0;
        for (Snippet.Highlight h : snippet.highlights()) {
            s.append(snippet.text(), at, h.start()).append(open).append(snippet.text(), h.start(), h.end()).append(close);
            at = h.end();
        }
        s.append(snippet.text(), at, snippet.text().length());
        return s.toString().replace('\n', ' ');
    }

    private static LocalDate date(String value, String option) {
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new InputException(option + " \"" + value + "\" is not a date; use YYYY-MM-DD");
        }
    }
}
