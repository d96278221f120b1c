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

    private final LookThroughNetwork net;
    /** surviving(column country, item), [item * columns + column]. */
    private final double[] tracked;
    /** surviving(any generic country, item). */
    private final double[] generic;
    /** min over the inputs Y of the current item of surviving(column country, Y). */
    private final double[] scarcest;
    private final int[] columnCountry;
    private final int[] columnOfCountry;
    /** cut(A→·) for each country A: f when cut, else 0. */
    private final double[] cutOf;
    private int columns;
    private int[] lastCut = new int[0];

    Evaluator(LookThroughNetwork net, int extraColumns) {
        this.net = net;
        int capacity = net.slots + extraColumns;
        this.tracked = new double[net.items.length * capacity];
        this.generic = new double[net.items.length];
        this.scarcest = new double[capacity];
        this.columnCountry = Arrays.copyOf(net.slotCountry, capacity);
        this.columnOfCountry = net.slotOfCountry.clone();
        this.cutOf = new double[net.countries.length];
    }

    /** Computes surviving(country, item) for every item, with {@code cut} (country numbers) cut by {@code f}. */
    void run(int[] cut, double f) {
        for (int c : lastCut) {
            cutOf[c] = 0;
        }
        for (int column = net.slots; column < columns; column++) {
            columnOfCountry[columnCountry[column]] = -1;
        }
        columns = net.slots;
        for (int c : cut) {
            cutOf[c] = f;
            if (columnOfCountry[c] < 0) {
                columnCountry[columns] = c;
                columnOfCountry[c] = columns++;
            }
        }
        lastCut = cut.clone();
        for (int x = 0; x < net.items.length; x++) {
            step(x);
        }
    }

    /** surviving(country, item) of the last run; country −1 (or any uncut country without own shares) is generic. */
    double surviving(int country, int x) {
        int column = country < 0 ? -1 : columnOfCountry[country];
        return column < 0 ? generic[x] : tracked[x * columns + column];
    }

    private void step(int x) {
        final int width = columns;
        final int base = x * width;
        final int[] inputItem = net.inputItem;
        final int[] columnOf = columnOfCountry;

        // min over inputs Y of surviving(·, Y); 1 for an item without inputs.
        double scarcestGeneric = 1;
        Arrays.fill(scarcest, 0, width, 1);
        for (int i = net.inputStart[x]; i < net.inputStart[x + 1]; i++) {
            int y = inputItem[i];
            scarcestGeneric = Math.min(scarcestGeneric, generic[y]);
            int from = y * width;
            for (int column = 0; column < width; column++) {
                scarcest[column] = Math.min(scarcest[column], tracked[from + column]);
            }
        }

        // World sourcing, as every generic country gets it: Σ_A s_WLD(X←A) × (1 − cut(A)) × min_Y surviving(A, Y).
        // Without world shares the item is assumed unaffected (1).
        double world = 1;
        if (net.hasWorld[x]) {
            world = 0;
            for (int j = net.worldStart[x]; j < net.worldStart[x + 1]; j++) {
                int a = net.worldSupplier[j];
                int column = columnOf[a];
                world += net.worldShare[j] * (1 - cutOf[a]) * (column < 0 ? scarcestGeneric : scarcest[column]);
            }
        }
        generic[x] = world;

        // Columns sourcing X by world shares: the same sum, except that a cut country's deliveries to itself
        // are not cut, so its own term is added back: + f × s_WLD(X←C) × min_Y surviving(C, Y).
        for (int column = 0; column < width; column++) {
            int c = columnCountry[column];
            double value = world;
            if (net.hasWorld[x] && cutOf[c] != 0) {
                value += cutOf[c] * worldShareOf(x, column, c) * scarcest[column];
            }
            tracked[base + column] = value;
        }

        // Columns with own shares for X: Σ_A s_C(X←A) × (1 − cut(A→C)) × min_Y surviving(A, Y).
        for (int g = net.ownGroupStart[x]; g < net.ownGroupStart[x + 1]; g++) {
            int column = net.ownGroupSlot[g];
            int c = columnCountry[column];
            double value = 0;
            for (int e = net.ownEntryStart[g]; e < net.ownEntryStart[g + 1]; e++) {
                int a = net.ownSupplier[e];
                int supplierColumn = columnOf[a];
                double kept = a == c ? 1 : 1 - cutOf[a];
                value += net.ownShare[e] * kept * (supplierColumn < 0 ? scarcestGeneric : scarcest[supplierColumn]);
            }
            tracked[base + column] = value;
        }
    }

    private double worldShareOf(int x, int column, int country) {
        if (column < net.slots) {
            return net.worldShareOfSlot[x * net.slots + column];
        }
        for (int j = net.worldStart[x]; j < net.worldStart[x + 1]; j++) {
            if (net.worldSupplier[j] == country) {
                return net.worldShare[j];
            }
        }
        return 0;
    }
}
