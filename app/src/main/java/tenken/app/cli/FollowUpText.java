package tenken.app.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import tenken.assets.Messages;
import tenken.graph.concentration.DependenceTrend;
import tenken.store.followup.Cause;
import tenken.store.followup.Evaluation;
import tenken.store.followup.FollowUp;
import tenken.store.followup.FundFigure;
import tenken.store.followup.FundMeasure;
import tenken.store.followup.Note;
import tenken.store.followup.PlanCount;
import tenken.store.followup.PlanTotal;
import tenken.store.followup.ReportStatus;
import tenken.store.followup.Target;
import tenken.store.model.Catalogue;
import tenken.store.model.Country;
import tenken.store.model.Material;
import tenken.views.briefing.FollowUpWords;

/** The readable form of {@code tenken followup}: per material, then government-wide, every figure cited. */
final class FollowUpText {

    private final PrintWriter out;
    private final FollowUpWords words;
    private final Locale locale;
    private final String language;

    FollowUpText(PrintWriter out, Catalogue catalogue, String language) {
        this.out = out;
        this.locale = Locale.forLanguageTag(language);
        this.words = new FollowUpWords(locale, catalogue);
        this.language = language;
    }

    void print(FollowUp followUp, List<Material> materials, DependenceTrend trend) {
        for (Material material : materials) {
            out.println("■ " + material.name(locale));
            List<PlanCount> plans = followUp.plansOf(material.key());
            if (!plans.isEmpty()) {
                out.println("  " + Messages.get("cli.followup.plans", plans.stream()
                        .map(p -> Messages.get("followup.planPoint", p.asOf().toString(), p.count()))
                        .collect(Collectors.joining(" → "))));
                plans.stream().map(PlanCount::source).distinct().forEach(this::cite);
            }
            followUp.latestEvaluation(material.key()).ifPresent(this::evaluation);
            for (Target target : followUp.targetsOf(material.key())) {
                out.println("  " + Messages.get("cli.followup.target", target.text(language),
                        target.year() == null ? Messages.get("cli.followup.noYear") : String.valueOf(target.year())));
                note(target.note());
                cite(target.source());
            }
            followUp.fundsOf(material.key()).stream()
                    .filter(f -> f.measure() == FundMeasure.BUDGET && f.total()).findFirst()
                    .ifPresent(f -> {
                        out.println("  " + Messages.get("cli.followup.budget", amount(f.amountOkuYen())));
                        note(f.note());
                        cite(f.source());
                    });
            for (Cause cause : followUp.causesNaming(material.key())) {
                out.println("  " + Messages.get("cli.followup.cause", cause.title(language)));
            }
            for (String consumer : List.of(Country.WORLD, Country.JAPAN)) {
                List<DependenceTrend.Point> points = trend.of(material.key(), consumer);
                if (points.isEmpty()) {
                    continue;
                }
                out.println("  " + Messages.get(Country.WORLD.equals(consumer) ? "cli.followup.dependenceWorld"
                        : "cli.followup.dependenceJapan", words.points(points)));
            }
            out.println();
        }
        governmentWide(followUp);
    }

    private void evaluation(Evaluation e) {
        out.println("  " + Messages.get("cli.followup.evaluation", e.mark().symbol(),
                Messages.get("followup.mark." + e.mark().key()), e.asOf().toString()));
        out.println("    " + e.text(language));
        note(e.note());
        cite(e.source());
    }

    private void governmentWide(FollowUp followUp) {
        out.println("■ " + Messages.get("cli.followup.governmentWide"));
        for (PlanTotal total : followUp.planTotals()) {
            out.println("  " + Messages.get("cli.followup.total", total.asOf().toString(), String.valueOf(total.total())));
            note(total.note());
            cite(total.source());
        }
        for (ReportStatus round : followUp.reportStatus()) {
            out.println("  " + Messages.get("cli.followup.round", String.valueOf(round.round()),
                    round.asOf() == null ? Messages.get("cli.followup.noDate") : round.asOf().toString(),
                    round.reports(), words.distribution(round)));
            note(round.note());
            cite(round.source());
        }
        for (FundFigure fund : followUp.governmentWideFunds()) {
            if (fund.measure() == FundMeasure.CERTIFIED || fund.total()) {
                out.println("  " + Messages.get("cli.followup.fund." + fund.measure().key(),
                        fund.asOf() == null ? "" : fund.asOf().toString(), amount(fund.amountOkuYen())));
                note(fund.note());
                cite(fund.source());
            }
        }
        for (Cause cause : followUp.causes()) {
            out.println("  " + Messages.get("cli.followup.causeDetail", String.valueOf(cause.number()),
                    cause.title(language), cause.detail(language)));
        }
        followUp.causes().stream().map(Cause::source).distinct().forEach(this::cite);
    }

    private void note(Note note) {
        if (!note.isEmpty()) {
            out.println("    " + Messages.get("cli.followup.note", note.in(language)));
        }
    }

    private void cite(String source) {
        out.println("    " + Messages.get("cli.followup.source", source));
    }

    private String amount(double okuYen) {
        return words.amount(okuYen);
    }
}
