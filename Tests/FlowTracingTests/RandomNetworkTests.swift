import DispatchModel
import Foundation
import GridModel
import Testing

@testable import FlowTracing

/// The invariants on random small networks solved by the dispatch LP: a meshed AC grid, internal HVDC links both
/// ways (directed cycles), export links, cyclic and fixed storage, coal, wind and solar, over two days.
@Suite("Flow tracing invariants on random networks")
struct RandomNetworkTests {
  /// SplitMix64: a small seeded generator, so a failing seed can be replayed.
  struct Random {
    var state: UInt64
    mutating func next() -> Double {
      state &+= 0x9E37_79B9_7F4A_7C15
      var z = state
      z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
      z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
      z ^= z >> 31
      return Double(z >> 11) / Double(1 << 53)
    }
    mutating func uniform(_ a: Double, _ b: Double) -> Double { a + (b - a) * next() }
  }

  static func network(seed: UInt64) -> Network {
    var rng = Random(state: seed)
    let n = 5
    let T = 48
    let ids = (0..<n).map { "N\($0)" }
    var buses = ids.map { Bus(id: $0) }
    buses.append(Bus(id: "X1", external: true, priceCNYPerMWh: 300))
    buses.append(Bus(id: "X2", external: true, priceCNYPerMWh: 380))
    // A ring plus two chords: meshed.
    var lines: [Line] = []
    for i in 0..<n {
      lines.append(
        Line(
          id: "L\(i)", bus0: ids[i], bus1: ids[(i + 1) % n], ratingMW: rng.uniform(150, 400),
          reactanceOhm: rng.uniform(5, 30), voltageKV: 500))
    }
    lines.append(
      Line(
        id: "C0", bus0: ids[0], bus1: ids[2], ratingMW: 200, reactanceOhm: rng.uniform(5, 30),
        voltageKV: 500))
    lines.append(
      Line(
        id: "C1", bus0: ids[1], bus1: ids[3], ratingMW: 200, reactanceOhm: rng.uniform(5, 30),
        voltageKV: 500))
    let links = [
      Link(id: "H03", bus0: ids[0], bus1: ids[3], ratingMW: 150, efficiency: 0.95),
      Link(id: "H30", bus0: ids[3], bus1: ids[0], ratingMW: 150, efficiency: 0.95, delivery: .firm(minPU: 0.2)),
      Link(
        id: "E1", bus0: ids[1], bus1: "X1", ratingMW: 200, efficiency: 0.93,
        delivery: .schedule((0..<T).map { _ in rng.uniform(0, 180) })),
      Link(id: "E4", bus0: ids[4], bus1: "X2", ratingMW: 150, efficiency: 0.9),
    ]
    var generators: [Generator] = []
    for i in 0..<n {
      generators.append(
        Generator(
          id: "coal\(i)", bus: ids[i], carrier: "coal", capacityMW: rng.uniform(50, 250),
          pMinPU: 0.3, rampPUPerHour: 0.5, marginalCostCNYPerMWh: rng.uniform(180, 320)))
      if i % 2 == 0 {
        let phase = rng.uniform(0, 24)
        generators.append(
          Generator(
            id: "wind\(i)", bus: ids[i], carrier: "wind", capacityMW: rng.uniform(100, 300),
            availability: (0..<T).map { t in
              max(0, min(1, 0.45 + 0.4 * sin((Double(t) + phase) / 5) + rng.uniform(-0.1, 0.1)))
            }))
      } else {
        generators.append(
          Generator(
            id: "solar\(i)", bus: ids[i], carrier: "solar", capacityMW: rng.uniform(100, 250),
            availability: (0..<T).map { t in max(0, sin(Double(t % 24 - 6) / 12 * Double.pi)) }))
      }
    }
    let storage = [
      StorageUnit(
        id: "bat0", bus: ids[0], carrier: "battery", powerMW: 60, energyMWh: 240, efficiencyCharge: 0.92,
        efficiencyDischarge: 0.92, standingLossPerHour: 0.001),
      StorageUnit(
        id: "bat3", bus: ids[3], carrier: "battery", powerMW: 80, energyMWh: 160, efficiencyCharge: 0.9,
        efficiencyDischarge: 0.9, initialStateOfCharge: .fixed(0.5)),
      StorageUnit(
        id: "phs4", bus: ids[4], carrier: "phs", powerMW: 100, energyMWh: 600, efficiencyCharge: 0.87,
        efficiencyDischarge: 0.87, minimumStateOfChargePU: 0.1),
    ]
    let loads = (0..<n).map { i in
      let base = rng.uniform(60, 160)
      return Load(
        id: "d\(i)", bus: ids[i], demandMW: (0..<T).map { t in base * (1 + 0.25 * sin(Double(t) / 24 * 2 * .pi)) })
    }
    return Network(
      name: "random-\(seed)",
      carriers: [
        Carrier(id: "coal", clean: false), Carrier(id: "wind", clean: true), Carrier(id: "solar", clean: true),
        Carrier(id: "battery", clean: false), Carrier(id: "phs", clean: false),
      ],
      buses: buses, lines: lines, links: links, generators: generators, storageUnits: storage, loads: loads,
      snapshots: (0..<T).map { String(format: "2024-07-%02dT%02d:00", 1 + $0 / 24, $0 % 24) })
  }

  /// Every reported mix has entries in [0, 1] summing to 1 within 1e-9; clean energy balances in every hour within
  /// 1e-6 (relative); the LU path agrees with the automatic one within 1e-9; the cyclic tank's periodic state closes;
  /// the yearly clean energy of each link is the sum of its hourly shares times its flows (up to the flows below
  /// `negligibleMW`, which count in the energy but have no hourly share).
  @Test(arguments: [1, 2, 3, 4, 5] as [UInt64]) func invariantsHold(seed: UInt64) throws {
    let net = Self.network(seed: seed)
    let r = try DispatchProblem(network: net).solve()
    #expect(r.status == .optimal, "\(r.statusReason)")
    let tr = FlowTracer.trace(r)
    let d = tr.diagnostics
    #expect(d.holds(mixTolerance: 1e-9, balanceTolerance: 1e-6), "\(d)")
    // The firm link H30 (N3 -> N0) against the AC flows from N0 towards N3 closes directed cycles: LU hours.
    #expect(d.luHours > 0)
    #expect(d.fallbackHours == 0 && d.periodicMethod == "lu" && d.periodicResidualMWh < 1e-6, "\(d)")
    for v in tr.busMixStorage + tr.tankMixStorage where !v.isNaN { #expect(v >= -1e-12 && v <= 1 + 1e-12) }
    for b in tr.buses.indices {
      for t in 0..<tr.hours where !tr.busCleanShare[b][t].isNaN {
        #expect(abs(tr.busMix(b, hour: t).reduce(0, +) - 1) <= 1e-9)
      }
    }
    // Yearly totals: clean supply = clean uses.
    let supply = d.cleanGenerationMWh + d.cleanDischargeMWh
    let uses = d.cleanConsumptionMWh + d.cleanExportMWh + d.cleanChargeMWh + d.cleanLossesMWh
    #expect(abs(supply - uses) <= 1e-6 * supply)
    // Clean generation is what the clean carriers generated.
    let clean = Set(net.carriers.filter(\.clean).map(\.id))
    let generated = net.generators.indices.filter { clean.contains(net.generators[$0].carrier) }
      .reduce(0.0) { $0 + r.generatorP[$1].reduce(0) { $0 + max($1, 0) } }
    #expect(abs(d.cleanGenerationMWh - generated) <= 1e-9 * generated)
    for k in tr.links.indices {
      var e = 0.0
      for t in 0..<tr.hours where !tr.linkCleanShare[k][t].isNaN { e += tr.linkCleanShare[k][t] * r.linkP0[k][t] }
      #expect(abs(e - tr.linkCleanEnergyMWh[k]) <= Double(tr.hours) * FlowTraceSettings().negligibleMW)
    }
    let lu = FlowTracer.trace(r, settings: FlowTraceSettings(method: .lu))
    for (a, b) in zip(tr.busMixStorage + tr.tankMixStorage, lu.busMixStorage + lu.tankMixStorage) {
      #expect(a.isNaN == b.isNaN && !(abs(a - b) > 1e-9))
    }
  }
}
