"""Compares the shares Tenken derived (its database) with the pandas reference's CSV.

    compare_shares.py DATABASE REFERENCE_CSV

Prints rows, the largest difference, and identical=true when both have the same (material, stage, consumer,
supplier, year) keys and every share agrees within 1e-12 (the two add the same numbers in another order).
"""
import csv
import sqlite3
import sys

database, reference = sys.argv[1:3]
with sqlite3.connect(database) as c:
    tenken = {(m, s, co, su, int(y)): v for m, s, co, su, y, v in c.execute(
        "SELECT material_key, stage_key, consumer_iso3, supplier_iso3, year, share FROM derived_share")}
with open(reference, encoding="utf-8") as f:
    pandas = {(r["material"], r["stage"], r["consumer"], r["supplier"], int(r["year"])): float(r["share"])
              for r in csv.DictReader(f)}
same_keys = tenken.keys() == pandas.keys()
largest = max((abs(tenken[k] - pandas[k]) for k in tenken.keys() & pandas.keys()), default=0.0)
print(f"shares tenken={len(tenken)} pandas={len(pandas)} same_keys={str(same_keys).lower()} max_abs_diff={largest:.3g}")
print("true" if same_keys and largest <= 1e-12 and tenken else "false")
