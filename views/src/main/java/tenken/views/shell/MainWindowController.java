package tenken.views.shell;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.EnumMap;
import java.util.Map;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.fxml.FXML;
import javafx.fxml.FXMLLoader;
import javafx.scene.control.Alert;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.layout.BorderPane;
import javafx.stage.FileChooser;
import tenken.assets.Messages;
import tenken.store.io.CatalogueExporter;
import tenken.store.model.Catalogue;
import tenken.store.model.Designation;
import tenken.store.model.Material;
import tenken.store.assessment.Workstation;
import tenken.views.assessment.AssessmentScreen;
import tenken.views.catalogue.CatalogueViewModel;
import tenken.views.export.ui.WindowExport;
import tenken.views.catalogue.ShareBarCell;
import tenken.views.catalogue.ShareRow;
import tenken.views.common.Formats;
import tenken.views.common.Themes;
import tenken.views.imports.ImportDialog;
import tenken.views.presentation.PresentationMode;

/** The main window: menus, the screens' tabs, and the catalogue screen (materials and their suppliers). */
public final class MainWindowController {

    private final WorkbenchContext context;
    private final CatalogueViewModel catalogue = new CatalogueViewModel();

    @FXML private BorderPane root;
    @FXML private TabPane screens;
    @FXML private Tab catalogueTab;
    @FXML private TextField filterField;
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
    @FXML private RadioMenuItem japaneseItem;
    @FXML private RadioMenuItem englishItem;
    @FXML private CheckMenuItem darkThemeItem;
    @FXML private CheckMenuItem presentationItem;
    @FXML private MenuItem exportPictureItem;
    @FXML private Label statusLabel;

    private PresentationMode presentation;
    private final Map<Screen, Object> screenControllers = new EnumMap<>(Screen.class);

    MainWindowController(WorkbenchContext context) {
        this.context = context;
    }

    @FXML
    private void initialize() {
        (("ja".equals(Messages.language())) ? japaneseItem : englishItem).setSelected(true);
        darkThemeItem.setSelected(context.darkProperty().get());
        presentation = new PresentationMode(context, screens);
        // Not bound: a check item toggles its own state before its action runs, which a binding forbids.
        presentationItem.setSelected(context.presentationProperty().get());
        context.presentationProperty().addListener((obs, was, on) -> presentationItem.setSelected(on));
        context.setScreenOpener(this::show);
        screens.getSelectionModel().selectedItemProperty().addListener((obs, old, tab) -> ensureLoaded(tab));
        exportPictureItem.disableProperty().bind(Bindings.createBooleanBinding(
                () -> !WindowExport.exports(shownScreen()), screens.getSelectionModel().selectedItemProperty()));
        // After whoever loaded the window has chosen the first screen: only that one is built now.
        Platform.runLater(() -> ensureLoaded(screens.getSelectionModel().getSelectedItem()));
        materialColumn.setCellValueFactory(row -> new ReadOnlyObjectWrapper<>(row.getValue().material()));
        stageColumn.setCellValueFactory(row -> new ReadOnlyObjectWrapper<>(row.getValue().stage()));
        consumerColumn.setCellValueFactory(row -> new ReadOnlyObjectWrapper<>(row.getValue().consumer()));
        supplierColumn.setCellValueFactory(row -> new ReadOnlyObjectWrapper<>(
                row.getValue().supplier() + " (" + row.getValue().supplierIso3() + ")"));
        shareColumn.setCellValueFactory(row -> new ReadOnlyObjectWrapper<>(row.getValue().share()));
        shareColumn.setCellFactory(column -> new ShareBarCell<>());
        yearColumn.setCellValueFactory(row -> new ReadOnlyObjectWrapper<>(row.getValue().year()));
        sourceColumn.setCellValueFactory(row -> new ReadOnlyObjectWrapper<>(row.getValue().source()));
        sharesTable.setItems(catalogue.rows());
        sharesTable.setRowFactory(table -> new TableRow<>() {
            @Override
            protected void updateItem(ShareRow row, boolean empty) {
                super.updateItem(row, empty);
                setTooltip(empty || row == null ? null : new Tooltip(Messages.get("catalogue.sourceTooltip",
                        row.source(), String.valueOf(row.year()))));
            }
        });
        materialTree.setCellFactory(tree -> new MaterialTreeCell(catalogue));
        materialTree.getSelectionModel().selectedItemProperty().addListener((obs, old, item) ->
                catalogue.selectedProperty().set(item == null ? null : item.getValue()));
        catalogue.selectedProperty().addListener((obs, old, material) -> showFacts(material));
        filterField.textProperty().addListener((obs, old, text) -> rebuildTree());
        catalogue.catalogueProperty().bind(context.catalogueProperty());
        catalogue.catalogueProperty().addListener((obs, old, loaded) -> {
            rebuildTree();
            showStatus(loaded);
        });
        if (context.catalogue() != null) {
            rebuildTree();
            showStatus(context.catalogue());
        }
        if (context.catalogue() == null) {
            statusLabel.setText(Messages.get("status.loading"));
        }
        screens.getTabs().add(new AssessmentScreen(context, Workstation.current()).tab());
    }

    /** Builds a screen's content the first time its tab is shown. */
    private void ensureLoaded(Tab tab) {
        Screen screen = tab == null ? null : Screen.ofTab(tab.getId());
        if (screen == null || screen.fxml() == null || screenControllers.containsKey(screen)) {
            return;
        }
        FXMLLoader loader = MainWindow.loader(screen.fxml(), context);
        try {
            tab.setContent(loader.load());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        screenControllers.put(screen, loader.getController());
    }

    /** The controller of a screen, building the screen if it was not shown yet; for tests. */
    public Object screenController(Screen screen) {
        screens.getTabs().stream().filter(tab -> screen.tabId().equals(tab.getId())).findFirst()
                .ifPresent(this::ensureLoaded);
        return screenControllers.get(screen);
    }

    /** Brings a screen's tab forward. */
    public void show(Screen screen) {
        screens.getTabs().stream().filter(tab -> screen.tabId().equals(tab.getId())).findFirst()
                .ifPresent(tab -> screens.getSelectionModel().select(tab));
    }

    /** The screen whose tab is selected. */
    public Screen shownScreen() {
        Tab tab = screens.getSelectionModel().getSelectedItem();
        return tab == null ? null : Screen.ofTab(tab.getId());
    }

    /** Enters or leaves presentation mode (F5). */
    public void setPresentation(boolean on) {
        presentation.set(on);
    }

    /** The tab pane later screens are added to. */
    public TabPane screens() {
        return screens;
    }

    public BorderPane root() {
        return root;
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
        materialTitle.setText(material.name(Messages.language()));
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

    private void showStatus(Catalogue loaded) {
        if (loaded == null) {
            return;
        }
        statusLabel.setText(Messages.get("status.summary", context.databaseFile().toString(),
                String.valueOf(loaded.designatedMaterials().size()), String.valueOf(loaded.materials().size()),
                String.valueOf(loaded.shares().size())));
    }

    @FXML
    private void importShares() {
        ImportDialog.show(root.getScene().getWindow(), context, false);
    }

    @FXML
    private void importInputs() {
        ImportDialog.show(root.getScene().getWindow(), context, true);
    }

    @FXML
    private void exportShares() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.get("menu.file.exportShares"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("CSV", "*.csv"));
        chooser.setInitialFileName("tenken-shares.csv");
        File file = chooser.showSaveDialog(root.getScene().getWindow());
        if (file == null) {
            return;
        }
        Catalogue snapshot = context.catalogue();
        context.run(new javafx.concurrent.Task<Void>() {
            @Override
            protected Void call() throws IOException {
                try (Writer writer = Files.newBufferedWriter(file.toPath(), StandardCharsets.UTF_8)) {
                    CatalogueExporter.writeShares(snapshot, writer);
                }
                return null;
            }

            @Override
            protected void succeeded() {
                statusLabel.setText(Messages.get("cli.export.done", file, String.valueOf(snapshot.shares().size())));
            }

            @Override
            protected void failed() {
                new Alert(Alert.AlertType.ERROR, String.valueOf(getException().getMessage())).showAndWait();
            }
        });
    }

    @FXML
    private void exportPicture() {
        WindowExport.start(root.getScene().getWindow(), context, shownScreen(), screenControllers::get);
    }

    @FXML
    private void useJapanese() {
        switchLanguage("ja");
    }

    @FXML
    private void useEnglish() {
        switchLanguage("en");
    }

    private void switchLanguage(String language) {
        if (!language.equals(Messages.language())) {
            Messages.setLocale(Messages.forLanguage(language));
            context.languageChanged();
        }
    }

    @FXML
    private void toggleDarkTheme() {
        context.darkProperty().set(darkThemeItem.isSelected());
        if (context.presentationProperty().get()) {
            // The projector theme stays until the mode is left; the choice applies then.
            return;
        }
        Themes.applyUserAgent(darkThemeItem.isSelected());
    }

    @FXML
    private void togglePresentation() {
        presentation.set(presentationItem.isSelected());
    }

    @FXML
    private void showOverview() {
        show(Screen.OVERVIEW);
    }

    @FXML
    private void showCatalogue() {
        show(Screen.CATALOGUE);
    }

    @FXML
    private void showDependency() {
        show(Screen.DEPENDENCY);
    }

    @FXML
    private void showChokepoint() {
        show(Screen.CHOKEPOINT);
    }

    @FXML
    private void showScenario() {
        show(Screen.SCENARIO);
    }

    @FXML
    private void showAssessment() {
        show(Screen.ASSESSMENT);
    }

    @FXML
    private void nextScreen() {
        step(1);
    }

    @FXML
    private void previousScreen() {
        step(-1);
    }

    private void step(int by) {
        int count = screens.getTabs().size();
        screens.getSelectionModel().select(Math.floorMod(screens.getSelectionModel().getSelectedIndex() + by, count));
    }

    @FXML
    private void about() {
        Alert alert = new Alert(Alert.AlertType.INFORMATION, Messages.get("about.text"));
        alert.setHeaderText(Messages.get("app.title"));
        alert.initOwner(root.getScene().getWindow());
        alert.showAndWait();
    }

    @FXML
    private void quit() {
        Platform.exit();
    }
}
