package tenken.views.assessment;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;
import tenken.graph.evidence.EvidenceCalculator;
import tenken.graph.evidence.MaterialEvidence;
import tenken.store.assessment.AssessmentRepository;
import tenken.store.assessment.AssessmentVersion;
import tenken.store.assessment.Finding;
import tenken.store.assessment.Findings;
import tenken.store.assessment.Judgment;
import tenken.store.assessment.Requirement;
import tenken.store.assessment.RequirementDefinition;
import tenken.store.model.Catalogue;
import tenken.store.model.Material;
import tenken.store.repo.FollowUpRepository;
import tenken.views.workbench.WorkbenchContext;

/**
 * The walkthrough's state: the material, its history, the draft being edited (which starts as the
 * latest version), the evidence computed for it, and the step shown (0–3 the requirements, 4 the
 * summary). Reads and saves run on the context's background pool; results land on the FX thread.
 */
public final class AssessmentViewModel {

    /** Steps 0 to 3 are the requirements in order; the last step is the summary. */
    public static final int SUMMARY = Requirement.values().length;

    private final WorkbenchContext context;
    private final ObjectProperty<Material> material = new SimpleObjectProperty<>();
    private final ObservableList<AssessmentVersion> history = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Findings> base = new ReadOnlyObjectWrapper<>(Findings.undetermined());
    private final ObjectProperty<Findings> draft = new SimpleObjectProperty<>(Findings.undetermined());
    private final ReadOnlyObjectWrapper<MaterialEvidence> evidence = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<List<RequirementDefinition>> definitions =
            new ReadOnlyObjectWrapper<>(List.of());
    private final IntegerProperty step = new SimpleIntegerProperty(0);
    private final javafx.beans.property.ReadOnlyStringWrapper problem = new javafx.beans.property.ReadOnlyStringWrapper("");

    public AssessmentViewModel(WorkbenchContext context) {
        this.context = Objects.requireNonNull(context);
        material.addListener((obs, old, chosen) -> load(chosen));
    }

    public ObjectProperty<Material> materialProperty() {
        return material;
    }

    /** Every version of the material's assessment, oldest first. */
    public ObservableList<AssessmentVersion> history() {
        return history;
    }

    /** The findings the draft started from: the version opened, or undetermined for a new assessment. */
    public ReadOnlyObjectProperty<Findings> baseProperty() {
        return base.getReadOnlyProperty();
    }

    public ObjectProperty<Findings> draftProperty() {
        return draft;
    }

    public ReadOnlyObjectProperty<MaterialEvidence> evidenceProperty() {
        return evidence.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<List<RequirementDefinition>> definitionsProperty() {
        return definitions.getReadOnlyProperty();
    }

    public IntegerProperty stepProperty() {
        return step;
    }

    /** Why the last read failed (the database could not be opened, say); empty when it did not. */
    public javafx.beans.property.ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** Runs a read on the background pool, reporting a failure instead of leaving the screen blank. */
    private <T> Task<T> read(Task<T> task) {
        task.setOnFailed(event -> problem.set(String.valueOf(task.getException().getMessage())));
        return context.run(task);
    }

    public boolean dirty() {
        return !draft.get().equals(base.get());
    }

    public void next() {
        step.set(Math.min(SUMMARY, step.get() + 1));
    }

    public void previous() {
        step.set(Math.max(0, step.get() - 1));
    }

    /** Records the analyst's edit of one requirement in the draft. */
    public void edit(Requirement requirement, Judgment judgment, String rationale, String references) {
        Finding revised = base.get().of(requirement).revisedTo(judgment, rationale, references);
        Finding current = draft.get().of(requirement);
        if (!revised.equals(current)) {
            draft.set(draft.get().with(requirement, revised));
        }
    }

    /** Reopens an earlier version: the draft becomes its findings, to revise and save as the next version. */
    public void reopen(AssessmentVersion version) {
        base.set(version.findings());
        draft.set(version.findings());
    }

    /** Reads the definitions once; they are the same for every material. */
    public Task<List<RequirementDefinition>> loadDefinitions() {
        Task<List<RequirementDefinition>> task = new Task<>() {
            @Override
            protected List<RequirementDefinition> call() {
                return new AssessmentRepository(context.database()).definitions();
            }
        };
        task.setOnSucceeded(event -> definitions.set(task.getValue()));
        return read(task);
    }

    /** Appends the draft as the material's next version under {@code assessor}, then reloads the history. */
    public Task<AssessmentVersion> save(String note, String assessor) {
        Material chosen = material.get();
        Findings findings = draft.get();
        Task<AssessmentVersion> task = new Task<>() {
            @Override
            protected AssessmentVersion call() {
                return new AssessmentRepository(context.database()).save(chosen.key(), findings, note, assessor);
            }
        };
        task.setOnSucceeded(event -> {
            if (chosen.equals(material.get())) {
                history.add(task.getValue());
                base.set(task.getValue().findings());
            }
        });
        return context.run(task);
    }

    private Optional<AssessmentVersion> latest() {
        return history.isEmpty() ? Optional.empty() : Optional.of(history.get(history.size() - 1));
    }

    private void load(Material chosen) {
        history.clear();
        base.set(Findings.undetermined());
        draft.set(Findings.undetermined());
        evidence.set(null);
        if (chosen == null) {
            return;
        }
        Catalogue catalogue = context.catalogue();
        Task<Loaded> task = new Task<>() {
            @Override
            protected Loaded call() {
                return new Loaded(new AssessmentRepository(context.database()).history(chosen.key()),
                        new EvidenceCalculator(catalogue, new FollowUpRepository(context.database()).load())
                                .compute(chosen.key()));
            }
        };
        task.setOnSucceeded(event -> {
            if (chosen.equals(material.get())) {
                history.setAll(task.getValue().history());
                latest().ifPresent(this::reopen);
                evidence.set(task.getValue().evidence());
            }
        });
        read(task);
    }

    private record Loaded(List<AssessmentVersion> history, MaterialEvidence evidence) {
    }
}
