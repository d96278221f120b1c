package tenken.views.export.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.stage.Stage;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import tenken.store.progress.ProgressMonitor;
import tenken.views.chokepoint.ChokepointController;
import tenken.views.dependency.DependencyController;
import tenken.views.export.ExportFormat;
import tenken.views.export.ExportRequest;
import tenken.views.export.ExportStamp;
import tenken.views.export.ExportTheme;
import tenken.views.export.PictureExporter;
import tenken.views.export.ScreenExport;
import tenken.views.model.Screen;
import tenken.views.support.Workbench;

/** The window's export: what the screens show, exported off the FX thread; the dialog's choices. */
@ExtendWith(ApplicationExtension.class)
class WindowExportTest {

    private Workbench workbench;

    @TempDir
    Path dir;

    @Start
    void start(Stage stage) throws Exception {
        workbench = Workbench.open(stage, Screen.CHOKEPOINT);
    }

    @AfterEach
    void close() {
        workbench.close();
    }

    private List<ScreenExport> shownPictures() throws Exception {
        ChokepointController graph = workbench.controller(Screen.CHOKEPOINT, ChokepointController.class);
        Workbench.waitUntil(() -> graph.model().pictureProperty().get() != null && graph.model().running() == null);
        DependencyController chart = workbench.controller(Screen.DEPENDENCY, DependencyController.class);
        WaitForAsyncUtils.asyncFx(() -> workbench.context().materialProperty().set("gallium"));
        Workbench.waitUntil(() -> chart.model().chartProperty().get() != null && chart.model().running() == null
                && chart.model().chartProperty().get().title().contains("ガリウム"));
        Object[] captured = new Object[1];
        WaitForAsyncUtils.asyncFx(() -> captured[0] = ScreenCaptures.of(Screen.CHOKEPOINT,
                screen -> workbench.window().controller().screenController(screen), workbench.context().analysis()));
        WaitForAsyncUtils.waitForFxEvents();
        @SuppressWarnings("unchecked")
        List<ScreenExport> screens = (List<ScreenExport>) captured[0];
        return screens;
    }

    @Test
    void theGraphAndTheChartOnScreenGoIntoOneDeckInTheProjectorTheme() throws Exception {
        List<ScreenExport> screens = shownPictures();
        assertThat(screens).hasSize(2);
        assertThat(screens.get(0)).isInstanceOf(ScreenExport.Graph.class);
        Path deck = dir.resolve("briefing.pptx");

        new ExportRequest(screens, ExportFormat.PPTX, ExportTheme.PROJECTOR, PictureExporter.DEFAULT,
                new ExportStamp(LocalDate.now(), Optional.of("取扱注意")), deck).run(ProgressMonitor.NONE);

        try (XMLSlideShow slides = new XMLSlideShow(Files.newInputStream(deck))) {
            // The graph first, on as many slides as it needs at 10 pt ("title (i/n)" on each), then the chart.
            List<String> titles = slides.getSlides().stream().map(slide -> slide.getTitle()).toList();
            String graphTitle = screens.get(0).title();
            String chartTitle = screens.get(1).title();
            int graphSlides = (int) titles.stream().takeWhile(title -> title.startsWith(graphTitle)).count();
            int chartSlides = titles.size() - graphSlides;
            assertThat(graphSlides).isPositive();
            assertThat(chartSlides).isPositive();
            for (int i = 0; i < graphSlides; i++) {
                assertThat(titles.get(i)).isEqualTo(numbered(graphTitle, i + 1, graphSlides));
            }
            for (int i = 0; i < chartSlides; i++) {
                assertThat(titles.get(graphSlides + i)).isEqualTo(numbered(chartTitle, i + 1, chartSlides));
            }
        }
    }

    private static String numbered(String title, int number, int count) {
        return count == 1 ? title
                : tenken.assets.Messages.get("export.pageOf", title, String.valueOf(number), String.valueOf(count));
    }

    @Test
    void theGraphOnScreenExportsAsAPdfAndItsLookThroughGraphAsGraphMl() throws Exception {
        ScreenExport graph = shownPictures().get(0);
        Path pdf = dir.resolve("graph.pdf");
        Path graphml = dir.resolve("graph.graphml");

        new ExportRequest(List.of(graph), ExportFormat.PDF, ExportTheme.PRINT, PictureExporter.DEFAULT,
                new ExportStamp(LocalDate.now(), Optional.empty()), pdf).run(ProgressMonitor.NONE);
        new ExportRequest(List.of(graph), ExportFormat.GRAPHML, ExportTheme.PRINT, PictureExporter.DEFAULT,
                new ExportStamp(LocalDate.now(), Optional.empty()), graphml).run(ProgressMonitor.NONE);

        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            assertThat(new PDFTextStripper().getText(document)).contains("チョークポイント・グラフ", "中国", "出典");
        }
        assertThat(Files.readString(graphml)).contains("<graphml", "country:CHN");
    }

    @Test
    void aCancelledExportLeavesNoFile() throws Exception {
        ScreenExport graph = shownPictures().get(0);
        Path pdf = dir.resolve("cancelled.pdf");
        ProgressMonitor cancelled = new ProgressMonitor() {
            @Override
            public void progress(long done, long total) {
            }

            @Override
            public boolean isCancelled() {
                return true;
            }
        };

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new ExportRequest(List.of(graph), ExportFormat.PDF,
                ExportTheme.PRINT, PictureExporter.DEFAULT, new ExportStamp(LocalDate.now(), Optional.empty()), pdf)
                .run(cancelled)).isInstanceOf(java.util.concurrent.CancellationException.class);
        assertThat(pdf).doesNotExist();
        try (var files = Files.list(dir)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void theMenuItemIsOfferedOnTheGraphAndChartScreensOnly(FxRobot robot) throws Exception {
        MenuItem item = robot.lookup(".menu-bar").queryAs(MenuBar.class).getMenus().get(0).getItems().stream()
                .filter(menuItem -> "exportPictureItem".equals(menuItem.getId())).findFirst().orElseThrow();
        assertThat(item.isDisable()).isFalse();
        assertThat(item.getAccelerator().getName()).contains("S");

        robot.interact(() -> workbench.window().controller().show(Screen.CATALOGUE));
        assertThat(item.isDisable()).isTrue();
        robot.interact(() -> workbench.window().controller().show(Screen.DEPENDENCY));
        assertThat(item.isDisable()).isFalse();
    }

    @Test
    void theDialogOffersGraphFilesForTheGraphAndTakesSeveralPicturesOnlyForADeck(FxRobot robot) throws Exception {
        List<ScreenExport> screens = shownPictures();
        ExportDialog[] dialog = new ExportDialog[1];
        robot.interact(() -> {
            dialog[0] = new ExportDialog(workbench.scene().getWindow(), screens, "取扱注意", ExportTheme.PRINT);
            dialog[0].show();
        });
        @SuppressWarnings("unchecked")
        ComboBox<ExportFormat> format = robot.from(dialog[0].getDialogPane()).lookup(".combo-box")
                .queryAs(ComboBox.class);
        assertThat(format.getItems()).contains(ExportFormat.GRAPHML, ExportFormat.GEXF, ExportFormat.PNG);

        robot.interact(() -> {
            robot.from(dialog[0].getDialogPane()).lookup(".check-box").queryAll().stream()
                    .map(javafx.scene.control.CheckBox.class::cast)
                    .filter(box -> box.getText().equals(screens.get(1).title()))
                    .forEach(box -> box.setSelected(true));
            dialog[0].setResult(null);
        });
        robot.interact(() -> {
            format.setValue(ExportFormat.PDF);
            ((javafx.scene.control.Button) dialog[0].getDialogPane().lookupButton(dialog[0].getDialogPane()
                    .getButtonTypes().stream().filter(type -> type != ButtonType.CANCEL).findFirst().orElseThrow()))
                    .fire();
        });

        ExportChoice choice = dialog[0].getResult();
        assertThat(choice.format()).isEqualTo(ExportFormat.PDF);
        assertThat(choice.screens()).hasSize(2);
        assertThat(choice.classification()).isEqualTo("取扱注意");
        assertThat(choice.theme()).isEqualTo(ExportTheme.PRINT);
    }
}
