#!/usr/bin/env python3
"""Import a PyPSA CSV folder (e.g. from `gridplan export --format pypsa`) and optimise it with HiGHS.

Usage:

    .venv/bin/python Scripts/pypsa_optimize.py DIR [--solver default|simplex|ipm|hipo] [--threads N]
        [--linearized-unit-commitment]

Prints one JSON line: status, objective (CNY), the import and optimisation wall times (s), peak_rss_mb of this
process, and GridPlan-style figures: generation and curtailment by carrier (TWh), export per corridor (TWh sent at
bus0, GridPlan links only), unserved energy (TWh, the load-shedding generators) and export shortfall (TWh).
Solver options: ``default`` leaves HiGHS at its defaults; ``simplex`` is solver="simplex", simplex_strategy=1
(dual simplex); ``ipm`` is IPX, solver="ipx", run_crossover="off"; ``hipo`` is solver="hipo" (HiGHS's newer interior
point, from the highspy-extras package of Benchmarks/requirements.txt), run_crossover="off". ``threads`` (default 1) is passed in every case.
``--linearized-unit-commitment`` solves committable generators with PyPSA's linear relaxation
(``n.optimize(linearized_unit_commitment=True)``), as GridPlan does; without it PyPSA solves them as a MILP.
GridPlan's CHP floor of committable generators (``generators-gridplan_must_run_pu.csv``: status >= share and
p >= share x p_nom x min(p_max_pu, 1) in the heating season) has no PyPSA attribute and is added as an
extra_functionality constraint, and so is the operating region of GridPlan's CHP units (generators with
``gridplan_chp_of``: the heat generator of that power generator; back-pressure p = c_b h, extraction p >= c_b h and
p + c_v h <= p_nom x p_max_pu, times the status when committable).
The helper components of the export (carriers "load shedding", "export sale", "schedule", "schedule shortfall") are
left out of the generation figures; see docs/pypsa.md.
"""

import argparse
import json
import logging
import resource
import sys
import time
import warnings

HELPERS = {
    "load shedding", "export sale", "schedule", "schedule shortfall", "heat", "heat shedding", "heat vent",
    "heat supply", "load curtailment", "conversion",
}


def must_run_floor(n, snapshots):
    """GridPlan's CHP floor on committed capacity: status >= share, p >= share x p_nom x min(p_max_pu, 1)."""
    import xarray as xr

    floor = n.generators_t.get("gridplan_must_run_pu")
    if floor is None or floor.empty or "Generator-status" not in n.model.variables:
        return
    committable = set(n.generators.index[n.generators.committable.astype(bool)])
    names = [g for g in floor.columns if g in committable]
    if not names:
        return
    share = floor.reindex(snapshots)[names].fillna(0.0)
    pmax = n.get_switchable_as_dense("Generator", "p_max_pu").reindex(snapshots)[names].clip(lower=0, upper=1)
    coords = {"snapshot": snapshots, "name": names}
    share_da = xr.DataArray(share.values, coords=coords, dims=["snapshot", "name"])
    p_floor = xr.DataArray((share * pmax * n.generators.p_nom[names]).values, coords=coords, dims=["snapshot", "name"])
    status = n.model["Generator-status"].sel(name=names)
    p = n.model["Generator-p"].sel(name=names)
    n.model.add_constraints(status >= share_da, name="Generator-gridplan-must-run-status")
    n.model.add_constraints(p >= p_floor, name="Generator-gridplan-must-run-p")


def chp_region(n, snapshots):
    """GridPlan's CHP operating region between a power generator and its heat generator (docs/pypsa.md)."""
    import xarray as xr

    g = n.generators
    if "gridplan_chp_of" not in g.columns:
        return
    of = g["gridplan_chp_of"].fillna("").astype(str)
    heat = [h for h in g.index if of[h] not in ("", "nan")]
    if not heat:
        return
    p = n.model["Generator-p"]
    pmax = n.get_switchable_as_dense("Generator", "p_max_pu").reindex(snapshots)
    for h in heat:
        gen = of[h]
        cb = float(g.at[h, "gridplan_c_b"])
        cv = float(g.at[h, "gridplan_c_v"])
        ph = p.sel(name=h)
        pe = p.sel(name=gen)
        if g.at[h, "gridplan_chp_kind"] == "back_pressure":
            n.model.add_constraints(pe - cb * ph == 0, name=f"Generator-gridplan-chp-bp-{gen}")
            continue
        n.model.add_constraints(pe - cb * ph >= 0, name=f"Generator-gridplan-chp-ratio-{gen}")
        avail = xr.DataArray((pmax[gen].clip(lower=0) * g.at[gen, "p_nom"]).values, coords={"snapshot": snapshots},
                             dims=["snapshot"])
        if bool(g.at[gen, "committable"]) and "Generator-status" in n.model.variables:
            status = n.model["Generator-status"].sel(name=gen)
            n.model.add_constraints(pe + cv * ph - avail * status <= 0, name=f"Generator-gridplan-chp-cap-{gen}")
        else:
            n.model.add_constraints(pe + cv * ph <= avail, name=f"Generator-gridplan-chp-cap-{gen}")


def extra_functionality(n, snapshots):
    must_run_floor(n, snapshots)
    chp_region(n, snapshots)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folder", help="PyPSA CSV folder")
    parser.add_argument("--solver", choices=["default", "simplex", "ipm", "hipo"], default="default")
    parser.add_argument("--threads", type=int, default=1)
    parser.add_argument("--linearized-unit-commitment", action="store_true")
    args = parser.parse_args()

    logging.disable(logging.WARNING)
    warnings.simplefilter("ignore")
    t0 = time.perf_counter()
    import pypsa  # noqa: E402  (timed: part of PyPSA's end-to-end cost)

    logging.getLogger("pypsa").setLevel(logging.ERROR)
    logging.getLogger("linopy").setLevel(logging.ERROR)
    n = pypsa.Network()
    n.import_from_csv_folder(args.folder)
    t1 = time.perf_counter()
    options = {"threads": args.threads, "output_flag": False}
    if args.solver == "simplex":
        options.update({"solver": "simplex", "simplex_strategy": 1})
    elif args.solver in ("ipm", "hipo"):
        # "ipx" names HiGHS's IPX: with highspy-extras installed, "ipm" would run HiPO.
        options.update({"solver": "ipx" if args.solver == "ipm" else "hipo", "run_crossover": "off"})
    status, condition = n.optimize(
        solver_name="highs",
        solver_options=options,
        linearized_unit_commitment=args.linearized_unit_commitment,
        extra_functionality=extra_functionality,
    )
    t2 = time.perf_counter()

    out = {
        "status": str(condition),
        "solver_status": str(status),
        "objective": float(n.objective) if status == "ok" else None,
        "objective_constant": float(getattr(n, "objective_constant", 0.0) or 0.0),
        "import_seconds": t1 - t0,
        "optimize_seconds": t2 - t1,
        "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        "solver": args.solver,
        "options": options,
        "pypsa_version": pypsa.__version__,
    }
    if status == "ok":
        gens = n.generators
        p = n.generators_t.p
        energy = p.sum()
        generation, curtailment = {}, {}
        pmax = n.get_switchable_as_dense("Generator", "p_max_pu")
        for name, g in gens.iterrows():
            if g.carrier in HELPERS:
                continue
            generation[g.carrier] = generation.get(g.carrier, 0.0) + energy[name] / 1e6
            if name in n.generators_t.p_max_pu.columns:
                avail = (pmax[name] * g.p_nom).sum()
                curtailment[g.carrier] = curtailment.get(g.carrier, 0.0) + (avail - energy[name]) / 1e6
        links = n.links[n.links.carrier == "DC"].index
        exports = {k: float(n.links_t.p0[k].sum() / 1e6) for k in links}
        shed = gens.index[gens.carrier == "load shedding"]
        short = gens.index[gens.carrier == "schedule shortfall"]
        out.update({
            "generation_twh": generation,
            "curtailment_twh": curtailment,
            "export_twh": exports,
            "unserved_twh": float(energy[shed].sum() / 1e6),
            "export_shortfall_twh": float(energy[short].sum() / 1e6),
        })
    print(json.dumps(out))
    return 0 if status == "ok" else 1


if __name__ == "__main__":
    sys.exit(main())
