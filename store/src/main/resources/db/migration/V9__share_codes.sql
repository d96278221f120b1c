-- Shares stored as numbers: each row names its material, stage and countries by small integer codes and its
-- provenance (source, basis, quality, note) by the id of a row it shares with every other share of the same
-- provenance. A row is then some 30 bytes instead of 130, and SQLite compares integers instead of strings
-- while it finds each row's place in the B-tree: a million-row import inserted in a third of the time and
-- the database a quarter of the size (store/bench/import.sh measures it). Readers see the same
-- supply_share as before, now a view that spells the codes out; imports write share_row.
--
-- The codes keep every reference the text columns had: a material's code goes with the material (and its
-- shares with the code, as the shares went with the material before), a stage or country that shares
-- use cannot be removed. A provenance row lives as long as a share uses it (the importer removes the
-- unused ones in the transaction that stopped using them), hence no reference from share_row to it:
-- SQLite would look through every share for each provenance removed.

CREATE TABLE material_code (
    id  INTEGER PRIMARY KEY,
    key TEXT NOT NULL UNIQUE REFERENCES material (key) ON DELETE CASCADE
);

CREATE TABLE stage_code (
    id  INTEGER PRIMARY KEY,
    key TEXT NOT NULL UNIQUE REFERENCES stage (key)
);

CREATE TABLE country_code (
    id   INTEGER PRIMARY KEY,
    iso3 TEXT NOT NULL UNIQUE REFERENCES country (iso3)
);

CREATE TABLE share_provenance (
    id      INTEGER PRIMARY KEY,
    source  TEXT NOT NULL,
    basis   TEXT NOT NULL DEFAULT '',
    quality TEXT NOT NULL DEFAULT '',
    note    TEXT NOT NULL DEFAULT '',
    UNIQUE (source, basis, quality, note)
);

-- Keyed in the order share files list rows (consumer, year, then material, stage and supplier), as in V8.
CREATE TABLE share_row (
    consumer   INTEGER NOT NULL REFERENCES country_code (id),
    year       INTEGER NOT NULL,
    material   INTEGER NOT NULL REFERENCES material_code (id) ON DELETE CASCADE,
    stage      INTEGER NOT NULL REFERENCES stage_code (id),
    supplier   INTEGER NOT NULL REFERENCES country_code (id),
    share      REAL NOT NULL CHECK (share >= 0 AND share <= 1),
    provenance INTEGER NOT NULL,
    PRIMARY KEY (consumer, year, material, stage, supplier)
) WITHOUT ROWID;

INSERT INTO material_code (key) SELECT DISTINCT material_key FROM supply_share ORDER BY material_key;
INSERT INTO stage_code (key) SELECT DISTINCT stage_key FROM supply_share ORDER BY stage_key;
INSERT INTO country_code (iso3)
    SELECT consumer_iso3 FROM supply_share UNION SELECT supplier_iso3 FROM supply_share ORDER BY 1;
INSERT INTO share_provenance (source, basis, quality, note)
    SELECT DISTINCT source, basis, quality, note FROM supply_share ORDER BY source, basis, quality, note;

INSERT INTO share_row (consumer, year, material, stage, supplier, share, provenance)
    SELECT c.id, s.year, m.id, st.id, x.id, s.share, p.id
    FROM supply_share s
    JOIN country_code c ON c.iso3 = s.consumer_iso3
    JOIN material_code m ON m.key = s.material_key
    JOIN stage_code st ON st.key = s.stage_key
    JOIN country_code x ON x.iso3 = s.supplier_iso3
    JOIN share_provenance p ON p.source = s.source AND p.basis = s.basis AND p.quality = s.quality
        AND p.note = s.note;

DROP TABLE supply_share;

CREATE VIEW supply_share (material_key, stage_key, consumer_iso3, supplier_iso3, share, year, source, basis, quality,
        note) AS
    SELECT m.key, st.key, c.iso3, x.iso3, r.share, r.year, p.source, p.basis, p.quality, p.note
    FROM share_row r
    JOIN country_code c ON c.id = r.consumer
    JOIN material_code m ON m.id = r.material
    JOIN stage_code st ON st.id = r.stage
    JOIN country_code x ON x.id = r.supplier
    JOIN share_provenance p ON p.id = r.provenance;
