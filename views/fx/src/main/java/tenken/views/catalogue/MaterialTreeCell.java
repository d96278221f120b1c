package tenken.views.catalogue;

import javafx.scene.Node;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeView;
import javafx.scene.control.skin.TreeCellSkin;
import org.kordamp.ikonli.javafx.FontIcon;
import tenken.assets.Messages;
import tenken.store.model.Material;

/**
 * A material in the tree: designated materials bold with a shield, items plain, candidates marked. A long
 * name wraps within the tree's width (as the tree lays its cells out, as wide as its viewport) instead of
 * widening the cell and sending the tree sideways: the cell asks for no width of its own, and its height is
 * that of its lines at the width left after its indent and disclosure arrow.
 */
final class MaterialTreeCell extends TreeCell<Material> {

    private final CatalogueViewModel catalogue;

    MaterialTreeCell(CatalogueViewModel catalogue) {
        this.catalogue = catalogue;
        setWrapText(true);
        setPrefWidth(0);
    }

    @Override
    protected double computePrefHeight(double width) {
        return super.computePrefHeight(width < 0 ? width : Math.max(0, width - leading()));
    }

    /** The room the tree's skin takes before the graphic: the indent of the item's level and the disclosure arrow. */
    private double leading() {
        TreeView<Material> tree = getTreeView();
        if (tree == null || getTreeItem() == null) {
            return 0;
        }
        int level = tree.getTreeItemLevel(getTreeItem()) - (tree.isShowRoot() ? 0 : 1);
        double indent = getSkin() instanceof TreeCellSkin<?> skin ? skin.getIndent() : 0;
        Node disclosure = getDisclosureNode();
        return indent * level + (disclosure == null ? 0 : disclosure.prefWidth(-1));
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
