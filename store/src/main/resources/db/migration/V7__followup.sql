-- The follow-up (PDCA "Check") of the supply-assurance system: certified plans per material over time,
-- the business-report distributions of each follow-up round, each material's progress evaluation,
-- the causes of plan changes and delays, the targets and the fund figures. Every row carries the
-- citation of the document it comes from; note_ja / note_en are remarks written for the reader
-- (a disagreement within a document, a changed category definition).

CREATE TABLE followup_plan_count (
    material_key TEXT NOT NULL REFERENCES material (key) ON DELETE CASCADE,
    as_of        TEXT NOT NULL,
    count        INTEGER NOT NULL CHECK (count >= 0),
    source       TEXT NOT NULL,
    note_ja      TEXT NOT NULL DEFAULT '',
    note_en      TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (material_key, as_of)
);

-- Totals as the documents state them; one date may have two (a table heading and the text disagreeing).
CREATE TABLE followup_plan_total (
    as_of   TEXT NOT NULL,
    total   INTEGER NOT NULL CHECK (total >= 0),
    source  TEXT NOT NULL,
    note_ja TEXT NOT NULL DEFAULT '',
    note_en TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (as_of, total)
);

-- Counts where the document gives counts, percentages where it gives percentages (NULL where not given).
CREATE TABLE followup_report_status (
    round                INTEGER PRIMARY KEY CHECK (round >= 1),
    as_of                TEXT,
    reports              INTEGER NOT NULL CHECK (reports >= 0),
    ahead                INTEGER,
    on_plan              INTEGER,
    minor_delay          INTEGER,
    delay                INTEGER,
    discontinued         INTEGER,
    ahead_percent        REAL,
    on_plan_percent      REAL,
    minor_delay_percent  REAL,
    delay_percent        REAL,
    discontinued_percent REAL,
    source               TEXT NOT NULL,
    note_ja              TEXT NOT NULL DEFAULT '',
    note_en              TEXT NOT NULL DEFAULT ''
);

CREATE TABLE followup_evaluation (
    material_key TEXT NOT NULL REFERENCES material (key) ON DELETE CASCADE,
    as_of        TEXT NOT NULL,
    mark         TEXT NOT NULL CHECK (mark IN ('◎', '○', '■', '△', '—')),
    text_ja      TEXT NOT NULL,
    text_en      TEXT NOT NULL DEFAULT '',
    source       TEXT NOT NULL,
    note_ja      TEXT NOT NULL DEFAULT '',
    note_en      TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (material_key, as_of)
);

CREATE TABLE followup_cause (
    round     INTEGER NOT NULL,
    cause     INTEGER NOT NULL,
    title_ja  TEXT NOT NULL,
    title_en  TEXT NOT NULL DEFAULT '',
    detail_ja TEXT NOT NULL DEFAULT '',
    detail_en TEXT NOT NULL DEFAULT '',
    source    TEXT NOT NULL,
    PRIMARY KEY (round, cause)
);

CREATE TABLE followup_cause_material (
    round        INTEGER NOT NULL,
    cause        INTEGER NOT NULL,
    material_key TEXT NOT NULL REFERENCES material (key) ON DELETE CASCADE,
    PRIMARY KEY (round, cause, material_key),
    FOREIGN KEY (round, cause) REFERENCES followup_cause (round, cause) ON DELETE CASCADE
);

CREATE TABLE followup_target (
    material_key TEXT NOT NULL REFERENCES material (key) ON DELETE CASCADE,
    target_ja    TEXT NOT NULL,
    target_en    TEXT NOT NULL DEFAULT '',
    year         INTEGER,
    source       TEXT NOT NULL,
    note_ja      TEXT NOT NULL DEFAULT '',
    note_en      TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (material_key, target_ja)
);

-- material_key NULL: a government-wide figure. measure: budget, certified (maximum subsidy of the
-- certified plans), granted (paid into the fund), decided (grants decided), spent.
-- budget: initial or supplementary for a budget year; NULL with no fiscal_year is the total.
CREATE TABLE followup_fund (
    id             INTEGER PRIMARY KEY,
    material_key   TEXT REFERENCES material (key) ON DELETE CASCADE,
    measure        TEXT NOT NULL CHECK (measure IN ('budget', 'certified', 'granted', 'decided', 'spent')),
    fiscal_year    INTEGER,
    budget         TEXT CHECK (budget IS NULL OR budget IN ('initial', 'supplementary')),
    amount_oku_yen REAL NOT NULL CHECK (amount_oku_yen >= 0),
    as_of          TEXT,
    estimate       INTEGER NOT NULL DEFAULT 0 CHECK (estimate IN (0, 1)),
    source         TEXT NOT NULL,
    note_ja        TEXT NOT NULL DEFAULT '',
    note_en        TEXT NOT NULL DEFAULT ''
);
