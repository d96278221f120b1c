#!/usr/bin/env python3
"""Compares the Java and NetworkX results in a benchmark folder within a tolerance, and prints
ratio=R java_ms=J networkx_ms=N identical=true|false as its last line."""

import csv
import json
import os
import sys

TOLERANCE = 1e-9


def rows(path):
    with open(path, newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


def main(folder):
    problems = []

    java = {(r["material"], r["stage"], r["consumer"]): r for r in rows(os.path.join(folder, "java_concentration.csv"))}
    python = {(r["material"], r["stage"], r["consumer"]): r for r in rows(os.path.join(folder, "py_concentration.csv"))}
    if java.keys() != python.keys():
        problems.append("concentration groups differ: %d only in Java, %d only in NetworkX"
                        % (len(java.keys() - python.keys()), len(python.keys() - java.keys())))
    for key in java.keys() & python.keys():
        j, p = java[key], python[key]
        for field in ("year", "top_country", "suppliers", "level"):
            if j[field] != p[field]:
                problems.append("%s %s: java %s, networkx %s" % (key, field, j[field], p[field]))
        for field in ("top_share", "top3_share", "hhi"):
            if abs(float(j[field]) - float(p[field])) > TOLERANCE:
                problems.append("%s %s: java %s, networkx %s" % (key, field, j[field], p[field]))

    python_sweep = {(r["country"], r["material"], r["stage"]): float(r["loss"])
                    for r in rows(os.path.join(folder, "py_sweep.csv"))}
    countries = {k[0] for k in python_sweep}
    java_sweep = {}
    with open(os.path.join(folder, "java_sweep.csv"), newline="") as f:
        for r in csv.DictReader(f):
            if r["country"] in countries:
                java_sweep[(r["country"], r["material"], r["stage"])] = float(r["loss"])
    if java_sweep.keys() != python_sweep.keys():
        problems.append("sweep pairs differ: %d only in Java, %d only in NetworkX"
                        % (len(java_sweep.keys() - python_sweep.keys()), len(python_sweep.keys() - java_sweep.keys())))
    largest = 0.0
    for key in java_sweep.keys() & python_sweep.keys():
        difference = abs(java_sweep[key] - python_sweep[key])
        largest = max(largest, difference)
        if difference > TOLERANCE:
            problems.append("sweep %s: java %r, networkx %r" % (key, java_sweep[key], python_sweep[key]))

    with open(os.path.join(folder, "java_timing.json")) as f:
        java_timing = json.load(f)
    with open(os.path.join(folder, "py_timing.json")) as f:
        py_timing = json.load(f)

    for problem in problems[:20]:
        print("MISMATCH " + problem)
    print("compared %d concentration groups and %d sweep losses (%d cut countries); largest sweep difference %.3g"
          % (len(java), len(python_sweep), len(countries), largest))
    print("java: analysis %.1f ms + compile %.1f ms + sweep %.1f ms = %.1f ms"
          % (java_timing["analysis_ms"], java_timing["compile_ms"], java_timing["sweep_ms"], java_timing["total_ms"]))
    scaled = py_timing["countries_timed"] < py_timing["countries_all"]
    print("networkx: analysis %.1f ms + graph build %.1f ms + sweep %.1f ms%s = %.1f ms"
          % (py_timing["analysis_ms"], py_timing["build_ms"], py_timing["sweep_ms"] - py_timing["build_ms"],
             " (timed on %d of %d cut countries, scaled)" % (py_timing["countries_timed"], py_timing["countries_all"])
             if scaled else "", py_timing["total_ms"]))
    print("load average now: %s" % open("/proc/loadavg").read().split()[0] if os.path.exists("/proc/loadavg") else "")
    ratio = py_timing["total_ms"] / java_timing["total_ms"]
    print("ratio=%.1f java_ms=%.1f networkx_ms=%.1f identical=%s"
          % (ratio, java_timing["total_ms"], py_timing["total_ms"], "false" if problems else "true"))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
