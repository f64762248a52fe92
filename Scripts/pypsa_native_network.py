"""A small network built in PyPSA itself (not by GridPlan), written with PyPSA's own export_to_csv_folder and
optimised with HiGHS: the reference for `gridplan import --format pypsa` on a folder GridPlan did not write.

Usage: python3 Scripts/pypsa_native_network.py OUTDIR [--quadratic]
Prints one JSON line: {"status": ..., "objective": ...}. Seeded; three buses in a meshed AC triangle (220 kV, r
ignored by the linear power flow), wind with an hourly profile, two gas units (one with p_min_pu and ramp limits),
two loads (one hourly), a cyclic battery with a dispatch cost, a CO2 carrier attribute; 24 hours. With
--quadratic, the gas units also have quadratic costs (marginal_cost_quadratic 0.05 and 0.2: PyPSA's objective
gains marginal_cost_quadratic * p^2 per snapshot), and HiGHS solves the QP.
"""
import json
import logging
import sys
import warnings

import numpy as np
import pandas as pd
import pypsa

logging.disable(logging.INFO)
warnings.simplefilter("ignore")


def main(out: str, quadratic: bool = False) -> None:
    n = pypsa.Network()
    n.set_snapshots(pd.date_range("2024-03-01", periods=24, freq="h"))
    for b in ["a", "b", "c"]:
        n.add("Bus", b, v_nom=220)
    n.add("Carrier", "wind")
    n.add("Carrier", "gas", co2_emissions=0.4)
    n.add("Carrier", "battery")
    n.add("Line", "ab", bus0="a", bus1="b", x=10, r=1, s_nom=100)
    n.add("Line", "bc", bus0="b", bus1="c", x=20, r=1, s_nom=60)
    n.add("Line", "ca", bus0="c", bus1="a", x=15, r=1, s_nom=80)
    rng = np.random.default_rng(1)
    n.add("Generator", "wind_a", bus="a", carrier="wind", p_nom=150, p_max_pu=rng.uniform(0, 1, 24), marginal_cost=0)
    n.add("Generator", "gas_c", bus="c", carrier="gas", p_nom=200, marginal_cost=50)
    n.add("Generator", "gas_b", bus="b", carrier="gas", p_nom=80, marginal_cost=70, p_min_pu=0.1,
          ramp_limit_up=0.5, ramp_limit_down=0.5)
    if quadratic:
        n.generators.loc["gas_c", "marginal_cost_quadratic"] = 0.05
        n.generators.loc["gas_b", "marginal_cost_quadratic"] = 0.2
    n.add("Load", "load_b", bus="b", p_set=80 + 30 * np.sin(np.arange(24) / 24 * 2 * np.pi))
    n.add("Load", "load_c", bus="c", p_set=60)
    n.add("StorageUnit", "bat_a", bus="a", carrier="battery", p_nom=30, max_hours=4, efficiency_store=0.9,
          efficiency_dispatch=0.9, cyclic_state_of_charge=True, marginal_cost=0.5)
    n.export_to_csv_folder(out)
    status, _ = n.optimize(solver_name="highs", include_objective_constant=False)
    print(json.dumps({"status": status, "objective": float(n.objective)}))


if __name__ == "__main__":
    main(sys.argv[1], quadratic="--quadratic" in sys.argv[2:])
