#!/usr/bin/env python3
"""The table of Benchmarks/run-scaling-benchmark.sh: one row per network size and horizon, and the growth of
GridPlan's time per hour and per iteration with the number of buses (a least-squares fit of log time against log
buses over the sizes from 60 buses up, per horizon).

Usage: .venv/bin/python Benchmarks/scaling_table.py OUT   (OUT as given to the benchmark)
"""

import csv
import json
import math
import sys
from pathlib import Path


def gnu_time(path):
    """Wall seconds and peak resident MB from `/usr/bin/time -v` output."""
    wall, rss = None, None
    for line in Path(path).read_text().splitlines():
        line = line.strip()
        if line.startswith("Elapsed (wall clock) time"):
            parts = line.rsplit(" ", 1)[-1].split(":")
            wall = sum(float(x) * 60 ** i for i, x in enumerate(reversed(parts)))
        elif line.startswith("Maximum resident set size"):
            rss = int(line.rsplit(" ", 1)[-1]) / 1024
    return wall, rss


def last_json(path):
    lines = [l for l in Path(path).read_text().splitlines() if l.strip().startswith("{")]
    return json.loads(lines[-1]) if lines else {}


def summary(path):
    with open(path) as f:
        return {(r["metric"], r["component"]): r["value"] for r in csv.DictReader(f)}


def fit(points):
    """Slope of log y against log x (least squares)."""
    xs = [math.log(x) for x, _ in points]
    ys = [math.log(y) for _, y in points]
    mx, my = sum(xs) / len(xs), sum(ys) / len(ys)
    sxx = sum((x - mx) ** 2 for x in xs)
    return sum((x - mx) * (y - my) for x, y in zip(xs, ys)) / sxx if sxx > 0 else float("nan")


def main():
    out = Path(sys.argv[1])
    rows, growth = [], {}
    for case in sorted(out.glob("n*-h*"), key=lambda p: tuple(int(s[1:]) for s in p.name.split("-"))[::-1]):
        if not (case / "gridplan.time").exists():
            continue
        net = last_json(case / "network.json")
        s = summary(case / "gridplan" / "summary.csv")
        wall, rss = gnu_time(case / "gridplan.time")
        iterations = int(float(s[("solver_iterations", "")]))
        objective = float(s[("total_cost", "")])
        hours, buses = net["hours"], net["buses"]
        per = 1e3 * wall / hours / max(iterations, 1)
        growth.setdefault(hours, []).append((buses, per))
        peers, best = [], None
        for solver in ["simplex", "ipm", "hipo"]:
            if not (case / f"pypsa-{solver}.time").exists():
                peers.append("-")
                continue
            r = last_json(case / f"pypsa-{solver}.json")
            pw, prss = gnu_time(case / f"pypsa-{solver}.time")
            if r.get("status") == "time_limit":
                peers.append(f"> {r['limit_seconds']} s")
                best = best if best is not None else (float(r["limit_seconds"]), None, True)
                continue
            if r.get("objective") is None:
                peers.append(f"{r.get('status', 'failed')}")
                continue
            diff = abs(r["objective"] - objective) / max(1.0, abs(r["objective"]))
            peers.append(f"{pw:.1f} s, {prss:.0f} MB, {diff:.0e}")
            if best is None or best[2] or pw < best[0]:
                best = (pw, solver, False)
        ratio = "-" if best is None else (f"> {best[0] / wall:.1f}x" if best[2] else f"{best[0] / wall:.1f}x")
        rows.append(f"| {buses} | {net['lines']} | {hours} | {wall:.2f} s | {rss:.0f} MB | {iterations} | {per:.3f} | "
                    + " | ".join(peers) + f" | {ratio} |")
    print("| buses | lines | hours | GridPlan wall | GridPlan peak | iterations | ms per hour per iteration | "
          "PyPSA + HiGHS simplex (wall, peak, objective rel. diff) | IPM | HiPO | best PyPSA / GridPlan |")
    print("|---:|---:|---:|---:|---:|---:|---:|---|---|---|---:|")
    for r in rows:
        print(r)
    print()
    for hours, points in sorted(growth.items()):
        large = [(b, p) for b, p in points if b >= 60]
        if len(large) >= 2:
            print(f"{hours} h: time per hour per iteration grows as buses^{fit(large):.2f} "
                  f"({min(b for b, _ in large)} to {max(b for b, _ in large)} buses)")
    machine = out / "machine.txt"
    if machine.exists():
        print(machine.read_text().strip())


if __name__ == "__main__":
    main()
