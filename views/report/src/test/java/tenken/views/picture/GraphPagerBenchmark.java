package tenken.views.picture;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import tenken.assets.Messages;
import tenken.store.db.TenkenDatabase;
import tenken.store.repo.CatalogueRepository;
import tenken.views.common.AnalysisSnapshot;
import tenken.views.model.SupplyNetworks;

/**
 * Times paging the whole seeded catalogue's chokepoint graph for the projector, as the chokepoint screen
 * does at 1920×1080 (a viewport of about 1,550 × 520 px at 24 px type) and as the scenario screen does
 * (about 1,240 × 200 px), and the scenario screen's pages after a whole cut of China (Japan's imports, what the cut
 * reaches worst first, each item hit through an input paged with the chain that explains it). Not a unit test: run it on the machine whose times matter,
 *
 * <pre>mvn -B -q -pl views/report -am test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -cp "views/report/target/test-classes:views/report/target/classes:$(cat views/report/target/cp.txt)" \
 *     tenken.views.picture.GraphPagerBenchmark [rounds]</pre>
 *
 * Prints the pages made, the median time of {@code rounds} runs after one cold run, and the largest page.
 */
public final class GraphPagerBenchmark {

    private GraphPagerBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        Messages.setLocale(Messages.JAPANESE);
        Path dir = Files.createTempDirectory("tenken-pager-bench");
        AnalysisSnapshot analysis = AnalysisSnapshot.of(
                new CatalogueRepository(TenkenDatabase.open(dir.resolve("bench.db"))).load());
        SupplyNetwork network = SupplyNetworks.of(analysis, "WLD").filtered(new GraphFilter(Set.of(),
                tenken.graph.concentration.Level.INSUFFICIENT, 0.05));
        System.out.printf(Locale.ROOT, "network: %d nodes, %d edges (share ≥ 5%%)%n", network.nodes().size(),
                network.edges().size());
        GraphPager pager = new GraphPager(new GraphPictureBuilder(PictureStyle.PROJECTOR));
        for (double[] room : List.of(new double[] {1550, 520}, new double[] {1240, 200})) {
            long[] times = new long[rounds + 1];
            List<GraphPager.Page> pages = List.of();
            for (int round = 0; round <= rounds; round++) {
                long start = System.nanoTime();
                pages = pager.pages(network, Set.of(), Set.of(), room[0], room[1], () -> false);
                times[round] = System.nanoTime() - start;
            }
            long[] warm = Arrays.copyOfRange(times, 1, times.length);
            Arrays.sort(warm);
            int largest = pages.stream().mapToInt(p -> p.network().nodes().size()).max().orElse(0);
            long collapsed = pages.stream().filter(p -> p.network().node(GraphPager.OTHERS_ID) != null).count();
            System.out.printf(Locale.ROOT, "room %4.0f × %3.0f: %3d pages (%d with suppliers collapsed, largest %d nodes)"
                    + "   cold %6.0f ms   warm median %6.0f ms%n", room[0], room[1], pages.size(), collapsed, largest,
                    times[0] / 1e6, warm.length == 0 ? Double.NaN : warm[warm.length / 2] / 1e6);
        }
        SupplyNetwork japan = SupplyNetworks.of(analysis, "JPN").filtered(new GraphFilter(Set.of(),
                tenken.graph.concentration.Level.INSUFFICIENT, 0.05));
        Set<String> reached = new java.util.LinkedHashSet<>();
        tenken.views.model.Scenarios.losses(analysis, "JPN", Set.of("CHN"), 1, Set.of()).stream()
                .filter(loss -> loss.loss() > tenken.views.model.Scenarios.SMALLEST_LOSS)
                .sorted(java.util.Comparator.comparingDouble(tenken.graph.lookthrough.ItemLoss::loss).reversed())
                .forEach(loss -> reached.add(SupplyNetworks.itemId(loss.item())));
        long[] times = new long[rounds + 1];
        List<GraphPager.Page> pages = List.of();
        for (int round = 0; round <= rounds; round++) {
            long start = System.nanoTime();
            pages = pager.pages(japan, reached, Set.of("CHN"), 1240, 200, () -> false);
            times[round] = System.nanoTime() - start;
        }
        long[] warm = Arrays.copyOfRange(times, 1, times.length);
        Arrays.sort(warm);
        long withInputs = pages.stream().filter(p -> p.network().nodes().stream()
                .filter(n -> n.kind() == SupplyNetwork.Kind.ITEM).count() > p.items().size()).count();
        System.out.printf(Locale.ROOT, "China cut, room 1240 × 200: %3d pages (%d with the inputs that explain a loss)"
                + "   cold %6.0f ms   warm median %6.0f ms%n", pages.size(), withInputs, times[0] / 1e6,
                warm.length == 0 ? Double.NaN : warm[warm.length / 2] / 1e6);
    }
}
