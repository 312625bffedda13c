package naba.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class LongIntMapTest {
    @Test
    void keepsEveryValueThroughGrowingIncludingNegativeValuesAndKeyZero() {
        LongIntMap map = new LongIntMap(4);
        SplittableRandom random = new SplittableRandom(7);
        long[] keys = new long[5000];
        for (int i = 0; i < keys.length; i++) {
            keys[i] = random.nextLong();
            map.put(keys[i], i % 2 == 0 ? i : -i);
        }
        map.put(0L, Integer.MIN_VALUE);
        for (int i = 0; i < keys.length; i++) {
            assertThat(map.get(keys[i], 1)).isEqualTo(i % 2 == 0 ? i : -i);
        }
        assertThat(map.get(0L, 1)).isEqualTo(Integer.MIN_VALUE);
        assertThat(map.get(42L, -7)).isEqualTo(-7);
        assertThat(map.size()).isEqualTo(keys.length + 1);
        assertThat(map.keys()).hasSize(keys.length + 1).contains(keys[0], keys[4999]);
    }

    @Test
    void addsAndSetsBitsInPlace() {
        // word hash of «كيري» → count; phrase hash → gazetteer classes
        LongIntMap map = new LongIntMap(4);
        long kerry = WordHash.of("كيري");
        assertThat(map.add(kerry, 2)).isEqualTo(2);
        assertThat(map.add(kerry, 3)).isEqualTo(5);
        map.or(kerry, 1 << 31);
        assertThat(map.get(kerry, 0)).isEqualTo(5 | 1 << 31);
        assertThat(map.size()).isEqualTo(1);
    }
}
