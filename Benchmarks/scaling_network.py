#!/usr/bin/env python3
"""A synthetic meshed dispatch network of a given size, built in PyPSA 1.4 and written as a PyPSA CSV folder.

Usage:

    .venv/bin/python Benchmarks/scaling_network.py BUSES HOURS OUTDIR [--seed 1]

The network (deterministic for a seed and size): BUSES buses placed at random in a square whose side grows with
sqrt(BUSES) (so the lines keep their length), connected by a minimum spanning tree of the distances plus the
shortest other pairs until there are 1.6 lines per bus (220 kV, reactance 0.4 ohm/km, ratings 1000-2500 MW);
a load at every bus (daily and weekly shape with noise, 300-900 MW peak); wind at half the buses and solar at a
third (hourly profiles with multi-hour persistence, capacity 0.6-1.2 times the local peak load); coal at half the
buses (p_min_pu 0.3-0.4, ramp limits 0.3-0.5 per hour, marginal cost 200-400), each sized with its bus's peak load
so that coal alone covers 1.2 times the system peak and a unit's minimum output leaves its bus over its lines; a 4-hour battery (cyclic, efficiency 0.92 each way, dispatch cost 1) at half the
buses; and load shedding at every bus as a generator at 10,000 per MWh. No unit commitment, no extendable
components, so that GridPlan's import takes the folder as it is.

Prints one JSON line: buses, lines, generators, storage units, loads, hours and the folder.
"""

import argparse
import json
import logging
import math
import sys
import warnings

import numpy as np
import pandas as pd

logging.disable(logging.WARNING)
warnings.simplefilter("ignore")


def persistent(rng, hours, rho, scale):
    """An AR(1) series with the given lag-1 correlation, standard deviation `scale`."""
    shocks = rng.normal(0, scale * math.sqrt(1 - rho * rho), hours)
    x = np.empty(hours)
    x[0] = rng.normal(0, scale)
    for t in range(1, hours):
        x[t] = rho * x[t - 1] + shocks[t]
    return x


def lines_of(points, per_bus, rng):
    """A minimum spanning tree of the distances, then the shortest remaining pairs up to per_bus lines a bus."""
    n = len(points)
    d = np.linalg.norm(points[:, None, :] - points[None, :, :], axis=2)
    in_tree = np.zeros(n, bool)
    in_tree[0] = True
    best = d[0].copy()
    parent = np.zeros(n, int)
    edges = set()
    for _ in range(n - 1):
        candidates = np.where(~in_tree)[0]
        j = candidates[np.argmin(best[candidates])]
        edges.add((min(j, parent[j]), max(j, parent[j])))
        in_tree[j] = True
        closer = d[j] < best
        parent[closer & ~in_tree] = j
        best = np.minimum(best, d[j])
    wanted = int(round(per_bus * n))
    order = np.dstack(np.unravel_index(np.argsort(d, axis=None), d.shape))[0]
    for i, j in order:
        if len(edges) >= wanted:
            break
        if i < j and (i, j) not in edges:
            edges.add((int(i), int(j)))
    return sorted(edges), d


def build(buses, hours, seed):
    import pypsa

    rng = np.random.default_rng(seed)
    n = pypsa.Network()
    n.set_snapshots(pd.date_range("2024-01-01", periods=hours, freq="h"))
    side_km = 150 * math.sqrt(buses)
    points = rng.uniform(0, side_km, (buses, 2))
    names = [f"B{i:03d}" for i in range(buses)]
    for name, (x, y) in zip(names, points):  # x, y are longitude and latitude, from km near 40N 105E
        n.add("Bus", name, v_nom=220, x=105 + x / 85, y=40 + y / 111)
    for carrier, co2 in [("coal", 0.95), ("wind", 0), ("solar", 0), ("battery", 0), ("load shedding", 0)]:
        n.add("Carrier", carrier, co2_emissions=co2)

    edges, distance = lines_of(points, 1.6, rng)
    for i, j in edges:
        length = max(distance[i, j], 10.0)
        n.add("Line", f"L{i:03d}-{j:03d}", bus0=names[i], bus1=names[j], x=0.4 * length, r=0.05 * length,
              s_nom=float(rng.uniform(1000, 2500)), length=length)

    t = np.arange(hours)
    hour_of_day = t % 24
    day_of_week = (t // 24) % 7
    daily = 0.8 + 0.2 * np.sin((hour_of_day - 8) / 24 * 2 * math.pi)
    weekly = np.where(day_of_week >= 5, 0.92, 1.0)
    peaks = rng.uniform(300, 900, buses)
    for b, name in enumerate(names):
        noise = 1 + persistent(rng, hours, 0.9, 0.03)
        n.add("Load", f"{name}-load", bus=name, p_set=peaks[b] * daily * weekly * noise)
        n.add("Generator", f"{name}-shed", bus=name, carrier="load shedding", p_nom=peaks[b] * 1.5,
              marginal_cost=10000)

    solar_shape = np.clip(np.sin((hour_of_day - 6) / 12 * math.pi), 0, None)
    for b in rng.choice(buses, buses // 2, replace=False):
        cf = 1 / (1 + np.exp(-(persistent(rng, hours, 0.95, 1.2) - 0.6)))
        n.add("Generator", f"{names[b]}-wind", bus=names[b], carrier="wind", p_nom=peaks[b] * rng.uniform(0.6, 1.2),
              p_max_pu=np.clip(cf, 0, 1), marginal_cost=0)
    for b in rng.choice(buses, max(1, buses // 3), replace=False):
        clouds = np.clip(1 - 0.5 * np.abs(persistent(rng, hours, 0.8, 0.5)), 0.1, 1)
        n.add("Generator", f"{names[b]}-solar", bus=names[b], carrier="solar",
              p_nom=peaks[b] * rng.uniform(0.6, 1.2), p_max_pu=solar_shape * clouds, marginal_cost=0)

    coal_buses = rng.choice(buses, max(1, buses // 2), replace=False)
    sizes = peaks[coal_buses] * rng.uniform(0.8, 1.2, len(coal_buses))
    for b, size in zip(coal_buses, sizes * 1.2 * peaks.sum() / sizes.sum()):
        ramp = float(rng.uniform(0.3, 0.5))
        n.add("Generator", f"{names[b]}-coal", bus=names[b], carrier="coal", p_nom=size,
              p_min_pu=float(rng.uniform(0.3, 0.4)), ramp_limit_up=ramp, ramp_limit_down=ramp,
              marginal_cost=float(rng.uniform(200, 400)))

    for b in rng.choice(buses, buses // 2, replace=False):
        n.add("StorageUnit", f"{names[b]}-battery", bus=names[b], carrier="battery",
              p_nom=peaks[b] * rng.uniform(0.1, 0.3), max_hours=4, efficiency_store=0.92,
              efficiency_dispatch=0.92, cyclic_state_of_charge=True, marginal_cost=1)
    return n


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("buses", type=int)
    parser.add_argument("hours", type=int)
    parser.add_argument("out")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    if args.buses < 3 or args.hours < 2:
        sys.exit("allowed: at least 3 buses and 2 hours")
    n = build(args.buses, args.hours, args.seed)
    n.export_to_csv_folder(args.out)
    print(json.dumps({
        "buses": len(n.buses), "lines": len(n.lines), "generators": len(n.generators),
        "storage_units": len(n.storage_units), "loads": len(n.loads), "hours": len(n.snapshots),
        "seed": args.seed, "folder": args.out,
    }))


if __name__ == "__main__":
    main()
