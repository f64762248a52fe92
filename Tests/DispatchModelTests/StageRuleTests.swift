import Foundation
import Testing
import GridIO
import GridModel
import LinearProgramming
@testable import DispatchModel

/// The stage rule of ``DispatchProblem``'s overview, on the LPs it builds: a row of stage t touches columns of
/// stages t and t-1 and border columns only; hence two rows that share a non-border column lie in the same or in
/// neighbouring stages (the contract ``StageStructure`` states and the staged backend checks); names carry the
/// stages; and the border does not grow with the horizon.
@Suite("Stage rule")
struct StageRuleTests {
  /// LPs with every family: three-bus (cyclic battery, ramping coal, an export link, a line cycle) and the default
  /// network, with a CO2 cap, a fixed initial state of charge, storage the optimiser builds and linear targets.
  enum Case: String, CaseIterable, Sendable {
    case threeBus
    case threeBusScheduleFixedInitialCO2Cap
    case threeBusExpansionAndTargets
    case innerMongoliaExpansionTargetsCO2Cap
    case threeBusCommitment
    case innerMongoliaCommitment
    /// Heat (committable extraction CHP, boilers, electric boiler, cyclic heat store) and flexible loads (daily and
    /// horizon curtailment caps, a shiftable backlog, an electrolyser).
    case threeBusHeatAndFlexibleLoads
    case innerMongoliaHeatElectricBoilers

    /// Every coal and gas generator committable, with minimum up and down times (chained state columns), start-up
    /// and shut-down ramps and equal start-up and shut-down costs (the tightening rows), started 1 hour before; and
    /// operating reserves in every area of an internal bus (storage headroom columns and rows).
    static func committable(_ net: Network) -> Network {
      var net = net
      for area in Set(net.buses.filter { !$0.external }.map(\.area)) {
        net.reserves[area] = ReserveRequirement(upLoadPU: 0.03, upVariablePU: 0.05, downLoadPU: 0.02,
                                                downVariablePU: 0.05)
      }
      for g in net.generators.indices where ["coal", "gas"].contains(net.generators[g].carrier) {
        net.generators[g].commitment = UnitCommitment(
          startUpCostCNYPerMW: 100, shutDownCostCNYPerMW: 100, minUpTimeHours: 4, minDownTimeHours: 3,
          rampStartUpPU: 0.6, rampShutDownPU: 0.6, upTimeBeforeHours: 1)
      }
      return net
    }

    func problem(hours: Int) throws -> DispatchProblem {
      let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Networks")
      let threeBus = root.appendingPathComponent("examples/three-bus")
      let built = [StorageExpansion(bus: "A", durationH: 4), StorageExpansion(bus: "C", durationH: 2, maxPowerMW: 300)]
      let targets: [LinearTarget] = [.curtailment(maxShare: 0.1, bus: nil), .curtailment(maxShare: 0.2, bus: "B"),
                                     .co2(maxTonnes: 1e6), .noUnservedLoad]
      switch self {
      case .threeBusHeatAndFlexibleLoads:
        let net = try NetworkReader.read(folder: threeBus, scenario: "heat-flex", hours: hours)
        return try DispatchProblem(network: Self.committable(net))
      case .innerMongoliaHeatElectricBoilers:
        return try DispatchProblem(network: NetworkReader.read(
          folder: root.appendingPathComponent("inner-mongolia"), scenario: "heat-electric-boilers", hours: hours))
      case .threeBusCommitment:
        return try DispatchProblem(network: Self.committable(NetworkReader.read(folder: threeBus, hours: hours)))
      case .innerMongoliaCommitment:
        let net = try NetworkReader.read(folder: root.appendingPathComponent("inner-mongolia"), hours: hours)
        return try DispatchProblem(network: Self.committable(net))
      case .threeBus:
        return try DispatchProblem(network: NetworkReader.read(folder: threeBus, hours: hours))
      case .threeBusScheduleFixedInitialCO2Cap:
        let net = try NetworkReader.read(
          folder: threeBus, scenario: "export-schedule",
          overrides: ["storage_units[B-battery].soc_initial_pu=0.5", "study.co2_cap_t=20000"], hours: hours)
        return try DispatchProblem(network: net)
      case .threeBusExpansionAndTargets:
        let net = try NetworkReader.read(folder: threeBus, overrides: ["study.co2_cap_t=20000"], hours: hours)
        return try DispatchProblem(network: net, expansion: built, constraints: targets)
      case .innerMongoliaExpansionTargetsCO2Cap:
        let net = try NetworkReader.read(
          folder: root.appendingPathComponent("inner-mongolia"),
          overrides: ["study.co2_cap_t=1e8", "storage_units[CF-phs].soc_initial_pu=0.5"], hours: hours)
        return try DispatchProblem(
          network: net, expansion: [StorageExpansion(bus: "ORD"), StorageExpansion(bus: "BT", maxPowerMW: 1000)],
          constraints: [.curtailment(maxShare: 0.05, bus: nil), .co2(maxTonnes: 1e7), .noUnservedLoad])
      }
    }
  }

  /// Every breach of the rule, by row or column name (empty when the LP keeps it).
  static func breaches(_ lp: LinearProgram, _ stages: StageStructure, hours: Int) -> [String] {
    let border = StageStructure.border
    let a = lp.matrix
    var found: [String] = []
    for (j, s) in stages.columnStage.enumerated() where s != border && !(0..<hours).contains(s) {
      found.append("column \(lp.columnNames[j]) has stage \(s)")
    }
    // Row by row: a row of stage t touches stages t-1, t and the border.
    var rowsOfColumn = [[Int]](repeating: [], count: a.columnCount)
    for i in 0..<a.rowCount {
      let t = stages.rowStage[i]
      if t != border && !(0..<hours).contains(t) { found.append("row \(lp.rowNames[i]) has stage \(t)") }
      for u in a.rowStart[i]..<a.rowStart[i + 1] {
        let j = a.columnIndices[u]
        rowsOfColumn[j].append(i)
        let s = stages.columnStage[j]
        if t != border && s != border && s != t && s != t - 1 {
          found.append("row \(lp.rowNames[i]) (stage \(t)) touches \(lp.columnNames[j]) (stage \(s))")
        }
      }
    }
    // Column by column, the staged backend's contract: the stage rows sharing a stage column span at most two
    // neighbouring stages.
    for (j, rows) in rowsOfColumn.enumerated() where stages.columnStage[j] != border {
      let rowStages = rows.map { stages.rowStage[$0] }.filter { $0 != border }
      if let lo = rowStages.min(), let hi = rowStages.max(), hi - lo > 1 {
        found.append("column \(lp.columnNames[j]) is in rows of stages \(lo) and \(hi)")
      }
    }
    return found
  }

  @Test(arguments: Case.allCases)
  func rowsCoupleOnlyNeighbouringStages(_ c: Case) throws {
    let p = try c.problem(hours: 48)
    let found = Self.breaches(p.lp, p.stages, hours: 48)
    #expect(found.count == 0, "first breaches: \(found.prefix(3))")
    let named = StageStructure.fromNames(p.lp)
    let misnamedRows = p.lp.rowNames.indices.filter { named.rowStage[$0] != p.stages.rowStage[$0] }
    let misnamedColumns = p.lp.columnNames.indices.filter { named.columnStage[$0] != p.stages.columnStage[$0] }
    let misnamed = misnamedRows.map { p.lp.rowNames[$0] } + misnamedColumns.map { p.lp.columnNames[$0] }
    #expect(misnamed.count == 0, "a name's @t should be its stage, no @ for the border: \(misnamed.prefix(3))")
    // Rows of stage t that reach back to stage t-1 exist (storage, ramping): the check has something to check.
    let a = p.lp.matrix
    let coupling = (0..<a.rowCount).filter { i in
      let t = p.stages.rowStage[i]
      let columns = a.rowStart[i]..<a.rowStart[i + 1]
      return t > 0 && columns.contains { p.stages.columnStage[a.columnIndices[$0]] == t - 1 }
    }
    #expect(coupling.count >= 47)
  }

  /// The border holds horizon-wide rows and columns (cyclic storage, CO2 cap, targets, built capacity), never rows
  /// or columns per hour: it is the same at 24 and 48 hours.
  @Test(arguments: Case.allCases)
  func borderDoesNotGrowWithTheHorizon(_ c: Case) throws {
    func borderSize(_ p: DispatchProblem) -> (Int, Int) {
      (p.stages.rowStage.filter { $0 == StageStructure.border }.count,
       p.stages.columnStage.filter { $0 == StageStructure.border }.count)
    }
    let (short, long) = (try c.problem(hours: 24), try c.problem(hours: 48))
    #expect(borderSize(short) == borderSize(long))
    #expect(borderSize(long).0 > 0)
  }

  /// The check finds a breach: the same LP with one cyclic row moved from the border into stage 0 (it touches the
  /// last hour's state of charge) and one ramp row reaching two hours back.
  @Test func breachesAreFound() throws {
    let p = try Case.threeBus.problem(hours: 48)
    var stages = p.stages
    let cyclic = try #require(p.lp.rowNames.firstIndex(of: "soc_cyclic_B-battery"))
    stages.rowStage[cyclic] = 0
    #expect(Self.breaches(p.lp, stages, hours: 48).contains {
      $0 == "row soc_cyclic_B-battery (stage 0) touches soc_B-battery@47 (stage 47)"
    })
    var lp = p.lp
    let ramp = try #require(lp.rowNames.firstIndex(of: "ramp_A-coal@5"))
    let m = lp.matrix
    var columns = m.columnIndices
    let previous = try #require((m.rowStart[ramp]..<m.rowStart[ramp + 1]).first {
      lp.columnNames[columns[$0]] == "p_A-coal@4"
    })
    columns[previous] = p.generatorColumns[0][3]
    lp.matrix = SparseMatrix(rowCount: m.rowCount, columnCount: m.columnCount, rowStart: m.rowStart,
                             columnIndices: columns, values: m.values)
    let found = Self.breaches(lp, p.stages, hours: 48)
    #expect(found.contains("row ramp_A-coal@5 (stage 5) touches p_A-coal@3 (stage 3)"))
    #expect(found.contains("column p_A-coal@3 is in rows of stages 3 and 5"))
  }
}
