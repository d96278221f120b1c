package tenken.views.catalogue;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import tenken.assets.Messages;
import tenken.views.workbench.TableFit;
import tenken.store.model.Designation;
import tenken.store.model.Material;
import tenken.views.common.Formats;
import tenken.views.model.ShareRow;
import tenken.views.workbench.WorkbenchContext;
import tenken.views.workbench.WorkbenchScreen;

/**
 * The catalogue screen (物資と供給国): the materials and their items, filtered by name, and for the
 * selected one its designation facts and its suppliers with share, year and source.
 */
public final class CatalogueController implements WorkbenchScreen {

    private final WorkbenchContext context;
    private final CatalogueViewModel catalogue = new CatalogueViewModel();

    @FXML private TextField filterField;
    /**
     * On the projector, whose type doubles the table's columns, the source column gives way to the citation
     * under the table (the selected row's, in full) and each row's tooltip, so that every other column shows
     * without scrolling sideways; a row is always selected there (see {@link #citeOnTheProjector}).
     */
    private javafx.util.Subscription presenting = javafx.util.Subscription.EMPTY;

    @FXML private Node view;
    @FXML private TreeView<Material> materialTree;
    @FXML private Label materialTitle;
    @FXML private Label materialFacts;
    @FXML private Label materialSource;
    @FXML private TableView<ShareRow> sharesTable;
    @FXML private TableColumn<ShareRow, String> materialColumn;
    @FXML private TableColumn<ShareRow, String> stageColumn;
    @FXML private TableColumn<ShareRow, String> consumerColumn;
    @FXML private TableColumn<ShareRow, String> supplierColumn;
    @FXML private TableColumn<ShareRow, Double> shareColumn;
    @FXML private TableColumn<ShareRow, Integer> yearColumn;
    @FXML private TableColumn<ShareRow, String> sourceColumn;
    @FXML private TableColumn<ShareRow, String> qualityColumn;
    @FXML private Label shareCitation;

    public CatalogueController(WorkbenchContext context) {
        this.context = context;
    }

    @FXML
    private void initialize() {
        materialColumn.setCellValueFactory(row -> new ReadOnlyObjectWrapper<>(row.getValue().material()));
        stageColumn.setCellValueFactory(row -> new ReadOnlyObjectWrapper<>(row.getValue().stage()));
        consumerColumn.setCellValueFactory(row -> new ReadOnlyObjectWrapper<>(row.getValue().consumer()));
        supplierColumn.setCellValueFactory(row -> new ReadOnlyObjectWrapper<>(
                row.getValue().supplier() + " (" + row.getValue().supplierIso3() + ")"));
        shareColumn.setCellValueFactory(row -> new ReadOnlyObjectWrapper<>(row.getValue().share()));
        shareColumn.setCellFactory(column -> new ShareBarCell<>());
        yearColumn.setCellValueFactory(row -> new ReadOnlyObjectWrapper<>(row.getValue().year()));
        sourceColumn.setCellValueFactory(row -> new ReadOnlyObjectWrapper<>(row.getValue().source()));
        qualityColumn.setCellValueFactory(row -> new ReadOnlyObjectWrapper<>(row.getValue().quality()));
        // The selected share's full citation: source, basis, quality and note, in words.
        sharesTable.getSelectionModel().selectedItemProperty().addListener((obs, old, row) ->
                shareCitation.setText(row == null ? Messages.get("catalogue.citationHint")
                        : Messages.get("catalogue.shareCitation", row.citation(), String.valueOf(row.year()))));
        shareCitation.setText(Messages.get("catalogue.citationHint"));
        sharesTable.setItems(catalogue.rows());
        TableFit.install(sharesTable, materialColumn, stageColumn, consumerColumn, supplierColumn, qualityColumn,
                sourceColumn);
        sharesTable.setRowFactory(table -> new TableRow<>() {
            @Override
            protected void updateItem(ShareRow row, boolean empty) {
                super.updateItem(row, empty);
                setTooltip(empty || row == null ? null : new Tooltip(Messages.get("catalogue.sourceTooltip",
                        row.citation(), String.valueOf(row.year()))));
            }
        });
        materialTree.setCellFactory(tree -> new MaterialTreeCell(catalogue));
        materialTree.getSelectionModel().selectedItemProperty().addListener((obs, old, item) ->
                catalogue.selectedProperty().set(item == null ? null : item.getValue()));
        catalogue.selectedProperty().addListener((obs, old, material) -> showFacts(material));
        filterField.textProperty().addListener((obs, old, text) -> rebuildTree());
        // Bound, not listened to: a binding observes the context weakly, and dispose() unbinds it anyway.
        catalogue.catalogueProperty().bind(context.catalogueProperty());
        presenting = context.presentationProperty().subscribe(on -> {
            sourceColumn.setVisible(!on);
            citeOnTheProjector();
        });
        catalogue.rows().addListener((javafx.collections.ListChangeListener<ShareRow>) change -> citeOnTheProjector());
        catalogue.catalogueProperty().addListener((obs, old, loaded) -> rebuildTree());
        if (context.catalogue() != null) {
            rebuildTree();
        }
    }

    @Override
    public Node view() {
        return view;
    }

    /** The filter and the selected material, which a rebuilt window selects again. */
    record Kept(String filter, String material) implements State {
    }

    @Override
    public State state() {
        Material selected = catalogue.selectedProperty().get();
        return new Kept(filterField.getText(), selected == null ? null : selected.key());
    }

    @Override
    public void restore(State state) {
        if (state instanceof Kept kept) {
            filterField.setText(kept.filter());
            if (kept.material() != null && materialTree.getRoot() != null) {
                find(materialTree.getRoot(), kept.material()).ifPresent(item -> {
                    materialTree.getSelectionModel().select(item);
                    materialTree.scrollTo(materialTree.getRow(item));
                });
            }
        }
    }

    private static java.util.Optional<TreeItem<Material>> find(TreeItem<Material> item, String key) {
        if (item.getValue() != null && item.getValue().key().equals(key)) {
            return java.util.Optional.of(item);
        }
        for (TreeItem<Material> child : item.getChildren()) {
            java.util.Optional<TreeItem<Material>> found = find(child, key);
            if (found.isPresent()) {
                child.setExpanded(true);
                return found;
            }
        }
        return java.util.Optional.empty();
    }

    @Override
    public void dispose() {
        catalogue.catalogueProperty().unbind();
        presenting.unsubscribe();
    }

    /**
     * On the projector, selects the first row when none is, so that a figure's full citation is on the screen
     * from the start (the audience cannot hover, and a hint to select a row told them where it would be, not
     * what it is); ↑ and ↓ then move the citation with the row.
     */
    private void citeOnTheProjector() {
        if (context.presentationProperty().get() && !sharesTable.getItems().isEmpty()
                && sharesTable.getSelectionModel().isEmpty()) {
            sharesTable.getSelectionModel().select(0);
        }
    }

    private void rebuildTree() {
        String filter = filterField.getText() == null ? "" : filterField.getText().strip().toLowerCase();
        TreeItem<Material> top = new TreeItem<>();
        for (Material material : catalogue.roots()) {
            TreeItem<Material> item = branch(material, filter);
            if (item != null) {
                top.getChildren().add(item);
            }
        }
        materialTree.setRoot(top);
        if (materialTree.getSelectionModel().isEmpty() && !top.getChildren().isEmpty()) {
            materialTree.getSelectionModel().select(top.getChildren().get(0));
        }
    }

    /** The material's tree item, or null when neither it nor any item matches the filter. */
    private TreeItem<Material> branch(Material material, String filter) {
        TreeItem<Material> item = new TreeItem<>(material);
        for (Material child : catalogue.children(material)) {
            TreeItem<Material> childItem = branch(child, filter);
            if (childItem != null) {
                item.getChildren().add(childItem);
            }
        }
        boolean matches = filter.isEmpty() || material.nameJa().toLowerCase().contains(filter)
                || material.nameEn().toLowerCase().contains(filter) || material.key().contains(filter);
        if (!matches && item.getChildren().isEmpty()) {
            return null;
        }
        item.setExpanded(!filter.isEmpty());
        return item;
    }

    private void showFacts(Material material) {
        if (material == null) {
            materialTitle.setText("");
            materialFacts.setText("");
            materialSource.setText("");
            return;
        }
        materialTitle.setText(material.name(Messages.locale()));
        Designation designation = context.catalogue().designationOf(material.key()).orElse(null);
        if (designation == null) {
            materialFacts.setText(Messages.get(material.parentKey() == null ? "catalogue.candidate" : "catalogue.item",
                    material.nameJa(), material.nameEn()));
            materialSource.setText("");
            return;
        }
        String dash = Messages.get("common.notGiven");
        materialFacts.setText(Messages.get("catalogue.facts",
                "ja".equals(Messages.language()) ? designation.ministryJa() : designation.ministryEn(),
                designation.designatedOn() == null ? dash : designation.designatedOn().toString(),
                designation.fundBudgetOkuYen() == null ? dash : Formats.number(designation.fundBudgetOkuYen(), 0),
                designation.certifiedPlans() == null ? dash : String.valueOf(designation.certifiedPlans()),
                designation.asOf() == null ? dash : designation.asOf().toString()));
        materialSource.setText(Messages.get("catalogue.factsSource", designation.source()));
    }
}
