#!/usr/bin/env python3
"""Reference DC optimal power flow for MATPOWER case files, independent of GridPlan.

Reads a MATPOWER case file (version 1 or 2) with its own small parser and solves MATPOWER's DC-OPF formulation
(rundcopf) in the bus-angle ("B-theta") form with HiGHS (highspy), not GridPlan's cycle form:

    min   sum_g cost_g(Pg_g)                                  ($/h; polynomial of degree <= 2, or convex PWL via y_g)
    s.t.  B Va + Pbusinj + (Pd + Gs) / baseMVA = Cg Pg        (one balance row per bus, per unit)
          -rateA / baseMVA <= Bf Va + Pfinj <= rateA / baseMVA   (branches with 0 < rateA < 1e10)
          angmin <= Va_f - Va_t <= angmax                     (MATPOWER's makeAang rule for which branches count)
          Pmin <= Pg <= Pmax
          y_g >= m_k (Pg_g - x_k) + c_k                       (each segment of a PWL cost)

with b = 1 / (x * tap) (tap 0 means 1), Pfinj = -b * shift (radians), as MATPOWER's makeBdc. A polynomial cost
c2 Pg^2 + c1 Pg + c0 (gencost model 2, NCOST 3) makes the problem a QP, as in rundcopf: HiGHS minimises
c'x + 1/2 x'Hx, so the Hessian gets H_gg = 2 c2 (passed with passHessian, solved by HiGHS's QP solver). Isolated buses (type
4), out-of-service generators and branches, and those touching isolated buses are dropped, as MATPOWER's ext2int.

Usage:
    python3 Scripts/matpower_dcopf_reference.py CASE.m [CASE.m ...]
        [--angle-limit BRANCH:MIN:MAX ...]   (1-based branch row; overrides ANGMIN/ANGMAX, as MATPOWER's tests do)
        [--json]                             (objective, Pg per generator row, Pf per branch row, in MW)

Prints the objective in $/h with 12 significant digits. Requires highspy (pip install highspy).
"""

import argparse
import json
import math
import re
import sys

import highspy
import numpy as np


def parse_case(path):
    """Returns dict with baseMVA, bus, gen, branch, gencost (lists of float rows) and the format version."""
    text = open(path, encoding="utf-8", errors="replace").read()
    # Remove comments (a % outside a quoted string, to the end of the line).
    lines = []
    for line in text.splitlines():
        out, quoted = [], False
        for ch in line:
            if ch == "'":
                quoted = not quoted
            if ch == "%" and not quoted:
                break
            out.append(ch)
        lines.append("".join(out))
    body = "\n".join(lines)
    version = "2" if re.search(r"function\s+mpc\s*=", body) else "1"
    result = {"version": version}
    prefix = r"mpc\." if version == "2" else r""
    m = re.search(r"(?m)^\s*" + prefix + r"baseMVA\s*=\s*([^;\n]+)", body)
    result["baseMVA"] = float(m.group(1))
    for name in ("bus", "gen", "branch", "gencost"):
        m = re.search(r"(?m)^\s*" + prefix + name + r"\s*=\s*\[(.*?)\]\s*;", body, re.S)
        if not m:
            result[name] = []
            continue
        content = m.group(1).replace("...\n", " ")
        rows = []
        for chunk in re.split(r"[;\n]", content):
            toks = [t for t in re.split(r"[\s,]+", chunk.strip()) if t]
            if toks:
                rows.append([float(t.replace("Inf", "inf")) for t in toks])
        result[name] = rows
    return result


def dcopf(case, angle_overrides=None, powermodels=False):
    base = case["baseMVA"]
    bus = case["bus"]
    gen = case["gen"]
    branch = [list(r) + [0.0] * (13 - len(r)) for r in case["branch"]]  # v1 rows have no ANGMIN/ANGMAX
    for (row, amin, amax) in angle_overrides or []:
        branch[row - 1][11] = amin
        branch[row - 1][12] = amax
    gencost = case["gencost"]
    live_bus = [b for b in bus if int(b[1]) != 4]
    index = {int(b[0]): i for i, b in enumerate(live_bus)}
    nb = len(live_bus)
    gens = [(k, g) for k, g in enumerate(gen) if g[7] > 0 and int(g[0]) in index]
    brs = [(k, r) for k, r in enumerate(branch) if r[10] > 0 and int(r[0]) in index and int(r[1]) in index]

    h = highspy.Highs()
    h.setOptionValue("output_flag", False)
    inf = highspy.kHighsInf
    # Columns: Va (nb, free), Pg (per generator, MW), y (one per PWL generator).
    ncol = 0
    lower, upper, cost = [], [], []

    def add_col(lo, up, c):
        nonlocal ncol
        lower.append(lo)
        upper.append(up)
        cost.append(c)
        ncol += 1
        return ncol - 1

    # Angles are free except one per island, fixed at 0 (the reference bus where the island has one; MATPOWER fixes
    # the reference bus at its Va, which shifts every angle of the island alike and changes no flow).
    parent = list(range(nb))

    def find(i):
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for _, r in brs:
        parent[find(index[int(r[0])])] = find(index[int(r[1])])
    fixed = {}
    for i, b in enumerate(live_bus):
        root = find(i)
        if root not in fixed or (int(b[1]) == 3 and int(live_bus[fixed[root]][1]) != 3):
            fixed[root] = i
    pinned = set(fixed.values())
    va = [add_col(0.0, 0.0, 0.0) if i in pinned else add_col(-inf, inf, 0.0) for i in range(nb)]
    pg, constant, pwl_rows, hessian = [], 0.0, [], {}
    for k, g in gens:
        c = gencost[k]
        model, n = int(c[0]), int(c[3])
        if model == 2:
            coef = c[4:4 + n]  # c(n-1) ... c0
            for power, a in zip(range(n - 1, -1, -1), coef):
                if power >= 3 and a != 0:
                    raise SystemExit(f"generator row {k + 1}: cost of degree {power}; this reference is for QPs")
            lin = coef[-2] if n >= 2 else 0.0
            constant += coef[-1] if n >= 1 else 0.0
            pg.append(add_col(g[9], g[8], lin))
            if n >= 3 and coef[-3] != 0:
                hessian[pg[-1]] = 2.0 * coef[-3]
        else:
            xs, ys = c[4:4 + 2 * n:2], c[5:5 + 2 * n:2]
            col = add_col(g[9], g[8], 0.0)
            pg.append(col)
            y = add_col(-inf, inf, 1.0)
            for j in range(n - 1):
                m = (ys[j + 1] - ys[j]) / (xs[j + 1] - xs[j])
                # y - m Pg >= c_j - m x_j
                pwl_rows.append(([y, col], [1.0, -m], ys[j] - m * xs[j]))
    h.addVars(ncol, np.array(lower), np.array(upper))
    h.changeColsCost(ncol, np.arange(ncol, dtype=np.int32), np.array(cost))
    if hessian:
        # Diagonal Hessian in HiGHS's triangular column-wise format: column j holds H_jj (or nothing).
        cols = sorted(hessian)
        start = np.searchsorted(np.array(cols), np.arange(ncol + 1)).astype(np.int32)
        h.passHessian(ncol, len(cols), highspy.HessianFormat.kTriangular, start,
                      np.array(cols, dtype=np.int32), np.array([hessian[j] for j in cols], dtype=float))

    def add_row(lo, up, idx, val):
        h.addRow(lo, up, len(idx), np.array(idx, dtype=np.int32), np.array(val, dtype=float))

    # Balance per bus, in MW: sum_l (flow terms) ... written as B Va * base + Pbusinj * base + Pd + Gs = sum Pg.
    terms = [dict() for _ in range(nb)]
    rhs = [b[2] + b[4] for b in live_bus]  # sum Pg + inflow - outflow (Va terms) = Pd + Gs +- base * Pfinj
    flow_rows = []
    for k, r in brs:
        f, t = index[int(r[0])], index[int(r[1])]
        tap = r[8] if r[8] != 0 else 1.0
        b = 1.0 / (r[3] * tap)
        pfinj = b * (-r[9] * math.pi / 180.0)
        if powermodels:
            # PowerModels' DCPPowerModel (PGLib's published DC column): b = x / (r^2 + x^2), no tap, no shift.
            b = r[3] / (r[2] ** 2 + r[3] ** 2)
            pfinj = 0.0
        # Pf (MW) = base * (b (Va_f - Va_t) + Pfinj): leaves f, enters t.
        for i, s in ((f, 1.0), (t, -1.0)):
            terms[i][va[f]] = terms[i].get(va[f], 0.0) - s * base * b
            terms[i][va[t]] = terms[i].get(va[t], 0.0) + s * base * b
        rhs[f] += base * pfinj
        rhs[t] -= base * pfinj
        flow_rows.append((k, f, t, b, pfinj))
        rate = r[5]
        if rate != 0 and rate < 1e10:
            add_row(-rate / base - pfinj, rate / base - pfinj, [va[f], va[t]], [b, -b])
        amin, amax = r[11], r[12]
        if (amin and amin > -360) or (amax and amax < 360) or (amin and not amax) or (not amin and amax):
            lo = -inf if amin < -360 else amin * math.pi / 180
            up = inf if amax > 360 else amax * math.pi / 180
            add_row(lo, up, [va[f], va[t]], [1.0, -1.0])
    for (k, g), col in zip(gens, pg):
        i = index[int(g[0])]
        terms[i][col] = terms[i].get(col, 0.0) + 1.0
    for i in range(nb):
        idx = list(terms[i].keys())
        add_row(rhs[i], rhs[i], idx, [terms[i][j] for j in idx])
    for idx, val, lo in pwl_rows:
        add_row(lo, inf, idx, val)
    h.setOptionValue("primal_feasibility_tolerance", 1e-10)
    h.setOptionValue("dual_feasibility_tolerance", 1e-10)
    h.run()
    status = h.modelStatusToString(h.getModelStatus())
    if status != "Optimal":
        raise SystemExit(f"HiGHS: {status}")
    x = list(h.getSolution().col_value)
    obj = h.getInfo().objective_function_value + constant
    pg_mw = {k: x[col] for (k, _), col in zip(gens, pg)}
    pf_mw = {k: base * (b * (x[va[f]] - x[va[t]]) + pfinj) for (k, f, t, b, pfinj) in flow_rows}
    return obj, pg_mw, pf_mw


def pypower_objective(case, angle_overrides=None):
    """The same case through PYPOWER's rundcopf, a port of MATPOWER 4.1: a cross-check (PYPOWER==5.1.21, pinned in
    Benchmarks/requirements.txt; `make deps-bench` installs it into .venv/)."""
    import warnings

    warnings.filterwarnings("ignore")
    from pypower.api import ppoption, rundcopf

    branch = [list(r) + [0.0] * (13 - len(r)) for r in case["branch"]]
    if case["version"] == "1":
        for r in branch:  # MATPOWER's loadcase gives version 1 branches ANGMIN -360 and ANGMAX 360
            r[11], r[12] = -360.0, 360.0
    for (row, amin, amax) in angle_overrides or []:
        branch[row - 1][11] = amin
        branch[row - 1][12] = amax
    width = max(len(r) for r in case["gencost"])
    ppc = {"version": "2", "baseMVA": case["baseMVA"], "bus": np.array(case["bus"]), "gen": np.array(case["gen"]),
           "branch": np.array(branch),
           "gencost": np.array([r + [0.0] * (width - len(r)) for r in case["gencost"]])}
    if ppc["gen"].shape[1] < 21:
        ppc["gen"] = np.hstack([ppc["gen"], np.zeros((ppc["gen"].shape[0], 21 - ppc["gen"].shape[1]))])
    r = rundcopf(ppc, ppoption(VERBOSE=0, OUT_ALL=0))
    return r["f"] if r["success"] else float("nan")


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("cases", nargs="+")
    ap.add_argument("--angle-limit", action="append", default=[], help="BRANCH:MIN:MAX (degrees)")
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--powermodels", action="store_true",
                    help="PowerModels' DC model instead of MATPOWER's (b = x/(r^2+x^2), no tap or shift), "
                    "to reproduce PGLib's published DC objectives")
    ap.add_argument("--pypower", action="store_true", help="also print PYPOWER's rundcopf objective (a cross-check)")
    a = ap.parse_args()
    overrides = []
    for s in a.angle_limit:
        row, amin, amax = s.split(":")
        overrides.append((int(row), float(amin), float(amax)))
    for path in a.cases:
        obj, pg, pf = dcopf(parse_case(path), overrides, a.powermodels)
        if a.json:
            print(json.dumps({"case": path, "objective": obj,
                              "pg": {str(k + 1): v for k, v in pg.items()},
                              "pf": {str(k + 1): v for k, v in pf.items()}}))
        else:
            print(f"{path}: {obj:.12g}")
        if a.pypower:
            print(f"{path}: pypower rundcopf {pypower_objective(parse_case(path), overrides):.12g}")


if __name__ == "__main__":
    sys.exit(main())
