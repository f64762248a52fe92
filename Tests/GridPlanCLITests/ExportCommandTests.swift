import Foundation
import LinearProgramming
import ReferencePython
import Testing

@testable import GridPlanCLI

enum ExportFixture {
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()
  static let threeBus = root.appendingPathComponent("Networks/examples/three-bus").path
  static let innerMongolia = root.appendingPathComponent("Networks/inner-mongolia").path
  static let script = ReferencePython.script("pypsa_optimize.py")
  static let highs = ReferencePython.script("highs_solve.py")

  static func temporary(_ tag: String) -> URL {
    URL(fileURLWithPath: NSTemporaryDirectory()).appendingPathComponent("gridplan-\(tag)-\(UUID().uuidString)")
  }

  /// `gridplan run` in-process; the total cost from summary.csv.
  static func runObjective(_ arguments: [String]) throws -> Double {
    let summary = try runSummary(arguments)
    guard let v = summary["total_cost"].flatMap({ Double($0) }) else { throw TestFailure("no total_cost in summary.csv") }
    return v
  }

  /// `gridplan run` in-process; summary.csv's values of the rows without a component, by metric.
  static func runSummary(_ arguments: [String]) throws -> [String: String] {
    let out = temporary("run")
    defer { try? FileManager.default.removeItem(at: out) }
    var command = try GridPlanCommand.parseAsRoot(["run"] + arguments + ["--out", out.path, "--quiet"])
    try command.run()
    let summary = try String(contentsOf: out.appendingPathComponent("summary.csv"), encoding: .utf8)
    var values: [String: String] = [:]
    for line in summary.split(separator: "\n") {
      let fields = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
      if fields.count == 4 && fields[1].isEmpty { values[fields[0]] = fields[3] }
    }
    return values
  }
}

struct TestFailure: Error, CustomStringConvertible {
  var description: String
  init(_ d: String) { description = d }
}

func relativeDifference(_ a: Double, _ b: Double) -> Double { abs(a - b) / max(1, abs(b)) }

/// `gridplan export --format pypsa` against PyPSA 1.4 with HiGHS: the exported folder, imported into PyPSA and
/// optimised there, has GridPlan's objective (an independent model build and an independent solver).
// Required under `make test`; a bare `swift test` skips them when .venv's Python lacks pypsa or highspy.
@Suite(
  "PyPSA objective", .serialized,
  .enabled(if: ReferencePython.enabled("pypsa", "highspy"), "needs pypsa and highspy: run `make test`"))
struct PyPSAObjectiveTests {
  /// - Parameter backend: the interior-point backend GridPlan's run must have chosen (nil: either).
  func compare(network: String, _ options: [String], scriptFlags: [String] = [], backend: String? = nil) throws
    -> (gridplan: Double, pypsa: Double)
  {
    let folder = ExportFixture.temporary("pypsa")
    defer { try? FileManager.default.removeItem(at: folder) }
    var export = try GridPlanCommand.parseAsRoot(["export", "--format", "pypsa", network, folder.path] + options)
    try export.run()
    let summary = try ExportFixture.runSummary([network] + options)
    let gridplan = try #require(summary["total_cost"].flatMap { Double($0) })
    if let backend { #expect(summary["solver_backend"] == backend) }
    let result = try ReferencePython.json([ExportFixture.script, folder.path] + scriptFlags)
    #expect(result["status"] as? String == "optimal")
    let pypsa = try #require(result["objective"] as? Double)
    #expect(relativeDifference(pypsa, gridplan) <= 1e-6, "GridPlan \(gridplan), PyPSA \(pypsa)")
    return (gridplan, pypsa)
  }

  @Test func threeBus() throws {
    _ = try compare(network: ExportFixture.threeBus, [])
  }

  /// A quadratic generator cost (marginal_cost_quadratic in PyPSA): a QP for GridPlan's staged backend over the 48
  /// hours and for HiGHS's QP solver under PyPSA; the quadratic term raises the cost.
  @Test func threeBusQuadraticCost() throws {
    let options = ["--set", "generators[A-coal].marginal_cost_quadratic_cny_per_mw2h=0.05"]
    let r = try compare(network: ExportFixture.threeBus, options)
    let linear = try ExportFixture.runObjective([ExportFixture.threeBus])
    #expect(r.gridplan > linear * (1 + 1e-3))
  }

  /// A delivery curve (PyPSA: the link's hourly p_min_pu) and supporting plants (results only: no PyPSA form, no
  /// effect on the objective).
  @Test func threeBusDeliveryCurve() throws {
    let curve = (0..<24).map { $0 >= 8 && $0 < 18 ? "0.6" : "0.2" }.joined(separator: ", ")
    _ = try compare(network: ExportFixture.threeBus, [
      "--set", "links[C-X].delivery={rule: curve, min_pu_by_hour: [\(curve)]}",
      "--set", "links[C-X].supporting=[A-coal]",
    ])
  }

  /// Schedule and firm delivery, a fixed initial state of charge, a backup unit, a carbon price and a binding CO2 cap.
  @Test func threeBusEveryRule() throws {
    let options = [
      "--scenario", "export-schedule", "--set", "storage_units[B-battery].soc_initial_pu=0.5", "--set",
      "generators[A-coal].ramp_pu_per_h=0.1", "--set", "study.co2_cap_t=30000",
    ]
    let r = try compare(network: ExportFixture.threeBus, options)
    // The cap binds: without it the cost is lower.
    let uncapped = try ExportFixture.runObjective([ExportFixture.threeBus] + options.dropLast(2))
    #expect(uncapped < r.gridplan * (1 - 1e-4))
  }

  static func committable(_ fields: [String: String]) -> [String] {
    fields.sorted { $0.key < $1.key }.flatMap { ["--set", "generators[A-coal].\($0.key)=\($0.value)"] }
  }

  /// The coal unit committable with equal start-up and shut-down costs (PyPSA's tightening rows), minimum up and
  /// down times, start-up and shut-down ramps, started 2 hours before the horizon (so its 4-hour minimum up time
  /// holds it on in hours 0 and 1), and its CHP must-run as a floor on committed capacity (January).
  @Test func threeBusCommitmentTightened() throws {
    let options = Self.committable([
      "committable": "true", "start_up_cost_cny_per_mw": "50", "shut_down_cost_cny_per_mw": "50",
      "min_up_time_h": "4", "min_down_time_h": "3", "ramp_start_up_pu": "0.6", "ramp_shut_down_pu": "0.7",
      "up_time_before_h": "2",
    ])
    _ = try compare(network: ExportFixture.threeBus, options, scriptFlags: ["--linearized-unit-commitment"],
                    backend: "staged")
  }

  /// The coal unit committable with a start-up cost only, off for 2 hours before the horizon with a 6-hour minimum
  /// down time (so off in hours 0-3), no must-run: commitment binds (the cost differs from the always-online model).
  @Test func threeBusCommitmentOffBefore() throws {
    let options = Self.committable([
      "committable": "true", "start_up_cost_cny_per_mw": "80", "min_up_time_h": "5", "min_down_time_h": "6",
      "ramp_start_up_pu": "0.6", "ramp_shut_down_pu": "0.5", "down_time_before_h": "2", "heating_must_run_pu": "0",
    ])
    let r = try compare(network: ExportFixture.threeBus, options, scriptFlags: ["--linearized-unit-commitment"],
                        backend: "staged")
    let online = try ExportFixture.runObjective(
      [ExportFixture.threeBus, "--set", "generators[A-coal].heating_must_run_pu=0"])
    #expect(relativeDifference(r.gridplan, online) > 1e-3)
  }

  /// A winter week of the default network with every coal and gas cluster committable (scenario `commitment`),
  /// solved by the general backend, which the automatic choice takes for these large stage blocks.
  @Test func defaultNetworkWeekCommitment() throws {
    _ = try compare(
      network: ExportFixture.innerMongolia,
      ["--scenario", "commitment", "--hours", "168", "--start", "2024-01-08T00:00"],
      scriptFlags: ["--linearized-unit-commitment"], backend: "general")
  }

  /// A winter week of the default network: CHP must-run, 11 scheduled corridors, storage, two AC islands; solved by
  /// the staged backend.
  @Test func defaultNetworkWeek() throws {
    _ = try compare(network: ExportFixture.innerMongolia, ["--hours", "168", "--start", "2024-01-08T00:00"],
                    backend: "staged")
  }
}

/// `gridplan export --format mps` writes the LP `gridplan run` solves.
@Suite("MPS export", .serialized)
struct MPSExportTests {
  @Test func mpsSolvesToRunsObjective() throws {
    let folder = ExportFixture.temporary("mps")
    defer { try? FileManager.default.removeItem(at: folder) }
    let options = ["--scenario", "export-schedule", "--hours", "24"]
    var export = try GridPlanCommand.parseAsRoot(["export", "--format", "mps", ExportFixture.threeBus, folder.path]
                                                 + options)
    try export.run()
    let file = folder.appendingPathComponent("model.mps")
    let run = try ExportFixture.runObjective([ExportFixture.threeBus] + options)
    let lp = try MPS.read(contentsOf: file)
    #expect(lp.objectiveConstant > 0)  // the schedule penalty's constant is in the file
    var settings = InteriorPointSettings()
    settings.backend = .staged(StageStructure.fromNames(lp))
    let solution = try InteriorPointSolver(settings: settings).solve(lp)
    #expect(solution.status == .optimal)
    #expect(relativeDifference(solution.objective, run) <= 1e-7, "\(solution.objective) vs \(run)")
    // An independent solver on the same file.
    if ReferencePython.enabled("highspy") {
      let result = try ReferencePython.json([ExportFixture.highs, file.path, "--solver", "simplex"])
      #expect(result["status"] as? String == "optimal")
      let highs = try #require(result["objective"] as? Double)
      #expect(relativeDifference(highs, run) <= 1e-6, "HiGHS \(highs) vs run \(run)")
    }
  }

  /// A quadratic generator cost in the exported LP: a QUADOBJ section with Q = 2 q per hour's output column; the
  /// file solved by HiGHS's QP solver and by the staged backend has run's objective.
  @Test(.enabled(if: ReferencePython.enabled("highspy"), "needs highspy: run `make test`"))
  func mpsWithQuadraticCost() throws {
    let folder = ExportFixture.temporary("mps-qp")
    defer { try? FileManager.default.removeItem(at: folder) }
    let options = ["--set", "generators[A-coal].marginal_cost_quadratic_cny_per_mw2h=0.05"]
    var export = try GridPlanCommand.parseAsRoot(["export", "--format", "mps", ExportFixture.threeBus, folder.path]
                                                 + options)
    try export.run()
    let file = folder.appendingPathComponent("model.mps")
    let run = try ExportFixture.runObjective([ExportFixture.threeBus] + options)
    let lp = try MPS.read(contentsOf: file)
    #expect(lp.quadratic.filter { $0 != 0 } == [Double](repeating: 0.1, count: 48))
    var settings = InteriorPointSettings()
    settings.backend = .staged(StageStructure.fromNames(lp))
    let solution = try InteriorPointSolver(settings: settings).solve(lp)
    #expect(solution.status == .optimal)
    let result = try ReferencePython.json([ExportFixture.highs, file.path, "--solver", "qp"])
    #expect(result["status"] as? String == "optimal")
    let highs = try #require(result["objective"] as? Double)
    #expect(relativeDifference(highs, run) <= 1e-6, "HiGHS \(highs) vs run \(run)")
    #expect(relativeDifference(solution.objective, highs) <= 1e-6, "\(solution.objective) vs HiGHS \(highs)")
  }

  @Test func mpsToAFilePathAndDefaultNetworkWithOnePath() throws {
    let folder = ExportFixture.temporary("mps")
    defer { try? FileManager.default.removeItem(at: folder) }
    let file = folder.appendingPathComponent("week.mps")
    var export = try GridPlanCommand.parseAsRoot(["export", "--format", "mps", file.path, "--hours", "3"])
    try export.run()
    let lp = try MPS.read(contentsOf: file)
    #expect(lp.columnCount > 0 && lp.name == "inner-mongolia")
  }

  @Test func unknownFormatIsRejected() throws {
    #expect(throws: (any Error).self) {
      _ = try GridPlanCommand.parseAsRoot(["export", "--format", "xlsx", "out"])
    }
  }
}
