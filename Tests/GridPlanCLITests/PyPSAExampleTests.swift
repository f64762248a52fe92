import Foundation
import GridIO
import ReferencePython
import Testing

@testable import GridPlanCLI

/// PyPSA's own example networks (Tests/GridIOTests/Fixtures/pypsa-examples, copied from PyPSA v1.3.0):
/// `gridplan import --format pypsa` then `gridplan run` against PyPSA 1.4 + HiGHS optimising the same folder
/// (`Scripts/pypsa_optimize.py`). PyPSA's total cost is its objective plus its `objective_constant` (the capital cost
/// of the capacity extendable components already have, which PyPSA leaves out of the LP's objective); GridPlan's
/// total cost charges every MW of an extendable component.
@Suite(
  "PyPSA example networks", .serialized,
  .enabled(if: ReferencePython.enabled("pypsa", "highspy"), "needs pypsa and highspy: run `make test`"))
struct PyPSAExampleTests {
  static let fixtures = ExportFixture.root.appendingPathComponent("Tests/GridIOTests/Fixtures/pypsa-examples")

  @Test(arguments: ["scigrid-de", "ac-dc-meshed"])
  func importedNetworkHasPyPSAsObjective(name: String) throws {
    try compare(Self.fixtures.appendingPathComponent(name), name: name)
  }

  /// model-energy (3-hour weightings, a store, every component extendable) cut to its first 400 snapshots (50 days):
  /// PyPSA optimises the cut folder too, so its capital costs are those of the cut horizon on both sides.
  @Test func modelEnergyFirst400Snapshots() throws {
    let source = Self.fixtures.appendingPathComponent("model-energy")
    let folder = ExportFixture.temporary("model-energy-400")
    defer { try? FileManager.default.removeItem(at: folder) }
    try FileManager.default.copyItem(at: source, to: folder)
    for file in ["snapshots.csv", "generators-p_max_pu.csv", "loads-p_set.csv"] {
      let url = folder.appendingPathComponent(file)
      let lines = try String(contentsOf: url, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false)
      try (lines.prefix(401).joined(separator: "\n") + "\n").write(to: url, atomically: true, encoding: .utf8)
    }
    try compare(folder, name: "model-energy-400")
  }

  func compare(_ folder: URL, name: String) throws {
    let imported = ExportFixture.temporary("imported-\(name)")
    defer { try? FileManager.default.removeItem(at: imported) }
    var command = try GridPlanCommand.parseAsRoot(["import", "--format", "pypsa", folder.path, imported.path])
    try command.run()
    let gridplan = try ExportFixture.runObjective([imported.path])
    let result = try ReferencePython.json([ExportFixture.script, folder.path])
    #expect(result["status"] as? String == "optimal")
    let objective = try #require(result["objective"] as? Double)
    let pypsa = objective + ((result["objective_constant"] as? Double) ?? 0)
    #expect(relativeDifference(gridplan, pypsa) <= 1e-6, "GridPlan \(gridplan), PyPSA \(pypsa)")
  }

  /// The line types GridPlan carries (Sources/GridIO/PyPSALineTypes.swift) are the pinned pypsa's.
  @Test func lineTypesAreThoseOfTheInstalledPyPSA() throws {
    let code = """
      import json, pypsa
      n = pypsa.Network()
      print(json.dumps({k: float(v) for k, v in n.line_types.x_per_length.items()}))
      """
    let table = try ReferencePython.json(["-c", code])
    #expect(table.count == PyPSALineTypes.reactanceOhmPerKm.count)
    for (name, value) in table {
      #expect(PyPSALineTypes.reactanceOhmPerKm[name] == value as? Double, "\(name)")
    }
  }
}
