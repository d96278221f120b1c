-- Trade statistics (Japan Customs 財務省貿易統計, UN Comtrade, CEPII BACI), the commodity codes each catalogue
-- item maps to, and the import shares derived from them.

-- One row per imported file. Re-importing the same file deletes this row, and with it (cascade) every flow
-- the file brought and every derived share computed from those flows, in the same transaction as the new rows.
CREATE TABLE trade_import (
    id          INTEGER PRIMARY KEY,
    source_file TEXT NOT NULL UNIQUE,   -- the file's name as the analyst gave it, absolute
    format      TEXT NOT NULL CHECK (format IN ('japan-customs', 'comtrade', 'baci')),
    imported_at TEXT NOT NULL,          -- UTC, ISO 8601
    rows_read   INTEGER NOT NULL,
    rows_kept   INTEGER NOT NULL
);

-- A flow as the statistic reports it: the reporter imports from (or exports to) the partner. BACI's
-- exporter i → importer j is stored as importer j's import from i. Values keep the file's unit and currency
-- (thousand JPY, USD, thousand USD); masses are converted to kg, other quantity units kept as written.
CREATE TABLE trade_flow (
    id              INTEGER PRIMARY KEY,
    import_id       INTEGER NOT NULL REFERENCES trade_import (id) ON DELETE CASCADE,
    reporter_iso3   TEXT NOT NULL REFERENCES country (iso3),
    partner_iso3    TEXT NOT NULL REFERENCES country (iso3),
    flow            TEXT NOT NULL CHECK (flow IN ('import', 'export')),
    classification  TEXT NOT NULL CHECK (classification IN ('HS', 'JP9')),
    commodity_code  TEXT NOT NULL CHECK (length(commodity_code) IN (6, 9) AND commodity_code NOT GLOB '*[^0-9]*'),
    year            INTEGER NOT NULL,
    month           INTEGER CHECK (month BETWEEN 1 AND 12),   -- NULL: the whole year
    value           REAL CHECK (value >= 0),
    value_scale     INTEGER NOT NULL,                          -- 1000 for "thousand"
    currency        TEXT NOT NULL,
    quantity        REAL CHECK (quantity >= 0),
    quantity_unit   TEXT NOT NULL DEFAULT '',
    quantity2       REAL CHECK (quantity2 >= 0),
    quantity2_unit  TEXT NOT NULL DEFAULT ''
);
CREATE INDEX trade_flow_by_import ON trade_flow (import_id);
CREATE INDEX trade_flow_by_code ON trade_flow (flow, commodity_code);

-- Which commodity codes stand for a catalogue item: a flow belongs to the item when its code starts with
-- the mapping's code (HS6 271111 covers Japan's 271111000). basis 'value' divides values; 'quantity' divides
-- quantities in unit (kg, u, ...).
CREATE TABLE commodity_mapping (
    material_key TEXT NOT NULL REFERENCES material (key) ON DELETE CASCADE,
    stage_key    TEXT NOT NULL REFERENCES stage (key),
    code         TEXT NOT NULL CHECK (length(code) BETWEEN 2 AND 9 AND code NOT GLOB '*[^0-9]*'),
    basis        TEXT NOT NULL CHECK (basis IN ('value', 'quantity')),
    unit         TEXT NOT NULL DEFAULT '',
    note         TEXT NOT NULL DEFAULT '',
    source       TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (material_key, stage_key, code),
    CHECK (basis = 'value' OR unit <> '')
);

-- Shares derived from the flows: the importer's sourcing of a mapped item. Kept apart from the hand-entered
-- supply_share so that a hand-entered group is never overwritten; the catalogue reads a derived group only
-- where no hand-entered group (other than the importer's own production) exists for the same material,
-- stage, consumer and year, and `tenken check` lists where both exist.
CREATE TABLE derived_share (
    id            INTEGER PRIMARY KEY,
    material_key  TEXT NOT NULL REFERENCES material (key) ON DELETE CASCADE,
    stage_key     TEXT NOT NULL REFERENCES stage (key),
    consumer_iso3 TEXT NOT NULL REFERENCES country (iso3),
    supplier_iso3 TEXT NOT NULL REFERENCES country (iso3),
    share         REAL NOT NULL CHECK (share >= 0 AND share <= 1),
    year          INTEGER NOT NULL,
    source        TEXT NOT NULL,
    basis         TEXT NOT NULL,
    note          TEXT NOT NULL DEFAULT '',
    UNIQUE (material_key, stage_key, consumer_iso3, year, supplier_iso3)
);

-- The flows a derived share was computed from (its numerator: the partner's flows of the mapped codes).
CREATE TABLE derived_share_flow (
    share_id INTEGER NOT NULL REFERENCES derived_share (id) ON DELETE CASCADE,
    flow_id  INTEGER NOT NULL REFERENCES trade_flow (id) ON DELETE CASCADE,
    PRIMARY KEY (share_id, flow_id)
);
CREATE INDEX derived_share_flow_by_flow ON derived_share_flow (flow_id);

-- The members of an aggregate country (EUU, XCI); ROW and WLD have none and are never cut.
CREATE TABLE aggregate_member (
    aggregate_iso3 TEXT NOT NULL REFERENCES country (iso3) ON DELETE CASCADE,
    member_iso3    TEXT NOT NULL REFERENCES country (iso3) ON DELETE CASCADE,
    PRIMARY KEY (aggregate_iso3, member_iso3)
);

-- The stage of an importer's sourcing as trade statistics give it (country of origin of imports).
INSERT INTO stage (key, name_ja, name_en, sort_order) VALUES ('import', '輸入元', 'Import origin', 12)
    ON CONFLICT (key) DO NOTHING;

-- Codes that Japan Customs' country table assigns and the ISO list of the first seed lacked.
INSERT INTO country (iso3, name_ja, name_en, aggregate) VALUES
    ('ANT', 'オランダ領アンティル（旧）', 'Netherlands Antilles (former)', 0),
    ('XKX', 'コソボ', 'Kosovo', 0)
    ON CONFLICT (iso3) DO NOTHING;
