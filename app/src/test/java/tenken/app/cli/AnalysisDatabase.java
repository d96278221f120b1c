package tenken.app.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import tenken.store.db.TenkenDatabase;
import tenken.store.io.CatalogueImporter;
import tenken.store.model.Country;
import tenken.store.model.Designation;
import tenken.store.model.Material;
import tenken.store.progress.ProgressMonitor;
import tenken.store.repo.CatalogueWriter;

/**
 * A small database with known shares for the analysis commands, and a way to run the command line on it.
 * JPN buys x/product as in the example (CHN 0.4, IND 0.3, ITA 0.3; x needs y; IND buys y from
 * CHN 0.8 and itself 0.2; ITA from CHN 1.0); the world makes gallium/refining (2023: CHN 0.98, ROW 0.02;
 * 2020: CHN 0.7, ROW 0.3), y/refining (CHN 0.7, AUS 0.3) and photoresist/product (JPN 0.9, USA 0.1).
 */
final class AnalysisDatabase {

    static final String SHARES = """
            material,stage,country_iso3,share,year,source,consumer_iso3
            gallium,refining,CHN,0.98,2023,USGS MCS 2024,WLD
            gallium,refining,ROW,0.02,2023,USGS MCS 2024,WLD
            gallium,refining,CHN,0.7,2020,USGS MCS 2021,WLD
            gallium,refining,ROW,0.3,2020,USGS MCS 2021,WLD
            y,refining,CHN,0.7,2023,test,WLD
            y,refining,AUS,0.3,2023,test,WLD
            photoresist,product,JPN,0.9,2023,test,WLD
            photoresist,product,USA,0.1,2023,test,WLD
            x,product,CHN,0.4,2023,test,JPN
            x,product,IND,0.3,2023,test,JPN
            x,product,ITA,0.3,2023,test,JPN
            y,refining,CHN,0.8,2023,test,IND
            y,refining,IND,0.2,2023,test,IND
            y,refining,CHN,1.0,2023,test,ITA
            """;

    private AnalysisDatabase() {
    }

    static Path create(Path folder, String inputs) {
        Path file = folder.resolve("tenken.db");
        TenkenDatabase database = TenkenDatabase.open(file, false);
        CatalogueWriter writer = new CatalogueWriter(database);
        writer.putCountries(List.of(
                new Country("JPN", "日本", "Japan", false),
                new Country("CHN", "中国", "China", false),
                new Country("IND", "インド", "India", false),
                new Country("ITA", "イタリア", "Italy", false),
                new Country("USA", "米国", "United States", false),
                new Country("AUS", "豪州", "Australia", false),
                new Country("WLD", "世界", "World", true),
                new Country("ROW", "その他", "Rest of world", true)));
        writer.putMaterials(List.of(
                new Material("semiconductors", "半導体", "Semiconductors", null, 1),
                new Material("gallium", "ガリウム", "Gallium", "semiconductors", 2),
                new Material("x", "x", "x", null, 3),
                new Material("y", "y", "y", null, 4),
                new Material("photoresist", "photoresist", "photoresist", null, 5)));
        writer.putDesignations(List.of(new Designation("semiconductors", "経済産業省", "METI", null, null, null, null,
                "test")));
        CatalogueImporter importer = new CatalogueImporter(database);
        importer.importShares("shares.csv", SHARES.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8,
                ProgressMonitor.NONE);
        importer.importInputs("inputs.csv", inputs.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8,
                ProgressMonitor.NONE);
        return file;
    }

    static Path create(Path folder) {
        return create(folder, """
                material,stage,input_material,input_stage
                x,product,y,refining
                """);
    }

    /** What a run of the command line printed, and its exit status. */
    record Run(int status, String out, String err) {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = TenkenCli.run(args, new NoWindow(), new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(status, out.toString(), err.toString());
    }
}
