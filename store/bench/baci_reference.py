"""The pandas reference: what an analyst would write to get import shares from a BACI year.

    baci_reference.py BACI_CSV COUNTRY_CODES_CSV MAPPINGS_CSV OUT_CSV

Read; keep the rows whose product some mapping's code prefixes; per item, importer, year and exporter sum
the value (or the quantity, in kg) and divide by the importer's total; write material, stage, consumer,
supplier, year, share.
"""
import sys

import pandas as pd

baci, country_codes, mappings_file, out = sys.argv[1:5]

flows = pd.read_csv(baci, dtype={"t": "int32", "i": "int32", "j": "int32", "k": "int32", "v": "float64",
                                 "q": "float64"}, na_values=["NA"], skipinitialspace=True)
iso3 = pd.read_csv(country_codes).set_index("country_code")["country_iso3"]
mappings = pd.read_csv(mappings_file, keep_default_na=False, dtype=str)

results = []
for (material, stage), rows in mappings.groupby(["material", "stage"], sort=False):
    mask = pd.Series(False, index=flows.index)
    for prefix in rows["code"]:
        if len(prefix) > 6:
            continue
        scale = 10 ** (6 - len(prefix))
        mask |= flows["k"].between(int(prefix) * scale, (int(prefix) + 1) * scale - 1)
    item = flows[mask & (flows["i"] != flows["j"])]
    if rows["basis"].iloc[0] == "value":
        amount = item["v"]
    else:
        amount = item["q"] * 1000          # tonnes → kg, the mapping's unit
    by_partner = amount.groupby([item["j"], item["t"], item["i"]]).sum()
    by_partner = by_partner[by_partner > 0]
    total = by_partner.groupby(level=[0, 1]).transform("sum")
    share = (by_partner / total).reset_index(name="share")
    share["material"] = material
    share["stage"] = stage
    results.append(share)

shares = pd.concat(results)
shares["consumer"] = shares["j"].map(iso3)
shares["supplier"] = shares["i"].map(iso3)
shares.rename(columns={"t": "year"})[["material", "stage", "consumer", "supplier", "year", "share"]] \
    .to_csv(out, index=False, float_format="%.17g")
