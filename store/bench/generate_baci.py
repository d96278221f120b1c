"""Writes a seeded, synthetic BACI-format year (t,i,j,k,v,q) and its country_codes file.

    generate_baci.py ROWS OUT_DIR

Made-up numbers in BACI's exact layout, for the benchmark only: never real trade data. About 5,000 HS6
products, every code the default mappings use among them; 200 countries (ISO3 codes from the shipped
country list) numbered like BACI's; values in thousand USD with three decimals, quantities in tonnes with
three decimals or NA (one row in ten), right-aligned in a padded column as BACI writes them.
"""
import csv
import os
import sys

import numpy as np

ROWS = int(sys.argv[1])
OUT = sys.argv[2]
HERE = os.path.dirname(os.path.abspath(__file__))
SEED = os.path.join(HERE, "..", "..", "assets", "src", "main", "resources", "tenken", "assets", "seed")

rng = np.random.default_rng(20260101)

with open(os.path.join(SEED, "countries.csv"), encoding="utf-8") as f:
    iso3 = [r["iso3"] for r in csv.DictReader(f) if r["aggregate"] == "0"][:200]
codes = np.arange(4, 4 + 4 * len(iso3), 4)           # BACI-like numeric codes
with open(os.path.join(OUT, "country_codes.csv"), "w", encoding="utf-8", newline="") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["country_code", "country_name", "country_iso2", "country_iso3"])
    for code, name in zip(codes, iso3):
        w.writerow([int(code), name, name[:2], name])

with open(os.path.join(SEED, "trade_mappings.csv"), encoding="utf-8") as f:
    prefixes = sorted({r["code"] for r in csv.DictReader(f)})
mapped = set()
for p in prefixes:
    scale = 10 ** (6 - len(p))
    for suffix in (10, 20, 90) if scale > 1 else (0,):
        mapped.add(int(p) * scale + (suffix % scale if scale > 1 else 0))
pool = set(mapped)
while len(pool) < 5000:
    pool.add(int(rng.integers(10100, 970600)))
pool = np.array(sorted(pool))

CHUNK = 1_000_000
with open(os.path.join(OUT, "baci.csv"), "w", encoding="ascii", newline="") as f:
    f.write("t,i,j,k,v,q\n")
    left = ROWS
    while left > 0:
        n = min(CHUNK, left)
        left -= n
        exporter = rng.integers(0, len(codes), n)
        importer = (exporter + rng.integers(1, len(codes), n)) % len(codes)   # never the exporter itself
        product = pool[rng.integers(0, len(pool), n)]
        value = np.round(rng.lognormal(3.0, 2.0, n), 3)
        tonnes = np.round(rng.lognormal(2.0, 2.5, n), 3)
        missing = rng.random(n) < 0.1
        lines = [
            "2022,%d,%d,%06d,%.3f,%s\n" % (codes[e], codes[i], k, v, "%15s" % "NA" if m else "%15.3f" % q)
            for e, i, k, v, q, m in zip(exporter, importer, product, value, tonnes, missing)
        ]
        f.writelines(lines)
