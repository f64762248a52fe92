import Foundation
import GridModel
import Testing

@testable import GridIO

/// PyPSA CSV export and import in Swift: the round trip keeps what the dispatch LP sees, and unsupported PyPSA
/// attributes are errors that name the file, the component and the attribute.
@Suite("PyPSA CSV")
struct PyPSACSVTests {
  static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()

  func exported(_ network: Network) throws -> URL {
    let out = FileManager.default.temporaryDirectory.appendingPathComponent("gridio-pypsa-\(UUID().uuidString)")
    try PyPSAExport.write(network, to: out)
    return out
  }

  func threeBus(scenario: String? = nil, overrides: [String] = []) throws -> Network {
    try NetworkReader.read(folder: Self.repository.appendingPathComponent("Networks/examples/three-bus"),
                           scenario: scenario, overrides: overrides)
  }

  @Test func roundTripKeepsTheModel() throws {
    let n = try threeBus(scenario: "export-schedule", overrides: ["storage_units[B-battery].soc_initial_pu=0.5",
                                                                   "study.co2_cap_t=30000"])
    let folder = try exported(n)
    defer { try? FileManager.default.removeItem(at: folder) }
    let back = try PyPSAImport.read(folder: folder)
    #expect(back.snapshots == n.snapshots)
    #expect(back.buses == n.buses)
    #expect(back.heatingSeasons == n.heatingSeasons)
    #expect(back.loads == n.loads)
    #expect(back.links == n.links)
    #expect(back.study.co2CapTonnes == 30000 && back.study.carbonPriceCNYPerTonne == 0)
    #expect(back.carriers.map(\.id) == n.carriers.map(\.id))
    for (a, b) in zip(back.lines, n.lines) {
      #expect(abs((a.effectiveReactancePU ?? 0) / (b.effectiveReactancePU ?? 1) - 1) < 1e-12 && a.ratingMW == b.ratingMW)
    }
    for (a, b) in zip(back.generators, n.generators) {
      #expect(a.id == b.id && a.availability == b.availability && a.pMinPU == b.pMinPU && a.role == b.role)
      #expect(a.heatingMustRunPU == b.heatingMustRunPU && a.rampPUPerHour == b.rampPUPerHour)
      // The carbon price is folded into the marginal cost.
      let cost = b.marginalCostCNYPerMWh + n.study.carbonPriceCNYPerTonne * b.co2TonnesPerMWh
      #expect(abs(a.marginalCostCNYPerMWh - cost) <= 1e-9 * cost && abs(a.co2TonnesPerMWh - b.co2TonnesPerMWh) < 1e-12)
    }
    for (a, b) in zip(back.storageUnits, n.storageUnits) {
      #expect(abs(a.energyMWh - b.energyMWh) < 1e-9 && a.minimumStateOfChargePU == b.minimumStateOfChargePU)
      if case .fixed(let x) = a.initialStateOfCharge, case .fixed(let y) = b.initialStateOfCharge {
        #expect(abs(x - y) < 1e-12)
      } else {
        Issue.record("initial state of charge: \(a.initialStateOfCharge) vs \(b.initialStateOfCharge)")
      }
    }
  }

  @Test func exportedFilesAreDeterministic() throws {
    let n = try threeBus()
    let a = try PyPSAExport.files(n)
    let b = try PyPSAExport.files(n)
    #expect(a == b)
    #expect(Set(a.keys).isSuperset(of: ["buses.csv", "carriers.csv", "lines.csv", "links.csv", "generators.csv",
                                         "storage_units.csv", "loads.csv", "global_constraints.csv", "snapshots.csv",
                                         "generators-p_max_pu.csv", "loads-p_set.csv"]))
    // Lines: x / v_nom^2 in the ratio of GridPlan's per-unit reactances (v_nom 500 everywhere).
    #expect(a["lines.csv"]?.contains("B-C,B,C,AC,800,40,0,0") == true)
  }

  /// Edits one file of an exported folder and expects an import error naming file, component and attribute.
  func expectImportError(_ file: String, edit: (String) -> String, mentions: [String]) throws {
    let folder = try exported(try threeBus())
    defer { try? FileManager.default.removeItem(at: folder) }
    let url = folder.appendingPathComponent(file)
    let text = (try? String(contentsOf: url, encoding: .utf8)) ?? ""
    try edit(text).write(to: url, atomically: true, encoding: .utf8)
    do {
      _ = try PyPSAImport.read(folder: folder)
      Issue.record("\(file): the edit must be rejected")
    } catch {
      let message = String(describing: error)
      for m in mentions { #expect(message.contains(m), "\(message) should mention \(m)") }
    }
  }

  /// Adds a column with one value for the first data row (others empty).
  func addColumn(_ name: String, _ value: String) -> (String) -> String {
    { text in
      let lines = text.split(separator: "\n").map(String.init)
      return lines.enumerated().map { i, l in l + (i == 0 ? ",\(name)" : i == 1 ? ",\(value)" : ",") }
        .joined(separator: "\n") + "\n"
    }
  }

  /// A committable generator with a stand-by cost (GridPlan has none) is an error.
  @Test func standByCostIsAnError() throws {
    try expectImportError(
      "generators.csv",
      edit: { addColumn("stand_by_cost", "5")($0.replacingOccurrences(of: ",False,", with: ",True,")) },
      mentions: ["generators.csv:2", "generators[A-coal].stand_by_cost", "5", "allowed: 0"])
  }

  /// Committable generators keep their commitment through export and import: costs per MW of capacity, minimum
  /// times, start-up and shut-down ramps, the state before the horizon ("on long enough" too), the unit size.
  @Test func roundTripKeepsCommitment() throws {
    let fields = [
      "committable=true", "start_up_cost_cny_per_mw=120", "shut_down_cost_cny_per_mw=7.5", "min_up_time_h=5",
      "min_down_time_h=3", "ramp_start_up_pu=0.6", "ramp_shut_down_pu=0.45", "down_time_before_h=2",
      "unit_size_mw=300",
    ]
    for extra in [[], ["up_time_before_h=4", "down_time_before_h=0"]] {
      let n = try threeBus(overrides: (fields + extra).map { "generators[A-coal].\($0)" })
      let folder = try exported(n)
      defer { try? FileManager.default.removeItem(at: folder) }
      let back = try PyPSAImport.read(folder: folder)
      let uc = try #require(back.generators[0].commitment)
      #expect(uc == n.generators[0].commitment)
      #expect(abs(uc.startUpCostCNYPerMW - 120) < 1e-12 && back.generators[1].commitment == nil)
    }
  }

  /// An extendable line whose maximum is below its minimum names both bounds.
  @Test func extendableLineBoundsAreChecked() throws {
    try expectImportError(
      "lines.csv", edit: { addColumn("s_nom_max", "5")(addColumn("s_nom_min", "10")(addColumn("s_nom_extendable", "True")($0))) },
      mentions: ["lines.csv:2", "lines[A-B].s_nom_max is 5, below s_nom_min 10", "allowed"])
  }

  /// An extendable generator imports with its bounds and PyPSA's capital cost as an annualised cost over the
  /// horizon (capital_cost x 8760 / hours).
  @Test func extendableGeneratorImports() throws {
    let folder = try exported(try threeBus())
    defer { try? FileManager.default.removeItem(at: folder) }
    let url = folder.appendingPathComponent("generators.csv")
    // Without its CHP must-run (an extendable generator has none).
    let text = try String(contentsOf: url, encoding: .utf8).replacingOccurrences(
      of: "gridplan_heating_must_run_pu", with: "ignored")
    try addColumn("capital_cost", "7")(addColumn("p_nom_max", "900")(addColumn("p_nom_extendable", "True")(text)))
      .write(to: url, atomically: true, encoding: .utf8)
    let n = try PyPSAImport.read(folder: folder)
    let e = try #require(n.generators.first?.expansion)
    #expect(e.minimum == 0 && e.maximum == 900)
    #expect(abs(e.annualisedCost - 7 * 8760 / Double(n.snapshots.count)) < 1e-9)
  }

  @Test func linkMarginalCostIsAnError() throws {
    try expectImportError("links.csv", edit: { $0.replacingOccurrences(of: "DC,500,0.95,,0,1,0,", with: "DC,500,0.95,,0,1,7,") },
                          mentions: ["links.csv:2", "links[C-X].marginal_cost", "7"])
  }

  /// A transformer given by a standard type (PyPSA's transformer_types.csv) is an error; one with x and s_nom is not.
  @Test func transformerTypesAreAnError() throws {
    try expectImportError("transformers.csv",
                          edit: { _ in "name,bus0,bus1,type,s_nom,x\nT1,A,B,100 MVA 220/110 kV,100,0.1\n" },
                          mentions: ["transformers.csv:2", "transformers[T1].type", "100 MVA 220/110 kV", "allowed: empty"])
  }

  /// A line type that is not one of PyPSA's standard types names the line, the type and where the types are.
  @Test func unknownLineTypeIsAnError() throws {
    try expectImportError("lines.csv", edit: { addColumn("type", "Al/St 999")($0) },
                          mentions: ["lines.csv:2", "type is \"Al/St 999\"", "line_types.csv"])
  }

  /// Snapshot weightings that differ between snapshots are an error naming the row, the value and the weighting.
  @Test func unequalWeightingsAreAnError() throws {
    try expectImportError("snapshots.csv", edit: { $0.replacingOccurrences(of: "T00:00,1,1,1", with: "T00:00,3,3,3") },
                          mentions: ["snapshots.csv:3", "objective is 1", "allowed: 3"])
  }

  /// PyPSA's marginal_cost_quadratic is GridPlan's quadratic cost: kept through export and import; a negative one
  /// (a concave cost) and one time-varying series are errors naming file, line and field.
  @Test func quadraticCostRoundTripAndErrors() throws {
    let n = try threeBus(overrides: ["generators[A-coal].marginal_cost_quadratic_cny_per_mw2h=0.05"])
    let folder = try exported(n)
    defer { try? FileManager.default.removeItem(at: folder) }
    let back = try PyPSAImport.read(folder: folder)
    #expect(back.generators.first { $0.id == "A-coal" }?.marginalCostQuadraticCNYPerMW2h == 0.05)
    #expect(back.generators.first { $0.id == "B-wind" }?.marginalCostQuadraticCNYPerMW2h == 0)
    try expectImportError(
      "generators.csv", edit: addColumn("marginal_cost_quadratic", "-0.5"),
      mentions: ["generators.csv:2", "generators[A-coal].marginal_cost_quadratic", "-0.5", "allowed: a finite number >= 0"])
    try expectImportError("generators-marginal_cost_quadratic.csv",
                          edit: { _ in "snapshot,A-coal\n2024-01-01T00:00,10\n" },
                          mentions: ["generators-marginal_cost_quadratic.csv"])
  }

  @Test func timeVaryingMarginalCostIsAnError() throws {
    try expectImportError("generators-marginal_cost.csv",
                          edit: { _ in "snapshot,A-coal\n2024-01-01T00:00,10\n" },
                          mentions: ["generators-marginal_cost.csv", "marginal_cost"])
  }

  @Test func storageInflowIsAnError() throws {
    try expectImportError("storage_units.csv", edit: { text in
      var lines = text.split(separator: "\n").map(String.init)
      var cells = lines[1].split(separator: ",", omittingEmptySubsequences: false).map(String.init)
      let header = lines[0].split(separator: ",").map(String.init)
      if let i = header.firstIndex(of: "inflow") { cells[i] = "25" }
      lines[1] = cells.joined(separator: ",")
      return lines.joined(separator: "\n") + "\n"
    }, mentions: ["storage_units.csv:2", "storage_units[B-battery].inflow", "25"])
  }

  @Test func otherGlobalConstraintsAreAnError() throws {
    try expectImportError("global_constraints.csv",
                          edit: { _ in "name,type,carrier_attribute,sense,constant\nlv,transmission_volume_expansion_limit,AC,<=,5\n" },
                          mentions: ["global_constraints.csv:2", "global_constraints[lv]", "primary_energy"])
  }

  @Test func missingFolderIsAnError() throws {
    #expect {
      try PyPSAImport.read(folder: URL(fileURLWithPath: "/nonexistent/pypsa"))
    } throws: { String(describing: $0).contains("/nonexistent/pypsa/buses.csv") }
  }
}
