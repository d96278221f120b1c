package tenken.views.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import javafx.concurrent.Task;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.PathElement;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import tenken.views.model.Preset;
import tenken.views.model.Screen;
import tenken.views.scenario.ScenarioController;
import tenken.views.support.Workbench;

/**
 * Issue 13 item 7: a table cell that wraps its text never splits an English word over two lines
 * ("Intermediat" / "e"). Every table of every screen, in English at 1920×1080, in normal and projector mode,
 * scrolled through all its rows; the catalogue with each of its materials selected, the scenario with each
 * of its presets applied. A line may end at a space or a hyphen; beside a Japanese character (Japanese
 * wraps anywhere, and English screens cite Japanese titles); and inside a web address after its punctuation
 * ("/", ".", ":", "?"). A cell may show its text with line breaks added, and nothing else.
 */
@ExtendWith(ApplicationExtension.class)
class WholeWordsTest {

    private Workbench workbench;

    @Start
    void start(Stage stage) throws Exception {
        workbench = Workbench.open(stage, Screen.OVERVIEW, 1920, 1080);
    }

    @AfterEach
    void tearDown() {
        workbench.close();
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void noTableCellSplitsAnEnglishWord(boolean projector) throws Exception {
        workbench.switchLanguage("en");
        WaitForAsyncUtils.asyncFx(() -> workbench.window().controller().setPresentation(projector));
        WaitForAsyncUtils.waitForFxEvents();
        Set<String> split = new LinkedHashSet<>();
        AtomicInteger cells = new AtomicInteger();
        for (Screen screen : Screen.values()) {
            workbench.showAndSettle(screen);
            if (screen == Screen.CATALOGUE) {
                TreeView<?> materials = (TreeView<?>) workbench.scene().getRoot().lookup("#materialTree");
                int count = materials.getRoot().getChildren().size();
                for (int index = 0; index < count; index++) {
                    TreeItem<?> material = materials.getRoot().getChildren().get(index);
                    WaitForAsyncUtils.asyncFx(() -> selectUntyped(materials, material));
                    Workbench.letLayoutsRun();
                    collectTables(screen + " " + material.getValue(), split, cells);
                }
            } else if (screen == Screen.SCENARIO) {
                ScenarioController scenario = workbench.controller(Screen.SCENARIO, ScenarioController.class);
                collectTables(screen.toString(), split, cells);
                for (Preset preset : scenario.presets()) {
                    Task<?> run = WaitForAsyncUtils.asyncFx(() -> scenario.apply(preset)).get();
                    // A preset whose country the list does not offer runs nothing, and leaves the last result.
                    if (run != null) {
                        Workbench.waitUntil(run::isDone);
                    }
                    Workbench.letLayoutsRun();
                    collectTables(screen + " " + preset.label(), split, cells);
                }
            } else {
                collectTables(screen.toString(), split, cells);
            }
        }
        assertThat(cells.get()).as("wrapping table cells looked at").isGreaterThan(100);
        assertThat(split).as("English words split over two lines in a table (%s)", projector ? "projector" : "normal")
                .isEmpty();
    }

    /**
     * The dependency screen's side panel lists each chart panel's source, web address included, in a column
     * a third of a table's width: on the projector JavaFX's own wrapping cut "mcs2025-manganese.pdf" as
     * "mcs202" / "5/mcs2025-mangane" / "se.pdf". Every designated material's sources, in English, on the projector,
     * where the panel is narrowest for its type (the desk's panel wraps through the same {@link WordWrap}).
     * An address wider than the panel breaks after its slashes; a part of it between two slashes that fits a
     * line stays whole ("https://pubs.usgs." / "gov/" and "mcs2025-" / "manganese.pdf" cut both).
     */
    @Test
    void noSourceInTheDependencySidePanelSplitsAWordOrAnAddress() throws Exception {
        workbench.switchLanguage("en");
        WaitForAsyncUtils.asyncFx(() -> workbench.window().controller().setPresentation(true));
        workbench.showAndSettle(Screen.DEPENDENCY);
        tenken.views.dependency.DependencyController screen =
                workbench.controller(Screen.DEPENDENCY, tenken.views.dependency.DependencyController.class);
        Set<String> split = new LinkedHashSet<>();
        AtomicInteger texts = new AtomicInteger();
        for (var material : workbench.context().analysis().catalogue().designatedMaterials()) {
            WaitForAsyncUtils.asyncFx(() -> workbench.context().materialProperty().set(material.key()));
            Workbench.waitFor(() -> screen.model().running());
            Workbench.letLayoutsRun();
            WaitForAsyncUtils.asyncFx(() -> {
                for (Node node : workbench.scene().getRoot().lookupAll(".side-panel .label")) {
                    if (node instanceof Labeled label && showing(label) && label.getText() != null) {
                        check(material.key(), label, label.getText(), split, texts);
                        checkAddressParts(material.key(), label, split);
                    }
                }
            }).get();
        }
        assertThat(texts.get()).as("side-panel texts looked at").isGreaterThan(20);
        assertThat(split).as("words or addresses split in the side panel on the projector").isEmpty();
    }

    /**
     * Every line of a wrapped text inside {@code node} that ends inside a web address after anything but a
     * slash: the part of the address between its slashes around that end must be wider than the line.
     */
    private static void checkAddressParts(String where, Node node, Set<String> split) {
        if (node instanceof Text text && text.getWrappingWidth() > 0 && text.getText() != null) {
            List<String> lines = lines(text);
            for (int index = 0; index + 1 < lines.size(); index++) {
                String line = lines.get(index).replace("\n", "");
                String next = lines.get(index + 1).replace("\n", "");
                if (line.isEmpty() || next.isEmpty() || ".-_?&=#".indexOf(line.charAt(line.length() - 1)) < 0) {
                    continue;
                }
                String before = line.substring(line.lastIndexOf(' ') + 1);
                String after = next.split(" ", 2)[0];
                if (!WEB_ADDRESS.matcher(wordAcross(lines, index) + after).find()) {
                    continue;
                }
                // The part's start: after the last slash of the path on this line, not one of "://".
                int start = before.length();
                while (start > 0 && !(before.charAt(start - 1) == '/' && (start < 2 || before.charAt(start - 2) != '/')
                        && (start >= before.length() || before.charAt(start) != '/'))) {
                    start--;
                }
                String part = before.substring(start)
                        + (after.indexOf('/') >= 0 ? after.substring(0, after.indexOf('/') + 1) : after);
                Text probe = new Text(part);
                probe.setFont(text.getFont());
                if (probe.getLayoutBounds().getWidth() <= text.getWrappingWidth()) {
                    split.add(where + ": \"" + part + "\" fits a line but breaks: " + String.join(" / ", lines));
                }
            }
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                checkAddressParts(where, child, split);
            }
        }
    }

    /** The check itself, on texts laid out for sure: it tells "Intermedi" / "ate" from a line per word. */
    @Test
    void aWordCutInTwoIsSeenAndLinesPerWordAreNot() throws Exception {
        List<List<String>> seen = new ArrayList<>();
        WaitForAsyncUtils.asyncFx(() -> {
            Text cut = new Text("Intermediate goods");
            cut.setWrappingWidth(new Text("Intermedia").getLayoutBounds().getWidth());
            Text whole = new Text("Intermediate goods");
            whole.setWrappingWidth(new Text("Intermediate").getLayoutBounds().getWidth() + 1);
            Text japanese = new Text("中間財の供給国");
            japanese.setWrappingWidth(new Text("中間財").getLayoutBounds().getWidth() + 1);
            seen.add(lines(cut));
            seen.add(lines(whole));
            seen.add(lines(japanese));
        }).get();
        assertThat(seen.get(0).get(0)).startsWith("Intermedi").isNotEqualTo("Intermediate ");
        assertThat(splitWord(seen.get(0))).isTrue();
        assertThat(seen.get(1)).containsExactly("Intermediate ", "goods");
        assertThat(splitWord(seen.get(1))).isFalse();
        assertThat(seen.get(2)).hasSizeGreaterThan(1);
        assertThat(splitWord(seen.get(2))).isFalse();
        assertThat(splitWord(List.of("資料1, https://www.mhlw.go.", "jp/stf/newpage_49702.html"))).isFalse();
        assertThat(splitWord(List.of("via JA com, jacom.or.jp/shizai/", "news/2022/03/220304-57307.php"))).isFalse();
        assertThat(splitWord(List.of("https://www.mhlw.go.jp/stf/newpa", "ge_49702.html"))).isTrue();
        assertThat(splitWord(List.of("6-", "aminopenicillanic"))).isFalse();
        // An address over several lines is still one, and a piece of it longer than a line may only be cut.
        assertThat(splitWord(List.of("https://www.meti.go.", "jp/policy/index.", "html"))).isFalse();
        assertThat(splitWord(List.of("https://pubs.usgs.", "gov/periodicals/mcs2", "025/mcs2025-"))).isTrue();
        assertThat(splitWord(List.of("https://www.nikkei.", "com/article/", "DGXMZO22194430S", "7A011C1962M00/")))
                .isFalse();
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void selectUntyped(TreeView tree, TreeItem item) {
        tree.getSelectionModel().select(item);
    }

    /** Every table showing: scrolled from its first row to its last, each wrapped cell's lines checked. */
    private void collectTables(String where, Set<String> split, AtomicInteger cells) throws Exception {
        List<TableView<?>> tables = new ArrayList<>();
        WaitForAsyncUtils.asyncFx(() -> {
            for (Node node : workbench.scene().getRoot().lookupAll(".table-view")) {
                if (node instanceof TableView<?> table && showing(table)) {
                    tables.add(table);
                }
            }
        }).get();
        for (TableView<?> table : tables) {
            int next = 0;
            do {
                int from = next;
                WaitForAsyncUtils.asyncFx(() -> table.scrollTo(from)).get();
                WaitForAsyncUtils.waitForFxEvents();
                next = WaitForAsyncUtils.asyncFx(() -> collect(where, table, split, cells)).get();
                // Never stuck: a page that shows nothing past its first row still moves on by one.
                next = Math.max(next, from + 1);
            } while (next < table.getItems().size());
        }
    }

    /** Checks the table's headers and the cells on screen; the index after the last row on screen. */
    private static int collect(String where, TableView<?> table, Set<String> split, AtomicInteger cells) {
        int last = -1;
        for (Node node : table.lookupAll(".column-header .label")) {
            if (node instanceof Labeled title && showing(title)) {
                check(where + ", " + table.getId() + " header", title, title.getText(), split, cells);
            }
        }
        for (Node node : table.lookupAll(".table-cell")) {
            if (node instanceof TableCell<?, ?> cell && showing(cell) && !cell.isEmpty()
                    && cell.getIndex() < table.getItems().size()) {
                String column = cell.getTableColumn() == null ? "?" : cell.getTableColumn().getText();
                check(where + ", " + table.getId() + " [" + column + "]", cell, cell.getText(), split, cells);
                last = Math.max(last, cell.getIndex());
            }
        }
        return last + 1;
    }

    /**
     * Every wrapping text inside {@code node}, which shows {@code shown} (the cell's or the title's text,
     * perhaps with line breaks added): each of its line breaks falls between words of {@code shown}.
     */
    private static void check(String where, Node node, String shown, Set<String> split, AtomicInteger cells) {
        if (node instanceof Text text && text.getWrappingWidth() > 0 && text.getText() != null
                && !text.getText().isBlank()) {
            cells.incrementAndGet();
            // The lines as drawn, without the line breaks added to fit; a line that ends where the text itself
            // starts a new one ends in a space, as between words, for no word goes on across it.
            List<String> lines = new ArrayList<>();
            int at = 0;
            for (String line : lines(text)) {
                String drawn = line.replace("\n", "");
                at += drawn.length();
                boolean own = at < shown.length() && shown.charAt(at) == '\n';
                at += own ? 1 : 0;
                lines.add(own ? drawn + " " : drawn);
            }
            // The characters shown are the text's, in its order, with line breaks added.
            if (!String.join("", lines).replace(" ", "").equals(shown.replace("\n", "").replace(" ", ""))) {
                split.add(where + ": shows \"" + text.getText() + "\" for \"" + shown + "\"");
            } else if (splitWord(lines)) {
                split.add(where + ": " + String.join(" / ", lines));
            }
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                check(where, child, shown, split, cells);
            }
        }
    }

    /**
     * The lines {@code text} is laid out in: a character starts a new line where its box lies lower than
     * the one before; white space stays at the end of the line it follows.
     */
    static List<String> lines(Text text) {
        String string = text.getText();
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        double top = Double.NaN;
        for (int index = 0; index < string.length(); index++) {
            char character = string.charAt(index);
            if (!Character.isWhitespace(character)) {
                PathElement[] box = text.rangeShape(index, index + 1);
                double y = box.length > 0 && box[0] instanceof MoveTo move ? move.getY() : top;
                if (!Double.isNaN(top) && y > top + 1) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                top = y;
            }
            line.append(character);
        }
        lines.add(line.toString());
        return lines;
    }

    /** A web address, with or without its scheme: "https://…", "www.…", "jacom.or.jp/…". */
    private static final Pattern WEB_ADDRESS = Pattern.compile("://|www\\.|[A-Za-z0-9-]+\\.[A-Za-z]{2,}/");

    /** Whether some line ends inside a word: not at a space, a hyphen, a Japanese character or a web address's punctuation. */
    static boolean splitWord(List<String> lines) {
        for (int index = 0; index + 1 < lines.size(); index++) {
            String line = lines.get(index);
            String next = lines.get(index + 1);
            if (line.isEmpty() || next.isEmpty() || Character.isWhitespace(line.charAt(line.length() - 1))) {
                continue;
            }
            char before = line.charAt(line.length() - 1);
            char after = next.charAt(0);
            if ("-‐–—".indexOf(before) >= 0 || japanese(before) || japanese(after)) {
                continue;
            }
            String word = wordAcross(lines, index) + next.split(" ", 2)[0];
            if (WEB_ADDRESS.matcher(word).find() && "/.:?&=#_-".indexOf(before) >= 0) {
                continue;
            }
            // A piece of a web address longer than the line ("DGXMZO22194430S7A011C1962M00"), a line of its own
            // with nothing to break after: it can only be cut where the line ends.
            if (WEB_ADDRESS.matcher(word).find() && line.chars().noneMatch(c -> " /.:?&=#_-".indexOf(c) >= 0)) {
                continue;
            }
            return true;
        }
        return false;
    }

    /**
     * The end of line {@code index}'s last word, with the parts of it on the lines before: a web address broken
     * over three lines is still one ("https://www.meti.go." / "jp/policy/…/index." / "html").
     */
    private static String wordAcross(List<String> lines, int index) {
        StringBuilder word = new StringBuilder();
        for (int at = index; at >= 0; at--) {
            String line = lines.get(at);
            int space = line.lastIndexOf(' ');
            if (at < index && space == line.length() - 1) {
                break;
            }
            word.insert(0, line.substring(space + 1));
            if (space >= 0) {
                break;
            }
        }
        return word.toString();
    }

    /** A character Japanese text may break beside: kanji, kana, Japanese punctuation, full-width forms. */
    private static boolean japanese(char character) {
        Character.UnicodeBlock block = Character.UnicodeBlock.of(character);
        Character.UnicodeScript script = Character.UnicodeScript.of(character);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || block == Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION
                || block == Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS;
    }

    /** Whether {@code node} and all its ancestors are visible (a hidden tab's content is not). */
    private static boolean showing(Node node) {
        if (node.getScene() == null) {
            return false;
        }
        for (Node at = node; at != null; at = at.getParent()) {
            if (!at.isVisible()) {
                return false;
            }
        }
        return true;
    }
}
