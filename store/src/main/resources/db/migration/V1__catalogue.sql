-- The catalogue: countries, stages, materials (designated, items and candidates), designation facts,
-- supply shares with their sources, input relations, supply events and settings.

CREATE TABLE country (
    iso3      TEXT PRIMARY KEY CHECK (length(iso3) = 3 AND iso3 = upper(iso3)),
    name_ja   TEXT NOT NULL,
    name_en   TEXT NOT NULL,
    aggregate INTEGER NOT NULL DEFAULT 0 CHECK (aggregate IN (0, 1))
);

CREATE TABLE stage (
    key        TEXT PRIMARY KEY,
    name_ja    TEXT NOT NULL,
    name_en    TEXT NOT NULL,
    sort_order INTEGER NOT NULL DEFAULT 1000
);

CREATE TABLE material (
    key        TEXT PRIMARY KEY,
    name_ja    TEXT NOT NULL,
    name_en    TEXT NOT NULL,
    parent_key TEXT REFERENCES material (key) ON DELETE SET NULL,
    sort_order INTEGER NOT NULL DEFAULT 1000
);

CREATE TABLE designation (
    material_key        TEXT PRIMARY KEY REFERENCES material (key) ON DELETE CASCADE,
    ministry_ja         TEXT NOT NULL,
    ministry_en         TEXT NOT NULL,
    designated_on       TEXT,
    fund_budget_oku_yen REAL,
    certified_plans     INTEGER,
    as_of               TEXT,
    source              TEXT NOT NULL
);

CREATE TABLE supply_share (
    material_key  TEXT NOT NULL REFERENCES material (key) ON DELETE CASCADE,
    stage_key     TEXT NOT NULL REFERENCES stage (key),
    consumer_iso3 TEXT NOT NULL REFERENCES country (iso3),
    supplier_iso3 TEXT NOT NULL REFERENCES country (iso3),
    share         REAL NOT NULL CHECK (share >= 0 AND share <= 1),
    year          INTEGER NOT NULL,
    source        TEXT NOT NULL,
    PRIMARY KEY (material_key, stage_key, consumer_iso3, year, supplier_iso3)
);

CREATE TABLE input_relation (
    material_key       TEXT NOT NULL REFERENCES material (key) ON DELETE CASCADE,
    stage_key          TEXT NOT NULL REFERENCES stage (key),
    input_material_key TEXT NOT NULL REFERENCES material (key) ON DELETE CASCADE,
    input_stage_key    TEXT NOT NULL REFERENCES stage (key),
    PRIMARY KEY (material_key, stage_key, input_material_key, input_stage_key)
);

CREATE TABLE supply_event (
    id           INTEGER PRIMARY KEY,
    event_date   TEXT NOT NULL,
    country_iso3 TEXT NOT NULL REFERENCES country (iso3),
    kind         TEXT NOT NULL,
    title_ja     TEXT NOT NULL,
    title_en     TEXT NOT NULL,
    source       TEXT NOT NULL
);

CREATE TABLE supply_event_material (
    event_id     INTEGER NOT NULL REFERENCES supply_event (id) ON DELETE CASCADE,
    material_key TEXT NOT NULL REFERENCES material (key) ON DELETE CASCADE,
    PRIMARY KEY (event_id, material_key)
);

CREATE TABLE setting (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

-- Concentration thresholds (top supplier share) used by the analysis; analysts may change them.
INSERT INTO setting (key, value) VALUES ('level.critical', '0.8'), ('level.high', '0.5');
