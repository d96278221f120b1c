package tenken.views.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.layout.StackPane;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import tenken.views.picture.TextWrap;

/** Columns sized from their content: short ones whole, long ones wrapped, nothing cut and nothing out of sight. */
@ExtendWith(ApplicationExtension.class)
class TableFitTest {

    private static final String LONG = "2023-10-17 United States tightens export controls to China on AI and "
            + "advanced-computing semiconductors and semiconductor manufacturing equipment (3 in all)";

    private TableView<List<String>> table;
    private TableColumn<List<String>, String> number;
    private TableColumn<List<String>, String> event;

    @Start
    void start(Stage stage) {
        table = new TableView<>();
        number = column("Certified plans", 0);
        event = column("Recent events", 1);
        table.getColumns().setAll(List.of(number, event));
        table.setItems(FXCollections.observableArrayList(List.of(List.of("26", LONG), List.of("1,058", "None recorded"))));
        TableFit.install(table, event);
        stage.setScene(new Scene(new StackPane(table), 520, 400));
        stage.show();
    }

    private static TableColumn<List<String>, String> column(String title, int index) {
        TableColumn<List<String>, String> column = new TableColumn<>(title);
        column.setCellValueFactory(row -> new ReadOnlyObjectWrapper<>(row.getValue().get(index)));
        return column;
    }

    @Test
    void aNarrowTableWrapsItsLongColumnAndKeepsTheShortOneWhole(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.sleep(500, java.util.concurrent.TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(number.getWidth() + event.getWidth()).isLessThanOrEqualTo(table.getWidth());
        assertThat(robot.lookup(".scroll-bar").queryAllAs(ScrollBar.class)).noneMatch(bar ->
                bar.getOrientation() == Orientation.HORIZONTAL && bar.isVisible() && bar.getParent() instanceof VirtualFlow<?>);
        // The header and the numbers show whole, not "Certif…" or "1,0…".
        for (Node node : robot.lookup(".label").queryAll()) {
            if (node instanceof Labeled label && "Certified plans".equals(label.getText())) {
                assertThat(shown(label)).isEqualTo("Certified plans");
            }
        }
        TableCell<?, ?> numbers = cellShowing(robot, "1,058");
        assertThat(shown(numbers)).isEqualTo("1,058");
        // The long event keeps its whole text, over several lines, in a row tall enough for them.
        TableCell<?, ?> eventCell = cellShowing(robot, LONG);
        Text wrapped = (Text) eventCell.getGraphic();
        // Its lines broken between words: the text itself with line breaks added.
        assertThat(wrapped.getText()).contains("\n");
        assertThat(wrapped.getText().replace("\n", "")).isEqualTo(LONG);
        double line = new Text("A").getLayoutBounds().getHeight();
        assertThat(wrapped.getLayoutBounds().getHeight()).isGreaterThan(2 * line);
        assertThat(eventCell.getHeight()).isGreaterThanOrEqualTo(wrapped.getLayoutBounds().getHeight());
    }

    private static TableCell<?, ?> cellShowing(FxRobot robot, String text) {
        return robot.lookup(".table-cell").match((TableCell<?, ?> cell) -> text.equals(cell.getText())).query();
    }

    /** What a labeled control actually draws: its text, or the text cut short with "…". */
    private static String shown(Labeled labeled) {
        return labeled.getChildrenUnmodifiable().stream().filter(Text.class::isInstance).map(node -> ((Text) node).getText())
                .findFirst().orElse(null);
    }

    /** The lines a wrapped cell is given, measured as JavaFX lays them out, are the lines JavaFX shows. */
    @Test
    void linesBrokenWithJavaFxMeasuresEndBetweenWordsAndJavaFxWrapsNoFurther() throws Exception {
        Font type = Font.font(28);
        String text = "Penicillins and their salts, 6-APA (6-aminopenicillanic acid), intermediate goods";
        List<String> seen = new ArrayList<>();
        WaitForAsyncUtils.asyncFx(() -> {
            double word = TextWrap.longest(text, piece -> TableFit.measure(piece, type));
            for (double width = word; width < TableFit.measure(text, type); width += 7) {
                String broken = TextWrap.broken(text, width, line -> TableFit.measure(line, type));
                Text shown = new Text(broken);
                shown.setFont(type);
                shown.setWrappingWidth(width);
                // As many lines as the breaks make: JavaFX found nothing more to wrap.
                seen.add(broken.replace("\n", "") + "|" + (broken.split("\n").length == WholeWordsTest.lines(shown).size())
                        + "|" + WholeWordsTest.splitWord(WholeWordsTest.lines(shown)));
            }
        }).get();
        assertThat(seen).hasSizeGreaterThan(10).allSatisfy(line -> assertThat(line).isEqualTo(text + "|true|false"));
    }
}
