package tenken.app.cli;

import picocli.CommandLine.Command;
import tenken.store.model.Catalogue;
import tenken.store.model.Material;

/**
 * {@code tenken assessment list|show|export}: the recorded assessments against the four designation
 * requirements, and their briefing as PDF.
 */
@Command(name = "assessment", resourceBundle = "tenken.assets.i18n.assessment",
        subcommands = {AssessmentListCommand.class, AssessmentShowCommand.class, AssessmentExportCommand.class})
public final class AssessmentCommand extends TenkenCommand {

    @Override
    public Integer call() {
        spec.commandLine().usage(out());
        return TenkenCli.OK;
    }

    /** The material named by key or by its Japanese or English name; an unknown name is the user's mistake. */
    static Material material(Catalogue catalogue, String name) {
        return new CatalogueLookup(catalogue).material(name);
    }
}
