package tenken.app.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NumericNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.ValueNode;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import tenken.assets.Messages;
import tenken.store.io.Decimals;
import tenken.store.model.Catalogue;
import tenken.store.model.Designation;
import tenken.store.model.Material;
import tenken.store.repo.CatalogueRepository;

/** {@code tenken materials [--json]}: the designated materials, then the candidates, with their names and items. */
@Command(name = "materials", resourceBundle = "tenken.assets.i18n.cli")
public final class MaterialsCommand extends TenkenCommand {

    @Option(names = "--json", descriptionKey = "option.json")
    boolean json;

    @Override
    public Integer call() throws Exception {
        Catalogue catalogue = new CatalogueRepository(options().open()).load();
        if (json) {
            out().println(Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(toJson(catalogue)));
        } else {
            printTable(catalogue);
        }
        return TenkenCli.OK;
    }

    /**
     * Keys: key, name_ja, name_en, designated, ministry_ja, ministry_en, designated_on,
     * fund_budget_oku_yen, certified_plans, source, items. Designated materials first, then the
     * top-level candidates (designated false, no designation facts), each with its items.
     */
    static ArrayNode toJson(Catalogue catalogue) {
        ArrayNode materials = Json.MAPPER.createArrayNode();
        for (Material material : catalogue.designatedMaterials()) {
            ObjectNode node = materials.addObject();
            node.put("key", material.key());
            node.put("name_ja", material.nameJa());
            node.put("name_en", material.nameEn());
            node.put("designated", true);
            Designation designation = catalogue.designationOf(material.key()).orElseThrow();
            node.put("ministry_ja", designation.ministryJa());
            node.put("ministry_en", designation.ministryEn());
            node.put("designated_on", designation.designatedOn() == null ? null : designation.designatedOn().toString());
            node.put("fund_budget_oku_yen", designation.fundBudgetOkuYen());
            node.put("certified_plans", designation.certifiedPlans());
            node.put("source", designation.source());
            putItems(catalogue, material, node);
        }
        for (Material candidate : candidates(catalogue)) {
            ObjectNode node = materials.addObject();
            node.put("key", candidate.key());
            node.put("name_ja", candidate.nameJa());
            node.put("name_en", candidate.nameEn());
            node.put("designated", false);
            for (String absent : List.of("ministry_ja", "ministry_en", "designated_on", "fund_budget_oku_yen",
                    "certified_plans", "source")) {
                node.putNull(absent);
            }
            putItems(catalogue, candidate, node);
        }
        return materials;
    }

    /** Top-level materials without designation facts: candidates, shipped or declared by a materials file. */
    private static List<Material> candidates(Catalogue catalogue) {
        List<Material> designated = catalogue.designatedMaterials();
        return catalogue.materials().stream().filter(m -> m.parentKey() == null && !designated.contains(m)).toList();
    }

    private static void putItems(Catalogue catalogue, Material material, ObjectNode node) {
        ArrayNode items = node.putArray("items");
        for (Material item : catalogue.itemsOf(material.key())) {
            ObjectNode itemNode = items.addObject();
            itemNode.put("key", item.key());
            itemNode.put("name_ja", item.nameJa());
            itemNode.put("name_en", item.nameEn());
        }
    }

    private void printTable(Catalogue catalogue) {
        String language = Messages.language();
        Locale locale = Messages.locale();
        for (Material material : catalogue.designatedMaterials()) {
            Designation designation = catalogue.designationOf(material.key()).orElseThrow();
            out().println(Messages.get("cli.materials.row", material.name(locale),
                    "ja".equals(language) ? designation.ministryJa() : designation.ministryEn(),
                    designation.certifiedPlans() == null ? "—" : String.valueOf(designation.certifiedPlans())));
            for (Material item : catalogue.itemsOf(material.key())) {
                out().println("    · " + item.name(locale));
            }
        }
        for (Material candidate : candidates(catalogue)) {
            out().println(Messages.get("cli.materials.candidate", candidate.name(locale)));
            for (Material item : catalogue.itemsOf(candidate.key())) {
                out().println("    · " + item.name(locale));
            }
        }
    }

    /**
     * One configured JSON mapper for every command. Its trees hold each floating-point number as the decimal
     * {@link Decimals#plain} prints (at most six decimals, never {@code -0}), so that arithmetic's binary
     * noise (0.9990000000000001) never reaches a reader, as in the CSV files.
     */
    static final class Json {
        static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
                .setNodeFactory(new DataPrecision());

        private Json() {
        }
    }

    /** Builds tree numbers from doubles with the data's precision; every other node as Jackson does. */
    private static final class DataPrecision extends JsonNodeFactory {
        private static final long serialVersionUID = 1L;

        DataPrecision() {
            super(true);
        }

        @Override
        public NumericNode numberNode(double value) {
            return Double.isFinite(value) ? DecimalNode.valueOf(new BigDecimal(Decimals.plain(value)))
                    : super.numberNode(value);
        }

        @Override
        public ValueNode numberNode(Double value) {
            return value == null ? nullNode() : numberNode(value.doubleValue());
        }

        @Override
        public NumericNode numberNode(float value) {
            return numberNode((double) value);
        }

        @Override
        public ValueNode numberNode(Float value) {
            return value == null ? nullNode() : numberNode(value.doubleValue());
        }
    }
}
