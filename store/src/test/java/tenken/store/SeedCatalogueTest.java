package tenken.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tenken.store.db.TenkenDatabase;
import tenken.store.model.Catalogue;
import tenken.store.model.InputRelation;
import tenken.store.model.Material;
import tenken.store.model.SupplyEvent;
import tenken.store.model.SupplyShare;
import tenken.store.repo.CatalogueRepository;

/** The shipped catalogue, as a new database gets it: what a risk inspection needs, every number sourced. */
class SeedCatalogueTest {

    @TempDir
    static Path dir;

    private static Catalogue catalogue;

    @BeforeAll
    static void seed() {
        catalogue = new CatalogueRepository(TenkenDatabase.open(dir.resolve("seeded.db"))).load();
    }

    @Test
    void holdsTheTwelveSpecifiedCriticalMaterialsInOfficialOrderWithTheirFacts() {
        assertThat(catalogue.designatedMaterials()).extracting(Material::nameJa).containsExactly(
                "抗菌性物質製剤", "肥料", "永久磁石", "工作機械・産業用ロボット", "航空機の部品", "半導体", "蓄電池",
                "クラウドプログラム", "可燃性天然ガス", "重要鉱物", "船舶の部品", "先端電子部品");
        assertThat(catalogue.designations()).allSatisfy(designation -> {
            assertThat(designation.ministryJa()).endsWith("省");
            assertThat(designation.designatedOn()).isAfterOrEqualTo(LocalDate.of(2022, 12, 20));
            assertThat(designation.source()).isNotBlank();
        });
        int plans = catalogue.designations().stream().mapToInt(d -> d.certifiedPlans() == null ? 0 : d.certifiedPlans()).sum();
        assertThat(plans).as("certified plans, 計135件 as of 2025-10-29").isEqualTo(135);
        assertThat(catalogue.designatedMaterials()).allSatisfy(material ->
                assertThat(catalogue.itemsOf(material.key())).as(material.key()).isNotEmpty());
    }

    @Test
    void theBetaLactamItemIsUnderAntimicrobials() {
        assertThat(catalogue.itemsOf("antimicrobials")).extracting(Material::nameJa)
                .anySatisfy(name -> assertThat(name).contains("βラクタム"));
    }

    @Test
    void everyShareHasASourceAndAYearAndNoGroupSumsOverOne() {
        assertThat(catalogue.shares()).allSatisfy(share -> {
            assertThat(share.source()).isNotBlank();
            assertThat(share.year()).isBetween(2015, 2026);
        });
        Map<SupplyShare.GroupKey, Double> sums = catalogue.shares().stream()
                .collect(Collectors.groupingBy(SupplyShare::group, Collectors.summingDouble(SupplyShare::share)));
        assertThat(sums.values()).allSatisfy(sum -> assertThat(sum).isLessThanOrEqualTo(1.005));
    }

    @Test
    void holdsTheReferenceWorldSharesAndTheSeedsJapaneseSourcing() {
        assertThat(catalogue.shares()).filteredOn(share -> share.consumer().equals("WLD")).hasSizeGreaterThanOrEqualTo(270);
        assertThat(share("gallium", "refining", "WLD", 2024, "CHN")).isEqualTo(0.984);
        assertThat(catalogue.shares()).anySatisfy(share -> {
            assertThat(share.consumer()).isEqualTo("JPN");
            assertThat(share.supplier()).isEqualTo("CHN");
            assertThat(share.share()).isGreaterThanOrEqualTo(0.99);
            assertThat(share.material()).contains("beta-lactam");
        });
        assertThat(catalogue.shares()).anySatisfy(share -> {
            assertThat(share.consumer()).isEqualTo("IND");
            assertThat(share.supplier()).isEqualTo("CHN");
        });
    }

    @Test
    void everyShareSaysHowItWasMeasuredAndPublished() {
        assertThat(catalogue.shares()).allSatisfy(share -> {
            assertThat(share.basis()).as("basis of %s", share).isNotBlank();
            assertThat(tenken.store.model.ShareQuality.ofKey(share.quality())).as("quality of %s", share).isPresent();
        });
    }

    @Test
    void holdsJapansOwnSourcingFromThePublishedFigures() {
        assertThat(years("liquefied natural gas", "production", "JPN")).containsExactly(2015, 2023, 2024);
        assertThat(share("liquefied natural gas", "production", "JPN", 2024, "AUS")).isEqualTo(0.3809);
        assertThat(share("liquefied natural gas", "production", "JPN", 2015, "AUS")).isEqualTo(0.219);
        assertThat(share("rare earths", "refining", "JPN", 2024, "CHN")).isEqualTo(0.796);
        assertThat(share("gallium", "refining", "JPN", 2021, "CHN")).isEqualTo(0.567);
        assertThat(share("natural graphite", "mining", "JPN", 2023, "CHN")).isEqualTo(0.90);
        assertThat(share("ammonium phosphate", "raw material", "JPN", 2020, "CHN")).isEqualTo(0.887);
        assertThat(share("potassium chloride", "raw material", "JPN", 2020, "CAN")).isEqualTo(0.64);
        assertThat(share("phosphate rock", "mining", "JPN", 2020, "CHN")).isEqualTo(0.255);
        assertThat(share("foundational cloud programs", "product", "JPN", 2020, "USA")).isEqualTo(0.65);
        assertThat(share("machine tools", "production", "JPN", 2022, "JPN")).isEqualTo(0.74);
        assertThat(share("industrial robots", "production", "JPN", 2020, "JPN")).isEqualTo(0.98);
        assertThat(catalogue.itemsOf("machine tools and industrial robots")).extracting(Material::key)
                .contains("machine tools", "industrial robots");
    }

    @Test
    void aSingleMakersShareCoversLessThanTheWholeAndAMidpointSaysSo() {
        assertThat(group("crankshafts", "production", "WLD", 2017)).singleElement().satisfies(share -> {
            assertThat(share.share()).isEqualTo(0.40);
            assertThat(share.quality()).isEqualTo("company claim");
            assertThat(share.note()).contains("1社", "One Japanese maker");
        });
        assertThat(group("propellers", "production", "WLD", 2017)).extracting(SupplyShare::share).containsExactly(0.30);
        assertThat(group("foundational cloud programs", "product", "JPN", 2020))
                .filteredOn(share -> share.supplier().equals("USA")).singleElement()
                .satisfies(share -> assertThat(share.note()).contains("中央値", "Midpoint"));
    }

    @Test
    void shipPartsReachTheShipsTheyAreFor() {
        assertThat(inputsBelow("ships")).contains("marine engines", "crankshafts", "propellers");
        assertThat(inputsBelow("marine engines")).contains("crankshafts");
    }

    private static List<SupplyShare> group(String material, String stage, String consumer, int year) {
        return catalogue.shares().stream().filter(s -> s.group().equals(
                new SupplyShare.GroupKey(material, stage, consumer, year))).toList();
    }

    private static double share(String material, String stage, String consumer, int year, String supplier) {
        return group(material, stage, consumer, year).stream().filter(s -> s.supplier().equals(supplier))
                .findFirst().orElseThrow(() -> new AssertionError(material + " " + consumer + " " + year + " " + supplier))
                .share();
    }

    private static List<Integer> years(String material, String stage, String consumer) {
        return catalogue.shares().stream()
                .filter(s -> s.material().equals(material) && s.stage().equals(stage) && s.consumer().equals(consumer))
                .map(SupplyShare::year).distinct().sorted().toList();
    }

    @Test
    void holdsChinasExportControlsOf2023() {
        Map<LocalDate, SupplyEvent> china = catalogue.events().stream()
                .filter(event -> event.country().equals("CHN") && event.kind().equals(SupplyEvent.EXPORT_CONTROL))
                .collect(Collectors.toMap(SupplyEvent::date, event -> event));
        assertThat(china.get(LocalDate.of(2023, 8, 1)).materials()).contains("gallium", "germanium");
        assertThat(china.get(LocalDate.of(2023, 9, 1)).materials()).contains("drones");
        assertThat(china.get(LocalDate.of(2023, 12, 1)).materials()).contains("natural graphite");
    }

    @Test
    void inputRelationsTieTheDesignatedItemsToTheMinerals() {
        Set<String> inputsOfBatteries = inputsBelow("batteries");
        Set<String> inputsOfMagnets = inputsBelow("neodymium magnets");
        Set<String> inputsOfSemiconductors = inputsBelow("conventional semiconductors");

        assertThat(inputsOfBatteries).contains("lithium", "cobalt", "nickel", "manganese", "natural graphite");
        assertThat(inputsOfMagnets).contains("rare earths", "neodymium", "dysprosium");
        assertThat(inputsOfSemiconductors).contains("gallium", "germanium", "fluorspar", "helium", "silicon");
        assertThat(inputsBelow("large forgings")).contains("titanium sponge");
        assertThat(inputsBelow("ammonium phosphate")).contains("phosphate rock");
        assertThat(inputsBelow("potassium chloride")).contains("potash");
        assertThat(inputsBelow("beta-lactam antibiotics")).contains("beta-lactam key starting materials");
    }

    /** Every material reachable through input relations from {@code material}, at any stage. */
    private static Set<String> inputsBelow(String material) {
        Set<String> found = new java.util.HashSet<>();
        java.util.Deque<String> pending = new java.util.ArrayDeque<>(Set.of(material));
        while (!pending.isEmpty()) {
            String next = pending.pop();
            for (InputRelation relation : catalogue.inputs()) {
                if (relation.material().equals(next) && found.add(relation.inputMaterial())) {
                    pending.push(relation.inputMaterial());
                }
            }
        }
        return found;
    }
}
