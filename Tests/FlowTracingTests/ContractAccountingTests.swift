import DispatchModel
import GridModel
import Testing

@testable import FlowTracing

/// Contract clean shares against shares worked out by hand, next to the physical tracing of the same dispatch.
@Suite("Contract accounting")
struct ContractAccountingTests {
  static let carriers = [
    Carrier(id: "coal", clean: false), Carrier(id: "wind", clean: true),
    Carrier(id: "battery", clean: false),
  ]

  static func solve(_ net: Network) throws -> DispatchResult {
    #expect(net.validate().filter { $0.severity == .error }.isEmpty, "\(net.validate())")
    let r = try DispatchProblem(network: net).solve()
    #expect(r.status == .optimal, "\(r.statusReason)")
    return r
  }

  /// One bus A: 400 MW of coal that must run flat out (p_min_pu 1), 1,000 MW of wind available at 0.9, a 700 MW
  /// load, and a corridor A→X on a schedule of 500 MW in hour 0 and 300 MW in hour 1, whose supporting plant is the
  /// coal. Every flow is forced: wind = load + corridor - coal = 800 and 600 MW.
  ///
  /// Tracing: A's throughflow is 400 coal + 800 wind in hour 0 (clean 2/3) and 400 + 600 in hour 1 (clean 0.6);
  /// the corridor carries that mix: 500·2/3 + 300·0.6 = 513.333 MWh clean of 800, 0.641667.
  /// Contract: hour 0 attributes min(400, 500) = 400 MW of coal to the corridor; the remaining 100 MW carry A's
  /// traced mix, 66.667 MW clean: share 0.133333. Hour 1 attributes min(400, 300) = 300 MW of coal; nothing is left
  /// for A's mix, share 0; the 100 MW of coal surplus go to A's load. Over both hours 66.667 / 800 = 0.083333;
  /// supporting output 800 MWh, 700 of it attributed.
  @Test func supportingCoalSetsTheContractShare() throws {
    let net = Network(
      name: "bundle", carriers: Self.carriers,
      buses: [Bus(id: "A"), Bus(id: "X", external: true, priceCNYPerMWh: 300)],
      links: [
        Link(
          id: "A-X", bus0: "A", bus1: "X", ratingMW: 1000, delivery: .schedule([500, 300]),
          supporting: ["A-coal"])
      ],
      generators: [
        Generator(id: "A-coal", bus: "A", carrier: "coal", capacityMW: 400, pMinPU: 1, marginalCostCNYPerMWh: 200),
        Generator(id: "A-wind", bus: "A", carrier: "wind", capacityMW: 1000, availability: [0.9, 0.9]),
      ],
      loads: [Load(id: "A-load", bus: "A", demandMW: [700, 700])],
      snapshots: ["2024-07-01T00:00", "2024-07-01T01:00"])
    let r = try Self.solve(net)
    #expect(abs(r.linkP0[0][0] - 500) < 1e-4 && abs(r.linkP0[0][1] - 300) < 1e-4)
    let trace = FlowTracer.trace(r)
    #expect(abs(trace.linkCleanShare[0][0] - 2.0 / 3) < 1e-6)
    #expect(abs(trace.linkCleanShare[0][1] - 0.6) < 1e-6)
    #expect(abs(trace.linkYearlyCleanShare[0] - 513.333333 / 800) < 1e-6)
    let contract = ContractAccounting(r, trace: trace)
    #expect(abs(contract.cleanShare[0][0] - 0.133333) < 1e-6)
    #expect(abs(contract.cleanShare[0][1]) < 1e-6)
    #expect(abs(contract.yearlyCleanShare[0] - 0.083333) < 1e-6)
    #expect(abs(contract.supportingMWh[0] - 800) < 1e-3)
    #expect(abs(contract.attributedMWh[0] - 700) < 1e-3)
  }

  /// A bundle of coal and wind is attributed pro rata of its output. Hour 0: the corridor sends 100 MW, the bundle
  /// makes 150 coal + 50 wind: 100 MW attributed at 25% clean, share 0.25 (the node's 0.9 plays no part).
  /// Hour 1: the corridor sends 400 MW, the bundle the same 200 MW: all 200 attributed (50 clean), the other 200 at the
  /// node's 0.5 (100 clean): 150 / 400 = 0.375. Hour 2: no flow, no share. A second link without supporting plants
  /// keeps the node's traced share, 0.9 and 0.5.
  @Test func mixedBundleIsAttributedProRata() {
    let c = ContractAccounting(
      links: ["K", "L"], linkIsExport: [true, true], p0MW: [[100, 400, 0], [10, 10, 0]], sendingBus: [0, 0],
      supportingMW: [[200, 200, 200], [0, 0, 0]], supportingCleanMW: [[50, 50, 50], [0, 0, 0]],
      busCleanShare: [[0.9, 0.5, 0.7]])
    #expect(abs(c.cleanShare[0][0] - 0.25) < 1e-12)
    #expect(abs(c.cleanShare[0][1] - 0.375) < 1e-12)
    #expect(c.cleanShare[0][2].isNaN)
    #expect(abs(c.cleanShare[1][0] - 0.9) < 1e-12 && abs(c.cleanShare[1][1] - 0.5) < 1e-12)
    #expect(abs(c.yearlyCleanShare[0] - 175.0 / 500) < 1e-12)
    #expect(abs(c.attributedMWh[0] - 300) < 1e-12 && abs(c.supportingMWh[0] - 600) < 1e-12)
  }

  /// A dedicated base: bus K holds only wind (1,000 MW, available 0.1, 0.9, 0.9, 0.1) and a battery (300 MW,
  /// 600 MWh, lossless), sends a corridor K→X that must carry at least half its 400 MW rating in every hour (a
  /// delivery curve), and has a one-way link K→A into a grid bus A with must-run coal and load. Nothing flows into K,
  /// so everything K sends is wind or battery energy charged from wind: the corridor's traced share is exactly 1 in
  /// every hour with flow, and so is the contract share (the wind is its supporting plant).
  @Test func dedicatedBaseIsExactlyClean() throws {
    let net = Network(
      name: "base", carriers: Self.carriers,
      buses: [Bus(id: "K"), Bus(id: "A"), Bus(id: "X", external: true, priceCNYPerMWh: 300)],
      links: [
        Link(
          id: "K-X", bus0: "K", bus1: "X", ratingMW: 400, efficiency: 0.95,
          delivery: .curve(minPU: [0.5, 0.5, 0.5, 0.5]), supporting: ["K-wind"]),
        Link(id: "K-A", bus0: "K", bus1: "A", ratingMW: 500),
      ],
      generators: [
        Generator(id: "K-wind", bus: "K", carrier: "wind", capacityMW: 1000, availability: [0.1, 0.9, 0.9, 0.1]),
        Generator(id: "A-coal", bus: "A", carrier: "coal", capacityMW: 1000, pMinPU: 0.4, marginalCostCNYPerMWh: 200),
      ],
      storageUnits: [StorageUnit(id: "K-battery", bus: "K", carrier: "battery", powerMW: 300, energyMWh: 600)],
      loads: [Load(id: "A-load", bus: "A", demandMW: [600, 600, 600, 600])],
      snapshots: (0..<4).map { "2024-07-01T0\($0):00" })
    let r = try Self.solve(net)
    let trace = FlowTracer.trace(r)
    let contract = ContractAccounting(r, trace: trace)
    for t in 0..<4 {
      #expect(r.linkP0[0][t] >= 200 - 1e-4, "hour \(t): the curve asks for 200 MW")
      #expect(abs(trace.linkCleanShare[0][t] - 1) < 1e-12, "hour \(t): \(trace.linkCleanShare[0][t])")
      #expect(abs(contract.cleanShare[0][t] - 1) < 1e-12)
    }
    #expect(abs(trace.linkYearlyCleanShare[0] - 1) < 1e-12)
  }
}
