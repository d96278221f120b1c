package tenken.views.catalogue;

import javafx.scene.control.TreeCell;
import org.kordamp.ikonli.javafx.FontIcon;
import tenken.assets.Messages;
import tenken.store.model.Material;

/** A material in the tree: designated materials bold with a shield, items plain, candidates marked. */
final class MaterialTreeCell extends TreeCell<Material> {

    private final CatalogueViewModel catalogue;

    MaterialTreeCell(CatalogueViewModel catalogue) {
        this.catalogue = catalogue;
    }

    @Override
    protected void updateItem(Material material, boolean empty) {
        super.updateItem(material, empty);
        getStyleClass().remove("text-bold");
        if (empty || material == null) {
            setText(null);
            setGraphic(null);
            return;
        }
        String name = material.name(Messages.locale());
        if (catalogue.isDesignated(material)) {
            setText(name);
            setGraphic(new FontIcon("mdi2s-shield-check-outline"));
            getStyleClass().add("text-bold");
        } else if (material.parentKey() == null) {
            setText(Messages.get("catalogue.candidateLabel", name));
            setGraphic(new FontIcon("mdi2h-help-circle-outline"));
        } else {
            setText(name);
            setGraphic(null);
        }
    }
}
