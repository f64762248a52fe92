import DispatchModel
import GridModel
import Testing

@testable import FlowTracing

/// Small networks, solved by the dispatch LP, whose clean shares can be worked out by hand (the working is in each
/// comment). Wind and solar are clean; coal and the storage carrier are not. Every trace is also checked for its
/// invariants and against the LU path.
@Suite("Flow tracing on hand-solved networks")
struct HandTracedTests {
  static let carriers = [
    Carrier(id: "coal", clean: false), Carrier(id: "wind", clean: true), Carrier(id: "solar", clean: true),
    Carrier(id: "battery", clean: false),
  ]

  static func snapshots(_ n: Int) -> [String] { (0..<n).map { String(format: "2024-07-01T%02d:00", $0) } }

  /// Solves the dispatch, traces it both ways (automatic and LU only), checks the invariants and that both agree.
  static func trace(_ net: Network) throws -> (DispatchResult, FlowTraceResult) {
    let r = try DispatchProblem(network: net).solve()
    #expect(r.status == .optimal, "\(r.statusReason)")
    let auto = FlowTracer.trace(r)
    let lu = FlowTracer.trace(r, settings: FlowTraceSettings(method: .lu))
    #expect(auto.diagnostics.holds(mixTolerance: 1e-9, balanceTolerance: 1e-6), "\(auto.diagnostics)")
    #expect(lu.diagnostics.holds(mixTolerance: 1e-9, balanceTolerance: 1e-6), "\(lu.diagnostics)")
    #expect(lu.diagnostics.luHours == r.hours)
    for (a, b) in zip(auto.busMixStorage, lu.busMixStorage) { #expect(a.isNaN == b.isNaN && !(abs(a - b) > 1e-9)) }
    for (a, b) in zip(auto.linkCleanShare.joined(), lu.linkCleanShare.joined()) {
      #expect(a.isNaN == b.isNaN && !(abs(a - b) > 1e-9))
    }
    return (r, auto)
  }

  static func close(_ a: Double, _ b: Double, _ tol: Double = 1e-6) -> Bool { abs(a - b) <= tol }

  /// Radial: A (wind, 60 MW available, free) -- line -- B (coal 200 MW at 200 CNY/MWh, load 100 MW); a link from B
  /// to the external X sends a scheduled 80 MW at efficiency 0.9. Dispatch: wind 60 flows A -> B, coal makes
  /// 100 + 80 - 60 = 120. Throughflow of B: 60 wind + 120 coal = 180, so B's mix is 1/3 wind, 2/3 coal and the
  /// corridor carries 1/3 clean: 80/3 MWh clean of 80 sent. A's mix is all wind. Clean balance: 60 generated =
  /// 100/3 consumed + 0.9 · 80/3 = 24 exported + 0.1 · 80/3 lost.
  @Test func radial() throws {
    let net = Network(
      name: "radial", carriers: Self.carriers, buses: [Bus(id: "A"), Bus(id: "B"), Bus(id: "X", external: true)],
      lines: [Line(id: "AB", bus0: "A", bus1: "B", ratingMW: 1000, reactanceOhm: 10, voltageKV: 500)],
      links: [Link(id: "BX", bus0: "B", bus1: "X", ratingMW: 100, efficiency: 0.9, delivery: .schedule([80]))],
      generators: [
        Generator(id: "wind", bus: "A", carrier: "wind", capacityMW: 100, availability: [0.6]),
        Generator(id: "coal", bus: "B", carrier: "coal", capacityMW: 200, marginalCostCNYPerMWh: 200),
      ],
      loads: [Load(id: "d", bus: "B", demandMW: [100])], snapshots: Self.snapshots(1))
    let (r, tr) = try Self.trace(net)
    #expect(Self.close(r.linkP0[0][0], 80) && Self.close(r.generatorP[1][0], 120))
    #expect(Self.close(tr.linkCleanShare[0][0], 1.0 / 3))
    #expect(Self.close(tr.linkCleanEnergyMWh[0], 80.0 / 3, 1e-4))
    #expect(Self.close(tr.busCleanShare[0][0], 1) && Self.close(tr.busCleanShare[1][0], 1.0 / 3))
    #expect(Self.close(tr.busMix(1, hour: 0)[0], 2.0 / 3))
    #expect(Self.close(tr.exportCleanShare, 1.0 / 3))
    #expect(
      Self.close(tr.diagnostics.cleanExportMWh, 24, 1e-4) && Self.close(tr.diagnostics.cleanLossesMWh, 8.0 / 3, 1e-4))
    #expect(tr.diagnostics.topologicalHours == 1)
  }

  /// Meshed: a triangle A, B, C with equal reactances. Wind at A (120 MW available, free), coal at B (cost 200),
  /// load 40 at B and 100 at C, and a link from C exporting a scheduled 40 MW (efficiency 1): coal makes 60.
  /// Net injections A +120, B +20, C -140; with equal reactances a transfer splits 2/3 on the direct line and 1/3
  /// round the other two, so f_AC = 2/3·120 + 1/3·20 = 260/3, f_AB = 1/3·120 - 1/3·20 = 100/3,
  /// f_BC = 1/3·120 + 2/3·20 = 160/3. B: 60 coal + 100/3 wind from A, wind share (100/3)/(280/3) = 5/14.
  /// C: 260/3 wind from A + 160/3 from B of which 5/14 wind = 400/21; wind 740/7 of 140: 37/49. The corridor
  /// carries 37/49 clean.
  @Test func meshed() throws {
    let line = { (id: String, a: String, b: String) in
      Line(id: id, bus0: a, bus1: b, ratingMW: 1000, reactanceOhm: 10, voltageKV: 500)
    }
    let net = Network(
      name: "meshed", carriers: Self.carriers,
      buses: [Bus(id: "A"), Bus(id: "B"), Bus(id: "C"), Bus(id: "X", external: true)],
      lines: [line("AB", "A", "B"), line("BC", "B", "C"), line("AC", "A", "C")],
      links: [Link(id: "CX", bus0: "C", bus1: "X", ratingMW: 100, delivery: .schedule([40]))],
      generators: [
        Generator(id: "wind", bus: "A", carrier: "wind", capacityMW: 200, availability: [0.6]),
        Generator(id: "coal", bus: "B", carrier: "coal", capacityMW: 200, marginalCostCNYPerMWh: 200),
      ],
      loads: [Load(id: "dB", bus: "B", demandMW: [40]), Load(id: "dC", bus: "C", demandMW: [100])],
      snapshots: Self.snapshots(1))
    let (r, tr) = try Self.trace(net)
    #expect(Self.close(r.lineP0[0][0], 100.0 / 3, 1e-5) && Self.close(r.lineP0[2][0], 260.0 / 3, 1e-5))
    #expect(Self.close(tr.busCleanShare[1][0], 5.0 / 14))
    #expect(Self.close(tr.busCleanShare[2][0], 37.0 / 49))
    #expect(Self.close(tr.linkCleanShare[0][0], 37.0 / 49))
  }

  /// An HVDC link closes a directed cycle: A -> B by the AC line, B -> A by a link (scheduled 50 MW sent,
  /// efficiency 0.9: 45 delivered at A). A: wind 100 (free), load 20. B: coal (cost 200), load 100, and an export
  /// link B -> X of 30 MW. Balance: A sends f = 100 + 45 - 20 = 125 to B; coal = 100 + 50 + 30 - 125 = 55.
  /// Throughflows P_A = 100 + 45 = 145, P_B = 55 + 125 = 180. Wind content: a = 100 + (45/180) b,
  /// b = (125/145) a, so a = 100 + (25/116) a = 11600/91, b = 10000/91: A is 80/91 clean, B 500/819 clean (the link
  /// B -> A and the export carry 500/819). Only LU solves it (a directed cycle), so no hour is topological.
  @Test func hvdcClosesACycle() throws {
    let net = Network(
      name: "cycle", carriers: Self.carriers, buses: [Bus(id: "A"), Bus(id: "B"), Bus(id: "X", external: true)],
      lines: [Line(id: "AB", bus0: "A", bus1: "B", ratingMW: 1000, reactanceOhm: 10, voltageKV: 500)],
      links: [
        Link(id: "BA", bus0: "B", bus1: "A", ratingMW: 100, efficiency: 0.9, delivery: .schedule([50])),
        Link(id: "BX", bus0: "B", bus1: "X", ratingMW: 100, delivery: .schedule([30])),
      ],
      generators: [
        Generator(id: "wind", bus: "A", carrier: "wind", capacityMW: 100),
        Generator(id: "coal", bus: "B", carrier: "coal", capacityMW: 200, marginalCostCNYPerMWh: 200),
      ],
      loads: [Load(id: "dA", bus: "A", demandMW: [20]), Load(id: "dB", bus: "B", demandMW: [100])],
      snapshots: Self.snapshots(1))
    let (r, tr) = try Self.trace(net)
    #expect(Self.close(r.lineP0[0][0], 125, 1e-5) && Self.close(r.generatorP[1][0], 55, 1e-5))
    #expect(Self.close(tr.busCleanShare[0][0], 80.0 / 91))
    #expect(Self.close(tr.busCleanShare[1][0], 500.0 / 819))
    #expect(Self.close(tr.linkCleanShare[0][0], 500.0 / 819) && Self.close(tr.linkCleanShare[1][0], 500.0 / 819))
    #expect(tr.diagnostics.luHours == 1 && tr.diagnostics.topologicalHours == 0)
  }

  /// A battery charged from coal at night, discharged at noon into a corridor. One bus; a 50 MW / 100 MWh battery,
  /// efficiencies 0.9 and 0.9, empty at the start. Night (hour 0): coal only (cost 100), load 50. Noon (hour 1):
  /// coal unavailable, solar 30, load 30, and the corridor must send 40. So the battery discharges 40 at noon and
  /// charged 40 / 0.81 from coal at night: its tank is all coal. At noon the bus takes 30 solar + 40 discharge:
  /// 3/7 clean, and so is the corridor (counting the battery as clean, or ignoring it, would give 1). The tank's
  /// mix is coal in both hours; the corridor has no flow at night (NaN).
  @Test func batteryChargedFromCoalIsNotClean() throws {
    let net = Network(
      name: "battery", carriers: Self.carriers, buses: [Bus(id: "A"), Bus(id: "X", external: true)],
      links: [Link(id: "AX", bus0: "A", bus1: "X", ratingMW: 100, delivery: .schedule([0, 40]))],
      generators: [
        Generator(
          id: "coal", bus: "A", carrier: "coal", capacityMW: 100, availability: [1, 0],
          marginalCostCNYPerMWh: 100),
        Generator(id: "solar", bus: "A", carrier: "solar", capacityMW: 30, availability: [0, 1]),
      ],
      storageUnits: [
        StorageUnit(
          id: "bat", bus: "A", carrier: "battery", powerMW: 50, energyMWh: 100,
          efficiencyCharge: 0.9, efficiencyDischarge: 0.9, initialStateOfCharge: .fixed(0))
      ],
      loads: [Load(id: "d", bus: "A", demandMW: [50, 30])], snapshots: Self.snapshots(2))
    let (r, tr) = try Self.trace(net)
    #expect(Self.close(r.storageDischarge[0][1], 40, 1e-5) && Self.close(r.storageCharge[0][0], 40 / 0.81, 1e-4))
    #expect(tr.linkCleanShare[0][0].isNaN)
    #expect(Self.close(tr.linkCleanShare[0][1], 3.0 / 7))
    #expect(Self.close(tr.tankCleanShare[0][0], 0) && Self.close(tr.tankMix(0, hour: 0)[0], 1))
    #expect(Self.close(tr.tankCleanShare[0][1], 0))
    #expect(
      Self.close(tr.diagnostics.cleanDischargeMWh, 0) && Self.close(tr.diagnostics.cleanExportMWh, 40.0 * 3 / 7, 1e-4))
  }
}
