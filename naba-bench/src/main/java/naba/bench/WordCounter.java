package naba.bench;

import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** JMH reports {@link #words} as a rate: words per second, beside the usual ops/s. */
@State(Scope.Thread)
@AuxCounters(AuxCounters.Type.OPERATIONS)
public class WordCounter {
    public long words;

    @Setup(Level.Iteration)
    public void reset() {
        words = 0;
    }
}
