-- Provenance of each share, shown beside the figure wherever it is shown:
--   basis   what was measured and how (unit, total, calendar or fiscal year, market share by maker's home country);
--   quality how the figure was published (official, industry association, market research, press, company claim,
--           derived by arithmetic), one of the keys of tenken.store.model.ShareQuality, or empty when not stated;
--   note    a remark written for the reader (a midpoint of a published range, a single maker's share).
ALTER TABLE supply_share ADD COLUMN basis TEXT NOT NULL DEFAULT '';
ALTER TABLE supply_share ADD COLUMN quality TEXT NOT NULL DEFAULT '';
ALTER TABLE supply_share ADD COLUMN note TEXT NOT NULL DEFAULT '';
