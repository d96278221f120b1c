package tenken.views.briefing;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import tenken.graph.concentration.DependenceTrend;
import tenken.store.followup.Cause;
import tenken.store.followup.FollowUp;
import tenken.store.followup.FundFigure;
import tenken.store.followup.FundMeasure;
import tenken.store.followup.Note;
import tenken.store.followup.PlanCount;
import tenken.store.followup.ReportStatus;
import tenken.store.followup.Target;
import tenken.store.model.Country;
import tenken.views.export.TextPages;

/**
 * The briefing's follow-up page (PDCA "Check") for a designated material: certified plans over time,
 * the progress evaluation, targets, budget and fund execution against the government-wide certified
 * amount, the causes it is named under, the government-wide report distribution of this round beside
 * the previous, and its dependence over time. Sources are numbered and listed at the foot.
 */
final class FollowUpPage {

    private final TextPages pages;
    private final FollowUpWords words;
    private final float size;
    /** The page's sources in order of first use; a figure cites its number. */
    private final Set<String> sources = new LinkedHashSet<>();

    FollowUpPage(TextPages pages, FollowUpWords words, float size) {
        this.pages = pages;
        this.words = words;
        this.size = size;
    }

    void write(Briefing briefing) {
        FollowUp followUp = briefing.followUp();
        String material = briefing.followUpMaterial();
        pages.pageBreak();
        pages.paragraph(words.message("followup.briefing.title", words.materialName(material)), size * 1.5f, 0, size * 0.5f);
        pages.rule();
        List<PlanCount> plans = followUp.plansOf(material);
        if (!plans.isEmpty()) {
            heading("followup.section.plans");
            line(plans.stream().map(p -> words.message("followup.planPoint", p.asOf().toString(), p.count()))
                    .collect(Collectors.joining(" → ")), cite(plans.stream()
                    .map(PlanCount::source).toList()));
        }
        followUp.latestEvaluation(material).ifPresent(e -> {
            heading("followup.section.evaluation");
            line(words.message("followup.evaluationLine", e.mark().symbol(),
                    words.message("followup.mark." + e.mark().key()), e.asOf().toString()), cite(List.of(e.source())));
            pages.paragraph(e.text(words.language()), size, size * 2, 0);
            note(e.note());
        });
        List<Target> targets = followUp.targetsOf(material);
        if (!targets.isEmpty()) {
            heading("followup.section.targets");
            for (Target t : targets) {
                line(t.text(words.language()) + (t.year() == null ? "" : words.message("followup.byYear", String.valueOf(t.year()))),
                        cite(List.of(t.source())));
                note(t.note());
            }
        }
        funds(followUp, material);
        List<Cause> causes = followUp.causesNaming(material);
        if (!causes.isEmpty()) {
            heading("followup.section.causes");
            for (Cause c : causes) {
                line(words.message("followup.causeLine", String.valueOf(c.round()), String.valueOf(c.number()),
                        c.title(words.language())), cite(List.of(c.source())));
            }
        }
        rounds(followUp);
        dependence(briefing.dependence());
        pages.rule();
        int n = 1;
        for (String source : sources) {
            pages.paragraph("[" + n++ + "] " + source, size * 0.7f, 0, 0);
        }
    }

    private void funds(FollowUp followUp, String material) {
        List<FundFigure> own = followUp.fundsOf(material);
        List<FundFigure> certified = followUp.governmentWideFunds().stream()
                .filter(f -> f.measure() == FundMeasure.CERTIFIED).toList();
        if (own.isEmpty() && certified.isEmpty()) {
            return;
        }
        heading("followup.section.funds");
        List<FundFigure> budgets = own.stream().filter(f -> f.measure() == FundMeasure.BUDGET).toList();
        if (!budgets.isEmpty()) {
            line(words.message("followup.budgetLine", budgets.stream()
                    .map(f -> words.budgetYear(f) + " " + words.amount(f.amountOkuYen()))
                    .collect(words.listJoiner())), cite(budgets.stream().map(FundFigure::source).toList()));
            budgets.stream().map(FundFigure::note).distinct().forEach(this::note);
        }
        List<FundFigure> execution = own.stream().filter(f -> f.measure() != FundMeasure.BUDGET).toList();
        if (!execution.isEmpty()) {
            line(words.message("followup.executionLine", execution.stream()
                    .map(f -> words.message("followup.executionItem", words.message("followup.measure." + f.measure().key()),
                            words.budgetYear(f), f.estimate() ? words.message("followup.estimate") : "",
                            words.amount(f.amountOkuYen())))
                    .collect(words.listJoiner())), cite(execution.stream().map(FundFigure::source).toList()));
            execution.stream().map(FundFigure::note).distinct().forEach(this::note);
        }
        // The documents give the certified amount for all materials together, never per material.
        certified.stream().reduce((a, b) -> b).ifPresent(latest -> {
            double budget = followUp.governmentWideFunds().stream()
                    .filter(f -> f.measure() == FundMeasure.BUDGET && f.total())
                    .mapToDouble(FundFigure::amountOkuYen).findFirst().orElse(Double.NaN);
            line(words.message("followup.certifiedLine", latest.asOf() == null ? "" : latest.asOf().toString(),
                    words.amount(latest.amountOkuYen()), Double.isNaN(budget) ? "—" : words.amount(budget),
                    Double.isNaN(budget) ? "—" : words.percent(latest.amountOkuYen() / budget)),
                    cite(List.of(latest.source())));
            note(latest.note());
        });
    }

    private void rounds(FollowUp followUp) {
        List<ReportStatus> shown = new ArrayList<>();
        followUp.latestRound().ifPresent(shown::add);
        followUp.previousRound().ifPresent(shown::add);
        if (shown.isEmpty()) {
            return;
        }
        heading("followup.section.reports");
        for (ReportStatus round : shown) {
            line(words.roundTitle(round) + ": " + words.distribution(round), cite(List.of(round.source())));
            note(round.note());
        }
    }

    private void dependence(List<DependenceTrend.Point> points) {
        if (points.isEmpty()) {
            return;
        }
        heading("followup.section.dependence");
        for (String consumer : List.of(Country.WORLD, Country.JAPAN)) {
            List<DependenceTrend.Point> own = points.stream().filter(p -> p.consumer().equals(consumer)).toList();
            if (!own.isEmpty()) {
                line(words.message(Country.WORLD.equals(consumer) ? "followup.dependence.world"
                        : "followup.dependence.japan", words.points(own)),
                        cite(own.stream().map(DependenceTrend.Point::source).toList()));
            }
        }
        pages.paragraph(words.message("followup.dependence.method"), size * 0.8f, size, 0);
    }

    private void heading(String key) {
        pages.paragraph(words.message(key), size * 1.15f, 0, 1);
    }

    private void line(String text, String citation) {
        pages.paragraph(words.message("briefing.bullet", text + " " + citation), size, size, 0);
    }

    private void note(Note note) {
        if (!note.isEmpty()) {
            pages.paragraph(words.message("followup.noteLine", note.in(words.language())), size * 0.85f, size * 2, 0);
        }
    }

    /** "[1][3]": the numbers of the sources, added to the page's list on first use. */
    private String cite(List<String> cited) {
        StringBuilder numbers = new StringBuilder();
        for (String source : new LinkedHashSet<>(cited)) {
            sources.add(source);
            numbers.append('[').append(new ArrayList<>(sources).indexOf(source) + 1).append(']');
        }
        return numbers.toString();
    }
}
