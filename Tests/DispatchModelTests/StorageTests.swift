import Foundation
import Testing
import GridIO
import GridModel
import LinearProgramming
@testable import DispatchModel

/// Storage of both kinds shares one formulation; Δt scales every energy.
@Suite("Storage and time step")
struct StorageTests {
  static func threeBus(hours: Int) throws -> Network {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent()
    return try NetworkReader.read(folder: root.appendingPathComponent("Networks/examples/three-bus"), hours: hours)
  }

  /// A row or column by name: its bounds, stage and (for rows) terms by column name.
  struct Entry: Equatable {
    var lower, upper, cost: Double
    var stage: Int
    var terms: [String: Double]
  }

  static func rows(_ p: DispatchProblem) -> [String: Entry] {
    let a = p.lp.matrix
    var rows: [String: Entry] = [:]
    for (i, name) in p.lp.rowNames.enumerated() {
      var terms: [String: Double] = [:]
      for u in a.rowStart[i]..<a.rowStart[i + 1] {
        terms[p.lp.columnNames[a.columnIndices[u]], default: 0] += a.values[u]
      }
      rows[name] = Entry(lower: p.lp.rowLower[i], upper: p.lp.rowUpper[i], cost: 0, stage: p.stages.rowStage[i],
                         terms: terms)
    }
    return rows
  }

  static func columns(_ p: DispatchProblem) -> [String: Entry] {
    var columns: [String: Entry] = [:]
    for (j, name) in p.lp.columnNames.enumerated() {
      columns[name] = Entry(lower: p.lp.columnLower[j], upper: p.lp.columnUpper[j], cost: p.lp.objective[j],
                            stage: p.stages.columnStage[j], terms: [:])
    }
    return columns
  }

  /// Storage the optimiser may build at C (lossy, 2 h, at most 300 MW) against the same storage at 300 MW as a
  /// network storage unit: every row and column of the second LP is in the first with the same name, bounds, cost,
  /// stage and terms (storage balances, first-hour cyclic row, bus balances); the first adds only the capacity
  /// column `cap_C` (border) and the rows that bound charge, discharge and state of charge by it. Over 1 and 2 hours
  /// too, where the cyclic row is a row of the last hour.
  @Test(arguments: [1, 2, 3, 48])
  func builtStorageHasTheRowsOfAStorageUnit(hours: Int) throws {
    let net = try Self.threeBus(hours: hours)
    let e = StorageExpansion(bus: "C", durationH: 2, efficiencyCharge: 0.9, efficiencyDischarge: 0.95,
                             maxPowerMW: 300)
    let built = try DispatchProblem(network: net, expansion: [e])
    let unit = try DispatchProblem(network: StorageExpansion.network(net, adding: [e], powersMW: [300]))
    let (builtRows, unitRows) = (Self.rows(built), Self.rows(unit))
    let (builtColumns, unitColumns) = (Self.columns(built), Self.columns(unit))
    for (name, row) in unitRows { #expect(builtRows[name] == row, "row \(name)") }
    for (name, column) in unitColumns { #expect(builtColumns[name] == column, "column \(name)") }
    let extraRows = Set(builtRows.keys).subtracting(unitRows.keys)
    #expect(extraRows == Set((0..<hours).flatMap { t in
      ["chargecap_", "dischargecap_", "energycap_"].map { "\($0)C-expansion@\(t)" }
    }))
    #expect(Set(builtColumns.keys).subtracting(unitColumns.keys) == ["cap_C"])
    #expect(unitRows[hours > 2 ? "soc_cyclic_C-expansion" : "soc_cyclic_C-expansion@0"] != nil)
    if hours > 1 {
      let balance = try #require(unitRows["soc_C-expansion@1"])
      #expect(balance.terms == ["soc_C-expansion@1": 1, "soc_C-expansion@0": -1, "charge_C-expansion@1": -0.9,
                                "discharge_C-expansion@1": 1 / 0.95])
    }
  }

  /// One bus, 4 July hours: load 100 MW, coal 100 MW at 300 CNY/MWh (0.9 t/MWh), wind 200 MW available in hours 0
  /// and 2, a lossless 1 h battery of 30 MW (1 CNY per MWh discharged) and a CO2 cap of 90 t.
  static func windCoalAndBattery(energyScale: Double) -> Network {
    var study = StudySettings()
    study.co2CapTonnes = 90 * energyScale
    return Network(
      name: "time-step", study: study,
      carriers: [Carrier(id: "coal", clean: false), Carrier(id: "wind", clean: true),
                 Carrier(id: "battery", clean: false)],
      buses: [Bus(id: "A")],
      generators: [
        Generator(id: "coal", bus: "A", carrier: "coal", capacityMW: 100, marginalCostCNYPerMWh: 300,
                  co2TonnesPerMWh: 0.9),
        Generator(id: "wind", bus: "A", carrier: "wind", capacityMW: 200, availability: [1, 0, 1, 0]),
      ],
      storageUnits: [StorageUnit(id: "battery", bus: "A", carrier: "battery", powerMW: 30,
                                 energyMWh: 30 * energyScale, efficiencyCharge: 1, efficiencyDischarge: 1,
                                 standingLossPerHour: 0, initialStateOfCharge: .cyclic)],
      loads: [Load(id: "d", bus: "A", demandMW: [100, 100, 100, 100])],
      snapshots: (0..<4).map { String(format: "2024-07-01T%02d:00", $0) })
  }

  /// With Δt = 1 and storage the optimiser may build (1 h, lossless, 2,190,000 CNY/MW/yr = 1,000 CNY per MW over the
  /// 4 hours, 1 CNY per MWh discharged): the battery and P MW built charge from wind in hours 0 and 2 and discharge
  /// in hours 1 and 3, so coal burns 2 (70 - P) MWh, 0.9 t each. A MW saves 2 MWh of coal (600 CNY) and costs
  /// 1,002 CNY: the LP builds only what the cap needs, 126 - 1.8 P <= 90, P = 20. Objective = coal 100 MWh x 300
  /// + 20 MW x 1,000 + 100 MWh discharged x 1 = 50,100. The targets hold without binding (curtailment 2 (70 - P) of
  /// 400 MWh, CO2 90 t <= 100 t).
  ///
  /// Snapshots of Δt = 2 hours with every energy limit doubled (battery energy, duration, CO2 cap and target) have the
  /// same dispatch in MW at twice the cost: costs per MWh, the storage balance, the CO2 rows, the curtailment target
  /// and the horizon's share of the capital cost all scale with Δt.
  @Test func timeStepScalesEveryEnergy() throws {
    func solve(_ dt: Double) throws -> DispatchResult {
      let e = StorageExpansion(bus: "A", durationH: dt, efficiencyCharge: 1, efficiencyDischarge: 1,
                               annualisedCostCNYPerMWPerYear: 2_190_000, marginalCostCNYPerMWh: 1)
      let p = try DispatchProblem(network: Self.windCoalAndBattery(energyScale: dt), hours: nil, hoursPerSnapshot: dt,
                                  expansion: [e],
                                  constraints: [.curtailment(maxShare: 0.3, bus: nil), .co2(maxTonnes: 100 * dt)])
      #expect(p.hoursPerSnapshot == dt)
      let r = try p.solve()
      #expect(r.status == .optimal, "\(r.statusReason)")
      return r
    }
    let (one, two) = (try solve(1), try solve(2))
    #expect(abs(one.objectiveCNY - 50_100) <= 1e-6 * 50_100, "\(one.objectiveCNY)")
    #expect(abs(one.expansionPowerMW[0] - 20) <= 1e-5, "\(one.expansionPowerMW)")
    #expect(abs(two.objectiveCNY - 2 * one.objectiveCNY) <= 1e-7 * abs(one.objectiveCNY),
            "Δt = 1: \(one.objectiveCNY), Δt = 2: \(two.objectiveCNY)")
    #expect(abs(two.expansionPowerMW[0] - one.expansionPowerMW[0]) <= 1e-5)
    for (a, b) in zip(one.generatorP.joined(), two.generatorP.joined()) { #expect(abs(a - b) <= 1e-5) }
    for (a, b) in zip(one.stateOfCharge.joined(), two.stateOfCharge.joined()) { #expect(abs(2 * a - b) <= 1e-5) }
  }
}
