-- Assessments of materials against the four designation requirements (特定重要物資の指定の要件),
-- and the official text of those requirements.

CREATE TABLE requirement_definition (
    requirement   INTEGER PRIMARY KEY CHECK (requirement BETWEEN 1 AND 4),
    title_ja      TEXT NOT NULL,
    title_en      TEXT NOT NULL,
    definition_ja TEXT NOT NULL,
    definition_en TEXT NOT NULL,
    source        TEXT NOT NULL
);

-- One row per saved version of a material's assessment. The history is the record of what officials
-- decided, so it is append-only: a revision is a new row, and the triggers below refuse any UPDATE or
-- DELETE. The material has no ON DELETE CASCADE for the same reason.
CREATE TABLE assessment_version (
    id            INTEGER PRIMARY KEY,
    material_key  TEXT NOT NULL REFERENCES material (key),
    version       INTEGER NOT NULL CHECK (version >= 1),
    assessor      TEXT NOT NULL,
    recorded_at   TEXT NOT NULL,   -- UTC, ISO 8601 (2025-01-31T09:15:00Z)
    change_note   TEXT NOT NULL DEFAULT '',
    reference     INTEGER NOT NULL DEFAULT 0 CHECK (reference IN (0, 1)),
    r1_judgment   TEXT NOT NULL CHECK (r1_judgment IN ('met', 'not_met', 'undetermined')),
    r1_rationale  TEXT NOT NULL DEFAULT '',
    r1_rationale_en TEXT NOT NULL DEFAULT '',
    r1_references TEXT NOT NULL DEFAULT '',
    r2_judgment   TEXT NOT NULL CHECK (r2_judgment IN ('met', 'not_met', 'undetermined')),
    r2_rationale  TEXT NOT NULL DEFAULT '',
    r2_rationale_en TEXT NOT NULL DEFAULT '',
    r2_references TEXT NOT NULL DEFAULT '',
    r3_judgment   TEXT NOT NULL CHECK (r3_judgment IN ('met', 'not_met', 'undetermined')),
    r3_rationale  TEXT NOT NULL DEFAULT '',
    r3_rationale_en TEXT NOT NULL DEFAULT '',
    r3_references TEXT NOT NULL DEFAULT '',
    r4_judgment   TEXT NOT NULL CHECK (r4_judgment IN ('met', 'not_met', 'undetermined')),
    r4_rationale  TEXT NOT NULL DEFAULT '',
    r4_rationale_en TEXT NOT NULL DEFAULT '',
    r4_references TEXT NOT NULL DEFAULT '',
    UNIQUE (material_key, version)
);

CREATE TRIGGER assessment_version_no_update BEFORE UPDATE ON assessment_version
BEGIN
    SELECT RAISE(ABORT, 'assessment_version is append-only: save a new version instead');
END;

CREATE TRIGGER assessment_version_no_delete BEFORE DELETE ON assessment_version
BEGIN
    SELECT RAISE(ABORT, 'assessment_version is append-only: versions are never deleted');
END;
