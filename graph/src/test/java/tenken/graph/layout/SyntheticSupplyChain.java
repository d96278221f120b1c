package tenken.graph.layout;

import java.util.Random;

/**
 * A made-up supply network shaped like the real one, at any size: one node in ten is a country (left
 * column), the rest are item–stage nodes in six tiers; each item–stage node has two to six supplier
 * countries and, from the second tier on, one to three inputs from earlier tiers.
 */
final class SyntheticSupplyChain {

    static final int TIERS = 6;

    private SyntheticSupplyChain() {
    }

    static LayeredGraph generate(int nodes, long seed) {
        Random random = new Random(seed);
        LayeredGraph.Builder builder = LayeredGraph.builder();
        int countries = Math.max(2, nodes / 10);
        for (int c = 0; c < countries; c++) {
            builder.node("country-" + c, 0, 18, random.nextDouble());
        }
        int items = nodes - countries;
        int[] tierStart = new int[TIERS + 1];
        for (int t = 0; t <= TIERS; t++) {
            tierStart[t] = countries + (int) ((long) items * t / TIERS);
        }
        for (int i = 0; i < items; i++) {
            int node = countries + i;
            int tier = tierOf(node, tierStart);
            builder.node("item-" + i, 1 + tier, 18, random.nextDouble());
            int suppliers = 2 + random.nextInt(5);
            for (int s = 0; s < suppliers; s++) {
                // Skewed towards the first countries, as real supply is concentrated.
                int country = (int) (countries * Math.pow(random.nextDouble(), 3));
                builder.edge(country, node, 0.05 + random.nextDouble());
            }
            if (tier > 0) {
                int inputs = 1 + random.nextInt(3);
                for (int k = 0; k < inputs; k++) {
                    int input = countries + random.nextInt(tierStart[tier] - countries);
                    builder.edge(input, node, 0.05 + random.nextDouble());
                }
            }
        }
        return builder.build();
    }

    private static int tierOf(int node, int[] tierStart) {
        for (int t = 0; t < TIERS; t++) {
            if (node < tierStart[t + 1]) {
                return t;
            }
        }
        return TIERS - 1;
    }
}
