package tenken.views.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import tenken.assets.Messages;
import tenken.store.db.TenkenDatabase;
import tenken.store.model.Material;
import tenken.views.imports.ImportDialog;
import tenken.views.model.Screen;
import tenken.views.model.ShareRow;
import tenken.views.workbench.Themes;
import tenken.views.workbench.WorkbenchContext;

@ExtendWith(ApplicationExtension.class)
class MainWindowTest {

    @TempDir
    static Path dir;

    private WorkbenchContext context;
    private Stage stage;
    private MainWindow window;

    @Start
    void start(Stage stage) throws Exception {
        Messages.setLocale(Messages.JAPANESE);
        this.stage = stage;
        Themes.loadFonts();
        Themes.applyUserAgent(false);
        context = new WorkbenchContext(TenkenDatabase.open(dir.resolve("window-" + System.nanoTime() + ".db")));
        window = MainWindow.load(context);
        Scene scene = new Scene(window.root(), 1280, 800);
        context.setOnLanguageChanged(() -> {
            window = window.rebuilt();
            scene.setRoot(window.root());
        });
        stage.setScene(scene);
        window.controller().show(Screen.CATALOGUE);
        stage.show();
        context.reload().get(20, TimeUnit.SECONDS);
    }

    @AfterEach
    void tearDown() {
        context.shutdown();
        Messages.setLocale(Messages.JAPANESE);
    }

    private TreeView<Material> tree(FxRobot robot) {
        return robot.lookup("#materialTree").queryAs(TreeView.class);
    }

    @Test
    void opensInJapaneseWithTheTwelveDesignatedMaterials(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        TreeView<Material> tree = tree(robot);

        long designated = tree.getRoot().getChildren().stream()
                .filter(item -> context.catalogue().designationOf(item.getValue().key()).isPresent()).count();
        assertThat(designated).isEqualTo(12);
        assertThat(tree.getRoot().getChildren().get(0).getValue().nameJa()).isEqualTo("抗菌性物質製剤");
        assertThat(((Label) robot.lookup("#materialTitle").query()).getText()).isEqualTo("抗菌性物質製剤");
    }

    @Test
    void selectingAMaterialShowsItsSuppliersWithShareYearAndSource(FxRobot robot) {
        TreeView<Material> tree = tree(robot);
        TreeItem<Material> minerals = tree.getRoot().getChildren().stream()
                .filter(item -> item.getValue().key().equals("critical minerals")).findFirst().orElseThrow();

        robot.interact(() -> tree.getSelectionModel().select(minerals));

        TableView<ShareRow> table = robot.lookup("#sharesTable").queryAs(TableView.class);
        assertThat(table.getItems()).isNotEmpty();
        assertThat(table.getItems()).anySatisfy(row -> {
            assertThat(row.supplierIso3()).isEqualTo("CHN");
            assertThat(row.supplier()).isEqualTo("中国");
            assertThat(row.year()).isEqualTo(2024);
            assertThat(row.source()).contains("USGS");
        });
    }

    @Test
    void theFilterNarrowsTheTreeInJapaneseOrEnglish(FxRobot robot) {
        robot.interact(() -> robot.lookup("#screens").queryAs(javafx.scene.control.TabPane.class).getSelectionModel()
                .select(1));
        robot.clickOn("#filterField").write("gallium");

        TreeView<Material> tree = tree(robot);
        assertThat(tree.getRoot().getChildren()).isNotEmpty().allSatisfy(item ->
                assertThat(item.getValue().key().equals("gallium") || !item.getChildren().isEmpty()).isTrue());
        robot.interact(() -> robot.lookup("#filterField").queryAs(TextField.class).clear());
    }

    @Test
    void switchingToEnglishRebuildsTheWindowInEnglish(FxRobot robot) {
        robot.press(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.SHIFT, javafx.scene.input.KeyCode.E)
                .release(javafx.scene.input.KeyCode.E, javafx.scene.input.KeyCode.SHIFT, javafx.scene.input.KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(Messages.language()).isEqualTo("en");
        assertThat(((Label) robot.lookup("#materialTitle").query()).getText()).isEqualTo(
                context.catalogue().materials().get(0).nameEn());
    }

    @Test
    void aBadImportListsItsProblemsAndChangesNothing(FxRobot robot) throws Exception {
        Path bad = dir.resolve("bad.csv");
        Files.writeString(bad, "material,stage,country_iso3,share,year,source\n"
                + "gallium,refining,CHN,2.0,2024,s\ngallium,refining,QQQ,0.1,2024,s\n", StandardCharsets.UTF_8);
        int sharesBefore = context.catalogue().shares().size();

        ImportDialog[] opened = new ImportDialog[1];
        robot.interact(() -> {
            opened[0] = ImportDialog.show(stage, context, ImportDialog.Kind.SHARES);
            opened[0].importFile(bad.toFile());
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !opened[0].problemLines().isEmpty());

        assertThat(opened[0].problemLines()).containsExactly(
                bad + ":2: share: シェア「2.0」は 0 から 1 の範囲外です",
                bad + ":3: country_iso3: 不明な国コード「QQQ」です（ISO 3166-1 alpha-3 で指定してください）");
        assertThat(opened[0].statusText()).contains("2 件の問題");
        context.reload().get(10, TimeUnit.SECONDS);
        assertThat(context.catalogue().shares()).hasSize(sharesBefore);
    }

    @Test
    void aMaterialDeclaredThroughTheImportDialogAppearsAtOnceOnOverviewCatalogueAndWalkthrough(FxRobot robot)
            throws Exception {
        Path declared = dir.resolve("materials-" + System.nanoTime() + ".csv");
        Files.writeString(declared, "material,name_ja,name_en,parent\nantimony,アンチモン,Antimony,\n",
                StandardCharsets.UTF_8);

        ImportDialog[] opened = new ImportDialog[1];
        robot.interact(() -> {
            opened[0] = ImportDialog.show(stage, context, ImportDialog.Kind.MATERIALS);
            opened[0].importFile(declared.toFile());
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> opened[0].statusText().contains("宣言しました"));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> context.catalogue().findMaterial("antimony").isPresent());
        robot.interact(() -> opened[0].stage().close());

        robot.interact(() -> window.controller().show(Screen.OVERVIEW));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#overviewTable").tryQuery().isPresent());
        @SuppressWarnings("unchecked")
        javafx.scene.control.TableView<tenken.views.model.OverviewRow> overview =
                robot.lookup("#overviewTable").queryAs(javafx.scene.control.TableView.class);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> overview.getItems().stream()
                .anyMatch(row -> row.key().equals("antimony")));
        List<tenken.views.model.OverviewRow> rows = List.copyOf(overview.getItems());
        assertThat(rows.subList(0, 12)).allSatisfy(row -> assertThat(row.designated()).isTrue());
        assertThat(rows.subList(12, rows.size())).filteredOn(row -> row.key().equals("antimony")).singleElement()
                .satisfies(row -> {
                    assertThat(row.designated()).isFalse();
                    assertThat(row.name()).isEqualTo("アンチモン（指定外）");
                });

        robot.interact(() -> window.controller().show(Screen.CATALOGUE));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(tree(robot).getRoot().getChildren()).anySatisfy(item ->
                assertThat(item.getValue().key()).isEqualTo("antimony"));

        robot.interact(() -> window.controller().show(Screen.ASSESSMENT));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#assessmentMaterial").tryQuery().isPresent());
        @SuppressWarnings("unchecked")
        javafx.scene.control.ComboBox<Material> walkthrough =
                robot.lookup("#assessmentMaterial").queryAs(javafx.scene.control.ComboBox.class);
        assertThat(walkthrough.getItems()).extracting(Material::key).contains("antimony");
    }

    @Test
    void tradeStatisticsImportThroughTheDialogWithProgressAndBaciAsksForItsCountryTable(FxRobot robot)
            throws Exception {
        StringBuilder customs = new StringBuilder("Exp or Imp,Year,HS,Country,Unit1,Unit2,Quantity1-Year,"
                + "Quantity2-Year,Value-Year\r\n");
        for (int i = 0; i < 3_000; i++) {
            customs.append("2,2023,'271111000',601,MT,,600,,900\r\n");
        }
        Path file = dir.resolve("customs-" + System.nanoTime() + ".csv");
        Files.write(file, customs.toString().getBytes(java.nio.charset.Charset.forName("windows-31j")));

        ImportDialog[] opened = new ImportDialog[1];
        robot.interact(() -> {
            opened[0] = ImportDialog.show(stage, context, ImportDialog.Kind.TRADE);
            opened[0].importFile(file.toFile());
        });
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> opened[0].statusText().contains("japan-customs"));
        assertThat(opened[0].statusText()).contains("3000 行を読み");
        assertThat(opened[0].progressValue()).isEqualTo(1.0);
        assertThat(opened[0].problemLines()).isEmpty();

        Path baci = dir.resolve("BACI_HS22_Y2023_V202501.csv");
        Files.writeString(baci, "t,i,j,k,v,q\n2023,36,392,271111,1.0,2.0\n", StandardCharsets.UTF_8);
        robot.interact(() -> opened[0].importFile(baci.toFile()));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !opened[0].problemLines().isEmpty());
        assertThat(opened[0].problemLines()).singleElement().asString().contains(baci.toString(), "--countries");
    }
}
