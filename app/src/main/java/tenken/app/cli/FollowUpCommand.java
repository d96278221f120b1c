package tenken.app.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import tenken.assets.Messages;
import tenken.graph.concentration.DependenceTrend;
import tenken.store.db.TenkenDatabase;
import tenken.store.followup.Cause;
import tenken.store.followup.Evaluation;
import tenken.store.followup.FollowUp;
import tenken.store.followup.FundFigure;
import tenken.store.followup.Note;
import tenken.store.followup.PlanCount;
import tenken.store.followup.PlanTotal;
import tenken.store.followup.ReportCategory;
import tenken.store.followup.ReportStatus;
import tenken.store.followup.Target;
import tenken.store.model.Catalogue;
import tenken.store.model.Country;
import tenken.store.model.Material;
import tenken.store.repo.CatalogueRepository;
import tenken.store.repo.FollowUpRepository;

/**
 * {@code tenken followup [--material NAME] [--json]}: the follow-up (PDCA "Check") — certified plans over
 * time, the business reports of each round, progress evaluations, targets, funds, causes and each
 * material's dependence over time. The JSON keys {@code plans}, {@code report_status}, {@code evaluations},
 * {@code targets} and {@code funds} and their fields are a contract (issue 14); the others are added.
 */
@Command(name = "followup", resourceBundle = "tenken.assets.i18n.cli")
public final class FollowUpCommand extends TenkenCommand {

    @Option(names = "--material", paramLabel = "NAME", descriptionKey = "option.followupMaterial")
    String material;

    @Option(names = "--json", descriptionKey = "option.json")
    boolean json;

    @Override
    public Integer call() throws Exception {
        TenkenDatabase database = options().open();
        Catalogue catalogue = new CatalogueRepository(database).load();
        FollowUp followUp = new FollowUpRepository(database).load();
        List<Material> materials = catalogue.designatedMaterials();
        if (material != null) {
            Material chosen = designatedOf(catalogue, new CatalogueLookup(catalogue).material(material));
            materials = List.of(chosen);
            followUp = followUp.restrictedTo(Set.of(chosen.key()));
        }
        DependenceTrend trend = new DependenceTrend(catalogue);
        if (json) {
            out().println(MaterialsCommand.Json.MAPPER.writerWithDefaultPrettyPrinter()
                    .writeValueAsString(toJson(followUp, materials, trend)));
        } else {
            new FollowUpText(out(), catalogue, Messages.language()).print(followUp, materials, trend);
        }
        return TenkenCli.OK;
    }

    /** An item's follow-up is its designated material's: plans and evaluations are per material. */
    private static Material designatedOf(Catalogue catalogue, Material material) {
        Material current = material;
        while (current.parentKey() != null) {
            current = catalogue.findMaterial(current.parentKey()).orElseThrow();
        }
        return current;
    }

    static ObjectNode toJson(FollowUp followUp, List<Material> materials, DependenceTrend trend) {
        ObjectNode root = MaterialsCommand.Json.MAPPER.createObjectNode();
        ArrayNode plans = root.putArray("plans");
        for (PlanCount p : followUp.plans()) {
            ObjectNode node = plans.addObject();
            node.put("material", p.material());
            node.put("as_of", p.asOf().toString());
            node.put("count", p.count());
            node.put("source", p.source());
            notes(node, p.note());
        }
        ArrayNode reports = root.putArray("report_status");
        for (ReportStatus r : followUp.reportStatus()) {
            ObjectNode node = reports.addObject();
            node.put("round", r.round());
            node.put("as_of", date(r.asOf()));
            node.put("reports", r.reports());
            for (ReportCategory category : ReportCategory.values()) {
                node.put(category.column(), r.count(category));
            }
            node.put("source", r.source());
            for (ReportCategory category : ReportCategory.values()) {
                node.put(category.percentColumn(), r.percent(category));
            }
            notes(node, r.note());
        }
        ArrayNode evaluations = root.putArray("evaluations");
        for (Evaluation e : followUp.evaluations()) {
            ObjectNode node = evaluations.addObject();
            node.put("material", e.material());
            node.put("as_of", e.asOf().toString());
            node.put("mark", e.mark().symbol());
            node.put("text", e.textJa());
            node.put("source", e.source());
            node.put("text_en", e.textEn());
            notes(node, e.note());
        }
        ArrayNode targets = root.putArray("targets");
        for (Target t : followUp.targets()) {
            ObjectNode node = targets.addObject();
            node.put("material", t.material());
            node.put("target", t.targetJa());
            node.put("year", t.year());
            node.put("source", t.source());
            node.put("target_en", t.targetEn());
            notes(node, t.note());
        }
        ArrayNode funds = root.putArray("funds");
        for (FundFigure f : followUp.funds()) {
            ObjectNode node = funds.addObject();
            node.put("material", f.material());
            node.put("measure", f.measure().key());
            node.put("fiscal_year", f.fiscalYear());
            node.put("budget", f.budget());
            node.put("amount_oku_yen", f.amountOkuYen());
            node.put("as_of", date(f.asOf()));
            node.put("estimate", f.estimate());
            node.put("source", f.source());
            notes(node, f.note());
        }
        ArrayNode totals = root.putArray("plan_totals");
        for (PlanTotal t : followUp.planTotals()) {
            ObjectNode node = totals.addObject();
            node.put("as_of", t.asOf().toString());
            node.put("total", t.total());
            node.put("source", t.source());
            notes(node, t.note());
        }
        ArrayNode causes = root.putArray("causes");
        for (Cause c : followUp.causes()) {
            ObjectNode node = causes.addObject();
            node.put("round", c.round());
            node.put("cause", c.number());
            c.materials().forEach(node.putArray("materials")::add);
            node.put("title_ja", c.titleJa());
            node.put("title_en", c.titleEn());
            node.put("detail_ja", c.detailJa());
            node.put("detail_en", c.detailEn());
            node.put("source", c.source());
        }
        ArrayNode dependence = root.putArray("dependence");
        for (Material m : materials) {
            for (String consumer : List.of(Country.WORLD, Country.JAPAN)) {
                for (DependenceTrend.Point point : trend.of(m.key(), consumer)) {
                    ObjectNode node = dependence.addObject();
                    node.put("material", point.material());
                    node.put("consumer", point.consumer());
                    node.put("year", point.year());
                    node.put("item", point.item());
                    node.put("stage", point.stage());
                    node.put("top_country", point.topCountry());
                    node.put("top_share", point.topShare());
                    node.put("hhi", point.hhi());
                    node.put("source", point.source());
                }
            }
        }
        return root;
    }

    private static void notes(ObjectNode node, Note note) {
        node.put("note_ja", note.ja());
        node.put("note_en", note.en());
    }

    private static String date(LocalDate date) {
        return date == null ? null : date.toString();
    }
}
