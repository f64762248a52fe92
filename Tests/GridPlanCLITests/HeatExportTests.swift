import Foundation
import ReferencePython
import Testing

@testable import GridPlanCLI

/// `gridplan export --format pypsa` of heat and flexible loads against PyPSA 1.4 with HiGHS: heat buses, loads and
/// shedding, heat-only and electric boilers, heat stores, CHP heat with its operating region (extra_functionality of
/// Scripts/pypsa_optimize.py), curtailable shares with a horizon cap (e_sum_max) and an electrolyser reproduce
/// GridPlan's objective.
@Suite(
  "PyPSA objective with heat and flexible loads", .serialized,
  .enabled(if: ReferencePython.enabled("pypsa", "highspy"), "needs pypsa and highspy: run `make test`"))
struct HeatExportTests {
  /// The three-bus `heat-flex` scenario without the parts PyPSA has no form for (a shiftable share, a daily cap).
  static let options = [
    "--scenario", "heat-flex", "--set", "loads[A-load].shiftable_share=0", "--set",
    "loads[A-load].curtail_max_mwh_per_day=null",
  ]

  func compare(_ options: [String], scriptFlags: [String] = []) throws {
    let folder = ExportFixture.temporary("pypsa-heat")
    defer { try? FileManager.default.removeItem(at: folder) }
    var export = try GridPlanCommand.parseAsRoot(
      ["export", "--format", "pypsa", ExportFixture.threeBus, folder.path] + options)
    try export.run()
    let gridplan = try ExportFixture.runObjective([ExportFixture.threeBus] + options)
    let result = try ReferencePython.json([ExportFixture.script, folder.path] + scriptFlags)
    #expect(result["status"] as? String == "optimal")
    let pypsa = try #require(result["objective"] as? Double)
    #expect(relativeDifference(pypsa, gridplan) <= 1e-6, "GridPlan \(gridplan), PyPSA \(pypsa)")
  }

  @Test func threeBusHeatAndFlexibleLoads() throws {
    try compare(Self.options)
  }

  /// The CHP committable: its extraction limit p + c_v h ≤ P a(t) u(t) on committed capacity; a carbon price reaches
  /// CHP heat (c_v x CO2) and the boiler's fuel.
  @Test func threeBusCommittableCHP() throws {
    let options = Self.options + [
      "--set", "generators[A-coal].committable=true", "--set", "generators[A-coal].start_up_cost_cny_per_mw=50",
      "--set", "generators[A-coal].min_up_time_h=3", "--set", "study.carbon_price_cny_per_t=60",
    ]
    try compare(options, scriptFlags: ["--linearized-unit-commitment"])
  }
}

/// What PyPSA has no form for stops the export with an error naming the field.
@Suite("PyPSA export of flexible loads without a PyPSA form")
struct FlexibleExportErrorTests {
  @Test(arguments: [
    ("loads[A-load].curtail_max_mwh_per_day", [String]()),
    ("loads[A-load].shiftable_share", ["--set", "loads[A-load].curtail_max_mwh_per_day=null"]),
  ])
  func namesTheField(_ field: String, _ extra: [String]) throws {
    let folder = ExportFixture.temporary("pypsa-flex")
    defer { try? FileManager.default.removeItem(at: folder) }
    var export = try GridPlanCommand.parseAsRoot(
      ["export", "--format", "pypsa", ExportFixture.threeBus, folder.path, "--scenario", "heat-flex"] + extra)
    #expect {
      try export.run()
    } throws: { error in
      "\(error)".contains("\(field) has no PyPSA form")
    }
    #expect(!FileManager.default.fileExists(atPath: folder.path))
  }
}
