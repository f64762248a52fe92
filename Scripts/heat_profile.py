"""Hourly heat-demand profile of the Inner Mongolia heat areas: Networks/inner-mongolia/profiles/heat.csv.

Heating degree hours, HDH(t) = max(0, 18 - T(t)) in the heating season of the area's grid (district heating runs
only then: MX 15 Oct - 15 Apr, MD 1 Oct - 30 Apr, as network.yaml's heating_seasons), 0 outside it, normalised to
an annual mean of 1 per column so that a heat demand's annual_twh scales it. Temperature per hour (E):

    T = (Tjan + Tjul)/2 - (Tjul - Tjan)/2 cos(2 pi (day - 15.5) / 366)      seasonal, coldest mid-January
        - 5 cos(2 pi (hour - 15) / 24)                                       diurnal, warmest 15h, +-5 C (E)
        + a(day)                                                             weather, AR(1) over days

a(day): one series per grid area (MX, MD), standard deviation 4 C, day-to-day correlation 0.7 (E: cold waves
lasting several days), from Python's Mersenne Twister seeded with 2024, so the file is the same on every run.
Tjan, Tjul: January and July mean temperatures of each city (climate normals, cited in the network README).

Standard library only. Run from the repository root: python3 Scripts/heat_profile.py
"""
import math
import random
from datetime import datetime, timedelta

# bus: (grid area, January mean C, July mean C)
CITIES = {
    "HHT": ("MX", -11.6, 22.9), "BT": ("MX", -10.9, 23.3), "ORD": ("MX", -9.8, 21.2), "ULQ": ("MX", -12.7, 19.6),
    "BYN": ("MX", -9.9, 24.0), "WH": ("MX", -7.6, 26.0), "ALX": ("MX", -7.7, 23.0), "XLG": ("MX", -18.6, 21.3),
    "CF": ("MD", -10.7, 23.5), "TL": ("MD", -13.5, 24.2), "HG": ("MD", -15.0, 23.2), "HLB": ("MD", -24.7, 20.5),
}
SEASONS = {"MX": ((10, 15), (4, 15)), "MD": ((10, 1), (4, 30))}
HOURS = 8760
START = datetime(2024, 1, 1)


def in_season(area, t):
    (sm, sd), (em, ed) = SEASONS[area]
    d = t.month * 100 + t.day
    return d >= sm * 100 + sd or d <= em * 100 + ed


def main():
    rng = random.Random(2024)
    days = HOURS // 24
    anomaly = {}
    for area in ("MX", "MD"):
        a, series = 0.0, []
        for _ in range(days):
            a = 0.7 * a + math.sqrt(1 - 0.7 ** 2) * rng.gauss(0, 4.0)
            series.append(a)
        anomaly[area] = series
    columns = {}
    for bus, (area, tjan, tjul) in CITIES.items():
        values = []
        for h in range(HOURS):
            t = START + timedelta(hours=h)
            day = h // 24
            temp = ((tjan + tjul) / 2 - (tjul - tjan) / 2 * math.cos(2 * math.pi * (day - 15.5) / 366)
                    - 5 * math.cos(2 * math.pi * (t.hour - 15) / 24) + anomaly[area][day])
            values.append(max(0.0, 18 - temp) if in_season(area, t) else 0.0)
        mean = sum(values) / len(values)
        columns[bus] = [v / mean for v in values]
    with open("Networks/inner-mongolia/profiles/heat.csv", "w") as f:
        f.write("snapshot," + ",".join(CITIES) + "\n")
        for h in range(HOURS):
            t = START + timedelta(hours=h)
            f.write(t.strftime("%Y-%m-%dT%H:%M") + "," + ",".join(f"{columns[b][h]:.4f}" for b in CITIES) + "\n")


if __name__ == "__main__":
    main()
