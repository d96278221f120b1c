package tenken.views.dependency;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import tenken.store.model.Country;
import tenken.views.model.Screen;
import tenken.views.picture.ChartPicture;
import tenken.views.picture.DependencyChart;
import tenken.views.support.Workbench;

@ExtendWith(ApplicationExtension.class)
class DependencyScreenTest {

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

    private DependencyChart showAndWait(FxRobot robot, String material) throws Exception {
        robot.interact(() -> workbench.context().materialProperty().set(material));
        Workbench.waitFor(() -> screen.model().running());
        Workbench.waitUntil(() -> screen.model().chartProperty().get() != null
                && screen.chartView().picture() != null);
        return screen.model().chartProperty().get();
    }

    @Test
    void galliumShowsChinaAtFaceValueBesideItsLookThroughExposure(FxRobot robot) throws Exception {
        robot.interact(() -> screen.model().consumerProperty().set(Country.WORLD));
        DependencyChart chart = showAndWait(robot, "gallium");

        DependencyChart.Panel refining = chart.panels().get(0);
        assertThat(refining.heading()).contains("ガリウム").contains("製錬・精製").contains("世界生産");
        assertThat(refining.year()).isEqualTo(2024);
        assertThat(refining.source()).contains("USGS");
        DependencyChart.Row china = refining.rows().get(0);
        assertThat(china.iso3()).isEqualTo("CHN");
        assertThat(china.faceValue()).isEqualTo(0.984);
        // Gallium has no inputs: what China's stop would cost is its share.
        assertThat(china.lookThrough()).isCloseTo(0.984, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(china.tooltip()).contains("USGS").contains("2024");

        ChartPicture picture = screen.chartView().picture();
        ChartPicture.Bar face = picture.bars().get(0);
        ChartPicture.Bar lookThrough = picture.bars().get(1);
        assertThat(face.hatched()).isFalse();
        assertThat(lookThrough.hatched()).isTrue();
        assertThat(face.tooltip()).contains("出典");
    }

    @Test
    void aGroupWithSeveralYearsShowsItsTrendOfTopSupplierAndHhi(FxRobot robot) throws Exception {
        // A synthetic fixture: gallium refining in 2015, beside the shipped 2024 figures.
        byte[] fixture = ("material,stage,country_iso3,share,year,source\n"
                + "gallium,refining,CHN,0.7,2015,Test fixture: synthetic shares\n"
                + "gallium,refining,JPN,0.3,2015,Test fixture: synthetic shares\n")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        new tenken.store.io.CatalogueImporter(workbench.context().database()).importShares("trend.csv", fixture,
                null, tenken.store.csv.ImportMonitor.NONE);
        robot.interact(() -> workbench.context().reload());
        Workbench.waitUntil(() -> workbench.context().catalogue().shares().stream().anyMatch(s -> s.year() == 2015));

        showAndWait(robot, "gallium");
        robot.interact(() -> screen.model().consumerProperty().set(Country.WORLD));
        Workbench.waitUntil(() -> !screen.model().trendProperty().get().isEmpty());

        assertThat(screen.model().trendProperty().get()).anySatisfy(line -> assertThat(line)
                .contains("ガリウム", "製錬・精製", "世界生産")
                .contains("2015年 中国 70%・HHI 0.580")
                .contains("→ 2024年 中国 98.4%"));
        assertThat(screen.notesShown()).anySatisfy(line -> assertThat(line).contains("2015年 中国 70%"));
    }

    @Test
    void magnetsShowTheirInputsAndTheHiddenDependence(FxRobot robot) throws Exception {
        DependencyChart chart = showAndWait(robot, "permanent magnets");

        assertThat(chart.panels()).isNotEmpty().allSatisfy(panel -> assertThat(panel.heading()).startsWith("投入物"));
        assertThat(chart.panels()).anySatisfy(panel -> assertThat(panel.heading()).contains("ネオジム"));
    }

    @Test
    void theConsumerSwitchShowsJapansImportsWithWorldSharesStandingIn(FxRobot robot) throws Exception {
        // Japan has sourcing of its own for gallium, none for germanium: the world's stands in, said in words.
        // Japan is the default consumer.
        assertThat(screen.model().consumerProperty().get()).isEqualTo(Country.JAPAN);
        showAndWait(robot, "germanium");
        Workbench.waitUntil(() -> screen.model().chartProperty().get().subtitle().contains("日本の輸入"));

        DependencyChart chart = screen.model().chartProperty().get();
        assertThat(chart.subtitle()).contains("世界の生産シェアで代用");
        assertThat(chart.panels().get(0).heading()).contains("世界生産で代用");
        assertThat(chart.panels().get(0).rows().get(0).iso3()).isEqualTo("CHN");
    }
}
