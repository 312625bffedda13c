package naba.search;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import naba.search.analysis.NabaArabicAnalyzer;
import naba.search.analysis.NabaExactAnalyzer;
import naba.text.EntityType;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.QueryBuilder;

/**
 * The archive: a Lucene index on local disk holding each article, its metadata, its stored analysis and facets
 * (entities by type, source, topic, publication year/month/day). Searching «لافروف» finds «ولافروف» and
 * «للافروف» through {@link NabaArabicAnalyzer}.
 *
 * <p>Durability: {@link #put(List)} returns only after a Lucene commit (fsync), so an acknowledged document
 * survives {@code kill -9}; an index always opens at its last commit. Documents are replaced by id. Thread-safe:
 * any number of threads may search, add and commit at once.
 */
public final class Archive implements Closeable {
    /** Bump on an incompatible change of fields; {@link #open(Path)} refuses newer formats. */
    public static final int FORMAT = 1;
    static final String FORMAT_KEY = "naba.archive.format";

    static final String ID = "id";
    static final String TITLE = "title";
    static final String TEXT = "text";
    static final String TEXT_EXACT = "text_exact";
    static final String SOURCE = "source";
    static final String TOPIC = "topic";
    static final String URL = "url";
    static final String DATE = "date";
    static final String DATE_SORT = "date_sort";
    static final String ENTITY = "entity";
    static final String ENTITY_TYPE = "entity_type";
    static final String ENTITY_NAME = "entity_name";
    static final String ENTITY_WORD = "entity_word";
    static final String ENTITY_LOOKUP = "entity_lookup";
    static final String ANALYSIS = "analysis";
    static final String DUP_GROUP = "dup_group";
    static final String DUP_OF = "duplicate_of";
    static final String DUP_KIND = "duplicate_kind";
    static final String DUP_SIMILARITY = "duplicate_similarity";
    static final String DUP_SEQ = "dup_seq";
    static final String DUP_PRINT = "dup_print";
    static final String DIM_SOURCE = "source";
    static final String DIM_TOPIC = "topic";
    static final String DIM_YEAR = "year";
    static final String DIM_MONTH = "month";
    static final String DIM_DAY = "day";
    private static final char SEP = '\u001f';
    private static final int LOOKUP_SCAN = 2000;

    private final Path path;
    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final FacetsConfig facetsConfig = new FacetsConfig();
    private final Analyzer analyzer;
    private final QueryBuilder queryBuilder;
    private final SnippetMaker snippets;
    private final DuplicateMarks duplicates = new DuplicateMarks();
    private volatile FacetState facetState;

    private record FacetState(IndexReader reader, SortedSetDocValuesReaderState state) {
    }

    private Archive(Path path, Directory directory, IndexWriter writer, Analyzer analyzer) throws IOException {
        this.path = path;
        this.directory = directory;
        this.writer = writer;
        this.analyzer = analyzer;
        this.searchers = new SearcherManager(writer, null);
        this.queryBuilder = new QueryBuilder(analyzer);
        this.snippets = new SnippetMaker(analyzer, TEXT);
        for (EntityType type : EntityType.values()) {
            facetsConfig.setMultiValued(type.name(), true);
        }
    }

    /** Opens the archive in {@code dir}, creating it when absent. */
    public static Archive open(Path dir) {
        Directory directory = null;
        try {
            Files.createDirectories(dir);
            directory = FSDirectory.open(dir);
            Analyzer analyzer = new PerFieldAnalyzerWrapper(new NabaArabicAnalyzer(),
                    Map.of(TEXT_EXACT, new NabaExactAnalyzer()));
            IndexWriterConfig config = new IndexWriterConfig(analyzer)
                    .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                    .setRAMBufferSizeMB(64);
            IndexWriter writer = new IndexWriter(directory, config);
            checkFormat(dir, writer);
            writer.setLiveCommitData(Map.of(FORMAT_KEY, Integer.toString(FORMAT)).entrySet());
            if (!DirectoryReader.indexExists(directory)) {
                writer.commit(); // an empty archive is a valid one: it opens and searches
            }
            Archive archive = new Archive(dir, directory, writer, analyzer);
            archive.loadDuplicates();
            return archive;
        } catch (LockObtainFailedException e) {
            closeQuietly(directory);
            throw new ArchiveException(dir + ": in use by another naba process (index, serve); stop it or pass --data DIR");
        } catch (IOException e) {
            closeQuietly(directory);
            throw new ArchiveException(dir + ": cannot open the archive: " + e.getMessage()
                    + "; check the directory's permissions or pass --data DIR", e);
        }
    }

    private static void checkFormat(Path dir, IndexWriter writer) {
        Iterable<Map.Entry<String, String>> data = writer.getLiveCommitData();
        if (data == null) {
            return;
        }
        for (Map.Entry<String, String> entry : data) {
            if (FORMAT_KEY.equals(entry.getKey()) && Integer.parseInt(entry.getValue()) > FORMAT) {
                closeQuietly(writer);
                throw new ArchiveException(dir + ": archive format " + entry.getValue() + ", this naba reads up to "
                        + FORMAT + "; upgrade naba or pass --data DIR for a new archive");
            }
        }
    }

    public Path path() {
        return path;
    }

    /** Adds or replaces (by id) the records and commits: when this returns, they survive a crash. */
    public void put(List<ArchiveRecord> records) {
        for (ArchiveRecord record : records) {
            add(record);
        }
        commit();
    }

    /**
     * Adds or replaces one record; it becomes durable at the next {@link #commit()}. It is compared with every
     * document put before and marked as their exact or near duplicate ({@code dup_group}, {@code duplicate_of}).
     */
    public void add(ArchiveRecord record) {
        try {
            Document d = toLucene(record);
            addMark(d, duplicates.mark(record.id(), record.text()));
            writer.updateDocument(new Term(ID, record.id()), facetsConfig.build(d));
        } catch (IOException e) {
            throw new ArchiveException(path + ": cannot write document " + record.id() + ": " + e.getMessage(), e);
        }
    }

    /** Makes everything added so far durable and visible to searches. */
    public void commit() {
        try {
            writer.commit();
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new ArchiveException(path + ": commit failed: " + e.getMessage() + "; check free disk space", e);
        }
    }

    /** Number of documents in the archive. */
    public long size() {
        return withSearcher(s -> (long) s.getIndexReader().numDocs());
    }

    /** The record stored under {@code id}. */
    public Optional<ArchiveRecord> get(String id) {
        return withSearcher(s -> {
            TopDocs top = s.search(new TermQuery(new Term(ID, id)), 1);
            if (top.scoreDocs.length == 0) {
                return Optional.empty();
            }
            return Optional.of(toRecord(s.storedFields().document(top.scoreDocs[0].doc)));
        });
    }

    /** Runs a search: hits with snippets and facets over every match. */
    public SearchResult search(SearchRequest request) {
        return withSearcher(s -> {
            Query query = toQuery(request);
            boolean byDate = request.query().isBlank();
            int n = Math.max(1, request.offset() + request.limit());
            FacetsCollector collector = new FacetsCollector();
            TopDocs top = byDate
                    ? FacetsCollector.search(s, query, n, newestFirst(), collector)
                    : FacetsCollector.search(s, query, n, collector);
            long total = 0;
            for (FacetsCollector.MatchingDocs docs : collector.getMatchingDocs()) {
                total += docs.totalHits;
            }
            Set<String> terms = byDate ? Set.of() : snippets.terms(stripQuotes(request.query()));
            if (request.collapse()) {
                return collapsed(s, query, byDate, request, collector, terms);
            }
            List<SearchResult.Hit> hits = hits(s, top.scoreDocs, request.offset(), request.limit(), terms, null);
            return new SearchResult(total, hits, facets(s, collector, 10));
        });
    }

    /** Entities whose name, or a word of it, starts with {@code prefix}, most documents first. */
    public List<EntityReport.Cooccurrence> entities(String prefix, EntityType type, int limit) {
        String p = EntityRef.searchForm(prefix == null ? "" : prefix);
        return withSearcher(s -> {
            if (p.isEmpty()) {
                return topEntities(s, type, limit);
            }
            Set<String> ids = new LinkedHashSet<>();
            Terms terms = MultiTerms.getTerms(s.getIndexReader(), ENTITY_LOOKUP);
            if (terms != null) {
                TermsEnum it = terms.iterator();
                BytesRef start = new BytesRef(p);
                if (it.seekCeil(start) != TermsEnum.SeekStatus.END) {
                    int scanned = 0;
                    for (BytesRef term = it.term(); term != null && scanned < LOOKUP_SCAN; term = it.next(), scanned++) {
                        String value = term.utf8ToString();
                        if (!value.startsWith(p)) {
                            break;
                        }
                        String id = value.substring(value.indexOf(SEP) + 1);
                        if (type == null || id.startsWith(type.name() + ":")) {
                            ids.add(id);
                        }
                    }
                }
            }
            List<EntityReport.Cooccurrence> found = new ArrayList<>();
            for (String id : ids) {
                int count = s.count(new TermQuery(new Term(ENTITY, id)));
                if (count > 0) {
                    found.add(new EntityReport.Cooccurrence(EntityRef.parse(id), count));
                }
            }
            found.sort(Comparator.comparingLong(EntityReport.Cooccurrence::documents).reversed()
                    .thenComparing(c -> c.entity().canonical()));
            return found.size() > limit ? List.copyOf(found.subList(0, limit)) : found;
        });
    }

    /** The report of entity {@code id} ({@code PERS:سيرغي لافروف}), or empty when no document mentions it. */
    public Optional<EntityReport> entity(String id, int limit) {
        EntityRef ref = EntityRef.parse(id);
        return withSearcher(s -> {
            Query query = new TermQuery(new Term(ENTITY, ref.id()));
            FacetsCollector collector = new FacetsCollector();
            TopDocs top = FacetsCollector.search(s, query, Math.max(1, limit), newestFirst(), collector);
            long total = 0;
            for (FacetsCollector.MatchingDocs docs : collector.getMatchingDocs()) {
                total += docs.totalHits;
            }
            if (total == 0) {
                return Optional.<EntityReport>empty();
            }
            Map<String, List<SearchResult.FacetValue>> facets = facets(s, collector, 11);
            List<EntityReport.Cooccurrence> with = new ArrayList<>();
            for (EntityType type : EntityType.values()) {
                for (SearchResult.FacetValue value : facets.getOrDefault(type.name(), List.of())) {
                    EntityRef other = new EntityRef(type, value.value(), 0);
                    if (!other.equals(ref)) {
                        with.add(new EntityReport.Cooccurrence(other, value.count()));
                    }
                }
            }
            with.sort(Comparator.comparingLong(EntityReport.Cooccurrence::documents).reversed());
            List<SearchResult.Hit> hits = hits(s, top.scoreDocs, 0, limit, Set.of(), null);
            return Optional.of(new EntityReport(new EntityRef(ref.type(), ref.canonical(), (int) total), total, hits,
                    with.size() > 20 ? with.subList(0, 20) : with, facets.getOrDefault(DIM_MONTH, List.of())));
        });
    }

    @Override
    public void close() {
        try {
            searchers.close();
            writer.close(); // commits what was added
            directory.close();
        } catch (IOException e) {
            throw new ArchiveException(path + ": closing the archive failed: " + e.getMessage(), e);
        }
    }

    // --- documents -------------------------------------------------------------------------------------------

    private Document toLucene(ArchiveRecord r) {
        Document d = new Document();
        d.add(new StringField(ID, r.id(), Field.Store.YES));
        if (r.title() != null) {
            d.add(new TextField(TITLE, r.title(), Field.Store.YES));
        }
        d.add(new TextField(TEXT, r.text(), Field.Store.YES));
        d.add(new TextField(TEXT_EXACT, r.text(), Field.Store.NO));
        if (r.url() != null) {
            d.add(new StoredField(URL, r.url()));
        }
        if (r.source() != null && !r.source().isBlank()) {
            d.add(new StringField(SOURCE, r.source(), Field.Store.YES));
            d.add(new SortedSetDocValuesFacetField(DIM_SOURCE, r.source()));
        }
        if (r.topic() != null && !r.topic().isBlank()) {
            d.add(new StringField(TOPIC, r.topic(), Field.Store.YES));
            d.add(new SortedSetDocValuesFacetField(DIM_TOPIC, r.topic()));
        }
        if (r.date() != null) {
            LocalDate date = r.date();
            d.add(new LongPoint(DATE, date.toEpochDay()));
            d.add(new NumericDocValuesField(DATE_SORT, date.toEpochDay()));
            d.add(new StoredField(DATE, date.toString()));
            d.add(new SortedSetDocValuesFacetField(DIM_YEAR, String.format(Locale.ROOT, "%04d", date.getYear())));
            d.add(new SortedSetDocValuesFacetField(DIM_MONTH, date.toString().substring(0, 7)));
            d.add(new SortedSetDocValuesFacetField(DIM_DAY, date.toString()));
        }
        Set<String> seen = new LinkedHashSet<>();
        for (EntityRef entity : r.entities()) {
            if (!seen.add(entity.id())) {
                continue;
            }
            d.add(new StringField(ENTITY, entity.id(), Field.Store.YES));
            d.add(new StoredField(ENTITY + "_mentions", entity.mentions()));
            d.add(new StringField(ENTITY_TYPE, entity.type().name(), Field.Store.NO));
            d.add(new SortedSetDocValuesFacetField(entity.type().name(), entity.canonical()));
            String name = EntityRef.searchForm(entity.canonical());
            d.add(new StringField(ENTITY_NAME, name, Field.Store.NO));
            d.add(new StringField(ENTITY_NAME, entity.type().name() + SEP + name, Field.Store.NO));
            String[] words = name.split("\\s+");
            for (int i = 0; i < words.length; i++) {
                d.add(new StringField(ENTITY_WORD, words[i], Field.Store.NO));
                d.add(new StringField(ENTITY_WORD, entity.type().name() + SEP + words[i], Field.Store.NO));
                String tail = String.join(" ", java.util.Arrays.copyOfRange(words, i, words.length));
                d.add(new StringField(ENTITY_LOOKUP, tail + SEP + entity.id(), Field.Store.NO));
            }
        }
        d.add(new StoredField(ANALYSIS, new BytesRef(r.analysis())));
        return d;
    }

    private static ArchiveRecord toRecord(Document d) {
        String date = d.get(DATE);
        List<EntityRef> entities = new ArrayList<>();
        String[] ids = d.getValues(ENTITY);
        org.apache.lucene.index.IndexableField[] mentions = d.getFields(ENTITY + "_mentions");
        for (int i = 0; i < ids.length; i++) {
            EntityRef ref = EntityRef.parse(ids[i]);
            int count = i < mentions.length ? mentions[i].numericValue().intValue() : 0;
            entities.add(new EntityRef(ref.type(), ref.canonical(), count));
        }
        BytesRef analysis = d.getBinaryValue(ANALYSIS);
        byte[] bytes = analysis == null ? new byte[0]
                : java.util.Arrays.copyOfRange(analysis.bytes, analysis.offset, analysis.offset + analysis.length);
        return new ArchiveRecord(d.get(ID), d.get(TITLE), d.get(TEXT), date == null ? null : LocalDate.parse(date),
                d.get(SOURCE), d.get(URL), d.get(TOPIC), entities, bytes);
    }

    // --- queries ---------------------------------------------------------------------------------------------

    private Query toQuery(SearchRequest request) {
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        String text = request.query().strip();
        if (text.isEmpty()) {
            all.add(new MatchAllDocsQuery(), Occur.MUST);
        } else {
            all.add(textQuery(text), Occur.MUST);
        }
        if (request.entity() != null && !request.entity().isBlank()) {
            all.add(entityQuery(request.entity().strip(), request.type()), Occur.FILTER);
        } else if (request.type() != null) {
            all.add(new TermQuery(new Term(ENTITY_TYPE, request.type().name())), Occur.FILTER);
        }
        if (request.from() != null || request.to() != null) {
            long from = request.from() == null ? Long.MIN_VALUE : request.from().toEpochDay();
            long to = request.to() == null ? Long.MAX_VALUE : request.to().toEpochDay();
            all.add(LongPoint.newRangeQuery(DATE, from, to), Occur.FILTER);
        }
        if (request.source() != null && !request.source().isBlank()) {
            all.add(new TermQuery(new Term(SOURCE, request.source().strip())), Occur.FILTER);
        }
        if (request.topic() != null && !request.topic().isBlank()) {
            all.add(new TermQuery(new Term(TOPIC, request.topic().strip())), Occur.FILTER);
        }
        return all.build();
    }

    private Query textQuery(String text) {
        boolean phrase = text.length() > 2 && text.startsWith("\"") && text.endsWith("\"");
        String inner = stripQuotes(text);
        Query body = phrase ? queryBuilder.createPhraseQuery(TEXT_EXACT, inner)
                : queryBuilder.createBooleanQuery(TEXT, inner);
        Query title = phrase ? queryBuilder.createPhraseQuery(TITLE, inner) : queryBuilder.createBooleanQuery(TITLE, inner);
        if (body == null) {
            return new MatchNoDocsQuery("the query has only stop words");
        }
        BooleanQuery.Builder either = new BooleanQuery.Builder().add(body, Occur.SHOULD);
        if (title != null) {
            either.add(new BoostQuery(title, 2f), Occur.SHOULD);
        }
        return either.build();
    }

    private static String stripQuotes(String text) {
        String t = text.strip();
        return t.length() > 2 && t.startsWith("\"") && t.endsWith("\"") ? t.substring(1, t.length() - 1) : t;
    }

    private static Query entityQuery(String entity, EntityType type) {
        int colon = entity.indexOf(':');
        if (colon > 0 && isType(entity.substring(0, colon))) {
            return new TermQuery(new Term(ENTITY, entity));
        }
        String name = EntityRef.searchForm(entity);
        String prefix = type == null ? "" : type.name() + SEP;
        BooleanQuery.Builder words = new BooleanQuery.Builder();
        for (String word : name.split("\\s+")) {
            words.add(new TermQuery(new Term(ENTITY_WORD, prefix + word)), Occur.FILTER);
        }
        return new BooleanQuery.Builder()
                .add(new TermQuery(new Term(ENTITY_NAME, prefix + name)), Occur.SHOULD)
                .add(words.build(), Occur.SHOULD)
                .build();
    }

    private static boolean isType(String s) {
        for (EntityType type : EntityType.values()) {
            if (type.name().equals(s)) {
                return true;
            }
        }
        return false;
    }

    private static Sort newestFirst() {
        SortField date = new SortField(DATE_SORT, SortField.Type.LONG, true);
        date.setMissingValue(Long.MIN_VALUE);
        return new Sort(date, SortField.FIELD_SCORE);
    }

    /** Hits {@code offset..offset+limit} of {@code docs}; with {@code groupSizes} each counts its collapsed group. */
    private List<SearchResult.Hit> hits(IndexSearcher s, ScoreDoc[] docs, int offset, int limit, Set<String> terms,
                                        Map<String, Integer> groupSizes) throws IOException {
        List<SearchResult.Hit> hits = new ArrayList<>();
        StoredFields stored = s.storedFields();
        for (int i = offset; i < docs.length && hits.size() < limit; i++) {
            Document d = stored.document(docs[i].doc,
                    Set.of(ID, TITLE, TEXT, DATE, SOURCE, TOPIC, DUP_GROUP, DUP_OF, DUP_KIND));
            String date = d.get(DATE);
            String group = d.get(DUP_GROUP) == null ? d.get(ID) : d.get(DUP_GROUP);
            int folded = groupSizes == null ? 0 : groupSizes.getOrDefault(group, 1) - 1;
            hits.add(new SearchResult.Hit(d.get(ID), d.get(TITLE), date == null ? null : LocalDate.parse(date),
                    d.get(SOURCE), d.get(TOPIC), Float.isNaN(docs[i].score) ? 0f : docs[i].score,
                    snippets.snippet(d.get(TEXT), terms), group, d.get(DUP_OF), d.get(DUP_KIND), folded));
        }
        return hits;
    }

    // --- duplicates ------------------------------------------------------------------------------------------

    private static void addMark(Document d, DuplicateMarks.Mark mark) {
        d.add(new StringField(DUP_GROUP, mark.group(), Field.Store.YES));
        d.add(new SortedDocValuesField(DUP_GROUP, new BytesRef(mark.group())));
        if (mark.duplicateOf() != null) {
            d.add(new StringField(DUP_OF, mark.duplicateOf(), Field.Store.YES));
            d.add(new StringField(DUP_KIND, mark.kind().name(), Field.Store.YES));
            d.add(new StoredField(DUP_SIMILARITY, mark.similarity()));
        }
        d.add(new StoredField(DUP_SEQ, mark.seq()));
        d.add(new StoredField(DUP_PRINT, new BytesRef(DuplicateMarks.encode(mark.print()))));
    }

    /**
     * Rebuilds the duplicate index from the fingerprints stored with the documents, in the order they were put, so
     * duplicates keep being found after a restart. Documents stored before marks existed count as unique, oldest.
     */
    private void loadDuplicates() {
        withSearcher(s -> {
            List<Object[]> marked = new ArrayList<>();
            List<DuplicateMarks.Mark> legacy = new ArrayList<>();
            List<String> legacyIds = new ArrayList<>();
            for (LeafReaderContext leaf : s.getIndexReader().leaves()) {
                StoredFields stored = leaf.reader().storedFields();
                Bits live = leaf.reader().getLiveDocs();
                for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
                    if (live != null && !live.get(doc)) {
                        continue;
                    }
                    Document d = stored.document(doc,
                            Set.of(ID, DUP_GROUP, DUP_OF, DUP_KIND, DUP_SIMILARITY, DUP_SEQ, DUP_PRINT));
                    String id = d.get(ID);
                    BytesRef bytes = d.getBinaryValue(DUP_PRINT);
                    IndexableField seq = d.getField(DUP_SEQ);
                    naba.dedup.Fingerprint print = bytes == null ? null
                            : DuplicateMarks.decode(id, bytes.bytes, bytes.offset, bytes.length);
                    if (print == null || seq == null || d.get(DUP_GROUP) == null) {
                        String text = stored.document(doc, Set.of(TEXT)).get(TEXT);
                        legacyIds.add(id);
                        legacy.add(new DuplicateMarks.Mark(id, null, null, 0, 0,
                                duplicates.fingerprint(id, text == null ? "" : text)));
                        continue;
                    }
                    IndexableField similarity = d.getField(DUP_SIMILARITY);
                    String kind = d.get(DUP_KIND);
                    marked.add(new Object[] {id, new DuplicateMarks.Mark(d.get(DUP_GROUP), d.get(DUP_OF),
                            kind == null ? null : naba.dedup.DuplicateKind.valueOf(kind),
                            similarity == null ? 0 : similarity.numericValue().doubleValue(),
                            seq.numericValue().longValue(), print)});
                }
            }
            // legacy documents take negative sequence numbers: older than every marked one
            for (int i = 0; i < legacy.size(); i++) {
                DuplicateMarks.Mark m = legacy.get(i);
                duplicates.load(legacyIds.get(i),
                        new DuplicateMarks.Mark(m.group(), null, null, 0, i - legacy.size(), m.print()));
            }
            marked.sort(Comparator.comparingLong(o -> ((DuplicateMarks.Mark) o[1]).seq()));
            for (Object[] o : marked) {
                duplicates.load((String) o[0], (DuplicateMarks.Mark) o[1]);
            }
            return null;
        });
    }

    /**
     * One hit per {@code dup_group}: the best-ranked member, with the number of other matching members. Fetches
     * more top documents until the page is filled with distinct groups (or the matches run out).
     */
    private SearchResult collapsed(IndexSearcher s, Query query, boolean byDate, SearchRequest request,
                                   FacetsCollector collector, Set<String> terms) throws IOException {
        Map<String, Integer> sizes = new HashMap<>();
        long matches = 0;
        for (FacetsCollector.MatchingDocs docs : collector.getMatchingDocs()) {
            matches += docs.totalHits;
            if (docs.bits == null) {
                continue;
            }
            DocIdSetIterator it = docs.bits.iterator();
            if (it == null) {
                continue;
            }
            SortedDocValues groups = DocValues.getSorted(docs.context.reader(), DUP_GROUP);
            StoredFields stored = docs.context.reader().storedFields();
            for (int doc = it.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = it.nextDoc()) {
                sizes.merge(groupOf(groups, stored, doc), 1, Integer::sum);
            }
        }
        int need = request.offset() + request.limit();
        int n = Math.max(1, need);
        List<ScoreDoc> firsts = new ArrayList<>();
        while (true) {
            TopDocs top = byDate ? s.search(query, n, newestFirst()) : s.search(query, n);
            firsts.clear();
            Set<String> seen = new HashSet<>();
            List<LeafReaderContext> leaves = s.getIndexReader().leaves();
            for (ScoreDoc sd : top.scoreDocs) {
                LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(sd.doc, leaves));
                String group = groupOf(DocValues.getSorted(leaf.reader(), DUP_GROUP), leaf.reader().storedFields(),
                        sd.doc - leaf.docBase);
                if (seen.add(group)) {
                    firsts.add(sd);
                    if (firsts.size() >= need) {
                        break;
                    }
                }
            }
            if (firsts.size() >= need || top.scoreDocs.length < n || n >= matches) {
                break;
            }
            n = (int) Math.min(matches, (long) n * 4);
        }
        List<SearchResult.Hit> hits = hits(s, firsts.toArray(new ScoreDoc[0]), request.offset(), request.limit(),
                terms, sizes);
        return new SearchResult(sizes.size(), hits, facets(s, collector, 10));
    }

    private static String groupOf(SortedDocValues groups, StoredFields stored, int doc) throws IOException {
        if (groups.advanceExact(doc)) {
            return groups.lookupOrd(groups.ordValue()).utf8ToString();
        }
        return stored.document(doc, Set.of(ID)).get(ID); // stored before marks existed: its own group
    }

    // --- facets ----------------------------------------------------------------------------------------------

    private Map<String, List<SearchResult.FacetValue>> facets(IndexSearcher s, FacetsCollector collector, int top)
            throws IOException {
        SortedSetDocValuesReaderState state = facetState(s.getIndexReader());
        Map<String, List<SearchResult.FacetValue>> out = new LinkedHashMap<>();
        if (state == null) {
            return out;
        }
        Facets facets = new SortedSetDocValuesFacetCounts(state, collector);
        List<String> dims = new ArrayList<>();
        for (EntityType type : EntityType.values()) {
            dims.add(type.name());
        }
        dims.addAll(List.of(DIM_SOURCE, DIM_TOPIC, DIM_YEAR, DIM_MONTH));
        for (String dim : dims) {
            boolean timeline = dim.equals(DIM_MONTH) || dim.equals(DIM_YEAR);
            FacetResult result;
            try {
                result = facets.getTopChildren(timeline ? 1000 : top, dim);
            } catch (IllegalArgumentException e) {
                continue; // no document has this dimension yet
            }
            if (result == null) {
                continue;
            }
            List<SearchResult.FacetValue> values = new ArrayList<>();
            for (LabelAndValue lv : result.labelValues) {
                values.add(new SearchResult.FacetValue(lv.label, lv.value.longValue()));
            }
            if (timeline) {
                values.sort(Comparator.comparing(SearchResult.FacetValue::value));
            }
            out.put(dim, values);
        }
        return out;
    }

    private SortedSetDocValuesReaderState facetState(IndexReader reader) throws IOException {
        FacetState current = facetState;
        if (current != null && current.reader() == reader) {
            return current.state();
        }
        SortedSetDocValuesReaderState state;
        try {
            state = new DefaultSortedSetDocValuesReaderState(reader, facetsConfig);
        } catch (IllegalArgumentException e) {
            state = null; // no document has any facet yet
        }
        facetState = new FacetState(reader, state);
        return state;
    }

    private List<EntityReport.Cooccurrence> topEntities(IndexSearcher s, EntityType type, int limit)
            throws IOException {
        FacetsCollector collector = new FacetsCollector();
        FacetsCollector.search(s, new MatchAllDocsQuery(), 1, collector);
        Map<String, List<SearchResult.FacetValue>> facets = facets(s, collector, limit);
        List<EntityReport.Cooccurrence> found = new ArrayList<>();
        for (EntityType t : EntityType.values()) {
            if (type == null || type == t) {
                for (SearchResult.FacetValue v : facets.getOrDefault(t.name(), List.of())) {
                    found.add(new EntityReport.Cooccurrence(new EntityRef(t, v.value(), 0), v.count()));
                }
            }
        }
        found.sort(Comparator.comparingLong(EntityReport.Cooccurrence::documents).reversed());
        return found.size() > limit ? List.copyOf(found.subList(0, limit)) : found;
    }

    // --- plumbing --------------------------------------------------------------------------------------------

    @FunctionalInterface
    private interface SearcherTask<T> {
        T run(IndexSearcher searcher) throws IOException;
    }

    private <T> T withSearcher(SearcherTask<T> task) {
        IndexSearcher searcher;
        try {
            searcher = searchers.acquire();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            return task.run(searcher);
        } catch (IOException e) {
            throw new ArchiveException(path + ": search failed: " + e.getMessage(), e);
        } finally {
            try {
                searchers.release(searcher);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static void closeQuietly(Closeable c) {
        if (c != null) {
            try {
                c.close();
            } catch (IOException ignored) {
                // already failing; the first error is the one to report
            }
        }
    }
}
