package tenken.store.csv;

/**
 * A set of {@code long}s in one open-addressed array (linear probing), for the million packed row
 * identities of a large import: a {@code HashSet<Long>} would spend a boxed key and a node, some 50
 * bytes, on each of them; this spends 8 to 16. Zero is kept apart, since it marks an empty slot.
 */
final class LongSet {

    private static final int INITIAL_CAPACITY = 1 << 10;

    private long[] slots = new long[INITIAL_CAPACITY];
    private int size;
    private boolean hasZero;

    /** Adds {@code value}; false when it was already there. */
    boolean add(long value) {
        if (value == 0) {
            boolean added = !hasZero;
            hasZero = true;
            return added;
        }
        if (2 * (size + 1) > slots.length) {
            grow();
        }
        if (!insert(slots, value)) {
            return false;
        }
        size++;
        return true;
    }

    /**
     * Puts {@code value} into {@code table} unless present. The slot comes from the high bits of a
     * multiplicative hash, so that values differing only in their low bits still spread out.
     */
    private static boolean insert(long[] table, long value) {
        int mask = table.length - 1;
        int shift = 64 - Integer.numberOfTrailingZeros(table.length);
        for (int i = (int) ((value * 0x9E3779B97F4A7C15L) >>> shift); ; i = (i + 1) & mask) {
            long slot = table[i];
            if (slot == 0) {
                table[i] = value;
                return true;
            }
            if (slot == value) {
                return false;
            }
        }
    }

    private void grow() {
        long[] larger = new long[slots.length * 2];
        for (long value : slots) {
            if (value != 0) {
                insert(larger, value);
            }
        }
        slots = larger;
    }
}
