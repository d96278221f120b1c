package tenken.views.shell;

import java.io.File;
import java.io.IOException;
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
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.stage.FileChooser;
import javafx.util.Subscription;
import org.kordamp.ikonli.javafx.FontIcon;
import tenken.assets.BuildInfo;
import tenken.assets.Messages;
import tenken.store.io.AtomicFile;
import tenken.store.io.CatalogueExporter;
import tenken.store.model.Catalogue;
import tenken.views.export.ui.WindowExport;
import tenken.views.imports.ImportDialog;
import tenken.views.model.Screen;
import tenken.views.presentation.PresentationMode;
import tenken.views.workbench.Frames;
import tenken.views.workbench.Themes;
import tenken.views.workbench.WorkbenchContext;
import tenken.views.workbench.WorkbenchScreen;

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
    @FXML private Menu screenMenu;
    @FXML private Label statusLabel;

    private PresentationMode presentation;
    private final Map<Screen, WorkbenchScreen> built = new EnumMap<>(Screen.class);
    /** What the screens of the window this one replaces had set up, taken up as each screen is built. */
    private final Map<Screen, WorkbenchScreen.State> carried = new EnumMap<>(Screen.class);
    private Subscription subscriptions = Subscription.EMPTY;

    MainWindowController(WorkbenchContext context) {
        this.context = context;
    }

    @FXML
    private void initialize() {
        (("ja".equals(Messages.language())) ? japaneseItem : englishItem).setSelected(true);
        darkThemeItem.setSelected(context.darkProperty().get());
        addScreens();
        presentation = new PresentationMode(context, screens);
        // Not bound: a check item toggles its own state before its action runs, which a binding forbids.
        presentationItem.setSelected(context.presentationProperty().get());
        subscriptions = subscriptions.and(context.presentationProperty().subscribe(
                (was, on) -> presentationItem.setSelected(on)));
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
        subscriptions = subscriptions.and(context.catalogueProperty().subscribe((old, loaded) -> showStatus(loaded)));
        if (context.catalogue() != null) {
            showStatus(context.catalogue());
        } else {
            statusLabel.setText(Messages.get("status.loading"));
        }
    }

    /** A tab and a Screen menu item (Ctrl+its digit) for every screen. */
    private void addScreens() {
        int separator = screenMenu.getItems().indexOf(screenMenu.getItems().stream()
                .filter(SeparatorMenuItem.class::isInstance).findFirst().orElseThrow());
        for (Screen screen : Screen.values()) {
            Tab tab = new Tab(Messages.get(screen.titleKey()));
            tab.setId(screen.tabId());
            tab.setGraphic(new FontIcon(screen.icon()));
            screens.getTabs().add(tab);
            MenuItem item = new MenuItem(Messages.get(screen.titleKey()));
            item.setOnAction(event -> show(screen));
            item.setAccelerator(new KeyCodeCombination(KeyCode.valueOf("DIGIT" + screen.shortcut()),
                    KeyCombination.CONTROL_DOWN));
            screenMenu.getItems().add(separator + screen.ordinal(), item);
        }
    }

    /** Builds a screen the first time its tab is shown, taking up what its predecessor had set up. */
    private void ensureLoaded(Tab tab) {
        Screen screen = tab == null ? null : Screen.ofTab(tab.getId());
        if (screen == null || built.containsKey(screen)) {
            return;
        }
        WorkbenchScreen made = Screens.build(screen, context, tab);
        tab.setContent(made.view());
        built.put(screen, made);
        WorkbenchScreen.State state = carried.remove(screen);
        if (state != null) {
            made.restore(state);
        }
    }

    /** The screen, building it if it was not shown yet; for tests. */
    public WorkbenchScreen screenController(Screen screen) {
        screens.getTabs().stream().filter(tab -> screen.tabId().equals(tab.getId())).findFirst()
                .ifPresent(this::ensureLoaded);
        return built.get(screen);
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

    /** What each screen built so far has set up, to carry into a window rebuilt in another language. */
    Map<Screen, WorkbenchScreen.State> states() {
        Map<Screen, WorkbenchScreen.State> states = new EnumMap<>(carried);
        built.forEach((screen, shown) -> {
            WorkbenchScreen.State state = shown.state();
            if (state != null) {
                states.put(screen, state);
            }
        });
        return states;
    }

    /** Takes up the screens' states from the window this one replaces, each when its screen is built. */
    void carry(Map<Screen, WorkbenchScreen.State> states) {
        states.forEach((screen, state) -> {
            WorkbenchScreen shown = built.get(screen);
            if (shown != null) {
                shown.restore(state);
            } else {
                carried.put(screen, state);
            }
        });
    }

    /** Ends this window: every screen disposed, nothing of it left reachable from the context or the stage. */
    void dispose() {
        subscriptions.unsubscribe();
        presentation.dispose();
        built.values().forEach(WorkbenchScreen::dispose);
        built.clear();
        // The scene outlives this window, and it keeps parts of it (the focus owner, the menus'
        // accelerators) for a while: the screens' nodes leave the tabs so that nothing there reaches them.
        screens.getTabs().forEach(tab -> tab.setContent(null));
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
        ImportDialog.show(root.getScene().getWindow(), context, ImportDialog.Kind.SHARES);
    }

    @FXML
    private void importInputs() {
        ImportDialog.show(root.getScene().getWindow(), context, ImportDialog.Kind.INPUTS);
    }

    @FXML
    private void importMaterials() {
        ImportDialog.show(root.getScene().getWindow(), context, ImportDialog.Kind.MATERIALS);
    }

    @FXML
    private void importTrade() {
        ImportDialog.show(root.getScene().getWindow(), context, ImportDialog.Kind.TRADE);
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
        WindowExport.start(root.getScene().getWindow(), context, shownScreen(), built::get);
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
