#!/usr/bin/env python3
"""Generate the multi-period LP test fixtures of the LinearProgramming tests.

What it writes, into Tests/LinearProgrammingTests/Fixtures/lp/:

* eight random, feasible and bounded multi-period dispatch LPs (``dispatch-<T>x<B>.mps``) with storage-like
  coupling, from 3 stages x ~6 rows per stage up to 200 stages x ~30 rows per stage. Per stage t every bus has a
  balance equality (generation + inflow - outflow + discharge - charge + shed = demand); generators have bounds
  [pmin, pmax_t] (some with pmin > 0, some fixed with l == u, one "net import" column with only an upper bound);
  lines are flow columns (one free line per LP); ramp range rows -R <= p_t - p_{t-1} <= R; storage state-of-charge
  equalities soc_t - (1 - loss) soc_{t-1} - eta_c ch_t + dis_t / eta_d = 0; one <= row (reserve) and one >= row
  (must-run) per stage. Some LPs have border rows (a cyclic state-of-charge row linking the last and the first stage
  and an annual energy cap summing one generator over all stages); two have a border column (a storage capacity that
  bounds every stage's state of charge, with a cost). A high-cost shedding column per bus keeps them feasible;
* two small infeasible multi-period LPs (``infeasible-ramp.mps``, ``infeasible-energy.mps``) and one small
  unbounded one (``unbounded-arbitrage.mps``);
* ``references.json``: per file the HiGHS status, objective (repr, full precision), rows, columns, stages and the
  HiGHS version.

Naming convention (the Swift solver reads the time structure from it): every row and column of stage t has a name
ending in ``@t`` (``bal_b2@17``, ``p_g3@17``); border rows and columns have no ``@``. Objective constants are 0.

Every LP is solved with HiGHS dual simplex and with HiGHS IPM (with crossover); the two must agree (status, and
objective to 1e-7 relative) and the objective of the run with the smaller primal + dual infeasibility is recorded.
Each written MPS file is read back into HiGHS, checked for names, sizes and the `@t` stage suffixes, and solved
again to the same objective. The output is deterministic (fixed seeds, values rounded to a few decimals): running
the script twice gives byte-identical files.

Run from the package root (needs python3 with numpy and highspy):

    python3 Scripts/make_lp_fixtures.py
"""

import json
import os
import sys
import tempfile

import highspy
import numpy as np

OUT_DIR = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "Tests", "LinearProgrammingTests",
                       "Fixtures", "lp")
INF = highspy.kHighsInf
SHED_COST = 10000.0


class LPBuilder:
    """Row-wise LP under construction with named rows and columns."""

    def __init__(self, name):
        self.name = name
        self.cost, self.col_lower, self.col_upper, self.col_names = [], [], [], []
        self.row_lower, self.row_upper, self.row_names, self.rows = [], [], [], []
        self.col_index = {}

    def col(self, name, cost=0.0, lower=0.0, upper=INF):
        assert name not in self.col_index, name
        self.col_index[name] = len(self.cost)
        self.cost.append(float(cost))
        self.col_lower.append(float(lower))
        self.col_upper.append(float(upper))
        self.col_names.append(name)
        return self.col_index[name]

    def row(self, name, lower, upper, terms):
        """terms: list of (column name, coefficient)."""
        self.row_lower.append(float(lower))
        self.row_upper.append(float(upper))
        self.row_names.append(name)
        self.rows.append([(self.col_index[c], float(v)) for c, v in terms])

    def to_highs_lp(self):
        lp = highspy.HighsLp()
        n, m = len(self.cost), len(self.row_lower)
        lp.num_col_, lp.num_row_ = n, m
        lp.col_cost_ = np.array(self.cost)
        lp.col_lower_ = np.array(self.col_lower)
        lp.col_upper_ = np.array(self.col_upper)
        lp.row_lower_ = np.array(self.row_lower)
        lp.row_upper_ = np.array(self.row_upper)
        lp.col_names_ = list(self.col_names)
        lp.row_names_ = list(self.row_names)
        lp.offset_ = 0.0
        lp.model_name_ = self.name
        # Column-wise (CSC) matrix, rows sorted within each column.
        cols = [[] for _ in range(n)]
        for i, terms in enumerate(self.rows):
            acc = {}
            for j, v in terms:
                acc[j] = acc.get(j, 0.0) + v
            for j in sorted(acc):
                if acc[j] != 0.0:
                    cols[j].append((i, acc[j]))
        start, index, value = [0], [], []
        for j in range(n):
            for i, v in cols[j]:
                index.append(i)
                value.append(v)
            start.append(len(index))
        lp.a_matrix_.format_ = highspy.MatrixFormat.kColwise
        lp.a_matrix_.num_col_ = n
        lp.a_matrix_.num_row_ = m
        lp.a_matrix_.start_ = np.array(start, dtype=np.int32)
        lp.a_matrix_.index_ = np.array(index, dtype=np.int32)
        lp.a_matrix_.value_ = np.array(value)
        return lp


def r2(x):
    return float(round(float(x), 2))


def r4(x):
    return float(round(float(x), 4))


def dispatch_lp(name, seed, T, B, gens_per_bus=2, storage=1, extra_lines=1, cyclic=False, annual_cap=False,
                capacity_column=False):
    """A random feasible, bounded multi-period dispatch LP; see the module doc string."""
    rng = np.random.default_rng(seed)
    lp = LPBuilder(name)

    # Network: a random spanning tree plus extra lines. Line 0 is free (no flow bounds).
    lines = []
    for b in range(1, B):
        lines.append((int(rng.integers(0, b)), b))
    for _ in range(extra_lines):
        if B >= 3:
            a, b = (int(v) for v in rng.choice(B, size=2, replace=False))
            lines.append((min(a, b), max(a, b)))
    ratings = [r2(rng.uniform(40, 120)) for _ in lines]

    # Demand: per bus base with a daily shape and noise.
    base = rng.uniform(50, 150, size=B)
    hours = np.arange(T)
    shape = 1.0 + 0.25 * np.sin(2 * np.pi * (hours - 8) / 24.0)
    demand = np.array([[r2(base[b] * shape[t] * rng.uniform(0.9, 1.1)) for t in range(T)] for b in range(B)])

    # Generators: per bus, cost, pmax profile, pmin (constant), ramp, kind.
    gens = []  # dicts
    g = 0
    for b in range(B):
        for k in range(gens_per_bus):
            cap = r2(rng.uniform(0.5, 1.0) * base[b])
            kind = "plain"
            if g % 5 == 1:
                kind = "fixed"
            elif g % 5 == 2:
                kind = "pmin"
            pmax = np.array([r2(cap * rng.uniform(0.85, 1.0)) for _ in range(T)])
            gens.append(dict(name=f"g{g}", bus=b, cost=r2(rng.uniform(10, 90)), cap=cap, pmax=pmax, kind=kind,
                             pmin=r2(0.25 * pmax.min()) if kind == "pmin" else 0.0,
                             fixed=np.array([r2(0.1 * cap * rng.uniform(0.5, 1.0)) for _ in range(T)]),
                             ramp=r2(rng.uniform(0.15, 0.5) * cap) if kind != "fixed" else None))
            g += 1
    # Keep the "constant" point (pmin / fixed output, no flows) below demand so that shedding alone balances it.
    for b in range(B):
        must = sum(max(x["pmin"], 0.0) + (x["fixed"].max() if x["kind"] == "fixed" else 0.0) for x in gens
                   if x["bus"] == b)
        assert must < 0.8 * demand[b].min(), (name, b, must, demand[b].min())

    stores = []
    for s in range(storage):
        energy = r2(rng.uniform(100, 300))
        stores.append(dict(name=f"s{s}", bus=int(rng.integers(0, B)), energy=energy, power=r2(energy / 4),
                           eta_c=r4(rng.uniform(0.88, 0.95)), eta_d=r4(rng.uniform(0.88, 0.95)),
                           loss=r4(rng.uniform(0.0005, 0.003)), init=r2(0.5 * energy)))

    if capacity_column:
        for st in stores:
            lp.col(f"cap_{st['name']}", cost=r2(rng.uniform(5, 20) * T / 24.0), lower=0.0, upper=st["energy"])

    import_bus = B - 1
    import_cost = r2(rng.uniform(45, 55))
    reserve_set = [x for x in gens if x["kind"] != "fixed"][:3]
    mustrun_set = [x for x in gens if x["kind"] in ("plain", "pmin")][-2:]
    cap_gen = next(x for x in gens if x["kind"] == "plain")

    for t in range(T):
        sfx = f"@{t}"
        for x in gens:
            if x["kind"] == "fixed":
                lp.col(f"p_{x['name']}{sfx}", x["cost"], x["fixed"][t], x["fixed"][t])
            else:
                lp.col(f"p_{x['name']}{sfx}", x["cost"], x["pmin"], x["pmax"][t])
        # Net import/export at one bus: only an upper bound (negative = export, earning its cost).
        lp.col(f"imp{sfx}", import_cost, -INF, r2(0.3 * base[import_bus]))
        for li, (a, b) in enumerate(lines):
            if li == 0:
                lp.col(f"f_l{li}{sfx}", 0.0, -INF, INF)
            else:
                lp.col(f"f_l{li}{sfx}", 0.0, -ratings[li], ratings[li])
        for st in stores:
            lp.col(f"ch_{st['name']}{sfx}", 0.0, 0.0, st["power"])
            lp.col(f"dis_{st['name']}{sfx}", 0.1, 0.0, st["power"])
            lp.col(f"soc_{st['name']}{sfx}", 0.0, 0.0, st["energy"])
        for b in range(B):
            lp.col(f"shed_b{b}{sfx}", SHED_COST, 0.0, INF)

        for b in range(B):
            terms = [(f"p_{x['name']}{sfx}", 1.0) for x in gens if x["bus"] == b]
            for li, (fa, fb) in enumerate(lines):
                if fa == b:
                    terms.append((f"f_l{li}{sfx}", -1.0))
                if fb == b:
                    terms.append((f"f_l{li}{sfx}", 1.0))
            for st in stores:
                if st["bus"] == b:
                    terms += [(f"dis_{st['name']}{sfx}", 1.0), (f"ch_{st['name']}{sfx}", -1.0)]
            if b == import_bus:
                terms.append((f"imp{sfx}", 1.0))
            terms.append((f"shed_b{b}{sfx}", 1.0))
            lp.row(f"bal_b{b}{sfx}", demand[b][t], demand[b][t], terms)
        if t > 0:
            for x in gens:
                if x["ramp"] is not None:
                    lp.row(f"ramp_{x['name']}{sfx}", -x["ramp"], x["ramp"],
                           [(f"p_{x['name']}{sfx}", 1.0), (f"p_{x['name']}@{t - 1}", -1.0)])
        for st in stores:
            nm = st["name"]
            terms = [(f"soc_{nm}{sfx}", 1.0), (f"ch_{nm}{sfx}", -st["eta_c"]), (f"dis_{nm}{sfx}", r4(1 / st["eta_d"]))]
            if t > 0:
                lp.row(f"soc_{nm}{sfx}", 0.0, 0.0, terms + [(f"soc_{nm}@{t - 1}", -(1 - st["loss"]))])
            elif not cyclic:
                rhs = r4((1 - st["loss"]) * st["init"])
                lp.row(f"soc_{nm}{sfx}", rhs, rhs, terms)
            if capacity_column:
                lp.row(f"soccap_{nm}{sfx}", -INF, 0.0, [(f"soc_{nm}{sfx}", 1.0), (f"cap_{nm}", -1.0)])
        # Reserve (<=): leave headroom on a few units. Must-run (>=): a floor on two units' output.
        head = r2(0.2 * sum(x["pmax"][t] - max(x["pmin"], 0.35 * x["pmax"].min()) for x in reserve_set))
        lp.row(f"reserve{sfx}", -INF, r2(sum(x["pmax"][t] for x in reserve_set) - head),
               [(f"p_{x['name']}{sfx}", 1.0) for x in reserve_set])
        floor = r2(0.3 * sum(x["pmax"].min() for x in mustrun_set))
        lp.row(f"mustrun{sfx}", floor, INF, [(f"p_{x['name']}{sfx}", 1.0) for x in mustrun_set])

    if cyclic:
        for st in stores:
            nm = st["name"]
            lp.row(f"soc_cyclic_{nm}", 0.0, 0.0,
                   [(f"soc_{nm}@0", 1.0), (f"ch_{nm}@0", -st["eta_c"]), (f"dis_{nm}@0", r4(1 / st["eta_d"])),
                    (f"soc_{nm}@{T - 1}", -(1 - st["loss"]))])
    if annual_cap:
        cap = r2(0.6 * cap_gen["pmax"].sum())
        lp.row(f"energycap_{cap_gen['name']}", -INF, cap, [(f"p_{cap_gen['name']}@{t}", 1.0) for t in range(T)])
    return lp


def infeasible_ramp_lp():
    """A generator whose minimum output jumps faster than it may ramp, at a bus that cannot export."""
    lp = LPBuilder("infeasible-ramp")
    T = 4
    pmin = [0, 0, 80, 80]
    for t in range(T):
        lp.col(f"p_g0@{t}", 20.0, pmin[t], 100.0)
        lp.col(f"shed_b0@{t}", SHED_COST, 0.0, INF)
        lp.row(f"bal_b0@{t}", 90.0, 90.0, [(f"p_g0@{t}", 1.0), (f"shed_b0@{t}", 1.0)])
    for t in range(T):
        lp.col(f"p_g1@{t}", 30.0, 0.0, 0.0 if t == 1 else 60.0)
        lp.col(f"shed_b1@{t}", SHED_COST, 0.0, INF)
        lp.row(f"bal_b1@{t}", 40.0, 40.0, [(f"p_g1@{t}", 1.0), (f"shed_b1@{t}", 1.0)])
        if t > 0:
            lp.row(f"ramp_g1@{t}", -10.0, 10.0, [(f"p_g1@{t}", 1.0), (f"p_g1@{t - 1}", -1.0)])
    # g1 must produce at least 35 at t = 2 but was fixed at 0 at t = 1 and may ramp by 10 only.
    lp.row("mustrun@2", 35.0, INF, [("p_g1@2", 1.0)])
    return lp


def infeasible_energy_lp():
    """An annual minimum-energy row (border) that asks more than the generator can produce."""
    lp = LPBuilder("infeasible-energy")
    T = 6
    for t in range(T):
        lp.col(f"p_g0@{t}", 25.0, 0.0, 50.0)
        lp.col(f"p_g1@{t}", 60.0, 0.0, 80.0)
        lp.col(f"shed_b0@{t}", SHED_COST, 0.0, INF)
        lp.col(f"soc_s0@{t}", 0.0, 0.0, 100.0)
        lp.col(f"ch_s0@{t}", 0.0, 0.0, 25.0)
        lp.col(f"dis_s0@{t}", 0.0, 0.0, 25.0)
        lp.row(f"bal_b0@{t}", 70.0, 70.0, [(f"p_g0@{t}", 1.0), (f"p_g1@{t}", 1.0), (f"shed_b0@{t}", 1.0),
                                           (f"dis_s0@{t}", 1.0), (f"ch_s0@{t}", -1.0)])
        terms = [(f"soc_s0@{t}", 1.0), (f"ch_s0@{t}", -0.9), (f"dis_s0@{t}", 1.1111)]
        if t > 0:
            lp.row(f"soc_s0@{t}", 0.0, 0.0, terms + [(f"soc_s0@{t - 1}", -0.999)])
    lp.row("soc_cyclic_s0", 0.0, 0.0, [("soc_s0@0", 1.0), ("ch_s0@0", -0.9), ("dis_s0@0", 1.1111),
                                       ("soc_s0@5", -0.999)])
    lp.row("energymin_g0", 301.0, INF, [(f"p_g0@{t}", 1.0) for t in range(T)])
    return lp


def unbounded_lp():
    """Buying and selling at one bus without limits, with a selling price above the buying price."""
    lp = LPBuilder("unbounded-arbitrage")
    T = 5
    for t in range(T):
        lp.col(f"p_g0@{t}", 30.0, 0.0, 60.0)
        lp.col(f"buy@{t}", 200.0, 0.0, INF)
        lp.col(f"sell@{t}", -250.0, 0.0, INF)
        lp.col(f"shed_b0@{t}", SHED_COST, 0.0, INF)
        lp.row(f"bal_b0@{t}", 50.0, 50.0, [(f"p_g0@{t}", 1.0), (f"buy@{t}", 1.0), (f"sell@{t}", -1.0),
                                           (f"shed_b0@{t}", 1.0)])
        if t > 0:
            lp.row(f"ramp_g0@{t}", -20.0, 20.0, [(f"p_g0@{t}", 1.0), (f"p_g0@{t - 1}", -1.0)])
    return lp


STATUS = {
    highspy.HighsModelStatus.kOptimal: "optimal",
    highspy.HighsModelStatus.kInfeasible: "infeasible",
    highspy.HighsModelStatus.kUnbounded: "unbounded",
}


def solve(model, solver):
    """Solve a HighsLp or an MPS path with one HiGHS solver; returns (status, objective, infeasibility)."""
    h = highspy.Highs()
    h.silent()
    h.setOptionValue("threads", 1)
    h.setOptionValue("random_seed", 0)
    # Presolve can only say "unbounded or infeasible"; without it the simplex or IPM tells which.
    h.setOptionValue("presolve", "off")
    if solver == "simplex":
        h.setOptionValue("solver", "simplex")
        h.setOptionValue("simplex_strategy", 1)
    else:
        h.setOptionValue("solver", "ipm")
        h.setOptionValue("run_crossover", "on")
    if isinstance(model, str):
        assert h.readModel(model) == highspy.HighsStatus.kOk, model
    else:
        h.passModel(model)
    h.run()
    status = h.getModelStatus()
    name = STATUS.get(status)
    if name is None:
        raise RuntimeError(f"{solver}: unexpected HiGHS status {h.modelStatusToString(status)}")
    info = h.getInfo()
    infeas = info.max_primal_infeasibility + info.max_dual_infeasibility
    obj = h.getInfo().objective_function_value if name == "optimal" else None
    return name, obj, infeas


def reference(model):
    """Simplex and IPM must agree; returns (status, objective of the more accurate run)."""
    s_status, s_obj, s_inf = solve(model, "simplex")
    i_status, i_obj, i_inf = solve(model, "ipm")
    if s_status != i_status:
        # IPM without presolve may not tell infeasible from unbounded reliably; simplex decides then.
        raise RuntimeError(f"simplex says {s_status}, IPM says {i_status}")
    if s_status != "optimal":
        return s_status, None
    assert abs(s_obj - i_obj) <= 1e-7 * max(1.0, abs(s_obj)), (s_obj, i_obj)
    return s_status, (s_obj if s_inf <= i_inf else i_obj)


def check_readback(path, builder, status, objective):
    """Read the MPS back into HiGHS: sizes, names and the optimal objective must survive."""
    h = highspy.Highs()
    h.silent()
    assert h.readModel(path) == highspy.HighsStatus.kOk, path
    lp = h.getLp()
    assert lp.num_col_ == len(builder.col_names) and lp.num_row_ == len(builder.row_names), path
    assert list(lp.col_names_) == builder.col_names, f"{path}: column names changed"
    assert list(lp.row_names_) == builder.row_names, f"{path}: row names changed"
    assert lp.offset_ == 0.0, path
    assert np.array_equal(np.array(lp.col_lower_), np.array(builder.col_lower)), path
    assert np.array_equal(np.array(lp.col_upper_), np.array(builder.col_upper)), path
    assert np.array_equal(np.array(lp.row_lower_), np.array(builder.row_lower)), path
    assert np.array_equal(np.array(lp.row_upper_), np.array(builder.row_upper)), path
    assert np.array_equal(np.array(lp.col_cost_), np.array(builder.cost)), path
    r_status, r_obj, _ = solve(path, "simplex")
    assert r_status == status, (path, r_status, status)
    if status == "optimal":
        assert abs(r_obj - objective) <= 1e-9 * max(1.0, abs(objective)), (path, r_obj, objective)


def stage_count(builder):
    stages = [int(nm.rsplit("@", 1)[1]) for nm in builder.col_names + builder.row_names if "@" in nm]
    return max(stages) + 1


def main():
    os.makedirs(OUT_DIR, exist_ok=True)
    specs = [
        # (seed, T, B, gens per bus, storage units, extra lines, cyclic, annual cap, capacity column)
        (11, 3, 2, 2, 1, 0, False, False, False),
        (12, 6, 3, 2, 1, 1, True, False, False),
        (13, 12, 3, 2, 2, 1, True, True, False),
        (14, 24, 4, 2, 2, 1, False, True, True),
        (15, 48, 5, 2, 2, 2, True, True, False),
        (16, 96, 6, 2, 3, 2, False, False, False),
        (17, 168, 8, 2, 3, 3, True, True, True),
        (18, 200, 8, 2, 4, 3, True, True, False),
    ]
    models = []
    for seed, T, B, gpb, ns, extra, cyclic, cap, capcol in specs:
        name = f"dispatch-{T}x{B}"
        models.append((f"{name}.mps", dispatch_lp(name, seed, T, B, gpb, ns, extra, cyclic, cap, capcol), T))
    models.append(("infeasible-ramp.mps", infeasible_ramp_lp(), 4))
    models.append(("infeasible-energy.mps", infeasible_energy_lp(), 6))
    models.append(("unbounded-arbitrage.mps", unbounded_lp(), 5))

    expected = {"infeasible-ramp.mps": "infeasible", "infeasible-energy.mps": "infeasible",
                "unbounded-arbitrage.mps": "unbounded"}
    version = highspy.Highs().version()
    refs = []
    total = 0
    for fname, builder, T in models:
        assert stage_count(builder) == T, fname
        lp = builder.to_highs_lp()
        status, objective = reference(lp)
        assert status == expected.get(fname, "optimal"), (fname, status)
        path = os.path.join(OUT_DIR, fname)
        h = highspy.Highs()
        h.silent()
        h.passModel(lp)
        # Write to a temporary file first so that a failed run leaves no half-written fixture.
        with tempfile.TemporaryDirectory() as tmp:
            tmp_path = os.path.join(tmp, fname)
            assert h.writeModel(tmp_path) == highspy.HighsStatus.kOk, fname
            check_readback(tmp_path, builder, status, objective)
            os.replace(tmp_path, path)
        size = os.path.getsize(path)
        assert size < 1_500_000, (fname, size)
        total += size
        refs.append({"file": fname, "status": status, "objective": objective, "rows": len(builder.row_names),
                     "columns": len(builder.col_names), "stages": T, "highs_version": version})
        obj_text = "-" if objective is None else repr(objective)
        print(f"{fname:28s} {status:10s} {obj_text:>22s}  rows {len(builder.row_names):6d}  "
              f"cols {len(builder.col_names):6d}  stages {T:4d}  {size / 1e3:8.1f} kB")
    assert total < 5_000_000, total
    with open(os.path.join(OUT_DIR, "references.json"), "w") as f:
        json.dump(refs, f, indent=2)
        f.write("\n")
    print(f"wrote {len(refs)} fixtures ({total / 1e6:.2f} MB) and references.json to {os.path.normpath(OUT_DIR)}")


if __name__ == "__main__":
    sys.exit(main())
