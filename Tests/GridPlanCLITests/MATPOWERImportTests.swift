import Foundation
import GridIO
import Testing

@testable import GridPlanCLI

/// `gridplan import --format matpower CASE.m OUT`, then `gridplan run OUT`: the run's total cost plus the case's
/// objective constant is MATPOWER's DC-OPF objective, compared with the committed references
/// (Tests/GridIOTests/Fixtures/matpower/SOURCES.md: MATPOWER's formulation solved by HiGHS, cross-checked with
/// PYPOWER's rundcopf).
@Suite("MATPOWER import", .serialized)
struct MATPOWERImportTests {
  static let fixtures = ExportFixture.root.appendingPathComponent("Tests/GridIOTests/Fixtures/matpower")

  struct Reference: Decodable { var objective: Double }

  // case39 and case57 have quadratic costs (written as marginal_cost_quadratic_cny_per_mw2h).
  @Test(arguments: ["case5", "case30pwl", "pglib_opf_case14_ieee", "pglib_opf_case118_ieee", "case39", "case57"])
  func importedCaseRunsToTheDCOPFObjective(name: String) throws {
    let file = Self.fixtures.appendingPathComponent("\(name).m")
    let out = ExportFixture.temporary("matpower")
    defer { try? FileManager.default.removeItem(at: out) }
    var command = try GridPlanCommand.parseAsRoot(["import", "--format", "matpower", file.path, out.path])
    try command.run()
    let constant = try MATPOWERCase.read(contentsOf: file, file: file.path).dispatchNetwork().objectiveConstant
    let objective = try ExportFixture.runObjective([out.path]) + constant
    let data = try Data(contentsOf: Self.fixtures.appendingPathComponent("references/\(name).json"))
    let reference = try JSONDecoder().decode(Reference.self, from: data).objective
    #expect(abs(objective - reference) <= 1e-6 * abs(reference), "GridPlan \(objective), reference \(reference)")
  }

  /// A phase shifter makes a branch's limits differ by direction, which a network's symmetric rating cannot hold:
  /// the import refuses, points to `gridplan dcopf`, and writes nothing.
  @Test func directionalLimitsAreRefused() throws {
    let file = Self.fixtures.appendingPathComponent("pglib_opf_case300_ieee.m")
    let out = ExportFixture.temporary("matpower")
    var command = try GridPlanCommand.parseAsRoot(["import", "--format", "matpower", file.path, out.path])
    do {
      try command.run()
      Issue.record("the import must refuse directional limits")
    } catch {
      let text = String(describing: error)
      #expect(text.contains("differ by direction") && text.contains("gridplan dcopf"), "\(text)")
    }
    #expect(!FileManager.default.fileExists(atPath: out.path))
  }
}
