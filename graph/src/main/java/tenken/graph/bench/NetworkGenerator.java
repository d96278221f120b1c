package tenken.graph.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import tenken.graph.concentration.Thresholds;
import tenken.store.model.Catalogue;
import tenken.store.model.Country;
import tenken.store.model.InputRelation;
import tenken.store.model.Material;
import tenken.store.model.Stage;
import tenken.store.model.SupplyShare;

/**
 * Generates synthetic supply networks, deterministically from a seed: for trying the analyses at a size
 * the real catalogue does not reach, and for benchmarking them against a reference implementation.
 *
 * <p>Shape: items are split evenly into tiers ({@code tier1} upstream); every item above the first tier
 * is made from {@link #INPUTS_PER_ITEM} items of the tier below. Every item has world shares over
 * {@code suppliersPerItem} named countries, often with a ROW remainder, except {@link #NO_WORLD_DATA}
 * of items that have none (to exercise the no-data path); {@link #OLDER_YEAR} of groups also have an
 * older year that the analyses must ignore. The sourcing countries have shares of their own for
 * {@link #OWN_SOURCING} of the items; some of those groups sum to under 1 (thin data).
 * Shares are skewed (squared exponential weights) so that every concentration level occurs.
 */
public final class NetworkGenerator {

    public static final int INPUTS_PER_ITEM = 3;
    public static final double NO_WORLD_DATA = 0.01;
    public static final double OLDER_YEAR = 0.10;
    public static final double OWN_SOURCING = 0.80;
    public static final int YEAR = 2023;
    private static final String SOURCE = "synthetic";
    private static final Set<String> RESERVED = Set.of(Country.JAPAN, Country.WORLD, Country.REST_OF_WORLD);

    private final long seed;

    public NetworkGenerator(long seed) {
        this.seed = seed;
    }

    public Catalogue generate(NetworkSize size) {
        SplittableRandom random = new SplittableRandom(seed);
        List<Country> countries = countries(size.countries());
        List<String> named = countries.stream().filter(c -> !c.aggregate()).map(Country::iso3).toList();

        List<Stage> stages = new ArrayList<>();
        for (int t = 1; t <= size.tiers(); t++) {
            stages.add(new Stage("tier" + t, "第" + t + "層", "Tier " + t, t));
        }
        List<Material> materials = new ArrayList<>();
        List<List<Integer>> tierItems = new ArrayList<>();
        stages.forEach(s -> tierItems.add(new ArrayList<>()));
        int[] tierOf = new int[size.items()];
        for (int i = 0; i < size.items(); i++) {
            String key = String.format(Locale.ROOT, "m%05d", i);
            materials.add(new Material(key, "物資 " + key, "Material " + key, null, i));
            tierOf[i] = (int) ((long) i * size.tiers() / size.items());
            tierItems.get(tierOf[i]).add(i);
        }

        List<InputRelation> inputs = new ArrayList<>();
        for (int i = 0; i < size.items(); i++) {
            if (tierOf[i] == 0) {
                continue;
            }
            List<Integer> below = tierItems.get(tierOf[i] - 1);
            for (int j : pick(random, below.size(), Math.min(INPUTS_PER_ITEM, below.size()))) {
                int input = below.get(j);
                inputs.add(new InputRelation(materials.get(i).key(), stages.get(tierOf[i]).key(),
                        materials.get(input).key(), stages.get(tierOf[input]).key()));
            }
        }

        List<SupplyShare> shares = new ArrayList<>();
        for (int i = 0; i < size.items(); i++) {
            String material = materials.get(i).key();
            String stage = stages.get(tierOf[i]).key();
            if (random.nextDouble() >= NO_WORLD_DATA) {
                double rest = random.nextDouble() < 0.6 ? 0.2 * random.nextDouble() : 0;
                group(random, named, size.suppliersPerItem(), 1 - rest, rest, material, stage, Country.WORLD, YEAR,
                        shares);
                if (random.nextDouble() < OLDER_YEAR) {
                    group(random, named, size.suppliersPerItem(), 1, 0, material, stage, Country.WORLD, YEAR - 3,
                            shares);
                }
            }
            for (int c = 0; c < size.sourcingCountries(); c++) {
                if (random.nextDouble() < OWN_SOURCING) {
                    double listed = random.nextDouble() < 0.85 ? 1 : 0.7 + 0.3 * random.nextDouble();
                    group(random, named, size.suppliersPerItem(), listed, 0, material, stage, named.get(c), YEAR,
                            shares);
                }
            }
        }
        return new Catalogue(countries, stages, materials, List.of(), shares, inputs, List.of(),
                Map.of(Thresholds.CRITICAL_KEY, String.valueOf(Thresholds.SHIPPED.critical()),
                        Thresholds.HIGH_KEY, String.valueOf(Thresholds.SHIPPED.high())));
    }

    /** JPN, then {@code count − 1} three-letter codes, then the aggregates WLD and ROW. */
    private static List<Country> countries(int count) {
        List<Country> countries = new ArrayList<>();
        countries.add(new Country(Country.JAPAN, "日本", "Japan", false));
        for (int n = 0; countries.size() < count; n++) {
            String code = "" + (char) ('A' + n / 676 % 26) + (char) ('A' + n / 26 % 26) + (char) ('A' + n % 26);
            if (!RESERVED.contains(code)) {
                countries.add(new Country(code, "国 " + code, "Country " + code, false));
            }
        }
        countries.add(new Country(Country.WORLD, "世界", "World", true));
        countries.add(new Country(Country.REST_OF_WORLD, "その他", "Rest of world", true));
        return countries;
    }

    /** {@code suppliers} distinct named countries sharing {@code named} of the supply, and ROW {@code rest}. */
    private static void group(SplittableRandom random, List<String> countries, int suppliers, double named,
            double rest, String material, String stage, String consumer, int year, List<SupplyShare> out) {
        int[] chosen = pick(random, countries.size(), suppliers);
        double[] weight = new double[suppliers];
        double total = 0;
        for (int j = 0; j < suppliers; j++) {
            double exponential = -Math.log(1 - random.nextDouble());
            weight[j] = exponential * exponential;
            total += weight[j];
        }
        for (int j = 0; j < suppliers; j++) {
            out.add(new SupplyShare(material, stage, consumer, countries.get(chosen[j]), named * weight[j] / total,
                    year, SOURCE));
        }
        if (rest > 0) {
            out.add(new SupplyShare(material, stage, consumer, Country.REST_OF_WORLD, rest, year, SOURCE));
        }
    }

    /** {@code k} distinct numbers from 0..n−1 (a partial Fisher–Yates shuffle). */
    private static int[] pick(SplittableRandom random, int n, int k) {
        int[] all = new int[n];
        for (int i = 0; i < n; i++) {
            all[i] = i;
        }
        for (int i = 0; i < k; i++) {
            int j = i + random.nextInt(n - i);
            int swap = all[i];
            all[i] = all[j];
            all[j] = swap;
        }
        return java.util.Arrays.copyOf(all, k);
    }
}
