package tenken.views.dependency;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import tenken.store.model.Country;
import tenken.store.model.Material;
import tenken.views.model.Screen;
import tenken.views.picture.ChartPicture;
import tenken.views.support.Workbench;

/**
 * Scrolls the dependency chart of every designated material, for world production and Japan's imports, at the
 * desk and on the projector, from top to end one viewport at a time, and checks on the window's own pixels that every bar the chart
 * has in view is drawn: a band of the chart left empty (issue 13, item 1) fails here.
 */
@ExtendWith(ApplicationExtension.class)
class DependencyScrollTest {

    private Workbench workbench;
    private DependencyController screen;

    @Start
    void start(Stage stage) throws Exception {
        workbench = Workbench.open(stage, Screen.DEPENDENCY);
        screen = workbench.controller(Screen.DEPENDENCY, DependencyController.class);
    }

    @AfterEach
    void close() {
        workbench.close();
    }

    @ParameterizedTest(name = "projector {0}")
    @ValueSource(booleans = {false, true})
    void everyBarInViewIsDrawnDownToTheEndOfEveryDesignatedMaterialsChart(boolean projector, FxRobot robot)
            throws Exception {
        if (projector) {
            WaitForAsyncUtils.asyncFx(() -> workbench.window().controller().setPresentation(true)).get();
            WaitForAsyncUtils.waitForFxEvents();
        }
        List<String> empty = new ArrayList<>();
        int checked = 0;
        // On the projector Japan's imports, the screen's default and the reproduction; at the desk both.
        for (String consumer : projector ? List.of(Country.JAPAN) : List.of(Country.JAPAN, Country.WORLD)) {
            robot.interact(() -> screen.model().consumerProperty().set(consumer));
            for (Material material : workbench.context().analysis().catalogue().designatedMaterials()) {
                robot.interact(() -> workbench.context().materialProperty().set(material.key()));
                Workbench.waitFor(() -> screen.model().running());
                Workbench.waitUntil(() -> screen.chartView().picture() != null);
                checked += scrollToTheEnd(robot, material.key() + "/" + consumer, empty);
            }
        }
        assertThat(checked).as("bars checked").isGreaterThan(projector ? 50 : 100);
        assertThat(empty).as("bars in view but not drawn").isEmpty();
    }

    /** Scrolls one viewport at a time to the end; returns how many bars were checked. */
    private int scrollToTheEnd(FxRobot robot, String what, List<String> empty) {
        int checked = 0;
        double[] range = new double[2];
        robot.interact(() -> {
            screen.chartScroll().setVvalue(0);
            screen.chartScroll().layout();
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            range[0] = screen.chartView().getHeight();
            range[1] = screen.chartScroll().getViewportBounds().getHeight();
        });
        double scrollable = Math.max(0, range[0] - range[1]);
        int steps = scrollable <= 0 ? 0 : (int) Math.ceil(scrollable / (range[1] * 0.8));
        for (int step = 0; step <= steps; step++) {
            double value = steps == 0 ? 0 : (double) step / steps;
            robot.interact(() -> screen.chartScroll().setVvalue(value));
            WaitForAsyncUtils.waitForFxEvents();
            checked += checkView(robot, what + " at " + Math.round(value * 100) + " %", empty);
        }
        return checked;
    }

    /** Every bar wholly inside the viewport must leave a pixel other than the background. */
    private int checkView(FxRobot robot, String where, List<String> empty) {
        int[] checked = {0};
        robot.interact(() -> {
            ChartPicture picture = screen.chartView().picture();
            WritableImage shot = workbench.scene().snapshot(null);
            PixelReader pixels = shot.getPixelReader();
            Color background = Color.web(picture.style().background());
            Bounds viewport = screen.chartScroll().localToScene(screen.chartScroll().getLayoutBounds());
            for (ChartPicture.Bar bar : picture.bars()) {
                Point2D topLeft = screen.chartView().localToScene(bar.x(), bar.y());
                Point2D bottomRight = screen.chartView().localToScene(bar.x() + Math.max(bar.width(), 1),
                        bar.y() + bar.height());
                if (topLeft.getY() < viewport.getMinY() + 4 || bottomRight.getY() > viewport.getMaxY() - 20
                        || bottomRight.getX() > viewport.getMaxX() - 20) {
                    continue;
                }
                checked[0]++;
                if (!drawn(pixels, background, topLeft, bottomRight)) {
                    empty.add(where + ": " + bar.tooltip().lines().findFirst().orElse(""));
                }
            }
        });
        return checked[0];
    }

    private static boolean drawn(PixelReader pixels, Color background, Point2D topLeft, Point2D bottomRight) {
        for (int y = (int) Math.floor(topLeft.getY()); y <= (int) Math.ceil(bottomRight.getY()); y++) {
            for (int x = (int) Math.floor(topLeft.getX()); x <= (int) Math.ceil(bottomRight.getX()); x++) {
                Color c = pixels.getColor(x, y);
                if (Math.abs(c.getRed() - background.getRed()) + Math.abs(c.getGreen() - background.getGreen())
                        + Math.abs(c.getBlue() - background.getBlue()) > 0.1) {
                    return true;
                }
            }
        }
        return false;
    }
}
