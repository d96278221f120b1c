package tenken.graph.lookthrough;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import tenken.graph.network.Item;

/**
 * The losses of one consumer's items when each country in turn cuts its exports by one fraction:
 * {@code loss(c, j)} for country {@code countries().get(c)} and item {@code items().get(j)}.
 */
public final class SweepResult {

    private final String consumer;
    private final double fraction;
    private final List<String> countries;
    private final List<Item> items;
    private final double[][] loss;

    SweepResult(String consumer, double fraction, List<String> countries, List<Item> items, double[][] loss) {
        this.consumer = consumer;
        this.fraction = fraction;
        this.countries = List.copyOf(countries);
        this.items = List.copyOf(items);
        this.loss = loss;
    }

    public String consumer() {
        return consumer;
    }

    public double fraction() {
        return fraction;
    }

    public List<String> countries() {
        return countries;
    }

    public List<Item> items() {
        return items;
    }

    public double loss(int country, int item) {
        return loss[country][item];
    }

    /** The countries whose cut hurts most first: by mean loss over the items, then by worst loss. */
    public List<CountryImpact> ranking() {
        List<CountryImpact> impacts = new ArrayList<>();
        for (int c = 0; c < countries.size(); c++) {
            double sum = 0;
            int worst = -1;
            for (int j = 0; j < items.size(); j++) {
                sum += loss[c][j];
                if (worst < 0 || loss[c][j] > loss[c][worst]) {
                    worst = j;
                }
            }
            impacts.add(worst < 0
                    ? new CountryImpact(countries.get(c), 0, 0, null)
                    : new CountryImpact(countries.get(c), sum / items.size(), loss[c][worst], items.get(worst)));
        }
        impacts.sort(Comparator.comparingDouble(CountryImpact::meanLoss).reversed()
                .thenComparing(Comparator.comparingDouble(CountryImpact::worstLoss).reversed()));
        return impacts;
    }
}
