#!/usr/bin/env python3
"""Reference implementation of Tenken's concentration analysis and multi-tier look-through, in Python
with NetworkX, written from the formulas in graph/README.md ("How Tenken computes risk") and not from
the Java code. It reads a network written by the Java benchmark (Tenken's import formats), computes

  * the concentration of every (material, stage, consumer) group, latest year;
  * the sweep: for each cut country c (alone, fraction f), the loss of the consumer's supply of every item,

times the computation only (best of --repeats; reading files is not timed), and writes the results for
compare.py.

The look-through is the formula taken literally: a memoised recursion keyed by (country, item),

    surviving(K, X) = sum_A s_K(X<-A) * (1 - cut(A->K)) * min_Y surviving(A, Y)
    loss(K, X)      = surviving0(K, X) - surviving(K, X)      (surviving0: nothing cut)

with K's own shares, else world (WLD) shares, else 1 (no data). Input relations inside a strongly
connected component (a cycle) are not followed. Shares live in a NetworkX DiGraph (supplier ->
(consumer, item) with a 'share' attribute), input relations in another (input -> item).

When the sweep over every country would take too long, --countries N times N cut countries spread evenly
over the sorted list and scales the time to all of them; the output says so.
"""

import argparse
import csv
import json
import os
import sys
import time

import networkx as nx

WORLD = "WLD"


def read_network(folder):
    with open(os.path.join(folder, "meta.json")) as f:
        meta = json.load(f)
    with open(os.path.join(folder, "countries.csv"), newline="") as f:
        aggregates = {row["iso3"] for row in csv.DictReader(f) if row["aggregate"] == "1"}
    aggregates |= {"WLD", "ROW"}
    with open(os.path.join(folder, "shares.csv"), newline="", encoding="utf-8") as f:
        shares = [(r["material"], r["stage"], r["consumer_iso3"] or WORLD, r["country_iso3"], float(r["share"]),
                   int(r["year"])) for r in csv.DictReader(f)]
    with open(os.path.join(folder, "inputs.csv"), newline="", encoding="utf-8") as f:
        inputs = [((r["material"], r["stage"]), (r["input_material"], r["input_stage"])) for r in csv.DictReader(f)]
    return meta, aggregates, shares, inputs


def select_latest(shares):
    """{(consumer, item): [(supplier, share)]} for the latest year of each group, and that year."""
    latest = {}
    for material, stage, consumer, supplier, share, year in shares:
        key = (consumer, (material, stage))
        known = latest.get(key)
        if known is None or known[0] < year:
            latest[key] = (year, [(supplier, share)])
        elif known[0] == year:
            known[1].append((supplier, share))
    return latest


def concentration(groups, aggregates, meta):
    """Top country, top share, top-3 share, HHI, supplier count and level of every group."""
    tol = meta["tolerance"]
    results = []
    for (consumer, (material, stage)), (year, rows) in groups.items():
        named = sorted(((s, c) for c, s in rows if c not in aggregates and s > 0), key=lambda t: (-t[0], t[1]))
        shares = [s for s, _ in named]
        total = sum(shares)
        top_share = shares[0] if shares else 0.0
        if not shares or total < meta["minimum_named"] - tol:
            level = "insufficient"
        elif top_share >= meta["critical"] - tol:
            level = "critical"
        elif top_share >= meta["high"] - tol:
            level = "high"
        else:
            level = "normal"
        results.append((material, stage, consumer, year, named[0][1] if named else "", top_share, sum(shares[:3]),
                        sum(s * s for s in shares), len(shares), level))
    return results


def build_graphs(groups, inputs):
    supply = nx.DiGraph()
    for (consumer, item), (_, rows) in groups.items():
        supply.add_node(("item", consumer, item))
        for supplier, share in rows:
            supply.add_edge(("country", supplier), ("item", consumer, item), share=share)
    relations = nx.DiGraph()
    relations.add_nodes_from(item for (_, item) in groups)
    relations.add_edges_from((inp, item) for item, inp in inputs)
    # Input relations inside a strongly connected component close a cycle: they are not followed.
    component = {}
    for n, members in enumerate(nx.strongly_connected_components(relations)):
        for item in members:
            component[item] = n
    followed = nx.DiGraph()
    followed.add_nodes_from(relations.nodes)
    followed.add_edges_from((a, b) for a, b in relations.edges if component[a] != component[b])
    return supply, followed


def surviving_function(supply, followed, groups, cut, fraction):
    memo = {}
    preds = supply.pred
    inputs_of = followed.pred

    def surviving(country, item):
        key = (country, item)
        value = memo.get(key)
        if value is not None:
            return value
        if (country, item) in groups:
            node = ("item", country, item)
        elif (WORLD, item) in groups:
            node = ("item", WORLD, item)
        else:
            memo[key] = 1.0  # no data: assumed unaffected
            return 1.0
        ins = inputs_of[item]
        value = 0.0
        for (_, supplier), attributes in preds[node].items():
            c = fraction if (supplier in cut and supplier != country) else 0.0
            scarcest = 1.0
            for y in ins:
                scarcest = min(scarcest, surviving(supplier, y))
            value += attributes["share"] * (1 - c) * scarcest
        memo[key] = value
        return value

    return surviving


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("folder")
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--countries", type=int, default=0, help="time this many cut countries (0 = all)")
    args = parser.parse_args()
    meta, aggregates, shares, inputs = read_network(args.folder)
    consumer, fraction = meta["consumer"], meta["fraction"]

    best_analysis = best_sweep = float("inf")
    for _ in range(args.repeats):
        t0 = time.perf_counter()
        groups = select_latest(shares)
        concentrations = concentration(groups, aggregates, meta)
        t1 = time.perf_counter()
        best_analysis = min(best_analysis, t1 - t0)

    t0 = time.perf_counter()
    supply, followed = build_graphs(groups, inputs)
    candidates = sorted({s for (_, rows) in groups.values() for s, _ in rows if s not in aggregates})
    items = sorted(item for item in followed.nodes if (consumer, item) in groups or (WORLD, item) in groups)
    build = time.perf_counter() - t0
    if args.countries and args.countries < len(candidates):
        n = args.countries
        chosen = sorted({candidates[round(i * (len(candidates) - 1) / max(1, n - 1))] for i in range(n)})
    else:
        chosen = candidates

    sweep_rows = []
    best_cpu = float("inf")
    for repeat in range(args.repeats):
        t0 = time.perf_counter()
        c0 = time.process_time()
        rows = []
        uncut = surviving_function(supply, followed, groups, set(), fraction)
        for country in chosen:
            surviving = surviving_function(supply, followed, groups, {country}, fraction)
            for item in items:
                rows.append((country, item[0], item[1], uncut(consumer, item) - surviving(consumer, item)))
        elapsed = time.perf_counter() - t0
        best_sweep = min(best_sweep, elapsed)
        best_cpu = min(best_cpu, time.process_time() - c0)
        sweep_rows = rows

    scale = len(candidates) / len(chosen)
    sweep_ms = (build + best_sweep * scale) * 1000
    with open(os.path.join(args.folder, "py_concentration.csv"), "w", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["material", "stage", "consumer", "year", "top_country", "top_share", "top3_share", "hhi",
                    "suppliers", "level"])
        for r in concentrations:
            w.writerow([r[0], r[1], r[2], r[3], r[4], repr(r[5]), repr(r[6]), repr(r[7]), r[8], r[9]])
    with open(os.path.join(args.folder, "py_sweep.csv"), "w", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["country", "material", "stage", "loss"])
        for r in sweep_rows:
            w.writerow([r[0], r[1], r[2], repr(r[3])])
    timing = {"analysis_ms": best_analysis * 1000, "build_ms": build * 1000,
              "sweep_subset_ms": best_sweep * 1000, "sweep_subset_cpu_ms": best_cpu * 1000, "countries_timed": len(chosen),
              "countries_all": len(candidates), "sweep_ms": sweep_ms, "total_ms": best_analysis * 1000 + sweep_ms}
    with open(os.path.join(args.folder, "py_timing.json"), "w") as f:
        json.dump(timing, f)
    print("load average %.2f" % os.getloadavg()[0])
    print("networkx %s: %d groups, analysis %.1f ms (best of %d); graph build %.1f ms; sweep of %d of %d cut countries"
          " %.1f ms (best of %d; CPU %.1f ms)%s" % (
              nx.__version__, len(groups), best_analysis * 1000, args.repeats, build * 1000, len(chosen),
              len(candidates), best_sweep * 1000, args.repeats, best_cpu * 1000,
              "" if scale == 1 else ", scaled x%.2f to all countries: %.1f ms" % (scale, best_sweep * scale * 1000)))


if __name__ == "__main__":
    sys.exit(main())
