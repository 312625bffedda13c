package naba.text;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import java.util.RandomAccess;

/**
 * An immutable list of spans ordered by start offset, with range look-ups by binary search.
 * Sentences of «قال كيري. وصل لافروف.» form a layer of two spans; {@code layer.within(sentence)}
 * returns the tokens of one of them without scanning the whole document.
 *
 * @param <T> the element type
 */
public final class Layer<T extends Span> extends AbstractList<T> implements RandomAccess {
    private static final Layer<?> EMPTY = new Layer<>(new Span[0]);

    private final Span[] items;

    private Layer(Span[] items) {
        this.items = items;
    }

    /** A layer of the given spans, which must be ordered by start offset (ties by end). */
    public static <T extends Span> Layer<T> of(List<? extends T> spans) {
        if (spans.isEmpty()) {
            return empty();
        }
        Span[] array = spans.toArray(new Span[0]);
        for (int i = 1; i < array.length; i++) {
            if (array[i].start() < array[i - 1].start()) {
                throw new IllegalArgumentException("layer spans out of order at index " + i + ": "
                        + array[i - 1].start() + " then " + array[i].start());
            }
        }
        return new Layer<>(array);
    }

    @SuppressWarnings("unchecked")
    public static <T extends Span> Layer<T> empty() {
        return (Layer<T>) EMPTY;
    }

    @Override
    @SuppressWarnings("unchecked")
    public T get(int index) {
        return (T) items[index];
    }

    @Override
    public int size() {
        return items.length;
    }

    /** Index of the first element whose start is {@code >= offset} (size() when none). */
    public int firstStartingAtOrAfter(int offset) {
        int lo = 0;
        int hi = items.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (items[mid].start() < offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** The elements that lie entirely inside {@code range}, as a view. */
    public List<T> within(Span range) {
        int from = firstStartingAtOrAfter(range.start());
        int to = from;
        while (to < items.length && items[to].start() < range.end()) {
            to++;
        }
        // Elements that start inside but end outside the range are not "within" it.
        int end = from;
        for (int i = from; i < to; i++) {
            if (items[i].end() <= range.end()) {
                end = i + 1;
            }
        }
        return subList(from, end);
    }

    /** Index range {@code [from, to)} of the elements starting inside {@code [start, end)}. */
    public int[] indexRange(int start, int end) {
        int from = firstStartingAtOrAfter(start);
        int to = firstStartingAtOrAfter(end);
        return new int[] {from, to};
    }

    @Override
    public String toString() {
        return Arrays.toString(items);
    }
}
