package tenken.store.hostile;

/**
 * A saved fuzzer input read the way Jazzer's {@code FuzzedDataProvider} reads it, so that the
 * checked-in inputs can be turned into files without Jazzer's agent: {@code consumeInt(min, max)}
 * takes as many bytes as the range needs (at most four) from the END of the input, most significant
 * first, and keeps the number when it is in range, else {@code min + number % (range + 1)}; an
 * exhausted input gives {@code min}. (Jazzer 0.30.0, {@code fuzzed_data_provider.cpp},
 * {@code ConsumeIntegralInRange}.)
 */
public final class ReplayedInput implements Choices.Source {

    private final byte[] data;
    private int remaining;

    public ReplayedInput(byte[] data) {
        this.data = data.clone();
        this.remaining = data.length;
    }

    @Override
    public int consumeInt(int min, int max) {
        long range = (long) max - min;
        long result = 0;
        int offset = 0;
        while (offset < Integer.SIZE && (range >>> offset) > 0 && remaining != 0) {
            remaining--;
            result = (result << 8) | (data[remaining] & 0xFF);
            offset += 8;
        }
        if ((int) result >= min && (int) result <= max) {
            return (int) result;
        }
        return (int) (min + Long.remainderUnsigned(result, range + 1));
    }
}
