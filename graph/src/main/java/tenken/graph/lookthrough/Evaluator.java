package tenken.graph.lookthrough;

import java.util.Arrays;

/**
 * One worker's memo for {@link LookThroughNetwork}: the surviving fractions of one scenario, filled in a
 * single pass over the items, inputs first. Reused from scenario to scenario; not thread-safe.
 *
 * <p>Columns: one per country with shares of its own (the network's slots), then one per cut country
 * without (it keeps its own world share uncut, so it differs from the rest), and the generic column for
 * every other country.
 */
final class Evaluator {

    /** Where the generic column's scarcest input sits in {@link #scarcest}; column t sits at t + 1. */
    private static final int GENERIC = 0;

    private final LookThroughNetwork net;
    /** surviving(column country, item), [item * columns + column]. */
    private final double[] tracked;
    /** surviving(any generic country, item). */
    private final double[] generic;
    /** min over the inputs Y of the current item of surviving(·, Y): generic first, then each column. */
    private final double[] scarcest;
    private final int[] columnCountry;
    /** Per country: its place in {@link #scarcest}, {@link #GENERIC} when it has no column. */
    private final int[] scarcestOf;
    /** cut(A→·) for each country A: f when cut, else 0. */
    private final double[] cutOf;
    /** cut(A→·) for items the cut does not cover: 0 for every country. */
    private final double[] noCut;
    /** Per item, whether the last run's cut covers it; null when it covers every item. */
    private boolean[] covered;
    /** s_WLD(X←C) per item for each extra (cut, without own shares) column C, [column − slots][item]. */
    private final double[][] extraWorldShare;
    private int columns;
    private int[] lastCut = new int[0];

    Evaluator(LookThroughNetwork net, int extraColumns) {
        this.net = net;
        int n = net.items.length;
        int capacity = net.slots + extraColumns;
        this.tracked = new double[n * capacity];
        this.generic = new double[n];
        this.scarcest = new double[capacity + 1];
        this.columnCountry = Arrays.copyOf(net.slotCountry, capacity);
        this.scarcestOf = new int[net.countries.length];
        for (int s = 0; s < net.slots; s++) {
            scarcestOf[net.slotCountry[s]] = s + 1;
        }
        this.cutOf = new double[net.countries.length];
        this.noCut = new double[net.countries.length];
        this.extraWorldShare = new double[extraColumns][n];
    }

    /** Computes surviving(country, item) for every item, with {@code cut} (country numbers) cut by {@code f}. */
    void run(int[] cut, double f) {
        run(cut, f, null);
    }

    /**
     * Computes surviving(country, item) for every item, with {@code cut} (country numbers) cut by {@code f}
     * on the items where {@code covered} is true (every item when it is null).
     */
    void run(int[] cut, double f, boolean[] covered) {
        this.covered = covered;
        for (int c : lastCut) {
            cutOf[c] = 0;
        }
        for (int column = net.slots; column < columns; column++) {
            scarcestOf[columnCountry[column]] = GENERIC;
        }
        columns = net.slots;
        for (int c : cut) {
            cutOf[c] = f;
            if (scarcestOf[c] == GENERIC) {
                int column = columns++;
                columnCountry[column] = c;
                scarcestOf[c] = column + 1;
                fillWorldShares(c, extraWorldShare[column - net.slots]);
            }
        }
        lastCut = cut.clone();
        for (int x = 0; x < net.items.length; x++) {
            step(x);
        }
    }

    /** surviving(country, item) of the last run; country −1 (or any uncut country without own shares) is generic. */
    double surviving(int country, int x) {
        int column = country < 0 ? GENERIC : scarcestOf[country];
        return column == GENERIC ? generic[x] : tracked[x * columns + column - 1];
    }

    private void fillWorldShares(int country, double[] shares) {
        Arrays.fill(shares, 0);
        for (int x = 0; x < net.items.length; x++) {
            for (int j = net.worldStart[x]; j < net.worldStart[x + 1]; j++) {
                if (net.worldSupplier[j] == country) {
                    shares[x] = net.worldShare[j];
                }
            }
        }
    }

    private void step(int x) {
        final int width = columns;
        final int base = x * width;
        final double[] m = scarcest;
        final int[] mOf = scarcestOf;
        final double[] cut = covered == null || covered[x] ? cutOf : noCut;

        // m = min over inputs Y of surviving(·, Y); 1 for an item without inputs.
        Arrays.fill(m, 0, width + 1, 1);
        for (int i = net.inputStart[x]; i < net.inputStart[x + 1]; i++) {
            int y = net.inputItem[i];
            m[GENERIC] = Math.min(m[GENERIC], generic[y]);
            int from = y * width;
            for (int column = 0; column < width; column++) {
                m[column + 1] = Math.min(m[column + 1], tracked[from + column]);
            }
        }

        // World sourcing, as every generic country gets it: Σ_A s_WLD(X←A) × (1 − cut(A)) × min_Y surviving(A, Y).
        // Without world shares the item is assumed unaffected (1).
        boolean hasWorld = net.hasWorld[x];
        double world = 1;
        if (hasWorld) {
            world = 0;
            for (int j = net.worldStart[x]; j < net.worldStart[x + 1]; j++) {
                int a = net.worldSupplier[j];
                world += net.worldShare[j] * (1 - cut[a]) * m[mOf[a]];
            }
        }
        generic[x] = world;

        // Columns sourcing X by world shares: the same sum, except that a cut country's deliveries to itself
        // are not cut, so its own term is added back: + f × s_WLD(X←C) × min_Y surviving(C, Y).
        for (int column = 0; column < width; column++) {
            double value = world;
            double selfCut = cut[columnCountry[column]];
            if (hasWorld && selfCut != 0) {
                double selfShare = column < net.slots
                        ? net.worldShareOfSlot[x * net.slots + column]
                        : extraWorldShare[column - net.slots][x];
                value += selfCut * selfShare * m[column + 1];
            }
            tracked[base + column] = value;
        }

        // Columns with own shares for X: Σ_A s_C(X←A) × (1 − cut(A)) × min_Y surviving(A, Y), and the same
        // add-back of C's supply to itself: + f × s_C(X←C) × min_Y surviving(C, Y).
        for (int g = net.ownGroupStart[x]; g < net.ownGroupStart[x + 1]; g++) {
            int column = net.ownGroupSlot[g];
            double value = 0;
            for (int e = net.ownEntryStart[g]; e < net.ownEntryStart[g + 1]; e++) {
                int a = net.ownSupplier[e];
                value += net.ownShare[e] * (1 - cut[a]) * m[mOf[a]];
            }
            value += cut[columnCountry[column]] * net.ownSelfShare[g] * m[column + 1];
            tracked[base + column] = value;
        }
    }
}
