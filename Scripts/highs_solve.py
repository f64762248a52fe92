#!/usr/bin/env python3
"""Solve one MPS file with HiGHS (highspy) and print one JSON line with the outcome and timings.

Usage:

    .venv/bin/python Scripts/highs_solve.py MODEL.mps --solver simplex|ipm|hipo|qp [--threads 1] [--time-limit S]
        [--values]

Settings: ``threads`` (default 1) and, for ``simplex``, ``solver="simplex"`` with ``simplex_strategy=1`` (dual
simplex); for ``ipm``, HiGHS's IPX interior point (``solver="ipx"``: with ``highspy-extras`` installed,
``solver="ipm"`` would run HiPO instead) with ``run_crossover="off"``; for ``hipo``, HiGHS's newer interior-point
solver (``solver="hipo"``, which needs the ``highspy-extras`` package of Benchmarks/requirements.txt) with
``run_crossover="off"``; for ``qp``, no solver option: a model with a quadratic objective (an MPS ``QUADOBJ`` or
``QMATRIX`` section: HiGHS minimises c'x + 1/2 x'Qx) goes to HiGHS's QP solver (an active-set method), which HiGHS
also picks for a QP under the other settings. Presolve and everything else are HiGHS defaults.
The option names and values used are printed in the ``options`` field.

Printed fields: solver, status (HiGHS model status as text, lower case with underscores, e.g. ``optimal``),
objective (null unless a primal solution exists and the LP is not infeasible or unbounded), iterations (simplex
or IPM iterations), read_seconds, solve_seconds (wall clock around ``Highs.run``), peak_rss_mb (``ru_maxrss`` of
this process / 1024: peak resident memory of the Python process including the model read), rows, columns,
nonzeros, hessian_nonzeros (nonzero entries of the lower triangle of Q as HiGHS holds it, 0 for an LP; HiGHS adds
explicit zeros to the diagonal, which are not counted), highs_version and
options; with ``--values``, also ``values``: the primal value of each column by name.
Used by ``gridplan-bench lp`` (see Benchmarks/README.md) and by the MPS export test; exits with status 2, after
printing a JSON line with status ``error``, if an option is refused or the file cannot be read.
"""

import argparse
import json
import math
import resource
import sys
import time

import highspy


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("model", help="MPS file (fixed or free format)")
    parser.add_argument("--solver", choices=["simplex", "ipm", "hipo", "qp"], required=True)
    parser.add_argument("--values", action="store_true", help="print each column's primal value")
    parser.add_argument("--threads", type=int, default=1)
    parser.add_argument("--time-limit", type=float, default=None, help="seconds (HiGHS option time_limit)")
    args = parser.parse_args()

    h = highspy.Highs()
    h.silent()
    options = {"threads": args.threads}
    if args.solver == "simplex":
        options.update({"solver": "simplex", "simplex_strategy": 1})
    elif args.solver == "qp":
        pass
    else:
        options.update({"solver": "ipx" if args.solver == "ipm" else "hipo", "run_crossover": "off"})
    if args.time_limit is not None:
        options["time_limit"] = args.time_limit
    for name, value in options.items():
        if h.setOptionValue(name, value) != highspy.HighsStatus.kOk:
            print(json.dumps({"solver": args.solver, "status": "error", "error": f"bad option {name}={value}"}))
            return 2

    t0 = time.perf_counter()
    status = h.readModel(args.model)
    read_seconds = time.perf_counter() - t0
    if status == highspy.HighsStatus.kError:
        print(json.dumps({"solver": args.solver, "status": "error", "error": f"cannot read {args.model}"}))
        return 2

    t0 = time.perf_counter()
    h.run()
    solve_seconds = time.perf_counter() - t0

    model_status = h.getModelStatus()
    info = h.getInfo()
    status_text = h.modelStatusToString(model_status).strip().lower().replace(" ", "_")
    objective = None
    no_objective = (highspy.HighsModelStatus.kInfeasible, highspy.HighsModelStatus.kUnbounded,
                    highspy.HighsModelStatus.kUnboundedOrInfeasible)
    if info.primal_solution_status != 0 and model_status not in no_objective:  # 0: kSolutionStatusNone
        value = info.objective_function_value
        objective = value if math.isfinite(value) else None
    iterations = {"simplex": info.simplex_iteration_count, "qp": info.qp_iteration_count}.get(
        args.solver, info.ipm_iteration_count)
    result = {
        "solver": args.solver,
        "status": status_text,
        "objective": objective,
        "iterations": int(iterations),
        "read_seconds": read_seconds,
        "solve_seconds": solve_seconds,
        "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        "rows": h.getNumRow(),
        "columns": h.getNumCol(),
        "nonzeros": h.getNumNz(),
        "hessian_nonzeros": sum(1 for v in h.getModel().hessian_.value_ if v != 0),
        "highs_version": h.version(),
        "options": options,
    }
    if args.solver in ("ipm", "hipo"):
        result["crossover_iterations"] = int(info.crossover_iteration_count)
    if args.values:
        names = h.getLp().col_names_
        values = list(h.getSolution().col_value)
        result["values"] = {names[j] if j < len(names) else f"c{j}": values[j] for j in range(len(values))}
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
