import Foundation
import Testing
import GridIO
import GridModel
import LinearProgramming
@testable import DispatchModel

/// Storage capacity chosen by the optimiser (border columns) and linear targets.
@Suite("Storage expansion")
struct ExpansionTests {
  static let carriers = [
    Carrier(id: "coal", clean: false), Carrier(id: "wind", clean: true), Carrier(id: "battery", clean: false),
  ]

  /// One bus, 4 July hours: load 100 MW; coal 100 MW at 300 CNY/MWh (0.9 t/MWh); wind 200 MW with availability
  /// (1, 0, 1, 0).
  ///
  /// Without storage: hours 0 and 2 take 100 MW of wind and curtail 100 MW each; hours 1 and 3 burn 100 MW of coal.
  /// Curtailment = 200 of 400 MWh available = 50%; coal 200 MWh, CO2 180 t.
  ///
  /// A lossless 1 h battery of P <= 100 MW charges P from wind in hours 0 and 2 and discharges it in hours 1 and 3
  /// (the cyclic state of charge goes P, 0, P, 0). Curtailment = 2 (100 - P) MWh, a share (100 - P) / 200; coal and
  /// CO2 fall by 2P MWh and 1.8P t. So `curtailment <= 0.25` needs P >= 50, and so does `co2 <= 90`.
  ///
  /// Each MW saves 2 MWh of coal = 600 CNY over the 4 hours and costs C x 4 / 8760 plus 2 MWh discharged at the
  /// cycling cost c = 1 CNY/MWh:
  /// - C = 2,190,000 CNY/MW/yr is 1,000 CNY per MW over the horizon, more than it saves: the LP builds exactly the
  ///   50 MW the target needs. Objective = coal (100 - 50) x 2 h x 300 = 30,000 + storage 50 x 1,000 = 80,000
  ///   + cycling 100 MWh x 1 = 80,100. The target's dual: one more MWh of wind (a row bound 1 higher) takes 0.5 MW
  ///   more (500 CNY) and 1 MWh more discharged (1 CNY), and saves 1 MWh of coal (300 CNY): 201 CNY per MWh.
  /// - C = 876,000 is 400 CNY per MW, less than it saves: the battery pays for itself and is built to 100 MW, where
  ///   curtailment is 0 and the target does not bind (dual 0). Objective = 100 x 400 + 200 MWh x 1 = 40,200.
  /// - Without a target and at C = 2,190,000 nothing is built: objective = 200 x 300 = 60,000.
  static func windAndCoal() -> Network {
    Network(
      name: "expansion", carriers: carriers, buses: [Bus(id: "A")],
      generators: [
        Generator(id: "coal", bus: "A", carrier: "coal", capacityMW: 100, marginalCostCNYPerMWh: 300,
                  co2TonnesPerMWh: 0.9),
        Generator(id: "wind", bus: "A", carrier: "wind", capacityMW: 200, availability: [1, 0, 1, 0]),
      ],
      loads: [Load(id: "d", bus: "A", demandMW: [100, 100, 100, 100])],
      snapshots: (0..<4).map { String(format: "2024-07-01T%02d:00", $0) })
  }

  static func battery(cost: Double, maxPowerMW: Double? = nil) -> StorageExpansion {
    StorageExpansion(bus: "A", durationH: 1, efficiencyCharge: 1, efficiencyDischarge: 1,
                     annualisedCostCNYPerMWPerYear: cost, maxPowerMW: maxPowerMW, marginalCostCNYPerMWh: 1)
  }

  static func solve(_ p: DispatchProblem, general: Bool = false) throws -> DispatchResult {
    var s = InteriorPointSettings()
    let r: DispatchResult
    if general {
      s.backend = .general
      r = DispatchResult(problem: p, solution: try InteriorPointSolver(settings: s).solve(p.lp))
    } else {
      r = try p.solve(settings: s)
    }
    #expect(r.status == .optimal, "\(r.statusReason)")
    return r
  }

  static func curtailmentShare(_ r: DispatchResult) -> Double {
    var c = 0.0
    var a = 0.0
    for (g, gen) in r.network.generators.enumerated() where gen.availability != nil {
      c += r.generatorCurtailment[g].reduce(0, +)
      a += r.generatorCurtailment[g].reduce(0, +) + r.generatorP[g].reduce(0, +)
    }
    return c / a
  }

  @Test(arguments: [LinearTarget.curtailment(maxShare: 0.25, bus: nil), .curtailment(maxShare: 0.25, bus: "A"),
                    .co2(maxTonnes: 90)])
  func cheapestBatteryMeetingTheTarget(target: LinearTarget) throws {
    let p = try DispatchProblem(network: Self.windAndCoal(), expansion: [Self.battery(cost: 2_190_000)],
                                constraints: [target])
    let r = try Self.solve(p)
    #expect(abs(r.expansionPowerMW[0] - 50) < 1e-4, "\(r.expansionPowerMW)")
    #expect(abs(r.objectiveCNY - 80_100) < 1e-2)
    #expect(abs(Self.curtailmentShare(r) - 0.25) < 1e-6)
    // The result carries the built battery as a storage unit: 50 MW / 50 MWh, charging in hours 0 and 2.
    let unit = try #require(r.network.storageUnits.last)
    #expect(unit.id == "A-expansion" && abs(unit.powerMW - 50) < 1e-4 && abs(unit.energyMWh - 50) < 1e-4)
    #expect(abs(r.storageP[0][0] + 50) < 1e-4 && abs(r.storageP[0][1] - 50) < 1e-4)
    if case .curtailment = target {
      #expect(abs(r.targetDuals[0] - 201) < 1e-3, "\(r.targetDuals)")
    } else {
      // One more tonne allowed saves 1/1.8 MW of storage (555.6 CNY) and 1/0.9 MWh discharged (1.1 CNY), and costs
      // 1/0.9 MWh of coal (333.3 CNY).
      #expect(abs(r.targetDuals[0] - -(1000.0 / 1.8 + 1 / 0.9 - 300 / 0.9)) < 1e-3, "\(r.targetDuals)")
    }
  }

  @Test func storageThatPaysForItselfIsBuiltLarger() throws {
    let p = try DispatchProblem(network: Self.windAndCoal(), expansion: [Self.battery(cost: 876_000)],
                                constraints: [.curtailment(maxShare: 0.25, bus: nil)])
    let r = try Self.solve(p)
    #expect(abs(r.expansionPowerMW[0] - 100) < 1e-4)
    #expect(abs(r.objectiveCNY - 40_200) < 1e-2)
    #expect(abs(r.targetDuals[0]) < 1e-4)
  }

  @Test func nothingIsBuiltWithoutATarget() throws {
    let r = try Self.solve(try DispatchProblem(network: Self.windAndCoal(), expansion: [Self.battery(cost: 2_190_000)]))
    #expect(abs(r.expansionPowerMW[0]) < 1e-4)
    #expect(abs(r.objectiveCNY - 60_000) < 1e-2)
  }

  /// A power limit below what the target needs makes the LP infeasible (a status, not an error).
  @Test func targetOutOfReachIsInfeasible() throws {
    let p = try DispatchProblem(network: Self.windAndCoal(), expansion: [Self.battery(cost: 2_190_000, maxPowerMW: 40)],
                                constraints: [.curtailment(maxShare: 0.25, bus: nil)])
    let r = try p.solve()
    #expect(r.status == .primalInfeasible)
  }

  /// Load 100 MW; coal 80 MW at 300; wind 100 MW with availability (1, 0): hour 1 is 20 MW short and sheds it at
  /// 10,000 CNY/MWh. A lossless 1 h battery of 20 MW moves 20 MWh of surplus wind from hour 0 to hour 1. At
  /// C = 87,600,000 CNY/MW/yr (20,000 per MW over 2 h) shedding is cheaper, so nothing is built without a target;
  /// `unserved==0` builds exactly 20 MW.
  @Test func noUnservedLoad() throws {
    let net = Network(
      name: "short", carriers: Self.carriers, buses: [Bus(id: "A")],
      generators: [
        Generator(id: "coal", bus: "A", carrier: "coal", capacityMW: 80, marginalCostCNYPerMWh: 300),
        Generator(id: "wind", bus: "A", carrier: "wind", capacityMW: 100, availability: [1, 0]),
      ],
      loads: [Load(id: "d", bus: "A", demandMW: [100, 100], valueOfLostLoadCNYPerMWh: 10_000)],
      snapshots: ["2024-07-01T00:00", "2024-07-01T01:00"])
    let battery = StorageExpansion(bus: "A", durationH: 1, efficiencyCharge: 1, efficiencyDischarge: 1,
                                   annualisedCostCNYPerMWPerYear: 87_600_000)
    let without = try Self.solve(try DispatchProblem(network: net, expansion: [battery]))
    #expect(abs(without.expansionPowerMW[0]) < 1e-4 && abs(without.loadShed[0][1] - 20) < 1e-4)
    let with = try Self.solve(try DispatchProblem(network: net, expansion: [battery], constraints: [.noUnservedLoad]))
    #expect(abs(with.expansionPowerMW[0] - 20) < 1e-4)
    #expect(with.loadShed[0].allSatisfy { abs($0) < 1e-6 })
  }

  /// The three-bus example, with more wind at B so that it curtails.
  static func threeBus(windMW: Int = 2500, hours: Int = 48) -> Network {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent()
    return try! NetworkReader.read(folder: root.appendingPathComponent("Networks/examples/three-bus"),
                                   overrides: ["generators[B-wind].capacity_mw=\(windMW)"], hours: hours)
  }

  static func threeBusExpansion() -> [StorageExpansion] {
    [StorageExpansion(bus: "A", durationH: 4, annualisedCostCNYPerMWPerYear: 1_200_000),
     StorageExpansion(bus: "C", durationH: 2, efficiencyCharge: 0.9, efficiencyDischarge: 0.95,
                      annualisedCostCNYPerMWPerYear: 900_000, maxPowerMW: 300)]
  }

  /// The border: capacity columns and cyclic and target rows have no `@`, every other row and column ends in `@t`
  /// and is in stage t; the staged and the general backend reach the same optimum. (1500 MW of wind over 48 h: the
  /// capacity columns have 144 entries and the general backend splits them off as dense columns; 2500 MW over 12 h:
  /// they stay in its envelope. With 2500 MW over 24 or 48 h the general backend's dense-column path stalls while
  /// the staged backend agrees with HiGHS to 1e-9.)
  @Test(arguments: [(1500, 48), (2500, 12)])
  func borderStructureStagedAndGeneralAgree(windMW: Int, hours: Int) throws {
    let net = Self.threeBus(windMW: windMW, hours: hours)
    let base = try Self.solve(try DispatchProblem(network: net))
    let share = windMW < 2000 ? 0 : 0.5 * Self.curtailmentShare(base)
    let targets: [LinearTarget] = [.curtailment(maxShare: share, bus: nil),
                                   .curtailment(maxShare: 0.9, bus: "A"), .co2(maxTonnes: 1e9)]
    let p = try DispatchProblem(network: net, expansion: Self.threeBusExpansion(), constraints: targets)
    #expect(StageStructure.fromNames(p.lp) == p.stages)
    for j in p.expansion.capacityColumns { #expect(p.stages.columnStage[j] == StageStructure.border) }
    for (x, cols) in p.expansion.chargeColumns.enumerated() {
      for (t, j) in cols.enumerated() {
        #expect(p.stages.columnStage[j] == t && p.lp.columnNames[j].hasSuffix("@\(t)"))
        #expect(p.stages.columnStage[p.expansion.socColumns[x][t]] == t)
      }
    }
    for row in p.expansion.targetRows.compactMap({ $0 }) { #expect(p.stages.rowStage[row] == StageStructure.border) }
    let staged = try Self.solve(p)
    let general = try Self.solve(p, general: true)
    #expect(abs(staged.objectiveCNY - general.objectiveCNY) <= 1e-7 * abs(general.objectiveCNY),
            "staged \(staged.objectiveCNY), general \(general.objectiveCNY)")
    for (a, b) in zip(staged.expansionPowerMW, general.expansionPowerMW) { #expect(abs(a - b) < 1e-3 * max(1, b)) }
    #expect(staged.expansionPowerMW.reduce(0, +) > 1, "the curtailment target should make the LP build storage")
    #expect(Self.curtailmentShare(staged) <= share + 1e-7)
  }

  /// With the capacity column fixed, the LP is the dispatch of the network with that storage as a storage unit
  /// (lossy, different durations at two buses) plus the capacity's cost.
  @Test func fixedCapacityMatchesTheStorageUnit() throws {
    let net = Self.threeBus()
    let expansions = Self.threeBusExpansion()
    let powers = [150.0, 80.0]
    var p = try DispatchProblem(network: net, expansion: expansions)
    for (j, mw) in zip(p.expansion.capacityColumns, powers) { p.lp.columnLower[j] = mw; p.lp.columnUpper[j] = mw }
    let lp = try Self.solve(p)
    let fixed = try Self.solve(try DispatchProblem(network: StorageExpansion.network(net, adding: expansions,
                                                                                     powersMW: powers)))
    let capital = zip(expansions, powers).reduce(0.0) { $0 + $1.0.cost(powerMW: $1.1, hours: net.snapshots.count) }
    #expect(abs(lp.objectiveCNY - capital - fixed.objectiveCNY) <= 1e-7 * abs(fixed.objectiveCNY))
  }

  @Test func badInputIsAClearError() throws {
    let net = Self.windAndCoal()
    #expect(throws: ExpansionError.unknownBus("Z")) {
      try DispatchProblem(network: net, expansion: [StorageExpansion(bus: "Z")])
    }
    #expect(throws: ExpansionError.duplicateBus("A")) {
      try DispatchProblem(network: net, expansion: [StorageExpansion(bus: "A"), StorageExpansion(bus: "A")])
    }
    do {
      _ = try DispatchProblem(network: net, expansion: [StorageExpansion(bus: "A", durationH: 0)])
      Issue.record("a zero duration must be rejected")
    } catch {
      #expect(String(describing: error).contains("duration_h is 0.0; allowed"))
    }
  }
}
