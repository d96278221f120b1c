package tenken.store.hostile;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import java.util.List;

/**
 * The decisions a generator makes, taken from the fuzzer's bytes: the fuzzer steers which hostile
 * class, where, and which spelling. An exhausted input answers 0 and "no", so the empty input is the
 * simplest sound file.
 */
public final class Choices {

    /** Where the numbers come from: the fuzzer's {@link FuzzedDataProvider}, or a saved input replayed. */
    public interface Source {
        int consumeInt(int min, int max);
    }

    private final Source data;

    public Choices(FuzzedDataProvider data) {
        this(data::consumeInt);
    }

    public Choices(Source data) {
        this.data = data;
    }

    /** A number in {@code 0..bound-1}. */
    public int below(int bound) {
        return bound <= 1 ? 0 : data.consumeInt(0, bound - 1);
    }

    /** True about once in {@code n}; false once the input is exhausted. */
    public boolean oneIn(int n) {
        return below(n) == n - 1;
    }

    public <T> T of(List<T> options) {
        return options.get(below(options.size()));
    }

    @SafeVarargs
    public final <T> T of(T... options) {
        return options[below(options.length)];
    }
}
