/// PyPSA's standard line types: the series reactance per km of each type name (ohm/km), which a PyPSA line with a
/// `type` uses: x = x_per_length · length / num_parallel (PyPSA's `calculate_dependent_values`, which overrides a
/// given `x`).
///
/// The values are PyPSA 1.4.0's `pypsa/data/standard_types/line_types.csv` (MIT, PyPSA contributors; the rows cite
/// pandapower and Oeding and Oswald, "Elektrische Kraftwerke und Netze", 2011), copied here rather than read from the
/// installed pypsa at import time: `gridplan import` then works without Python, and a network's reactances do not
/// change with whichever pypsa happens to be installed. `PyPSAExampleTests` checks the table against the pinned
/// pypsa's file when pypsa is importable.
public enum PyPSALineTypes {
  /// Series reactance per km (ohm/km) by type name.
  public static let reactanceOhmPerKm: [String: Double] = [
    "149-AL1/24-ST1A 10.0": 0.315,
    "149-AL1/24-ST1A 110.0": 0.41,
    "149-AL1/24-ST1A 20.0": 0.337,
    "15-AL1/3-ST1A 0.4": 0.35,
    "184-AL1/30-ST1A 110.0": 0.4,
    "184-AL1/30-ST1A 20.0": 0.33,
    "24-AL1/4-ST1A 0.4": 0.335,
    "243-AL1/39-ST1A 110.0": 0.39,
    "243-AL1/39-ST1A 20.0": 0.32,
    "305-AL1/39-ST1A 110.0": 0.38,
    "34-AL1/6-ST1A 10.0": 0.36,
    "34-AL1/6-ST1A 20.0": 0.382,
    "48-AL1/8-ST1A 0.4": 0.3,
    "48-AL1/8-ST1A 10.0": 0.35,
    "48-AL1/8-ST1A 20.0": 0.372,
    "48-AL1/8-ST1A 110.0": 0.46,
    "70-AL1/11-ST1A 10.0": 0.339,
    "70-AL1/11-ST1A 20.0": 0.36,
    "70-AL1/11-ST1A 110.0": 0.45,
    "94-AL1/15-ST1A 0.4": 0.29,
    "94-AL1/15-ST1A 10.0": 0.33,
    "94-AL1/15-ST1A 20.0": 0.35,
    "94-AL1/15-ST1A 110.0": 0.44,
    "122-AL1/20-ST1A 10.0": 0.323,
    "122-AL1/20-ST1A 20.0": 0.344,
    "122-AL1/20-ST1A 110.0": 0.43,
    "490-AL1/64-ST1A 220.0": 0.285,
    "490-AL1/64-ST1A 380.0": 0.253,
    "490-AL1/64-ST1A 110.0": 0.37,
    "679-AL1/86-ST1A 110.0": 0.36,
    "679-AL1/86-ST1A 220.0": 0.275,
    "679-AL1/86-ST1A 380.0": 0.25,
    "N2XS(FL)2Y 1x120 RM/35 64/110 kV": 0.166,
    "N2XS(FL)2Y 1x185 RM/35 64/110 kV": 0.156,
    "N2XS(FL)2Y 1x240 RM/35 64/110 kV": 0.149,
    "N2XS(FL)2Y 1x300 RM/35 64/110 kV": 0.144,
    "NA2XS2Y 1x95 RM/25 6/10 kV": 0.123,
    "NA2XS2Y 1x185 RM/25 6/10 kV": 0.11,
    "NA2XS2Y 1x240 RM/25 6/10 kV": 0.105,
    "NA2XS2Y 1x150 RM/25 12/20 kV": 0.116,
    "NA2XS2Y 1x185 RM/25 12/20 kV": 0.117,
    "NA2XS2Y 1x240 RM/25 12/20 kV": 0.112,
    "NA2XS2Y 1x120 RM/25 12/20 kV": 0.119,
    "NA2XS2Y 1x70 RM/25 12/20 kV": 0.132,
    "NA2XS2Y 1x95 RM/25 12/20 kV": 0.132,
    "NA2XS2Y 1x150 RM/25 6/10 kV": 0.11,
    "NA2XS2Y 1x120 RM/25 6/10 kV": 0.113,
    "NA2XS2Y 1x70 RM/25 6/10 kV": 0.123,
    "NAYY 4x120 SE": 0.08,
    "NAYY 4x150 SE": 0.08,
    "NAYY 4x50 SE": 0.083,
    "Al/St 240/40 2-bundle 220.0": 0.301,
    "Al/St 240/40 3-bundle 300.0": 0.265,
    "Al/St 240/40 4-bundle 380.0": 0.246,
    "Al/St 490/64 4-bundle 380.0": 0.16,
    "HTLS 4-bundle 380.0": 0.26,
    "Al/St 560/50 4-bundle 750.0": 0.276,
    "HVDC XLPE 1000": 1e-06,
    "HVDC Oil filled 1400": 1e-06,
  ]
}
