package tenken.app.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import tenken.assets.Messages;
import tenken.store.assessment.AssessmentRepository;
import tenken.store.db.TenkenDatabase;
import tenken.store.model.Catalogue;
import tenken.store.model.Material;
import tenken.store.repo.CatalogueRepository;
import tenken.store.repo.FollowUpRepository;
import tenken.views.briefing.Briefing;
import tenken.views.briefing.BriefingPdf;

/** {@code tenken assessment export --material NAME --out FILE.pdf}: the briefing of the latest assessment, in the session language. */
@Command(name = "export", resourceBundle = "tenken.assets.i18n.assessment")
public final class AssessmentExportCommand extends TenkenCommand {

    @Option(names = "--material", required = true, paramLabel = "NAME", descriptionKey = "option.material")
    String materialName;

    @Option(names = "--out", required = true, paramLabel = "FILE.pdf", descriptionKey = "option.outPdf")
    Path out;

    @Override
    public Integer call() throws IOException {
        TenkenDatabase database = options().open();
        Catalogue catalogue = new CatalogueRepository(database).load();
        Material material = AssessmentCommand.material(catalogue, materialName);
        BriefingPdf.write(Briefing.prepare(catalogue, new AssessmentRepository(database),
                new FollowUpRepository(database).load(), material, LocalDate.now()), Messages.locale(), out);
        out().println(Messages.get("cli.assessment.exported", material.name(Messages.locale()), out.toAbsolutePath()));
        return TenkenCli.OK;
    }
}
