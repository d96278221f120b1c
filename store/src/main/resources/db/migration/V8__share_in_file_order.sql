-- Shares keyed in the order share files list them (consumer, year, then material, stage and supplier), in a
-- table without rowid, so that an import appends to one B-tree instead of writing a rowid table and a
-- primary-key index whose entries land at scattered places (store/bench/import.sh measures it). Every
-- query of the table names all four group columns (or none), so the new column order serves them as the old
-- one did. Same columns, constraints and rows as before.
CREATE TABLE supply_share_new (
    material_key  TEXT NOT NULL REFERENCES material (key) ON DELETE CASCADE,
    stage_key     TEXT NOT NULL REFERENCES stage (key),
    consumer_iso3 TEXT NOT NULL REFERENCES country (iso3),
    supplier_iso3 TEXT NOT NULL REFERENCES country (iso3),
    share         REAL NOT NULL CHECK (share >= 0 AND share <= 1),
    year          INTEGER NOT NULL,
    source        TEXT NOT NULL,
    basis         TEXT NOT NULL DEFAULT '',
    quality       TEXT NOT NULL DEFAULT '',
    note          TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (consumer_iso3, year, material_key, stage_key, supplier_iso3)
) WITHOUT ROWID;

INSERT INTO supply_share_new (material_key, stage_key, consumer_iso3, supplier_iso3, share, year, source, basis,
        quality, note)
    SELECT material_key, stage_key, consumer_iso3, supplier_iso3, share, year, source, basis, quality, note
    FROM supply_share;

DROP TABLE supply_share;
ALTER TABLE supply_share_new RENAME TO supply_share;
