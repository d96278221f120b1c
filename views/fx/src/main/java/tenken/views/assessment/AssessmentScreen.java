package tenken.views.assessment;

import java.io.File;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.concurrent.Task;
import javafx.concurrent.WorkerStateEvent;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.TextInputDialog;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import org.kordamp.ikonli.javafx.FontIcon;
import tenken.assets.Messages;
import tenken.graph.evidence.EvidenceText;
import tenken.store.assessment.AssessmentRepository;
import tenken.store.assessment.AssessmentVersion;
import tenken.store.assessment.Requirement;
import tenken.store.assessment.Workstation;
import tenken.store.model.Catalogue;
import tenken.store.model.Material;
import tenken.store.repo.FollowUpRepository;
import tenken.views.briefing.Briefing;
import tenken.views.briefing.BriefingPdf;
import tenken.views.model.AssessmentText;
import tenken.views.model.Screen;
import tenken.views.workbench.Subscriptions;
import tenken.views.workbench.WorkbenchContext;
import tenken.views.workbench.WorkbenchScreen;

/**
 * The walkthrough of the four designation requirements as a tab of the main window: pick a material
 * (designated or candidate), go through one requirement per step and the summary with the arrow keys
 * or Page Up / Page Down, save the draft as the next version, look back through the history, compare two
 * versions, and export the briefing PDF.
 */
public final class AssessmentScreen implements WorkbenchScreen {

    private final WorkbenchContext context;
    private final Workstation workstation;
    private final AssessmentViewModel model;
    private final Tab tab;
    private final BorderPane root = new BorderPane();
    private final ComboBox<Material> materials = new ComboBox<>();
    private final Label assessor = new Label();
    private final ToggleGroup steps = new ToggleGroup();
    private final List<RequirementStep> requirementSteps = new ArrayList<>();
    private final SummaryStep summary = new SummaryStep();
    private final ScrollPane page = new ScrollPane();
    private final TextField note = new TextField();
    private final Label status = new Label();
    private final HistoryPanel history;
    private final javafx.event.EventHandler<KeyEvent> keys = this::navigate;
    /** The compare dialog's size: two readable columns of rationale at the normal type size. */
    private static final double COMPARE_WIDTH = 1200;
    private static final double COMPARE_HEIGHT = 760;
    private final Subscriptions subscriptions = new Subscriptions();
    private AssessmentText words = new AssessmentText(Messages.locale(), List.of());

    public AssessmentScreen(WorkbenchContext context, Workstation workstation) {
        this(context, workstation, newTab());
    }

    /** Fills {@code tab}, made by {@link #newTab()} before the screen was first shown. */
    public AssessmentScreen(WorkbenchContext context, Workstation workstation, Tab tab) {
        this.context = context;
        this.workstation = workstation;
        this.tab = tab;
        this.model = new AssessmentViewModel(context);
        this.history = new HistoryPanel(model.history(), words, this::reopen, this::compare);
        tab.setContent(root);
        root.getStyleClass().add("assessment-screen");
        root.setTop(toolbar());
        page.setFitToWidth(true);
        // The step fills the page, so that the rationale and references boxes take the height left over
        // rather than showing two lines above an empty half screen.
        page.setFitToHeight(true);
        page.setId("assessmentPage");
        page.setPadding(new Insets(12, 16, 12, 16));
        root.setCenter(page);
        history.setPrefWidth(320);
        history.setPadding(new Insets(12));
        root.setRight(history);
        root.setBottom(saveBar());
        present(context.presentationProperty().get());
        for (Requirement requirement : Requirement.values()) {
            requirementSteps.add(new RequirementStep(requirement, model, words, context.presentationProperty()));
        }
        // On the scene, so that the steps take the keys before presentation mode's screen switching
        // (a filter on the tab pane, which runs after the scene's); at the first and last step they pass on.
        root.sceneProperty().addListener((obs, old, scene) -> {
            if (old != null) {
                old.removeEventFilter(KeyEvent.KEY_PRESSED, keys);
            }
            if (scene != null) {
                scene.addEventFilter(KeyEvent.KEY_PRESSED, keys);
            }
        });
        // Built into a tab already on screen, the page is in the scene before the listener above.
        if (root.getScene() != null) {
            root.getScene().addEventFilter(KeyEvent.KEY_PRESSED, keys);
        }
        subscriptions.add(context.presentationProperty().subscribe((was, on) -> present(on)));
        wire();
    }

    @Override
    public Node view() {
        return root;
    }

    /** The material and the step shown, which a rebuilt window opens again. */
    record Kept(Material material, int step) implements State {
    }

    @Override
    public State state() {
        return new Kept(materials.getValue(), model.stepProperty().get());
    }

    @Override
    public void restore(State state) {
        if (state instanceof Kept kept) {
            if (kept.material() != null && materials.getItems().contains(kept.material())) {
                materials.setValue(kept.material());
            }
            model.stepProperty().set(kept.step());
        }
    }

    @Override
    public void dispose() {
        subscriptions.release();
        if (root.getScene() != null) {
            root.getScene().removeEventFilter(KeyEvent.KEY_PRESSED, keys);
        }
    }

    public Tab tab() {
        return tab;
    }

    /**
     * The screen's tab, empty: the main window shows it among the others and builds the screen into it
     * when it is first selected, so that start-up does not pay for a screen nobody opened yet.
     */
    public static Tab newTab() {
        Tab tab = new Tab(Messages.get(Screen.ASSESSMENT.tabKey()));
        tab.setTooltip(new javafx.scene.control.Tooltip(Messages.get(Screen.ASSESSMENT.titleKey())));
        tab.setId(Screen.ASSESSMENT.tabId());
        tab.setGraphic(new FontIcon(Screen.ASSESSMENT.icon()));
        return tab;
    }

    /** The view-model, for tests and for screens that open a material here. */
    public AssessmentViewModel model() {
        return model;
    }

    private Node toolbar() {
        materials.setId("assessmentMaterial");
        materials.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(Material material) {
                return material == null ? "" : label(material);
            }

            @Override
            public Material fromString(String text) {
                return null;
            }
        });
        assessor.setId("assessor");
        Button changeAssessor = new Button(Messages.get("assessment.screen.changeAssessor"));
        changeAssessor.setOnAction(event -> askAssessor());
        Button export = new Button(Messages.get("assessment.screen.export"), new FontIcon("mdi2f-file-pdf-box"));
        export.setId("exportBriefing");
        export.setOnAction(event -> chooseExport());
        Label materialLabel = new Label(Messages.get("assessment.screen.material"));
        materialLabel.setMinWidth(Region.USE_PREF_SIZE);
        // A flow, so that the projector's large type wraps the bar instead of cutting its labels short.
        FlowPane top = new FlowPane(10, 8, materialLabel, materials, assessor, changeAssessor, export);
        top.setAlignment(Pos.CENTER_LEFT);
        FlowPane stepBar = new FlowPane(6, 6);
        stepBar.setId("stepBar");
        for (int i = 0; i <= AssessmentViewModel.SUMMARY; i++) {
            ToggleButton button = new ToggleButton(i == AssessmentViewModel.SUMMARY
                    ? Messages.get("assessment.screen.summary")
                    : Messages.get("assessment.requirement.number", String.valueOf(i + 1)));
            button.setUserData(i);
            button.setToggleGroup(steps);
            button.setId("stepButton" + i);
            int step = i;
            button.setOnAction(event -> model.stepProperty().set(step));
            stepBar.getChildren().add(button);
        }
        Button previous = new Button(Messages.get("assessment.screen.previous"), new FontIcon("mdi2c-chevron-left"));
        Button next = new Button(Messages.get("assessment.screen.next"), new FontIcon("mdi2c-chevron-right"));
        previous.setOnAction(event -> model.previous());
        next.setOnAction(event -> model.next());
        Label keys = new Label(Messages.get("assessment.screen.keys"));
        keys.getStyleClass().addAll("text-small", "text-muted");
        keys.setWrapText(true);
        stepBar.getChildren().addAll(previous, next, keys);
        javafx.scene.layout.VBox box = new javafx.scene.layout.VBox(8, top, stepBar);
        box.setPadding(new Insets(12, 16, 4, 16));
        return box;
    }

    private Node saveBar() {
        note.setId("changeNote");
        note.setPromptText(Messages.get("assessment.screen.notePrompt"));
        HBox.setHgrow(note, Priority.ALWAYS);
        Button save = new Button(Messages.get("assessment.screen.save"), new FontIcon("mdi2c-content-save-outline"));
        save.setId("saveAssessment");
        save.getStyleClass().add("accent");
        save.setOnAction(event -> save());
        status.setId("assessmentStatus");
        status.setWrapText(true);
        HBox bar = new HBox(10, new Label(Messages.get("assessment.screen.note")), note, save);
        bar.setAlignment(Pos.CENTER_LEFT);
        javafx.scene.layout.VBox box = new javafx.scene.layout.VBox(4, bar, status);
        box.setPadding(new Insets(8, 16, 12, 16));
        box.getStyleClass().add("status-bar");
        return box;
    }

    private void wire() {
        materials.valueProperty().addListener((obs, old, material) -> {
            if (material != null && !material.equals(model.materialProperty().get())) {
                model.materialProperty().set(material);
            }
        });
        model.definitionsProperty().addListener((obs, old, definitions) -> {
            words = new AssessmentText(Messages.locale(), definitions);
            showStep();
        });
        model.evidenceProperty().addListener((obs, old, evidence) -> showStep());
        model.baseProperty().addListener((obs, old, base) -> showStep());
        model.stepProperty().addListener((obs, old, step) -> showStep());
        model.draftProperty().addListener((obs, old, draft) -> {
            if (model.stepProperty().get() == AssessmentViewModel.SUMMARY) {
                summary.refresh(words, draft);
            }
        });
        model.history().addListener((javafx.collections.ListChangeListener<AssessmentVersion>) c ->
                history.show(model.history()));
        model.problemProperty().addListener((obs, old, problem) -> status.setText(problem));
        showAssessor();
        showStep();
        // The reads and the evidence wait until the tab is first shown, so that start-up builds only the
        // screen the window opens on.
        if (tab.isSelected()) {
            activate();
        } else {
            tab.selectedProperty().addListener(new javafx.beans.value.ChangeListener<>() {
                @Override
                public void changed(javafx.beans.value.ObservableValue<? extends Boolean> obs, Boolean was,
                        Boolean selected) {
                    if (selected) {
                        tab.selectedProperty().removeListener(this);
                        activate();
                    }
                }
            });
        }
    }

    private void activate() {
        subscriptions.add(context.catalogueProperty().subscribe((old, catalogue) -> fillMaterials(catalogue)));
        subscriptions.add(context.materialProperty().subscribe((old, key) -> follow(key)));
        model.loadDefinitions();
        fillMaterials(context.catalogue());
    }

    private void fillMaterials(Catalogue catalogue) {
        if (catalogue == null) {
            return;
        }
        List<Material> choices = new ArrayList<>(catalogue.designatedMaterials());
        catalogue.materials().stream().filter(m -> m.parentKey() == null && !choices.contains(m)).forEach(choices::add);
        Material current = materials.getValue();
        materials.getItems().setAll(choices);
        Material opened = rootOf(catalogue, context.materialProperty().get());
        materials.setValue(current != null && choices.contains(current) ? current
                : opened != null && choices.contains(opened) ? opened
                : choices.isEmpty() ? null : choices.get(0));
    }

    /**
     * Follows the material the user opened on another screen (its designated material, for an item),
     * unless that would throw away unsaved edits here.
     */
    private void follow(String key) {
        Material opened = rootOf(context.catalogue(), key);
        if (opened != null && materials.getItems().contains(opened) && !model.dirty()) {
            materials.setValue(opened);
        }
    }

    private static Material rootOf(Catalogue catalogue, String key) {
        if (catalogue == null || key == null) {
            return null;
        }
        java.util.Map<String, Material> byKey = catalogue.materialsByKey();
        Material material = byKey.get(key);
        java.util.Set<String> seen = new java.util.HashSet<>();
        while (material != null && material.parentKey() != null && seen.add(material.key())) {
            material = byKey.get(material.parentKey());
        }
        return material;
    }

    private String label(Material material) {
        Catalogue catalogue = context.catalogue();
        boolean designated = catalogue != null && catalogue.designationOf(material.key()).isPresent();
        return Messages.get(designated ? "assessment.screen.designated" : "assessment.screen.candidate",
                material.name(Messages.locale()));
    }

    private void showStep() {
        int step = model.stepProperty().get();
        steps.getToggles().forEach(toggle -> toggle.setSelected(((Integer) toggle.getUserData()) == step));
        if (step == AssessmentViewModel.SUMMARY) {
            summary.refresh(words, model.draftProperty().get());
            page.setContent(summary);
        } else {
            RequirementStep shown = requirementSteps.get(step);
            Catalogue catalogue = context.catalogue();
            // Before the catalogue arrives the step shows its text and says the evidence is being computed.
            shown.refresh(words, catalogue == null ? null : new EvidenceText(catalogue, Messages.locale()),
                    catalogue == null ? null : model.evidenceProperty().get());
            page.setContent(shown);
        }
        page.setVvalue(0);
    }

    /**
     * Arrow keys and Page Up / Page Down move between steps while this tab shows; arrows stay with text
     * while typing. Past the summary or before requirement 1 the key is left to the window, which in
     * presentation mode moves to the next or previous screen.
     */
    private void navigate(KeyEvent event) {
        if (!tab.isSelected() || event.isControlDown() || event.isAltDown() || event.isMetaDown()
                || event.isShortcutDown()) {
            return;
        }
        boolean typing = root.getScene() != null && root.getScene().getFocusOwner() instanceof TextInputControl;
        KeyCode code = event.getCode();
        int step = model.stepProperty().get();
        if ((code == KeyCode.PAGE_DOWN || (!typing && code == KeyCode.RIGHT)) && step < AssessmentViewModel.SUMMARY) {
            model.next();
            event.consume();
        } else if ((code == KeyCode.PAGE_UP || (!typing && code == KeyCode.LEFT)) && step > 0) {
            model.previous();
            event.consume();
        }
    }

    /** In presentation mode the step fills the screen: the history and the hints give way. */
    private void present(boolean on) {
        root.setRight(on ? null : history);
    }

    private void showAssessor() {
        assessor.setText(workstation.assessor()
                .map(name -> Messages.get("assessment.screen.assessor", name))
                .orElse(Messages.get("assessment.screen.noAssessor")));
    }

    private Optional<String> askAssessor() {
        TextInputDialog dialog = new TextInputDialog(workstation.assessor().orElse(""));
        dialog.setTitle(Messages.get("assessment.screen.assessorTitle"));
        dialog.setHeaderText(Messages.get("assessment.screen.assessorHeader", workstation.file().toString()));
        dialog.setContentText(Messages.get("assessment.screen.assessorLabel"));
        if (root.getScene() != null) {
            dialog.initOwner(root.getScene().getWindow());
        }
        Optional<String> name = dialog.showAndWait().map(String::strip).filter(s -> !s.isEmpty());
        name.ifPresent(entered -> {
            workstation.setAssessor(entered);
            showAssessor();
        });
        return name;
    }

    /** Saves the draft as the next version; the assessor's name is asked once per workstation. */
    public Task<AssessmentVersion> save() {
        if (model.materialProperty().get() == null) {
            return null;
        }
        Optional<String> name = workstation.assessor().or(this::askAssessor);
        if (name.isEmpty()) {
            status.setText(Messages.get("assessment.screen.needAssessor"));
            return null;
        }
        Task<AssessmentVersion> task = model.save(note.getText(), name.get());
        // Added beside the view-model's own handler, which puts the version in the history.
        task.addEventHandler(WorkerStateEvent.WORKER_STATE_SUCCEEDED, event -> {
            AssessmentVersion saved = task.getValue();
            note.clear();
            status.setText(Messages.get("assessment.screen.saved", String.valueOf(saved.version()),
                    label(model.materialProperty().get())));
        });
        task.addEventHandler(WorkerStateEvent.WORKER_STATE_FAILED,
                event -> status.setText(String.valueOf(task.getException().getMessage())));
        return task;
    }

    private void reopen(AssessmentVersion version) {
        if (version != null) {
            model.reopen(version);
            status.setText(Messages.get("assessment.screen.reopened", String.valueOf(version.version())));
        }
    }

    /**
     * Two versions side by side in a window of their own, so the walkthrough stays in view behind it; Esc,
     * Ctrl+W or its Close button close it. Returns the window, or null unless exactly two are given.
     */
    Stage compare(List<AssessmentVersion> pair) {
        if (pair.size() != 2) {
            return null;
        }
        ScrollPane content = new ScrollPane(new CompareView(words, pair.get(0), pair.get(1)));
        content.setFitToWidth(true);
        content.setPadding(new Insets(12));
        Stage window = new Stage();
        window.setTitle(Messages.get("assessment.screen.compareTitle"));
        Button close = new Button(Messages.get("dialog.close"));
        close.setId("closeCompare");
        close.setCancelButton(true);
        close.setOnAction(event -> window.close());
        HBox buttons = new HBox(close);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        buttons.setPadding(new Insets(8, 12, 12, 12));
        BorderPane layout = new BorderPane(content);
        layout.setBottom(buttons);
        Scene scene = new Scene(layout, COMPARE_WIDTH, COMPARE_HEIGHT);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.W, KeyCombination.SHORTCUT_DOWN), window::close);
        if (root.getScene() != null) {
            window.initOwner(root.getScene().getWindow());
            scene.getStylesheets().setAll(root.getScene().getStylesheets());
        }
        window.setScene(scene);
        window.show();
        return window;
    }

    private void chooseExport() {
        Material material = model.materialProperty().get();
        if (material == null) {
            return;
        }
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.get("assessment.screen.export"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PDF", "*.pdf"));
        chooser.setInitialFileName("tenken-" + material.key().replace(' ', '-') + ".pdf");
        File file = chooser.showSaveDialog(root.getScene().getWindow());
        if (file != null) {
            export(file.toPath());
        }
    }

    /** Writes the briefing of the material's latest saved version off the FX thread. */
    public Task<Path> export(Path file) {
        Material material = model.materialProperty().get();
        Catalogue catalogue = context.catalogue();
        // The briefing is of what was saved: say so when the screen shows unsaved edits.
        String unsaved = model.dirty() ? " " + Messages.get("assessment.screen.exportUnsaved") : "";
        // In the language the screen is shown in when the button is pressed.
        java.util.Locale language = Messages.locale();
        Task<Path> task = new Task<>() {
            @Override
            protected Path call() throws Exception {
                BriefingPdf.write(Briefing.prepare(catalogue, new AssessmentRepository(context.database()),
                        new FollowUpRepository(context.database()).load(), material, LocalDate.now()), language, file);
                return file;
            }
        };
        task.setOnSucceeded(event -> status.setText(Messages.get("cli.assessment.exported",
                material.name(Messages.locale()), file.toAbsolutePath()) + unsaved));
        task.setOnFailed(event -> new Alert(Alert.AlertType.ERROR,
                String.valueOf(task.getException().getMessage())).show());
        return context.run(task);
    }
}
