import DispatchModel
import Foundation
import GridIO
import ReferencePython
import Testing

@testable import GridPlanCLI

/// `gridplan import --format pypsa`: a folder written by `gridplan export --format pypsa` imports to a network whose
/// dispatch has the same objective (solved by gridplan run on both).
@Suite("PyPSA import", .serialized)
struct ImportCommandTests {
  func roundTrip(_ network: String, _ options: [String]) throws {
    let pypsa = ExportFixture.temporary("pypsa")
    let imported = ExportFixture.temporary("imported")
    defer {
      try? FileManager.default.removeItem(at: pypsa)
      try? FileManager.default.removeItem(at: imported)
    }
    var export = try GridPlanCommand.parseAsRoot(["export", "--format", "pypsa", network, pypsa.path] + options)
    try export.run()
    var command = try GridPlanCommand.parseAsRoot(["import", "--format", "pypsa", pypsa.path, imported.path])
    try command.run()
    let original = try ExportFixture.runObjective([network] + options)
    let back = try ExportFixture.runObjective([imported.path])
    #expect(relativeDifference(back, original) <= 1e-9, "imported \(back), original \(original)")
  }

  @Test func threeBusEveryRule() throws {
    try roundTrip(ExportFixture.threeBus, [
      "--scenario", "export-schedule", "--set", "storage_units[B-battery].soc_initial_pu=0.5", "--set",
      "study.co2_cap_t=30000",
    ])
  }

  @Test func defaultNetworkDay() throws {
    try roundTrip(ExportFixture.innerMongolia, ["--hours", "24", "--start", "2024-03-10T00:00"])
  }

  @Test func unsupportedInputIsAClearError() throws {
    let pypsa = ExportFixture.temporary("pypsa")
    defer { try? FileManager.default.removeItem(at: pypsa) }
    var export = try GridPlanCommand.parseAsRoot(["export", "--format", "pypsa", ExportFixture.threeBus, pypsa.path])
    try export.run()
    try "name,bus0,bus1,x\nS1,A,B,100\n".write(to: pypsa.appendingPathComponent("shunt_impedances.csv"),
                                             atomically: true, encoding: .utf8)
    var command = try GridPlanCommand.parseAsRoot(["import", "--format", "pypsa", pypsa.path, pypsa.path + "-out"])
    do {
      try command.run()
      Issue.record("shunt impedances must be rejected")
    } catch {
      #expect(String(describing: error).contains("shunt_impedances.csv"))
    }
    #expect(!FileManager.default.fileExists(atPath: pypsa.path + "-out"))
  }

  /// GridIO carries its own copy of the schedule penalty (it does not depend on DispatchModel).
  @Test func shortfallPenaltyAgreesWithDispatchModel() {
    #expect(DispatchScheduleTerms.shortfallPenaltyCNYPerMWh == DispatchProblem.scheduleShortfallPenalty)
  }
}

/// `gridplan import --format pypsa` on a folder PyPSA itself wrote (`export_to_csv_folder`, with PyPSA's own
/// snapshots.csv layout and defaults), built and optimised in PyPSA by `Scripts/pypsa_native_network.py`: the
/// imported network's `gridplan run` objective equals PyPSA's.
@Suite(
  "PyPSA native import", .serialized,
  .enabled(if: ReferencePython.enabled("pypsa", "highspy"), "needs pypsa and highspy: run `make test`"))
struct PyPSANativeImportTests {
  /// Without and with quadratic costs on the gas units (PyPSA's marginal_cost_quadratic, a QP for HiGHS and for
  /// GridPlan's staged backend).
  @Test(arguments: [false, true]) func networkBuiltInPyPSA(quadratic: Bool) throws {
    let folder = ExportFixture.temporary("pypsa-native")
    let imported = ExportFixture.temporary("imported")
    defer {
      try? FileManager.default.removeItem(at: folder)
      try? FileManager.default.removeItem(at: imported)
    }
    let result = try ReferencePython.json(
      [ReferencePython.script("pypsa_native_network.py"), folder.path] + (quadratic ? ["--quadratic"] : []))
    #expect(result["status"] as? String == "ok")
    let pypsa = try #require(result["objective"] as? Double)
    var command = try GridPlanCommand.parseAsRoot(["import", "--format", "pypsa", folder.path, imported.path])
    try command.run()
    let yaml = try String(contentsOf: imported.appendingPathComponent("network.yaml"), encoding: .utf8)
    #expect(yaml.contains("marginal_cost_quadratic_cny_per_mw2h: 0.2") == quadratic)
    let gridplan = try ExportFixture.runObjective([imported.path])
    #expect(relativeDifference(gridplan, pypsa) <= 1e-6, "GridPlan \(gridplan), PyPSA \(pypsa)")
  }
}
