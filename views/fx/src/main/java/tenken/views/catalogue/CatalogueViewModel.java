package tenken.views.catalogue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import tenken.assets.Messages;
import tenken.graph.format.Citation;
import tenken.store.model.Catalogue;
import tenken.store.model.DisplayNames;
import tenken.store.model.Material;
import tenken.store.model.ShareQuality;
import tenken.store.model.SupplyShare;
import tenken.views.model.ShareRow;

/**
 * The catalogue screen's state: the loaded catalogue, the selected material, and the supplier rows
 * for it (its own shares and those of its items), in the session language.
 */
public final class CatalogueViewModel {

    private final ObjectProperty<Catalogue> catalogue = new SimpleObjectProperty<>();
    private final ObjectProperty<Material> selected = new SimpleObjectProperty<>();
    private final ObservableList<ShareRow> rows = FXCollections.observableArrayList();

    public CatalogueViewModel() {
        selected.addListener((obs, old, material) -> refreshRows());
        catalogue.addListener((obs, old, loaded) -> refreshRows());
    }

    public ObjectProperty<Catalogue> catalogueProperty() {
        return catalogue;
    }

    public ObjectProperty<Material> selectedProperty() {
        return selected;
    }

    public ReadOnlyObjectProperty<Material> selected() {
        return selected;
    }

    public ObservableList<ShareRow> rows() {
        return rows;
    }

    /** Top-level materials: the designated ones first (catalogue order), then undesignated candidates. */
    public List<Material> roots() {
        Catalogue loaded = catalogue.get();
        if (loaded == null) {
            return List.of();
        }
        return loaded.materials().stream().filter(m -> m.parentKey() == null).toList();
    }

    public List<Material> children(Material material) {
        return catalogue.get() == null ? List.of() : catalogue.get().itemsOf(material.key());
    }

    public boolean isDesignated(Material material) {
        return catalogue.get() != null && catalogue.get().designationOf(material.key()).isPresent();
    }

    private void refreshRows() {
        Catalogue loaded = catalogue.get();
        Material material = selected.get();
        if (loaded == null || material == null) {
            rows.clear();
            return;
        }
        Set<String> keys = new HashSet<>();
        collect(loaded, material, keys);
        DisplayNames names = new DisplayNames(loaded, Messages.locale());
        List<ShareRow> result = new ArrayList<>();
        for (SupplyShare share : loaded.shares()) {
            if (keys.contains(share.material())) {
                result.add(new ShareRow(
                        names.material(share.material()),
                        names.stage(share.stage()),
                        names.country(share.consumer()),
                        names.country(share.supplier()),
                        share.supplier(), share.share(), share.year(), share.source(),
                        ShareQuality.ofKey(share.quality()).map(q -> Citation.quality(q, Messages.locale())).orElse(""),
                        Citation.of(share, Messages.locale())));
            }
        }
        result.sort(Comparator.comparing(ShareRow::material).thenComparing(ShareRow::stage)
                .thenComparing(ShareRow::consumer).thenComparing(Comparator.comparingInt(ShareRow::year).reversed())
                .thenComparing(Comparator.comparingDouble(ShareRow::share).reversed()));
        rows.setAll(result);
    }

    private static void collect(Catalogue catalogue, Material material, Set<String> keys) {
        if (keys.add(material.key())) {
            catalogue.itemsOf(material.key()).forEach(item -> collect(catalogue, item, keys));
        }
    }
}
