package naba.ner;

/**
 * An open-addressing map from 64-bit keys to ints, without boxing: word hash → count, phrase hash → classes.
 * Key 0 is reserved as the empty marker (a hash of 0 is stored as 1).
 */
final class LongIntMap {
    private long[] keys;
    private int[] values;
    private int size;
    private int mask;

    LongIntMap(int expected) {
        int cap = Integer.highestOneBit(Math.max(4, expected * 2 - 1)) << 1;
        keys = new long[cap];
        values = new int[cap];
        mask = cap - 1;
    }

    private static long key(long k) {
        return k == 0 ? 1 : k;
    }

    private int slot(long k) {
        return (int) (k ^ (k >>> 29)) & mask;
    }

    int get(long k, int missing) {
        k = key(k);
        int i = slot(k);
        while (true) {
            long cur = keys[i];
            if (cur == k) {
                return values[i];
            }
            if (cur == 0) {
                return missing;
            }
            i = (i + 1) & mask;
        }
    }

    void put(long k, int v) {
        k = key(k);
        if ((size + 1) * 2 > keys.length) {
            grow();
        }
        int i = slot(k);
        while (keys[i] != 0 && keys[i] != k) {
            i = (i + 1) & mask;
        }
        if (keys[i] == 0) {
            size++;
        }
        keys[i] = k;
        values[i] = v;
    }

    /** Adds {@code delta} to the value under {@code k} (0 when absent); returns the new value. */
    int add(long k, int delta) {
        int v = get(k, 0) + delta;
        put(k, v);
        return v;
    }

    /** Sets the bits of {@code bits} in the value under {@code k}. */
    void or(long k, int bits) {
        put(k, get(k, 0) | bits);
    }

    int size() {
        return size;
    }

    /** The keys present, in table order. */
    long[] keys() {
        long[] out = new long[size];
        int o = 0;
        for (long k : keys) {
            if (k != 0) {
                out[o++] = k;
            }
        }
        return out;
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldValues = values;
        keys = new long[oldKeys.length * 2];
        values = new int[oldKeys.length * 2];
        mask = keys.length - 1;
        size = 0;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != 0) {
                put(oldKeys[i], oldValues[i]);
            }
        }
    }
}
