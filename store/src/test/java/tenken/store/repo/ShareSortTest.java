package tenken.store.repo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;
import tenken.store.repo.ShareReplacement.Coded;

/**
 * The writer sorts each batch by the table's key through packed 64-bit words, falling back to the rows'
 * comparator when a code does not fit its field: either way the order must be the comparator's, with
 * every row kept exactly once.
 */
class ShareSortTest {

    @Test
    void packedSortingOrdersAsTheKeyComparatorDoes() {
        Random random = new Random(20261128);
        for (int round = 0; round < 200; round++) {
            assertSortedLikeTheComparator(rows(random, 1 + random.nextInt(4_096), 1 << 9, 2100, 1 << 12));
        }
    }

    @Test
    void codesAtTheTopOfTheirFieldsStillSortInOrder() {
        // A consumer code of 512 or more sets the word's top bit: signed order must not put it first.
        Random random = new Random(7);
        for (int round = 0; round < 50; round++) {
            assertSortedLikeTheComparator(rows(random, 2_000, 1 << 10, (1 << 12) - 1, 1 << 12));
        }
    }

    @Test
    void aBatchWithACodeBeyondItsFieldIsSortedByComparator() {
        Random random = new Random(11);
        for (int round = 0; round < 50; round++) {
            Coded[] rows = rows(random, 500, 300, 2100, 100);
            rows[random.nextInt(rows.length)] = new Coded(5_000, 9_999, 70_000, 300, 2_000, 1, 0.5);
            assertSortedLikeTheComparator(rows);
        }
    }

    private static Coded[] rows(Random random, int count, int countries, int maxYear, int materials) {
        Coded[] rows = new Coded[count];
        for (int i = 0; i < count; i++) {
            // Narrow ranges for the leading fields, so that rows often tie on them and the later ones decide.
            rows[i] = new Coded(random.nextInt(random.nextBoolean() ? 3 : countries),
                    maxYear - random.nextInt(random.nextBoolean() ? 2 : 200), random.nextInt(materials),
                    random.nextInt(random.nextBoolean() ? 2 : 256), random.nextInt(countries),
                    random.nextInt(5), random.nextDouble());
        }
        return rows;
    }

    private static void assertSortedLikeTheComparator(Coded[] rows) {
        Coded[] expected = rows.clone();
        Arrays.sort(expected);
        ShareReplacement.sort(rows);
        // Rows equal in key are distinct records (provenance, share): the same multiset in key order.
        assertThat(rows).containsExactlyInAnyOrder(expected);
        for (int i = 1; i < rows.length; i++) {
            assertThat(rows[i - 1].compareTo(rows[i])).isLessThanOrEqualTo(0);
        }
    }
}
