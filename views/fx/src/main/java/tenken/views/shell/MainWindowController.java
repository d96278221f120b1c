package tenken.views.shell;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.fxml.FXML;
import javafx.fxml.FXMLLoader;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.stage.FileChooser;
import tenken.assets.BuildInfo;
import tenken.assets.Messages;
import tenken.store.assessment.Workstation;
import tenken.store.io.AtomicFile;
import tenken.store.io.CatalogueExporter;
import tenken.store.model.Catalogue;
import tenken.views.assessment.AssessmentScreen;
import tenken.views.export.ui.WindowExport;
import tenken.views.imports.ImportDialog;
import tenken.views.model.Screen;
import tenken.views.presentation.PresentationMode;
import tenken.views.workbench.Frames;
import tenken.views.workbench.Themes;
import tenken.views.workbench.WorkbenchContext;

/** The main window: menus, the screens' tabs (each screen built when first shown) and the status bar. */
public final class MainWindowController {

    private final WorkbenchContext context;

    @FXML private BorderPane root;
    @FXML private TabPane screens;
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
        // Only the first screen is built, once whoever loaded the window has chosen it and the window has
        // drawn its first frame: menus, tabs and the loading status show at once, the screen follows.
        root.sceneProperty().addListener(new ChangeListener<Scene>() {
            @Override
            public void changed(ObservableValue<? extends Scene> obs, Scene old, Scene scene) {
                if (scene != null) {
                    root.sceneProperty().removeListener(this);
                    Frames.afterNextFrame(scene, () -> ensureLoaded(screens.getSelectionModel().getSelectedItem()));
                }
            }
        });
        context.catalogueProperty().addListener((obs, old, loaded) -> showStatus(loaded));
        if (context.catalogue() != null) {
            showStatus(context.catalogue());
        } else {
            statusLabel.setText(Messages.get("status.loading"));
        }
        screens.getTabs().add(AssessmentScreen.newTab());
        screens.getTabs().add(strengthsTab());
    }

    /** The tab of Japan's strengths (screen 8), its content built when first shown. */
    private static Tab strengthsTab() {
        Tab tab = new Tab(Messages.get("screen.strengths"));
        tab.setId(Screen.STRENGTHS.tabId());
        tab.setGraphic(new org.kordamp.ikonli.javafx.FontIcon("mdi2s-shield-star-outline"));
        return tab;
    }

    /** Builds a screen's content the first time its tab is shown. */
    private void ensureLoaded(Tab tab) {
        Screen screen = tab == null ? null : Screen.ofTab(tab.getId());
        if (screen == null || screenControllers.containsKey(screen)) {
            return;
        }
        if (screen == Screen.ASSESSMENT) {
            screenControllers.put(screen, new AssessmentScreen(context, Workstation.current(), tab));
            return;
        }
        if (screen.fxml() == null) {
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
            protected Void call() {
                AtomicFile.write(file.toPath(), out -> {
                    Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                    CatalogueExporter.writeShares(snapshot, writer);
                });
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
    private void showStrengths() {
        show(Screen.STRENGTHS);
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
        Alert alert = new Alert(Alert.AlertType.INFORMATION,
                Messages.get("about.text") + "\n\n" + BuildInfo.current().describe());
        alert.setHeaderText(Messages.get("app.title"));
        alert.initOwner(root.getScene().getWindow());
        alert.showAndWait();
    }

    @FXML
    private void quit() {
        Platform.exit();
    }
}
