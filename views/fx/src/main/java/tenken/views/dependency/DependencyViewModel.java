package tenken.views.dependency;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.concurrent.Task;
import tenken.assets.Messages;
import tenken.graph.concentration.Concentration;
import tenken.graph.concentration.Trends;
import tenken.graph.format.Percent;
import tenken.graph.lookthrough.SweepResult;
import tenken.store.model.Country;
import tenken.store.model.Material;
import tenken.views.common.AnalysisSnapshot;
import tenken.views.common.Formats;
import tenken.views.common.Names;
import tenken.views.model.DependencyCharts;
import tenken.views.picture.DependencyChart;
import tenken.views.workbench.Subscriptions;
import tenken.views.workbench.WorkbenchContext;

/**
 * The dependency screen's state: which material and consumer, and the chart for them, computed off the
 * FX thread (the look-through exposure needs a sweep of full cuts) with progress and cancel.
 */
public final class DependencyViewModel {

    private final WorkbenchContext context;
    private final ObjectProperty<String> consumer = new SimpleObjectProperty<>(Country.JAPAN);
    private final ObjectProperty<List<String>> trend = new SimpleObjectProperty<>(List.of());
    private final ObjectProperty<DependencyChart> chart = new SimpleObjectProperty<>();
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private Task<DependencyChart> running;
    private final Subscriptions subscriptions = new Subscriptions();

    public DependencyViewModel(WorkbenchContext context) {
        this.context = context;
        subscriptions.add(context.materialProperty().subscribe((old, key) -> refresh()));
        subscriptions.add(context.analysisProperty().subscribe((old, analysis) -> refresh()));
        consumer.addListener((obs, old, code) -> refresh());
    }

    public ObjectProperty<String> consumerProperty() {
        return consumer;
    }

    public ObjectProperty<DependencyChart> chartProperty() {
        return chart;
    }

    /** One line per item of the shown material that has two or more years: its top supplier and HHI per year. */
    public ObjectProperty<List<String>> trendProperty() {
        return trend;
    }

    /**
     * The trend lines of {@code material}'s family for {@code consumer}: for each item (material and stage)
     * with shares in several years, oldest first, "year: top supplier top share, HHI".
     */
    static List<String> trendLines(AnalysisSnapshot analysis, String material, String consumer) {
        java.util.Set<String> family = analysis.family(material);
        Names names = new Names(analysis.catalogue());
        java.util.Map<tenken.graph.network.Item, List<Concentration>> byItem = new java.util.LinkedHashMap<>();
        for (Concentration c : Trends.of(analysis.catalogue(), analysis.thresholds(), consumer)) {
            if (family.contains(c.item().material())) {
                byItem.computeIfAbsent(c.item(), item -> new ArrayList<>()).add(c);
            }
        }
        List<String> lines = new ArrayList<>();
        byItem.forEach((item, years) -> {
            if (years.size() < 2) {
                return;
            }
            String steps = years.stream().map(c -> Messages.get("dependency.trendYear", String.valueOf(c.year()),
                    c.topCountry() == null ? Messages.get("common.notGiven") : names.country(c.topCountry()),
                    Percent.of(c.topShare()), Formats.number(c.hhi(), 3)))
                    .collect(java.util.stream.Collectors.joining(" → "));
            lines.add(Messages.get("dependency.trend", names.item(item), names.consumer(consumer), steps));
        });
        return lines;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    /** The materials to choose from: each designated material followed by its items. */
    public List<Material> choices() {
        AnalysisSnapshot analysis = context.analysis();
        if (analysis == null) {
            return List.of();
        }
        List<Material> result = new ArrayList<>();
        for (Material material : analysis.catalogue().designatedMaterials()) {
            result.add(material);
            result.addAll(analysis.catalogue().itemsOf(material.key()));
        }
        return result;
    }

    /** Japan's sourcing (the act's subject, the default), world production, then every other country with sourcing of its own. */
    public List<String> consumers() {
        List<String> result = new ArrayList<>(List.of(Country.JAPAN, Country.WORLD));
        AnalysisSnapshot analysis = context.analysis();
        if (analysis != null) {
            analysis.data().countriesWithOwnSourcing().stream().filter(c -> !result.contains(c)).forEach(result::add);
        }
        return result;
    }

    /** Recomputes the chart for the current material and consumer, cancelling one under way. */
    public void refresh() {
        AnalysisSnapshot analysis = context.analysis();
        String material = context.materialProperty().get();
        cancel();
        if (analysis == null) {
            return;
        }
        if (material == null) {
            material = analysis.catalogue().designatedMaterials().stream().findFirst().map(Material::key).orElse(null);
            if (material == null) {
                return;
            }
        }
        String key = material;
        String code = consumer.get();
        List<List<String>> trendOfTask = new ArrayList<>();
        Task<DependencyChart> task = new Task<>() {
            @Override
            protected DependencyChart call() {
                SweepResult exposure = analysis.exposure(code);
                DependencyChart built = DependencyCharts.of(analysis, key, code, exposure);
                trendOfTask.add(trendLines(analysis, key, code));
                return built;
            }
        };
        task.setOnSucceeded(event -> {
            running = null;
            busy.set(false);
            trend.set(trendOfTask.isEmpty() ? List.of() : trendOfTask.get(0));
            chart.set(task.getValue());
        });
        task.setOnFailed(event -> {
            running = null;
            busy.set(false);
        });
        task.setOnCancelled(event -> busy.set(false));
        running = task;
        busy.set(true);
        context.run(task);
    }

    /** Stops following the context and cancels the chart under way. */
    public void dispose() {
        subscriptions.release();
        cancel();
    }

    public void cancel() {
        if (running != null) {
            running.cancel(true);
            running = null;
        }
    }

    /** The task under way, for tests to wait on; null when none is. */
    public Task<DependencyChart> running() {
        return running;
    }
}
