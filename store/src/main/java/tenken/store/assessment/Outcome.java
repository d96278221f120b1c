package tenken.store.assessment;

import java.util.List;

/**
 * The outcome by the seed documents' rule (「以下の4要件を全て満たす…物資に絞り込んで適切に指定する」):
 * a designation candidate only when all four requirements are met. Otherwise {@code failing} lists the
 * requirements judged not met and {@code pending} those still undetermined, in requirement order.
 */
public record Outcome(boolean candidate, List<Requirement> failing, List<Requirement> pending) {

    public Outcome {
        failing = List.copyOf(failing);
        pending = List.copyOf(pending);
    }

    public static Outcome of(Findings findings) {
        List<Requirement> failing = List.of(Requirement.values()).stream()
                .filter(r -> findings.of(r).judgment() == Judgment.NOT_MET).toList();
        List<Requirement> pending = List.of(Requirement.values()).stream()
                .filter(r -> findings.of(r).judgment() == Judgment.UNDETERMINED).toList();
        return new Outcome(failing.isEmpty() && pending.isEmpty(), failing, pending);
    }

    /** Not a candidate because some requirement is not met (rather than only not yet decided). */
    public boolean rejected() {
        return !failing.isEmpty();
    }
}
