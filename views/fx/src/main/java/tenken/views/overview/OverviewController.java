package tenken.views.overview;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.transformation.SortedList;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import org.controlsfx.control.textfield.CustomTextField;
import org.kordamp.ikonli.javafx.FontIcon;
import tenken.assets.Messages;
import tenken.graph.concentration.Level;
import tenken.graph.concentration.Thresholds;
import tenken.views.common.Formats;
import tenken.views.common.Levels;
import tenken.views.model.OverviewRow;
import tenken.views.model.Screen;
import tenken.graph.format.Percent;
import tenken.views.workbench.Subscriptions;
import tenken.views.workbench.WorkbenchContext;
import tenken.views.workbench.WorkbenchScreen;

/**
 * The overview: the designated materials at a glance, worst level first; sortable by any column,
 * filtered by text and level; double-click or Enter opens the material's dependency screen.
 */
public final class OverviewController implements WorkbenchScreen {

    private final WorkbenchContext context;
    private final OverviewViewModel model = new OverviewViewModel();
    private final Subscriptions subscriptions = new Subscriptions();

    @FXML private Node view;

    @FXML private CustomTextField overviewFilter;
    @FXML private ComboBox<Level> overviewLevel;
    @FXML private TableView<OverviewRow> overviewTable;
    @FXML private Label placeholder;
    @FXML private Label hint;
    @FXML private TableColumn<OverviewRow, String> nameColumn;
    @FXML private TableColumn<OverviewRow, OverviewRow> levelColumn;
    @FXML private TableColumn<OverviewRow, String> itemColumn;
    @FXML private TableColumn<OverviewRow, OverviewRow> supplierColumn;
    @FXML private TableColumn<OverviewRow, Double> budgetColumn;
    @FXML private TableColumn<OverviewRow, Integer> plansColumn;
    @FXML private TableColumn<OverviewRow, OverviewRow> eventColumn;

    public OverviewController(WorkbenchContext context) {
        this.context = context;
    }

    @FXML
    private void initialize() {
        model.filterTextProperty().bind(overviewFilter.textProperty());
        overviewLevel.setItems(FXCollections.observableArrayList(Level.INSUFFICIENT, Level.CRITICAL, Level.HIGH, Level.NORMAL));
        overviewLevel.setButtonCell(new LevelChoiceCell());
        overviewLevel.setCellFactory(list -> new LevelChoiceCell());
        overviewLevel.getSelectionModel().selectFirst();
        model.minimumLevelProperty().bind(overviewLevel.valueProperty());

        nameColumn.setCellValueFactory(row -> new ReadOnlyObjectWrapper<>(row.getValue().name()));
        nameColumn.getStyleClass().add("text-bold");
        levelColumn.setCellValueFactory(row -> new ReadOnlyObjectWrapper<>(row.getValue()));
        levelColumn.setComparator(OverviewViewModel.BY_LEVEL);
        levelColumn.setCellFactory(column -> new LevelCell());
        itemColumn.setCellValueFactory(row -> new ReadOnlyObjectWrapper<>(row.getValue().worstItem()));
        supplierColumn.setCellValueFactory(row -> new ReadOnlyObjectWrapper<>(row.getValue()));
        supplierColumn.setComparator(java.util.Comparator.comparingDouble(OverviewRow::topShare));
        supplierColumn.setCellFactory(column -> new SourcedCell<>(OverviewRow::topSupplier,
                row -> row.year() == 0 ? null : Messages.get("common.sourceTooltip", row.source(), String.valueOf(row.year()))));
        budgetColumn.setCellValueFactory(row -> new ReadOnlyObjectWrapper<>(row.getValue().budgetOkuYen()));
        budgetColumn.setCellFactory(column -> new DesignationCell<>(value -> Formats.number(value, 0)));
        plansColumn.setCellValueFactory(row -> new ReadOnlyObjectWrapper<>(row.getValue().certifiedPlans()));
        plansColumn.setCellFactory(column -> new DesignationCell<>(String::valueOf));
        eventColumn.setCellValueFactory(row -> new ReadOnlyObjectWrapper<>(row.getValue()));
        eventColumn.setComparator(java.util.Comparator.comparing(OverviewRow::latestEvent,
                java.util.Comparator.nullsFirst(java.util.Comparator.naturalOrder())));
        eventColumn.setCellFactory(column -> new SourcedCell<>(row -> row.latestEvent() == null
                ? Messages.get("overview.noEvents")
                : Messages.get("overview.event", row.latestEvent().toString(), row.latestEventTitle(),
                        String.valueOf(row.events())),
                row -> row.events() == 0 ? null : Messages.get("overview.eventSources", row.eventSources())));

        SortedList<OverviewRow> sorted = new SortedList<>(model.rows());
        // Whatever column the user sorts by, the designated twelve stay above the candidates (指定外).
        java.util.Comparator<OverviewRow> designatedFirst = java.util.Comparator.comparing(row -> !row.designated());
        sorted.setComparator(designatedFirst);
        overviewTable.setSortPolicy(table -> {
            java.util.Comparator<OverviewRow> chosen = table.getComparator();
            sorted.setComparator(chosen == null ? designatedFirst : designatedFirst.thenComparing(chosen));
            return true;
        });
        overviewTable.setItems(sorted);
        overviewTable.getSortOrder().add(levelColumn);
        overviewTable.setRowFactory(view -> {
            TableRow<OverviewRow> row = new TableRow<>();
            row.setOnMouseClicked(event -> {
                if (event.getButton() == MouseButton.PRIMARY && event.getClickCount() == 2 && !row.isEmpty()) {
                    open(row.getItem());
                }
            });
            return row;
        });
        overviewTable.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ENTER && overviewTable.getSelectionModel().getSelectedItem() != null) {
                open(overviewTable.getSelectionModel().getSelectedItem());
                event.consume();
            }
        });
        subscriptions.add(context.analysisProperty().subscribe((old, analysis) -> show()));
        show();
    }

    @Override
    public Node view() {
        return view;
    }

    @Override
    public void dispose() {
        subscriptions.release();
    }

    private void show() {
        model.show(context.analysis());
        if (context.analysis() != null) {
            Thresholds thresholds = context.analysis().thresholds();
            hint.setText(Messages.get("overview.hint", Percent.of(thresholds.critical()), Percent.of(thresholds.high())));
            placeholder.setText(Messages.get("overview.noMatch"));
            overviewTable.sort();
        }
    }

    /** Opens the dependency screen on {@code row}'s material. */
    private void open(OverviewRow row) {
        context.materialProperty().set(row.key());
        context.open(Screen.DEPENDENCY);
    }

    /** The level with its icon (shape as well as colour) and a tooltip with its source and year. */
    private static final class LevelCell extends TableCell<OverviewRow, OverviewRow> {
        @Override
        protected void updateItem(OverviewRow row, boolean empty) {
            super.updateItem(row, empty);
            getStyleClass().removeIf(style -> style.startsWith("level-"));
            if (empty || row == null) {
                setText(null);
                setGraphic(null);
                setTooltip(null);
                return;
            }
            setText(Levels.name(row.level()));
            setGraphic(new FontIcon(Levels.icon(row.level())));
            setContentDisplay(ContentDisplay.LEFT);
            getStyleClass().add(Levels.styleClass(row.level()));
            setTooltip(row.year() == 0 ? null : new Tooltip(Messages.get("overview.levelTooltip", row.worstItem(),
                    row.topSupplier(), row.source(), String.valueOf(row.year()))));
        }
    }

    /** A text and, on hover, where it comes from. */
    private static final class SourcedCell<T> extends TableCell<OverviewRow, OverviewRow> {
        private final Function<OverviewRow, String> text;
        private final Function<OverviewRow, String> tooltip;

        SourcedCell(Function<OverviewRow, String> text, Function<OverviewRow, String> tooltip) {
            this.text = text;
            this.tooltip = tooltip;
        }

        @Override
        protected void updateItem(OverviewRow row, boolean empty) {
            super.updateItem(row, empty);
            if (empty || row == null) {
                setText(null);
                setTooltip(null);
                return;
            }
            setText(text.apply(row));
            String hint = tooltip.apply(row);
            setTooltip(hint == null ? null : new Tooltip(hint));
        }
    }

    /** A designation figure (budget, plans) with the designation's source on hover; a dash when not given. */
    private static final class DesignationCell<T> extends TableCell<OverviewRow, T> {
        private final Function<T, String> format;

        DesignationCell(Function<T, String> format) {
            this.format = format;
            getStyleClass().add("number-cell");
        }

        @Override
        protected void updateItem(T value, boolean empty) {
            super.updateItem(value, empty);
            OverviewRow row = empty || getTableRow() == null ? null : getTableRow().getItem();
            if (empty || row == null) {
                setText(null);
                setTooltip(null);
                return;
            }
            if (!row.designated()) {
                setText(Messages.get("overview.notDesignated"));
                setTooltip(null);
                return;
            }
            setText(value == null ? Messages.get("common.notGiven") : format.apply(value));
            setTooltip(new Tooltip(Messages.get("overview.designationSource", row.designationSource())));
        }
    }

    /** "All levels" for INSUFFICIENT (the least severe lets everything through), else "at least" the level. */
    private static final class LevelChoiceCell extends ListCell<Level> {
        @Override
        protected void updateItem(Level level, boolean empty) {
            super.updateItem(level, empty);
            setText(empty || level == null ? null : level == Level.INSUFFICIENT ? Messages.get("overview.allLevels")
                    : Messages.get("overview.atLeast", Levels.name(level)));
        }
    }
}
