#!/usr/bin/env python3
"""Side-by-side table of Benchmarks/compare-pypsa's measurements.

Usage: python3 Benchmarks/compare-pypsa.py OUT   (OUT holds gridplan/summary.csv, gridplan-N.time (one per run; the
median run is reported),
pypsa-simplex.json/.time and pypsa-ipm.json/.time written by Benchmarks/compare-pypsa).
Wall time and peak memory come from GNU time -v (the whole process); objective, generation and curtailment by
carrier (TWh), exports per corridor (TWh sent) from GridPlan's summary.csv and Scripts/pypsa_optimize.py's JSON.
Ratios are PyPSA / GridPlan.
"""

import csv
import json
import sys
from pathlib import Path


def gnu_time(path):
    wall, rss = None, None
    for line in Path(path).read_text().splitlines():
        line = line.strip()
        if line.startswith("Elapsed (wall clock) time"):
            t = line.rsplit(" ", 1)[-1].split(":")
            wall = sum(float(x) * 60 ** i for i, x in enumerate(reversed(t)))
        elif line.startswith("Maximum resident set size"):
            rss = int(line.rsplit(" ", 1)[-1]) / 1024
    return wall, rss


def main():
    out = Path(sys.argv[1])
    summary = {}
    with open(out / "gridplan" / "summary.csv") as f:
        for row in csv.DictReader(f):
            summary[(row["metric"], row["component"])] = row["value"]
    g = {
        "objective": float(summary[("total_cost", "")]),
        "generation_twh": {c: float(v) for (m, c), v in summary.items() if m == "generation"},
        "curtailment_twh": {c: float(v) for (m, c), v in summary.items() if m == "curtailment"},
        "export_twh": {c: float(v) for (m, c), v in summary.items() if m == "export" and c != "total"},
    }
    # GridPlan was timed several times (gridplan-1.time, ...): the run with the median wall time is reported.
    timed = sorted(gnu_time(p) for p in sorted(out.glob("gridplan-*.time")))
    if not timed:
        timed = [gnu_time(out / "gridplan.time")]
    g["wall"], g["rss"] = timed[(len(timed) - 1) // 2]
    runs = {"GridPlan": g}
    for solver in ["simplex", "ipm", "hipo"]:
        r = json.loads((out / f"pypsa-{solver}.json").read_text().strip().splitlines()[-1])
        r["wall"], r["rss"] = gnu_time(out / f"pypsa-{solver}.time")
        runs[f"PyPSA {solver}"] = r
    names = list(runs)
    w = 19

    def row(label, values, fmt="{:.6f}"):
        cells = [fmt.format(v) if isinstance(v, (int, float)) else str(v) for v in values]
        print(label.ljust(34) + "".join(c.rjust(w) for c in cells))

    print("".ljust(34) + "".join(n.rjust(w) for n in names) + "".join(f"ratio {n.split()[-1]}".rjust(w) for n in names[1:]))
    base = runs["GridPlan"]
    row("wall time (s)", [runs[n]["wall"] for n in names] + [runs[n]["wall"] / base["wall"] for n in names[1:]], "{:.2f}")
    row("peak memory (MB)", [runs[n]["rss"] for n in names] + [runs[n]["rss"] / base["rss"] for n in names[1:]], "{:.0f}")
    objs = [runs[n].get("objective") for n in names]
    row("objective (CNY)", objs + [o / objs[0] for o in objs[1:]], "{:.3f}")
    row("objective rel. difference", [0.0] + [abs(o - objs[0]) / abs(objs[0]) for o in objs[1:]], "{:.2e}")
    for key, label in [("generation_twh", "generation"), ("curtailment_twh", "curtailment")]:
        for c in sorted(base[key]):
            if c not in runs[names[1]].get(key, {}) and key == "curtailment_twh":
                continue
            vals = [runs[n].get(key, {}).get(c, 0.0) for n in names]
            row(f"{label} {c} (TWh)", vals)
    for k in base["export_twh"]:
        vals = [runs[n].get("export_twh", {}).get(k, 0.0) for n in names]
        row(f"export {k} (TWh)", vals)
    print(f"GridPlan wall times of its {len(timed)} run(s), s: " + ", ".join(f"{w:.2f}" for w, _ in timed)
          + " (the median one is in the table)")


if __name__ == "__main__":
    main()
