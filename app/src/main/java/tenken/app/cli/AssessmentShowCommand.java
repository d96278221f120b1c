package tenken.app.cli;

import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import tenken.assets.Messages;
import tenken.store.assessment.AssessmentRepository;
import tenken.store.assessment.AssessmentVersion;
import tenken.store.assessment.Finding;
import tenken.store.assessment.Requirement;
import tenken.store.assessment.VersionDiff;
import tenken.store.db.TenkenDatabase;
import tenken.store.model.Catalogue;
import tenken.store.model.Material;
import tenken.store.repo.CatalogueRepository;
import tenken.views.model.AssessmentText;
import tenken.views.model.ChangeText;

/** {@code tenken assessment show --material NAME}: the latest findings, the outcome and the history. */
@Command(name = "show", resourceBundle = "tenken.assets.i18n.assessment")
public final class AssessmentShowCommand extends TenkenCommand {

    @Option(names = "--material", required = true, paramLabel = "NAME", descriptionKey = "option.material")
    String materialName;

    @Override
    public Integer call() {
        TenkenDatabase database = options().open();
        Catalogue catalogue = new CatalogueRepository(database).load();
        Material material = AssessmentCommand.material(catalogue, materialName);
        AssessmentRepository assessments = new AssessmentRepository(database);
        AssessmentText words = new AssessmentText(Messages.locale(), assessments.definitions());
        List<AssessmentVersion> history = assessments.history(material.key());
        out().println(material.name(Messages.locale()));
        if (history.isEmpty()) {
            out().println(Messages.get("cli.assessment.notAssessed"));
            return TenkenCli.OK;
        }
        AssessmentVersion latest = history.get(history.size() - 1);
        for (Requirement requirement : Requirement.values()) {
            Finding finding = latest.findings().of(requirement);
            out().println(Messages.get("cli.assessment.finding", words.heading(requirement),
                    words.judgment(finding.judgment())));
            if (!finding.rationale().isEmpty()) {
                out().println("    " + finding.rationale(Messages.language()));
            }
        }
        out().println(words.outcomeHeadline(latest.outcome()));
        out().println(Messages.get("cli.assessment.history"));
        ChangeText changes = new ChangeText(words);
        for (AssessmentVersion version : history) {
            out().println(Messages.get("cli.assessment.version", String.valueOf(version.version()),
                    words.assessor(version), words.recorded(version), version.changeNote()));
            VersionDiff.introducedBy(history, version).forEach(change -> out().println("    " + changes.describe(change)));
        }
        return TenkenCli.OK;
    }
}
