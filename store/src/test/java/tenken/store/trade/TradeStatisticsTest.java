package tenken.store.trade;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.StringWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tenken.assets.Messages;
import tenken.store.TestDatabases;
import tenken.store.csv.CsvTable;
import tenken.store.csv.ImportException;
import tenken.store.db.TenkenDatabase;
import tenken.store.io.CatalogueImporter;
import tenken.store.model.Country;
import tenken.store.model.Material;
import tenken.store.model.Stage;
import tenken.store.model.SupplyShare;
import tenken.store.progress.ProgressMonitor;
import tenken.store.repo.CatalogueRepository;
import tenken.store.repo.CatalogueWriter;

/**
 * Trade files in the exact layouts of Japan Customs, UN Comtrade and CEPII BACI, written by the tests with
 * made-up numbers (synthetic fixtures, not real statistics), through import, mapping and derived shares.
 */
class TradeStatisticsTest {

    private static final String CUSTOMS_HEADER = "Exp or Imp,Year,HS,Country,Unit1,Unit2,Quantity1-Year,Quantity2-Year,"
            + "Value-Year,Quantity1-Jan,Quantity2-Jan,Value-Jan,Quantity1-Feb,Quantity2-Feb,Value-Feb";

    @TempDir
    Path dir;

    TenkenDatabase database;
    TradeStatistics trade;

    @BeforeEach
    void catalogueWithTwoMappedItems() {
        Messages.setLocale(Messages.ENGLISH);
        database = TestDatabases.withCountries(dir.resolve("trade.db"));
        CatalogueWriter writer = new CatalogueWriter(database);
        writer.putCountries(List.of(new Country("AUS", "オーストラリア", "Australia", false),
                new Country("MYS", "マレーシア", "Malaysia", false), new Country("TWN", "台湾", "Taiwan", false)));
        writer.putStages(List.of(new Stage("import", "輸入元", "Import origin", 12)));
        writer.putMaterials(List.of(new Material("natural gas", "可燃性天然ガス", "Natural gas", null, 1),
                new Material("liquefied natural gas", "液化天然ガス", "LNG", "natural gas", 2),
                new Material("titanium sponge", "スポンジチタン", "Titanium sponge", null, 3)));
        trade = new TradeStatistics(database);
        trade.replaceMappings(Set.of(), List.of(
                new CommodityMapping("liquefied natural gas", "import", "271111", CommodityMapping.Basis.QUANTITY, "kg",
                        "LNG", "HS 2022"),
                new CommodityMapping("titanium sponge", "import", "810820", CommodityMapping.Basis.VALUE, "", "sponge",
                        "HS 2022")));
    }

    private Path write(String name, String text, Charset charset) throws Exception {
        Path file = dir.resolve(name);
        Files.write(file, text.getBytes(charset));
        return file;
    }

    private Map<String, Double> shares(String material, String consumer, int year) {
        return new CatalogueRepository(database).load().shares().stream()
                .filter(s -> s.material().equals(material) && s.consumer().equals(consumer) && s.year() == year)
                .collect(Collectors.toMap(SupplyShare::supplier, SupplyShare::share));
    }

    private long count(String table) throws Exception {
        try (Connection c = database.connect(); ResultSet r = c.createStatement().executeQuery("SELECT count(*) FROM " + table)) {
            r.next();
            return r.getLong(1);
        }
    }

    /** Japan's LNG: 600 t from Australia (601), 400 t from Malaysia (113); an export row; titanium by value. */
    private Path customsFile(String name, String australiaTonnes) throws Exception {
        return write(name, CUSTOMS_HEADER + "\r\n"
                + "2,2024,'271111000',601,MT,,"+ australiaTonnes + ",,900,300,,450,,,\r\n"
                + "2,2024,'271111000',113,MT,,400,,500,400,,500,,,\r\n"
                + "1,2024,'271111000',105,MT,,999,,999,,,,,,\r\n"
                + "2,2024,'810820000',105,KG,,10,,30,,,,,,\r\n"
                + "2,2024,'810820000',304,KG,,90,,70,,,,,,\r\n", Charset.forName("windows-31j"));
    }

    @Test
    void japanCustomsFileGivesJapansSourcingOnTheQuantityAndTheValueBasis() throws Exception {
        TradeStatistics.Summary summary = trade.importFile(customsFile("customs.csv", "600"), null, null, null,
                ProgressMonitor.NONE);

        assertThat(summary.format()).isEqualTo(TradeFormat.JAPAN_CUSTOMS);
        assertThat(summary.rowsRead()).isEqualTo(5);
        // five year rows and the January rows of the two LNG imports that have one
        assertThat(count("trade_flow")).isEqualTo(7);
        assertThat(shares("liquefied natural gas", "JPN", 2024))
                .as("quantity basis: 600 t / 1000 t, the export row left out")
                .containsOnlyKeys("AUS", "MYS")
                .hasEntrySatisfying("AUS", s -> assertThat(s).isCloseTo(0.6, within(1e-12)))
                .hasEntrySatisfying("MYS", s -> assertThat(s).isCloseTo(0.4, within(1e-12)));
        assertThat(shares("titanium sponge", "JPN", 2024))
                .as("value basis: 30 / 100 thousand yen, although by weight China has 10 %")
                .hasEntrySatisfying("CHN", s -> assertThat(s).isCloseTo(0.3, within(1e-12)))
                .hasEntrySatisfying("USA", s -> assertThat(s).isCloseTo(0.7, within(1e-12)));
        SupplyShare australia = new CatalogueRepository(database).load().shares().stream()
                .filter(s -> s.supplier().equals("AUS")).findFirst().orElseThrow();
        assertThat(australia.derived()).isTrue();
        assertThat(australia.quality()).isEqualTo("derived");
        assertThat(australia.source()).contains("財務省", "271111", "2024").doesNotContain("customs.csv");
        assertThat(australia.basis()).contains("quantity", "kg");
    }

    @Test
    void derivedSharesLinkToTheFlowsTheyCameFrom() throws Exception {
        trade.importFile(customsFile("customs.csv", "600"), null, null, null, ProgressMonitor.NONE);

        try (Connection c = database.connect(); ResultSet r = c.createStatement().executeQuery(
                "SELECT f.partner_iso3, f.quantity, f.month FROM derived_share d JOIN derived_share_flow l ON l.share_id = d.id"
                        + " JOIN trade_flow f ON f.id = l.flow_id WHERE d.supplier_iso3 = 'AUS'")) {
            assertThat(r.next()).isTrue();
            assertThat(r.getString(1)).isEqualTo("AUS");
            assertThat(r.getDouble(2)).as("MT converted to kg").isEqualTo(600_000.0);
            assertThat(r.getObject(3)).as("the year's row, not the months").isNull();
            assertThat(r.next()).isFalse();
        }
    }

    @Test
    void domesticProductionScalesImportSharesSoThatTheGroupSumsToOne() throws Exception {
        new CatalogueImporter(database).importShares("own.csv", ("material,stage,country_iso3,share,year,source,consumer_iso3\n"
                + "titanium sponge,import,JPN,0.2,2024,made-up domestic figure,JPN\n").getBytes(StandardCharsets.UTF_8),
                null, ProgressMonitor.NONE);
        trade.importFile(customsFile("customs.csv", "600"), null, null, null, ProgressMonitor.NONE);

        Map<String, Double> sponge = shares("titanium sponge", "JPN", 2024);
        assertThat(sponge.get("JPN")).isEqualTo(0.2);
        assertThat(sponge.get("CHN")).isCloseTo(0.8 * 0.3, within(1e-12));
        assertThat(sponge.get("USA")).isCloseTo(0.8 * 0.7, within(1e-12));
        assertThat(sponge.values().stream().mapToDouble(Double::doubleValue).sum()).isCloseTo(1.0, within(1e-12));
        assertThat(trade.conflicts()).as("one's own production is not a rival figure").isEmpty();
    }

    @Test
    void domesticFigureEnteredAfterTheTradeImportRescalesTheDerivedShares() throws Exception {
        trade.importFile(customsFile("customs.csv", "600"), null, null, null, ProgressMonitor.NONE);
        new CatalogueImporter(database).importShares("own.csv", ("material,stage,country_iso3,share,year,source,consumer_iso3\n"
                + "titanium sponge,import,JPN,0.5,2024,made-up domestic figure,JPN\n").getBytes(StandardCharsets.UTF_8),
                null, ProgressMonitor.NONE);

        assertThat(shares("titanium sponge", "JPN", 2024).get("CHN")).isCloseTo(0.5 * 0.3, within(1e-12));
    }

    @Test
    void reimportingAFileReplacesWhatItBroughtAndAnotherFileAdds() throws Exception {
        Path file = customsFile("customs.csv", "600");
        trade.importFile(file, null, null, null, ProgressMonitor.NONE);
        customsFile("customs.csv", "100");
        trade.importFile(file, null, null, null, ProgressMonitor.NONE);

        assertThat(count("trade_import")).isEqualTo(1);
        assertThat(count("trade_flow")).isEqualTo(7);
        assertThat(shares("liquefied natural gas", "JPN", 2024).get("AUS")).isCloseTo(0.2, within(1e-12));

        write("customs-2023.csv", CUSTOMS_HEADER + "\n2,2023,'271111000',601,MT,,5,,5,,,,,,\n", StandardCharsets.UTF_8);
        trade.importFile(dir.resolve("customs-2023.csv"), TradeFormat.JAPAN_CUSTOMS, null, null, ProgressMonitor.NONE);
        assertThat(count("trade_import")).isEqualTo(2);
        assertThat(shares("liquefied natural gas", "JPN", 2023)).containsEntry("AUS", 1.0);
        assertThat(shares("liquefied natural gas", "JPN", 2024).get("AUS")).isCloseTo(0.2, within(1e-12));
    }

    @Test
    void aFileReimportedWithoutImportFlowsTakesTheSharesItGaveAway() throws Exception {
        Path file = customsFile("customs.csv", "600");
        trade.importFile(file, null, null, null, ProgressMonitor.NONE);
        assertThat(count("derived_share")).isPositive();

        write("customs.csv", CUSTOMS_HEADER + "\n1,2024,'271111000',105,MT,,999,,999,,,,,,\n", StandardCharsets.UTF_8);
        trade.importFile(file, TradeFormat.JAPAN_CUSTOMS, null, null, ProgressMonitor.NONE);

        assertThat(count("derived_share")).isZero();
        assertThat(count("derived_share_flow")).isZero();
        assertThat(shares("liquefied natural gas", "JPN", 2024)).isEmpty();
    }

    @Test
    void aRefusedFileNamesFileLineAndFieldAndChangesNothing() throws Exception {
        trade.importFile(customsFile("customs.csv", "600"), null, null, null, ProgressMonitor.NONE);
        List<SupplyShare> before = new CatalogueRepository(database).load().shares();
        // line 3 holds a quoted line break (lines 3-4), so the bad rows are on physical lines 5 and 6
        Path bad = write("customs.csv", CUSTOMS_HEADER + "\n"
                + "2,2024,'271111000',601,MT,,1,,1,,,,,,\n"
                + "2,2024,'271111000',113,\"MT\n\",,1,,1,,,,,,\n"
                + "2,2024,'271111000',999,MT,,1,,1,,,,,,\n"
                + "3,20x4,'2711',601,MT,,-1,,1,,,,,,\n", StandardCharsets.UTF_8);

        assertThatThrownBy(() -> trade.importFile(bad, null, null, null, ProgressMonitor.NONE))
                .isInstanceOf(ImportException.class)
                .satisfies(e -> assertThat(((ImportException) e).problems()).extracting(Object::toString).containsExactly(
                        bad.toAbsolutePath() + ":5: Country: country code \"999\" is not in the customs' country table",
                        bad.toAbsolutePath() + ":6: Exp or Imp: \"3\" is neither export (1) nor import (2)",
                        bad.toAbsolutePath() + ":6: Year: \"20x4\" is not a whole number",
                        bad.toAbsolutePath() + ":6: HS: statistical code \"'2711'\" is not nine digits",
                        bad.toAbsolutePath() + ":6: Quantity1-Year: \"-1\" is not a number of zero or more"));
        assertThat(new CatalogueRepository(database).load().shares()).isEqualTo(before);
        assertThat(count("trade_flow")).isEqualTo(7);
    }

    @Test
    void handEnteredSharesWinAndTheConflictIsListed() throws Exception {
        new CatalogueImporter(database).importShares("hand.csv", ("material,stage,country_iso3,share,year,source,consumer_iso3\n"
                + "liquefied natural gas,import,AUS,0.42,2024,made-up published figure,JPN\n"
                + "liquefied natural gas,import,ROW,0.58,2024,made-up published figure,JPN\n").getBytes(StandardCharsets.UTF_8),
                null, ProgressMonitor.NONE);
        trade.importFile(customsFile("customs.csv", "600"), null, null, null, ProgressMonitor.NONE);

        assertThat(shares("liquefied natural gas", "JPN", 2024)).containsOnly(Map.entry("AUS", 0.42), Map.entry("ROW", 0.58));
        assertThat(trade.conflicts()).containsExactly(new SupplyShare.GroupKey("liquefied natural gas", "import", "JPN", 2024));
        assertThat(trade.derivedShares("JPN", 2024)).filteredOn(d -> d.share().material().equals("liquefied natural gas"))
                .hasSize(2).allMatch(d -> !d.used());
        assertThat(trade.derivedShares("JPN", 2024)).filteredOn(d -> d.share().material().equals("titanium sponge"))
                .allMatch(TradeStatistics.Derived::used);
    }

    /** The figures a monitor was given, in order. */
    private static final class RecordingMonitor implements ProgressMonitor {
        final java.util.List<long[]> calls = new java.util.ArrayList<>();

        @Override
        public void progress(long done, long total) {
            calls.add(new long[] {done, total});
        }

        @Override
        public boolean isCancelled() {
            return false;
        }
    }

    @Test
    void japanCustomsAndComtradeReportProgressAsTheyReadNotOnlyBaci() throws Exception {
        StringBuilder customs = new StringBuilder(CUSTOMS_HEADER).append("\r\n");
        for (int i = 0; i < 5_000; i++) {
            customs.append("2,2024,'271111000',601,MT,,600,,900,300,,450,,,\r\n");
        }
        StringBuilder comtrade = new StringBuilder("typeCode,freqCode,refYear,refMonth,reporterCode,reporterISO,flowCode,"
                + "partnerCode,partnerISO,partner2ISO,cmdCode,motCode,customsCode,qtyUnitAbbr,qty,netWgt,primaryValue\n");
        for (int i = 0; i < 5_000; i++) {
            comtrade.append("C,A,2023,52,699,IND,M,156,CHN,W00,810820,0,C00,kg,60,60,600\n");
        }
        for (Path file : List.of(write("big-customs.csv", customs.toString(), Charset.forName("windows-31j")),
                write("big-comtrade.csv", comtrade.toString(), StandardCharsets.UTF_8))) {
            RecordingMonitor monitor = new RecordingMonitor();

            trade.importFile(file, null, null, null, monitor);

            assertThat(monitor.calls).as(file.getFileName().toString()).hasSizeGreaterThan(3);
            long[] last = monitor.calls.get(monitor.calls.size() - 1);
            assertThat(last[0]).isEqualTo(last[1]).isPositive();
            assertThat(monitor.calls.get(0)[0]).isLessThan(last[1] / 2);
            for (int i = 1; i < monitor.calls.size(); i++) {
                assertThat(monitor.calls.get(i)[0]).isGreaterThanOrEqualTo(monitor.calls.get(i - 1)[0]);
            }
        }
    }

    @Test
    void cancellingPartWayThroughAJapanCustomsOrComtradeFileStopsItAndStoresNothing() throws Exception {
        StringBuilder customs = new StringBuilder(CUSTOMS_HEADER).append("\r\n");
        for (int i = 0; i < 5_000; i++) {
            customs.append("2,2024,'271111000',601,MT,,600,,900,300,,450,,,\r\n");
        }
        StringBuilder comtrade = new StringBuilder("typeCode,freqCode,refYear,refMonth,reporterCode,reporterISO,flowCode,"
                + "partnerCode,partnerISO,partner2ISO,cmdCode,motCode,customsCode,qtyUnitAbbr,qty,netWgt,primaryValue\n");
        for (int i = 0; i < 5_000; i++) {
            comtrade.append("C,A,2023,52,699,IND,M,156,CHN,W00,810820,0,C00,kg,60,60,600\n");
        }
        for (Path file : List.of(write("big-customs.csv", customs.toString(), Charset.forName("windows-31j")),
                write("big-comtrade.csv", comtrade.toString(), StandardCharsets.UTF_8))) {
            java.util.concurrent.atomic.AtomicInteger asked = new java.util.concurrent.atomic.AtomicInteger();
            ProgressMonitor stopsOnTheSecondQuestion = new ProgressMonitor() {
                @Override
                public void progress(long done, long total) {
                }

                @Override
                public boolean isCancelled() {
                    return asked.incrementAndGet() > 1;
                }
            };

            assertThatThrownBy(() -> trade.importFile(file, null, null, null, stopsOnTheSecondQuestion))
                    .as(file.getFileName().toString()).isInstanceOf(java.util.concurrent.CancellationException.class);
            assertThat(trade.derivedShares("JPN", 2024)).as(file.getFileName().toString()).isEmpty();
            assertThat(trade.derivedShares("IND", 2023)).as(file.getFileName().toString()).isEmpty();
        }
    }

    @Test
    void comtradeKeepsPartnersLeavesOutWorldAndBreakdownsAndMakesTheImporterAConsumer() throws Exception {
        Path file = write("comtrade.csv", "typeCode,freqCode,refYear,refMonth,reporterCode,reporterISO,flowCode,"
                + "partnerCode,partnerISO,partner2ISO,cmdCode,motCode,customsCode,qtyUnitAbbr,qty,netWgt,primaryValue\n"
                + "C,A,2023,52,699,IND,M,0,W00,W00,810820,0,C00,kg,100,100,1000\n"
                + "C,A,2023,52,699,IND,M,156,CHN,W00,810820,0,C00,kg,60,60,600\n"
                + "C,A,2023,52,699,IND,M,490,S19,W00,810820,0,C00,kg,40,40,400\n"
                + "C,A,2023,52,699,IND,M,156,CHN,W00,810820,2100,C00,kg,60,60,600\n"
                + "C,A,2023,52,699,IND,M,156,CHN,W00,81,0,C00,kg,60,60,600\n"
                + "C,A,2023,52,699,IND,RX,156,CHN,W00,810820,0,C00,kg,60,60,600\n", StandardCharsets.UTF_8);

        TradeStatistics.Summary summary = trade.importFile(file, null, null, null, ProgressMonitor.NONE);

        assertThat(summary.format()).isEqualTo(TradeFormat.COMTRADE);
        assertThat(summary.flowsKept()).isEqualTo(2);
        assertThat(trade.importers()).contains("IND");
        Map<String, Double> india = shares("titanium sponge", "IND", 2023);
        assertThat(india).containsOnlyKeys("CHN", "TWN");
        assertThat(india.get("CHN")).isCloseTo(0.6, within(1e-12));
    }

    @Test
    void baciIsStreamedKeepingOnlyMappedCodesAndReadsNaQuantities() throws Exception {
        Path countries = write("country_codes_V202501.csv", "country_code,country_name,country_iso2,country_iso3\n"
                + "36,Australia,AU,AUS\n156,China,CN,CHN\n392,Japan,JP,JPN\n458,Malaysia,MY,MYS\n842,USA,US,USA\n",
                StandardCharsets.UTF_8);
        Path file = write("BACI_HS22_Y2022_V202501.csv", "t,i,j,k,v,q\n"
                + "2022,36,392,271111,300.5,1000.000\n"
                + "2022,458,392,271111,100.25,         NA\n"
                + "2022,842,392,271111,99.25,3000\n"
                + "2022,156,392,10121,5.0,1\n"
                + "2022,156,842,810820,8,2\n", StandardCharsets.US_ASCII);

        TradeStatistics.Summary summary = trade.importFile(file, null, countries, null, ProgressMonitor.NONE);

        assertThat(summary.format()).isEqualTo(TradeFormat.BACI);
        assertThat(summary.rowsRead()).isEqualTo(5);
        assertThat(summary.flowsKept()).as("the live-animal row is not mapped").isEqualTo(4);
        Map<String, Double> japan = shares("liquefied natural gas", "JPN", 2022);
        assertThat(japan).as("quantity basis: Malaysia's NA adds nothing").containsOnlyKeys("AUS", "USA");
        assertThat(japan.get("AUS")).isCloseTo(0.25, within(1e-12));
        assertThat(shares("titanium sponge", "USA", 2022)).containsEntry("CHN", 1.0);
    }

    @Test
    void baciRefusesUnknownCountryCodesAndBadNumbersWithTheirLines() throws Exception {
        Path countries = write("codes.csv", "country_code,country_name,country_iso2,country_iso3\n36,Australia,AU,AUS\n"
                + "392,Japan,JP,JPN\n", StandardCharsets.UTF_8);
        Path file = write("baci.csv", "t,i,j,k,v,q\r\n2022,36,392,271111,1,1\r\n2022,37,392,271111,1,1\r\n"
                + "2022,36,392,271111,NA,1\r\n2022,36,392,271111,1.2.3,x\r\n", StandardCharsets.US_ASCII);

        assertThatThrownBy(() -> trade.importFile(file, TradeFormat.BACI, countries, null, ProgressMonitor.NONE))
                .isInstanceOf(ImportException.class)
                .satisfies(e -> assertThat(((ImportException) e).problems()).extracting(Object::toString).containsExactly(
                        file.toAbsolutePath() + ":3: i: country code \"37\" is not in the --countries table",
                        file.toAbsolutePath() + ":4: v: value missing (NA is allowed for quantities only)",
                        file.toAbsolutePath() + ":5: v: \"1.2.3\" is not a number",
                        file.toAbsolutePath() + ":5: q: \"x\" is not a number"));
        assertThat(count("trade_flow")).isZero();
    }

    /** The problems a share import reports for the same bytes: one decoder, one set of words. */
    private List<tenken.store.csv.ImportProblem> shareImportProblems(Path file, Charset encoding) throws Exception {
        try {
            new CatalogueImporter(database).importShares(file.toAbsolutePath().toString(), Files.readAllBytes(file),
                    encoding, ProgressMonitor.NONE);
        } catch (ImportException e) {
            return e.problems();
        }
        throw new AssertionError("the share import took " + file);
    }

    private List<tenken.store.csv.ImportProblem> tradeImportProblems(Path file, TradeFormat format, Path countries,
            Charset encoding) {
        try {
            trade.importFile(file, format, countries, encoding, ProgressMonitor.NONE);
        } catch (ImportException e) {
            return e.problems();
        }
        throw new AssertionError("the trade import took " + file);
    }

    @Test
    void tradeFilesAreDecodedAsEveryImportIsAndBytesThatAreNoTextGetTheSameWords() throws Exception {
        // Japanese in UTF-8 with one damaged byte on line 3: broken UTF-8, never read as Shift_JIS.
        byte[] bytes = ("typeCode,freqCode,refYear,refMonth,reporterCode,reporterISO,flowCode,partnerCode,partnerISO,"
                + "partner2ISO,cmdCode,motCode,customsCode,qtyUnitAbbr,qty,netWgt,primaryValue,備考\n"
                + "C,A,2023,52,699,IND,M,156,CHN,W00,810820,0,C00,kg,60,60,600,中国\n"
                + "C,A,2023,52,699,IND,M,392,JPN,W00,810820,0,C00,kg,60,60,600,日本\n").getBytes(StandardCharsets.UTF_8);
        bytes[bytes.length - 3] = (byte) 0xFF;
        Path broken = dir.resolve("broken.csv");
        Files.write(broken, bytes);
        // Japan Customs as downloaded (Shift_JIS), with Japanese in it, said to be UTF-8.
        Path shiftJis = write("customs-sjis.csv", CUSTOMS_HEADER + ",備考\r\n2,2024,'271111000',601,MT,,600,,900,300,,450,,,,豪州\r\n",
                Charset.forName("windows-31j"));
        // UTF-16, as some tools save "Unicode" text: BACI's layout, but no text Tenken reads.
        Path utf16 = dir.resolve("baci-utf16.csv");
        Files.writeString(utf16, "t,i,j,k,v,q\n2022,156,392,271111,1,1\n", StandardCharsets.UTF_16);
        Path countries = write("codes.csv", "country_code,country_name,country_iso2,country_iso3\n156,China,CN,CHN\n"
                + "392,Japan,JP,JPN\n", StandardCharsets.UTF_8);

        assertThat(tradeImportProblems(broken, null, null, null)).isEqualTo(shareImportProblems(broken, null))
                .singleElement().satisfies(p -> {
                    assertThat(p.line()).isEqualTo(3);
                    assertThat(p.field()).isEqualTo("encoding");
                    assertThat(p.reason()).isEqualTo(Messages.get("import.error.encodingBrokenUtf8"));
                });
        assertThat(tradeImportProblems(shiftJis, null, null, StandardCharsets.UTF_8))
                .isEqualTo(shareImportProblems(shiftJis, StandardCharsets.UTF_8))
                .singleElement().satisfies(p -> assertThat(p.reason()).isEqualTo(
                        Messages.get("import.error.encodingForced", "UTF-8")));
        assertThat(tradeImportProblems(utf16, null, countries, null)).as("detected format")
                .isEqualTo(shareImportProblems(utf16, null))
                .singleElement().satisfies(p -> assertThat(p.reason()).isEqualTo(Messages.get("import.error.encodingBinary")));
        assertThat(tradeImportProblems(utf16, TradeFormat.BACI, countries, null)).as("--format baci")
                .isEqualTo(shareImportProblems(utf16, null));
        assertThat(count("trade_flow")).isZero();

        // Named or detected, Shift_JIS reads; so does BACI saved with a byte-order mark.
        assertThat(trade.importFile(shiftJis, null, null, Charset.forName("Shift_JIS"), ProgressMonitor.NONE).flowsKept())
                .isEqualTo(2);
        Path bom = dir.resolve("baci-bom.csv");
        Files.write(bom, ("\uFEFFt,i,j,k,v,q\n2022,156,392,271111,1,1\n").getBytes(StandardCharsets.UTF_8));
        assertThat(trade.importFile(bom, null, countries, null, ProgressMonitor.NONE).flowsKept()).isEqualTo(1);
    }

    @Test
    void aFileOfNoKnownFormatIsRefusedAtItsHeader() throws Exception {
        Path file = write("other.csv", "a,b,c\n1,2,3\n", StandardCharsets.UTF_8);

        assertThatThrownBy(() -> trade.importFile(file, null, null, null, ProgressMonitor.NONE))
                .isInstanceOf(ImportException.class).hasMessageStartingWith(file.toAbsolutePath() + ":1: header: not a trade");
    }

    @Test
    void mappingsChangedRecomputeTheDerivedShares() throws Exception {
        trade.importFile(customsFile("customs.csv", "600"), null, null, null, ProgressMonitor.NONE);
        var catalogue = new CatalogueRepository(database).load();
        String text = "material,stage,code,basis,unit,note,source\n"
                + "スポンジチタン,import,8108.20,quantity,KG,by weight now,made-up\n";
        MappingCsv.Read read = MappingCsv.read("map.csv", CsvTable.parse("map.csv", text, MappingCsv.REQUIRED), catalogue);

        trade.replaceMappings(read.items(), read.mappings());

        assertThat(shares("titanium sponge", "JPN", 2024).get("CHN")).isCloseTo(0.1, within(1e-12));
        StringWriter out = new StringWriter();
        MappingCsv.write(new CatalogueRepository(database).load(), trade.mappings(), out);
        assertThat(out.toString()).contains("titanium sponge,import,810820,quantity,kg,by weight now,made-up")
                .as("a material without a code is listed as such").contains("natural gas,,,,,,");
    }

    @Test
    void mappingFileWithProblemsIsRefusedRowByRow() {
        var catalogue = new CatalogueRepository(database).load();
        String text = "material,stage,code,basis,unit,note,source\n"
                + "unobtainium,import,2711,value,,,\n"
                + "titanium sponge,import,81x,weight,,,\n"
                + "titanium sponge,import,810820,quantity,,,\n"
                + "titanium spong,import,810820,value,,,\n"
                + "titanium sponge,imports,810820,value,,,\n";

        assertThatThrownBy(() -> MappingCsv.read("map.csv", CsvTable.parse("map.csv", text, MappingCsv.REQUIRED), catalogue))
                .isInstanceOf(ImportException.class)
                .hasMessageContaining("map.csv:2: material: unknown material \"unobtainium\"")
                .hasMessageContaining("map.csv:5: material: unknown material \"titanium spong\" (did you mean titanium sponge / スポンジチタン?)")
                .hasMessageContaining("map.csv:6: stage: unknown stage \"imports\"")
                .hasMessageContaining("map.csv:3: code:")
                .hasMessageContaining("map.csv:3: basis:")
                .hasMessageContaining("map.csv:4: unit:");
    }

    @Test
    void mappingFileNamesMaterialsAndStagesByKeyOrJapaneseOrEnglishName() {
        var catalogue = new CatalogueRepository(database).load();
        String text = "material,stage,code,basis,unit,note,source\n"
                + "スポンジチタン,輸入元,810820,value,,,\n"
                + "LNG,Import origin,271111,quantity,kg,,\n";

        MappingCsv.Read read = MappingCsv.read("map.csv", CsvTable.parse("map.csv", text, MappingCsv.REQUIRED), catalogue);

        assertThat(read.mappings()).extracting(CommodityMapping::material, CommodityMapping::stage).containsExactly(
                org.assertj.core.groups.Tuple.tuple("titanium sponge", "import"),
                org.assertj.core.groups.Tuple.tuple("liquefied natural gas", "import"));
    }

    @Test
    void comtradeMonthlyRowsAddUpToTheYear() throws Exception {
        Path file = write("monthly.csv", "freqCode,refYear,refMonth,period,reporterISO,flowCode,partnerISO,cmdCode,"
                + "qtyUnitAbbr,qty,netWgt,primaryValue\n"
                + "M,2024,1,202401,JPN,M,AUS,271111,kg,10,10,1\n"
                + "M,2024,2,202402,JPN,M,AUS,271111,kg,20,20,1\n"
                + "M,2024,2,202402,JPN,M,MYS,271111,kg,70,70,1\n", StandardCharsets.UTF_8);

        trade.importFile(file, null, null, null, ProgressMonitor.NONE);

        assertThat(count("trade_flow")).isEqualTo(3);
        assertThat(shares("liquefied natural gas", "JPN", 2024).get("AUS")).as("(10 + 20) / 100 kg")
                .isCloseTo(0.3, within(1e-12));
    }

    @Test
    void japansOwnStatisticWinsOverBaciForTheSameYear() throws Exception {
        trade.importFile(customsFile("customs.csv", "600"), null, null, null, ProgressMonitor.NONE);
        Path countries = write("codes.csv", "country_code,country_name,country_iso2,country_iso3\n36,Australia,AU,AUS\n"
                + "392,Japan,JP,JPN\n", StandardCharsets.UTF_8);
        trade.importFile(write("baci.csv", "t,i,j,k,v,q\n2024,36,392,271111,1,1\n", StandardCharsets.UTF_8),
                null, countries, null, ProgressMonitor.NONE);

        assertThat(shares("liquefied natural gas", "JPN", 2024).get("AUS")).isCloseTo(0.6, within(1e-12));
        assertThat(new CatalogueRepository(database).load().shares()).filteredOn(s -> s.consumer().equals("JPN"))
                .allMatch(s -> s.source().startsWith("財務省"));
    }
}
