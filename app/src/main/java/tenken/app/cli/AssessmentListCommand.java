package tenken.app.cli;

import java.util.Map;
import picocli.CommandLine.Command;
import tenken.assets.Messages;
import tenken.store.assessment.AssessmentRepository;
import tenken.store.assessment.AssessmentVersion;
import tenken.store.db.TenkenDatabase;
import tenken.store.model.Catalogue;
import tenken.store.model.Material;
import tenken.store.repo.CatalogueRepository;
import tenken.views.model.AssessmentText;

/** {@code tenken assessment list}: each designated material and candidate with its latest outcome. */
@Command(name = "list", resourceBundle = "tenken.assets.i18n.assessment")
public final class AssessmentListCommand extends TenkenCommand {

    @Override
    public Integer call() {
        TenkenDatabase database = options().open();
        Catalogue catalogue = new CatalogueRepository(database).load();
        AssessmentRepository assessments = new AssessmentRepository(database);
        Map<String, AssessmentVersion> latest = assessments.latestOfAll();
        AssessmentText words = new AssessmentText(Messages.locale(), assessments.definitions());
        for (Material material : catalogue.materials()) {
            if (material.parentKey() != null && !latest.containsKey(material.key())) {
                continue;
            }
            AssessmentVersion version = latest.get(material.key());
            out().println(version == null
                    ? Messages.get("cli.assessment.listNone", material.name(Messages.locale()))
                    : Messages.get("cli.assessment.listRow", material.name(Messages.locale()),
                            String.valueOf(version.version()), words.assessor(version),
                            words.recorded(version), words.outcomeHeadline(version.outcome())));
        }
        return TenkenCli.OK;
    }
}
