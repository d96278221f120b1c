package tenken.store.csv;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import tenken.assets.Messages;
import tenken.store.followup.Cause;
import tenken.store.followup.Evaluation;
import tenken.store.followup.EvaluationMark;
import tenken.store.followup.FollowUp;
import tenken.store.followup.FundFigure;
import tenken.store.followup.FundMeasure;
import tenken.store.followup.Note;
import tenken.store.followup.PlanCount;
import tenken.store.followup.PlanTotal;
import tenken.store.followup.ReportCategory;
import tenken.store.followup.ReportStatus;
import tenken.store.followup.Target;
import tenken.store.model.Catalogue;
import tenken.store.model.Material;

/**
 * Reads one follow-up file ({@link FollowUpTable}) into the rows it holds, validating every row and
 * collecting all problems before any is reported. Materials are named by key, Japanese or English name
 * and must exist: a follow-up file never creates one.
 */
public final class FollowUpCsv {

    private static final int MIN_YEAR = 1900;
    private static final int MAX_YEAR = 2100;
    private static final String MATERIAL = "material";
    private static final String SOURCE = "source";

    private final String file;
    private final Catalogue catalogue;
    private final List<ImportProblem> problems = new ArrayList<>();

    private FollowUpCsv(String file, Catalogue catalogue) {
        this.file = file;
        this.catalogue = catalogue;
    }

    /** Which table {@code text}'s header holds, or a refusal naming the tables there are. */
    public static FollowUpTable tableOf(String file, String text) {
        List<ImportProblem> problems = new java.util.ArrayList<>();
        CsvReader reader = CsvReader.open(file, new java.io.StringReader(firstLine(text)), List.of(), null, problems);
        if (reader == null) {
            throw new ImportException(problems);
        }
        List<String> header;
        try (reader) {
            header = reader.header();
        }
        return FollowUpTable.of(header).orElseThrow(() -> new ImportException(List.of(new ImportProblem(file,
                1, Messages.get("followup.import.field.header"), Messages.get("followup.import.error.followupTable",
                Arrays.stream(FollowUpTable.values()).map(FollowUpTable::identifyingColumn)
                        .collect(Collectors.joining(", ")))))));
    }

    private static String firstLine(String text) {
        int end = text.indexOf('\n');
        return end < 0 ? text : text.substring(0, end);
    }

    /**
     * The rows of {@code table}, read as {@code kind}, as a follow-up holding only them.
     *
     * @throws ImportException listing every problem, when there is any
     */
    public static FollowUp read(String file, FollowUpTable kind, CsvTable table, Catalogue catalogue) {
        FollowUpCsv reader = new FollowUpCsv(file, catalogue);
        FollowUp rows = switch (kind) {
            case PLANS -> new FollowUp(reader.plans(table), List.of(), List.of(), List.of(), List.of(), List.of(),
                    List.of());
            case PLAN_TOTALS -> new FollowUp(List.of(), reader.totals(table), List.of(), List.of(), List.of(),
                    List.of(), List.of());
            case REPORT_STATUS -> new FollowUp(List.of(), List.of(), reader.reportStatus(table), List.of(), List.of(),
                    List.of(), List.of());
            case EVALUATIONS -> new FollowUp(List.of(), List.of(), List.of(), reader.evaluations(table), List.of(),
                    List.of(), List.of());
            case CAUSES -> new FollowUp(List.of(), List.of(), List.of(), List.of(), reader.causes(table), List.of(),
                    List.of());
            case TARGETS -> new FollowUp(List.of(), List.of(), List.of(), List.of(), List.of(), reader.targets(table),
                    List.of());
            case FUNDS -> new FollowUp(List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                    reader.funds(table));
        };
        if (!reader.problems.isEmpty()) {
            reader.problems.sort(java.util.Comparator.comparingLong(ImportProblem::line));
            throw new ImportException(reader.problems);
        }
        return rows;
    }

    private List<PlanCount> plans(CsvTable table) {
        List<PlanCount> plans = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (CsvReader.Row row : table.rows()) {
            RowReader r = reader(row);
            String material = material(r, MATERIAL);
            LocalDate asOf = r.date("as_of");
            Integer count = r.count("count");
            String source = r.required(SOURCE);
            if (r.ok() && unique(r, seen, "as_of", material + "|" + asOf)) {
                plans.add(new PlanCount(material, asOf, count, source, note(r)));
            }
        }
        return plans;
    }

    private List<PlanTotal> totals(CsvTable table) {
        List<PlanTotal> totals = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (CsvReader.Row row : table.rows()) {
            RowReader r = reader(row);
            LocalDate asOf = r.date("as_of");
            Integer total = r.count("total");
            String source = r.required(SOURCE);
            if (r.ok() && unique(r, seen, "total", asOf + "|" + total)) {
                totals.add(new PlanTotal(asOf, total, source, note(r)));
            }
        }
        return totals;
    }

    private List<ReportStatus> reportStatus(CsvTable table) {
        List<ReportStatus> rounds = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (CsvReader.Row row : table.rows()) {
            RowReader r = reader(row);
            Integer round = r.count("round");
            LocalDate asOf = r.optionalDate("as_of");
            Integer reports = r.count("reports");
            Map<ReportCategory, Integer> counts = new EnumMap<>(ReportCategory.class);
            Map<ReportCategory, Double> percents = new EnumMap<>(ReportCategory.class);
            for (ReportCategory category : ReportCategory.values()) {
                Integer count = r.optionalCount(category.column());
                if (count != null) {
                    counts.put(category, count);
                }
                Double percent = r.optionalPercent(category.percentColumn());
                if (percent != null) {
                    percents.put(category, percent);
                }
            }
            String source = r.required(SOURCE);
            if (r.ok() && counts.size() == ReportCategory.values().length
                    && counts.values().stream().mapToInt(Integer::intValue).sum() != reports) {
                r.fail("reports", Messages.get("followup.import.error.reportsSum", String.valueOf(reports),
                        String.valueOf(counts.values().stream().mapToInt(Integer::intValue).sum())));
            }
            if (r.ok() && counts.isEmpty() && percents.isEmpty()) {
                r.fail(ReportCategory.AHEAD.column(), Messages.get("followup.import.error.noDistribution"));
            }
            if (r.ok() && unique(r, seen, "round", String.valueOf(round))) {
                rounds.add(new ReportStatus(round, asOf, reports, counts, percents, source, note(r)));
            }
        }
        return rounds;
    }

    private List<Evaluation> evaluations(CsvTable table) {
        List<Evaluation> evaluations = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        List<String> symbols = Arrays.stream(EvaluationMark.values()).map(EvaluationMark::symbol).toList();
        for (CsvReader.Row row : table.rows()) {
            RowReader r = reader(row);
            String material = material(r, MATERIAL);
            LocalDate asOf = r.date("as_of");
            String mark = r.oneOf("mark", symbols, false);
            String textJa = r.required("text_ja");
            String source = r.required(SOURCE);
            if (r.ok() && unique(r, seen, "as_of", material + "|" + asOf)) {
                evaluations.add(new Evaluation(material, asOf, EvaluationMark.ofSymbol(mark).orElseThrow(), textJa,
                        r.optional("text_en"), source, note(r)));
            }
        }
        return evaluations;
    }

    private List<Cause> causes(CsvTable table) {
        List<Cause> causes = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (CsvReader.Row row : table.rows()) {
            RowReader r = reader(row);
            Integer round = r.count("round");
            Integer number = r.count("cause");
            List<String> materials = new ArrayList<>();
            for (String name : r.optional("materials").split(";")) {
                if (!name.isBlank()) {
                    materials.add(materialNamed(r, "materials", name.strip()));
                }
            }
            String title = r.required("title_ja");
            String source = r.required(SOURCE);
            if (r.ok() && unique(r, seen, "cause", round + "|" + number)) {
                causes.add(new Cause(round, number, materials.stream().distinct().toList(), title,
                        r.optional("title_en"), r.optional("detail_ja"), r.optional("detail_en"), source));
            }
        }
        return causes;
    }

    private List<Target> targets(CsvTable table) {
        List<Target> targets = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (CsvReader.Row row : table.rows()) {
            RowReader r = reader(row);
            String material = material(r, MATERIAL);
            String target = r.required("target_ja");
            Integer year = r.optionalYear("year", MIN_YEAR, MAX_YEAR);
            String source = r.required(SOURCE);
            if (r.ok() && unique(r, seen, "target_ja", material + "|" + target)) {
                targets.add(new Target(material, target, r.optional("target_en"), year, source, note(r)));
            }
        }
        return targets;
    }

    private List<FundFigure> funds(CsvTable table) {
        List<FundFigure> funds = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        List<String> measures = Arrays.stream(FundMeasure.values()).map(FundMeasure::key).toList();
        for (CsvReader.Row row : table.rows()) {
            RowReader r = reader(row);
            String material = r.optional(MATERIAL).isEmpty() ? null : material(r, MATERIAL);
            String measure = r.oneOf("measure", measures, false);
            Integer fiscalYear = r.optionalYear("fiscal_year", MIN_YEAR, MAX_YEAR);
            String budget = r.oneOf("budget", List.of(FundFigure.INITIAL, FundFigure.SUPPLEMENTARY), true);
            Double amount = r.amount("amount_oku_yen");
            LocalDate asOf = r.optionalDate("as_of");
            String estimate = r.oneOf("estimate", List.of("0", "1"), true);
            String source = r.required(SOURCE);
            if (budget != null && fiscalYear == null) {
                r.fail("fiscal_year", Messages.get("followup.import.error.budgetWithoutYear", budget));
            }
            if (r.ok() && unique(r, seen, "measure", material + "|" + measure + "|" + fiscalYear + "|" + budget + "|"
                    + asOf)) {
                funds.add(new FundFigure(material, FundMeasure.ofKey(measure).orElseThrow(), fiscalYear, budget,
                        amount, asOf, "1".equals(estimate), source, note(r)));
            }
        }
        return funds;
    }

    private RowReader reader(CsvReader.Row row) {
        return new RowReader(file, row, problems);
    }

    private static Note note(RowReader r) {
        return new Note(r.optional("note_ja"), r.optional("note_en"));
    }

    private boolean unique(RowReader r, Set<String> seen, String column, String key) {
        if (!seen.add(key)) {
            r.fail(column, Messages.get("followup.import.error.duplicateRow"));
            return false;
        }
        return true;
    }

    private String material(RowReader r, String column) {
        String name = r.required(column);
        return name.isEmpty() ? null : materialNamed(r, column, name);
    }

    /** The key of the material named by key, Japanese or English name; a problem when none is. */
    private String materialNamed(RowReader r, String column, String name) {
        Optional<Material> material = catalogue.findMaterial(name);
        if (material.isEmpty()) {
            r.fail(column, catalogue.names().unknownMaterial(name));
            return null;
        }
        return material.get().key();
    }
}
