package naba.app;

import java.io.IOException;
import java.util.List;
import java.util.Set;
import naba.search.RetrievalEvaluator;

/** Lets tests in other packages read a corpus the way {@code naba eval retrieval} does. */
public final class EvalRetrievalCommandAccess {
    private EvalRetrievalCommandAccess() {
    }

    public static List<RetrievalEvaluator.Article> read(String corpus, Set<String> sources, int limit) throws IOException {
        return EvalRetrievalCommand.read(corpus, sources, limit);
    }
}
