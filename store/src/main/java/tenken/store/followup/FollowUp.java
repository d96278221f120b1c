package tenken.store.followup;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Everything the follow-up (PDCA "Check") records, as loaded from the store. */
public record FollowUp(List<PlanCount> plans, List<PlanTotal> planTotals, List<ReportStatus> reportStatus,
                       List<Evaluation> evaluations, List<Cause> causes, List<Target> targets,
                       List<FundFigure> funds) {

    public static final FollowUp EMPTY = new FollowUp(List.of(), List.of(), List.of(), List.of(), List.of(),
            List.of(), List.of());

    public FollowUp {
        plans = plans.stream().sorted(Comparator.comparing(PlanCount::asOf)).toList();
        planTotals = planTotals.stream().sorted(Comparator.comparing(PlanTotal::asOf)
                .thenComparing(PlanTotal::total, Comparator.reverseOrder())).toList();
        reportStatus = reportStatus.stream().sorted(Comparator.comparingInt(ReportStatus::round)).toList();
        evaluations = evaluations.stream().sorted(Comparator.comparing(Evaluation::asOf)).toList();
        causes = causes.stream().sorted(Comparator.comparingInt(Cause::round).thenComparingInt(Cause::number)).toList();
        targets = List.copyOf(targets);
        funds = List.copyOf(funds);
    }

    public boolean isEmpty() {
        return plans.isEmpty() && planTotals.isEmpty() && reportStatus.isEmpty() && evaluations.isEmpty()
                && causes.isEmpty() && targets.isEmpty() && funds.isEmpty();
    }

    /** The material's plan counts, oldest first. */
    public List<PlanCount> plansOf(String material) {
        return plans.stream().filter(p -> p.material().equals(material)).toList();
    }

    /** The dates plan counts are known for, oldest first. */
    public List<LocalDate> planDates() {
        return plans.stream().map(PlanCount::asOf).distinct().sorted().toList();
    }

    public List<PlanTotal> totalsAsOf(LocalDate date) {
        return planTotals.stream().filter(t -> t.asOf().equals(date)).toList();
    }

    /** The material's latest evaluation. */
    public Optional<Evaluation> latestEvaluation(String material) {
        return evaluations.stream().filter(e -> e.material().equals(material)).reduce((a, b) -> b);
    }

    public List<Target> targetsOf(String material) {
        return targets.stream().filter(t -> t.material().equals(material)).toList();
    }

    public List<FundFigure> fundsOf(String material) {
        return funds.stream().filter(f -> material.equals(f.material())).toList();
    }

    public List<FundFigure> governmentWideFunds() {
        return funds.stream().filter(FundFigure::governmentWide).toList();
    }

    /** The causes that name the material. */
    public List<Cause> causesNaming(String material) {
        return causes.stream().filter(c -> c.materials().contains(material)).toList();
    }

    /** The latest round and the one before it, when recorded. */
    public Optional<ReportStatus> latestRound() {
        return reportStatus.isEmpty() ? Optional.empty() : Optional.of(reportStatus.get(reportStatus.size() - 1));
    }

    public Optional<ReportStatus> previousRound() {
        return reportStatus.size() < 2 ? Optional.empty() : Optional.of(reportStatus.get(reportStatus.size() - 2));
    }

    /** Only what concerns {@code materials}; government-wide figures (report status, totals, funds) stay. */
    public FollowUp restrictedTo(Set<String> materials) {
        return new FollowUp(
                plans.stream().filter(p -> materials.contains(p.material())).toList(),
                planTotals,
                reportStatus,
                evaluations.stream().filter(e -> materials.contains(e.material())).toList(),
                causes.stream().filter(c -> c.materials().stream().anyMatch(materials::contains)).toList(),
                targets.stream().filter(t -> materials.contains(t.material())).toList(),
                funds.stream().filter(f -> f.governmentWide() || materials.contains(f.material())).toList());
    }
}
