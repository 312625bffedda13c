package naba.story;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import naba.dedup.ContentWords;

/**
 * Groups articles into stories: the reports of one event, from any outlet, within a few days. Each article becomes a
 * tf-idf vector of its content-word stems (title words count twice) plus its entities as extra features; articles
 * are read in date order and each joins the most similar open story (cosine to the story's summed vector, at least
 * the threshold, story begun at most {@code windowDays} before) or opens a new one. So «كيري يبحث مع لافروف الوضع في
 * سوريا» on Saturday and «لافروف وكيري يتفقان على مواصلة المشاورات» on Sunday join one story, while a football report
 * of the same day does not.
 *
 * <p>Cost is linear in the corpus for a bounded number of open stories: candidate stories come from an inverted index
 * over the article's terms, and stories leave the index once the window has passed. Single-pass clustering does not
 * chain: an article must resemble the story as a whole, not one member. Immutable and thread-safe.
 */
public final class StoryDetector {
    private static final String ENTITY_PREFIX = "\u0000";
    private static final int LABEL_TERMS = 8;

    private final StoryOptions options;

    public StoryDetector(StoryOptions options) {
        this.options = options;
    }

    public StoryOptions options() {
        return options;
    }

    /** The stories among {@code articles} with at least {@code minSize} members, largest first. */
    public List<Story> detect(List<StoryArticle> articles) {
        int n = articles.size();
        Map<String, Integer> vocabulary = new HashMap<>();
        List<String> words = new ArrayList<>();
        int[][] termIds = new int[n][];
        int[][] termCounts = new int[n][];
        int[] df = new int[16];
        Set<String> known = new HashSet<>();
        for (StoryArticle article : articles) {
            known.addAll(article.terms());
        }
        for (int a = 0; a < n; a++) {
            StoryArticle article = articles.get(a);
            Map<Integer, Integer> counts = new HashMap<>();
            for (String term : article.terms()) {
                String stem = ContentWords.INSTANCE.withoutConjunction(term, known);
                counts.merge(idOf(stem, vocabulary, words), 1, Integer::sum);
            }
            for (String entity : article.entities()) {
                counts.putIfAbsent(idOf(ENTITY_PREFIX + entity, vocabulary, words), 1);
            }
            termIds[a] = new int[counts.size()];
            termCounts[a] = new int[counts.size()];
            int k = 0;
            for (Map.Entry<Integer, Integer> e : counts.entrySet()) {
                termIds[a][k] = e.getKey();
                termCounts[a][k++] = e.getValue();
            }
            if (vocabulary.size() > df.length) {
                df = Arrays.copyOf(df, Math.max(vocabulary.size(), df.length * 2));
            }
            for (int id : termIds[a]) {
                df[id]++;
            }
        }
        Vector[] vectors = new Vector[n];
        for (int a = 0; a < n; a++) {
            vectors[a] = vector(termIds[a], termCounts[a], df, n, words);
        }

        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparingLong((Integer i) -> day(articles.get(i).date())));
        List<Cluster> clusters = new ArrayList<>();
        Map<Integer, List<Cluster>> postings = new HashMap<>();
        for (int a : order) {
            long day = day(articles.get(a).date());
            Vector v = vectors[a];
            Map<Cluster, Double> dots = new IdentityHashMap<>();
            for (int k = 0; k < v.ids.length; k++) {
                List<Cluster> list = postings.get(v.ids[k]);
                if (list == null) {
                    continue;
                }
                for (Iterator<Cluster> it = list.iterator(); it.hasNext(); ) {
                    Cluster c = it.next();
                    if (day - c.firstDay > options.windowDays()) {
                        it.remove(); // dates only grow, so this story is closed for good
                        continue;
                    }
                    dots.merge(c, v.weights[k] * c.sum.get(v.ids[k]), Double::sum);
                }
            }
            Cluster best = null;
            double bestScore = options.threshold();
            for (Map.Entry<Cluster, Double> e : dots.entrySet()) {
                double score = e.getValue() / Math.sqrt(e.getKey().norm2);
                if (score >= bestScore && (best == null || score > bestScore || e.getKey().index < best.index)) {
                    best = e.getKey();
                    bestScore = score;
                }
            }
            if (best == null) {
                best = new Cluster(clusters.size(), day);
                clusters.add(best);
            }
            double dot = dots.getOrDefault(best, 0.0);
            best.norm2 += 2 * dot + v.norm2(); // |sum + v|^2, exactly
            for (int k = 0; k < v.ids.length; k++) {
                Double old = best.sum.put(v.ids[k], best.sum.getOrDefault(v.ids[k], 0.0) + v.weights[k]);
                if (old == null) {
                    postings.computeIfAbsent(v.ids[k], t -> new ArrayList<>()).add(best);
                }
            }
            best.members.add(a);
        }

        List<Story> stories = new ArrayList<>();
        for (Cluster c : clusters) {
            if (c.members.size() >= options.minSize()) {
                stories.add(story(c, articles, vectors, words));
            }
        }
        stories.sort(Comparator.comparingInt(Story::size).reversed()
                .thenComparing(s -> s.first() == null ? LocalDate.MAX : s.first()));
        return stories;
    }

    private Story story(Cluster c, List<StoryArticle> articles, Vector[] vectors, List<String> words) {
        int central = c.members.get(0);
        double bestDot = -1;
        Map<String, Integer> entityCounts = new HashMap<>();
        LinkedHashSet<String> sources = new LinkedHashSet<>();
        List<String> members = new ArrayList<>();
        LocalDate first = null;
        LocalDate last = null;
        for (int a : c.members) {
            StoryArticle article = articles.get(a);
            members.add(article.id());
            if (article.source() != null) {
                sources.add(article.source());
            }
            if (article.date() != null) {
                first = first == null || article.date().isBefore(first) ? article.date() : first;
                last = last == null || article.date().isAfter(last) ? article.date() : last;
            }
            for (String e : new LinkedHashSet<>(article.entities())) {
                entityCounts.merge(e, 1, Integer::sum);
            }
            Vector v = vectors[a];
            double dot = 0;
            for (int k = 0; k < v.ids.length; k++) {
                dot += v.weights[k] * c.sum.get(v.ids[k]);
            }
            if (dot > bestDot + 1e-12) {
                bestDot = dot;
                central = a;
            }
        }
        List<String> entities = new ArrayList<>();
        entityCounts.entrySet().stream().filter(e -> e.getValue() >= 2)
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .forEach(e -> entities.add(e.getKey()));
        List<String> terms = new ArrayList<>();
        c.sum.entrySet().stream().filter(e -> !words.get(e.getKey()).startsWith(ENTITY_PREFIX))
                .sorted(Map.Entry.<Integer, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(LABEL_TERMS).forEach(e -> terms.add(words.get(e.getKey())));
        StoryArticle centralArticle = articles.get(central);
        String label = centralArticle.title() != null && !centralArticle.title().isBlank()
                ? centralArticle.title().strip() : centralArticle.id();
        return new Story("story-" + articles.get(c.members.get(0)).id(), label, centralArticle.id(), first, last,
                members, new ArrayList<>(sources), entities, terms);
    }

    /** Tf-idf with sublinear tf, entity features scaled by the entity weight, top terms kept, unit length. */
    private Vector vector(int[] ids, int[] counts, int[] df, int n, List<String> words) {
        int m = ids.length;
        double[] weights = new double[m];
        for (int k = 0; k < m; k++) {
            double idf = Math.log((double) (n + 1) / df[ids[k]]);
            double w = (1 + Math.log(counts[k])) * idf;
            weights[k] = words.get(ids[k]).startsWith(ENTITY_PREFIX) ? w * options.entityWeight() : w;
        }
        Integer[] byWeight = new Integer[m];
        for (int k = 0; k < m; k++) {
            byWeight[k] = k;
        }
        Arrays.sort(byWeight, (x, y) -> weights[x] != weights[y] ? Double.compare(weights[y], weights[x])
                : Integer.compare(ids[x], ids[y]));
        int keep = Math.min(m, options.terms());
        int[] outIds = new int[keep];
        double[] outWeights = new double[keep];
        double norm = 0;
        for (int k = 0; k < keep; k++) {
            outIds[k] = ids[byWeight[k]];
            outWeights[k] = weights[byWeight[k]];
            norm += outWeights[k] * outWeights[k];
        }
        norm = Math.sqrt(norm);
        for (int k = 0; k < keep; k++) {
            outWeights[k] = norm == 0 ? 0 : outWeights[k] / norm;
        }
        return new Vector(outIds, outWeights);
    }

    private static int idOf(String term, Map<String, Integer> vocabulary, List<String> words) {
        Integer id = vocabulary.get(term);
        if (id == null) {
            id = vocabulary.size();
            vocabulary.put(term, id);
            words.add(term);
        }
        return id;
    }

    /** Undated articles sort after every date and lie too far from any dated story to join it. */
    private static long day(LocalDate date) {
        return date == null ? Long.MAX_VALUE / 2 : date.toEpochDay();
    }

    private record Vector(int[] ids, double[] weights) {
        double norm2() {
            double s = 0;
            for (double w : weights) {
                s += w * w;
            }
            return s;
        }
    }

    /** An open story: the sum of its members' unit vectors and that sum's squared length. */
    private static final class Cluster {
        final int index;
        final long firstDay;
        final Map<Integer, Double> sum = new HashMap<>();
        final List<Integer> members = new ArrayList<>();
        double norm2;

        Cluster(int index, long firstDay) {
            this.index = index;
            this.firstDay = firstDay;
        }
    }
}
