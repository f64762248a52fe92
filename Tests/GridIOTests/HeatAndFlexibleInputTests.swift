import Foundation
import GridModel
import Testing

@testable import GridIO

/// Every bad heat or flexible-load field gives a clear error naming the file, the line, the field, the value and what
/// is allowed; read on the three-bus example's `heat-flex` scenario with one edit at a time.
@Suite("Heat and flexible-load inputs")
struct HeatAndFlexibleInputTests {
  typealias Edit = Fixture.Edit

  static let example = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("Networks/examples/three-bus")
  static let scenario = "scenarios/heat-flex.yaml"

  struct Case: Sendable, CustomTestStringConvertible {
    var name: String
    var old: String
    var new: String
    /// The error's line: the first line of the scenario that contains this text (after the edit).
    var lineOf: String
    var message: String
    var testDescription: String { name }
  }

  static let cases: [Case] = [
    Case(
      name: "heat demand with no heat source in its area", old: "{id: A-heat, area: A-city", new: "{id: A-heat, area: B-city",
      lineOf: "area: B-city",
      message: "heat_demands[A-heat].area is \"B-city\", an area with no heat source; allowed: an area that a CHP "
        + "unit, heat boiler or electric boiler serves: A-city"),
    Case(
      name: "CHP of an unknown generator", old: "{id: A-coal, area: A-city", new: "{id: A-coel, area: A-city",
      lineOf: "A-coel",
      message: "chp_units[A-coel].id is \"A-coel\" (did you mean A-coal?); allowed: the id of a generator"),
    Case(
      name: "power-to-heat ratio out of range", old: "c_b: 0.75", new: "c_b: 0", lineOf: "c_b: 0,",
      message: "chp_units[A-coal].c_b is 0; allowed: a power-to-heat ratio > 0 and <= 10"),
    Case(
      name: "condensing loss factor out of range", old: "c_v: 0.15", new: "c_v: 1.5", lineOf: "c_v: 1.5",
      message: "chp_units[A-coal].c_v is 1.5; allowed: a condensing loss factor from 0 to 1, 1 excluded"),
    Case(
      name: "unknown CHP kind", old: "kind: extraction", new: "kind: condensing", lineOf: "kind: condensing",
      message: "chp_units[A-coal].kind is \"condensing\"; allowed: back_pressure or extraction"),
    Case(
      name: "heat boiler efficiency out of range", old: "efficiency: 0.85", new: "efficiency: 1.2",
      lineOf: "efficiency: 1.2",
      message: "heat_boilers[A-boiler].efficiency is 1.2; allowed: 0 < efficiency <= 1"),
    Case(
      name: "electric boiler efficiency out of range", old: "efficiency: 0.99", new: "efficiency: -1",
      lineOf: "efficiency: -1",
      message: "electric_boilers[A-eboiler].efficiency is -1; allowed: a number > 0 and <= 6"),
    Case(
      name: "heat store standing loss out of range", old: "standing_loss_pu_per_h: 0.01",
      new: "standing_loss_pu_per_h: 1", lineOf: "standing_loss_pu_per_h: 1",
      message: "heat_stores[A-tank].standing_loss_pu_per_h is 1; allowed: a number from 0 to 1, 1 excluded"),
    Case(
      name: "curtailable share out of range", old: "\"loads[A-load].curtailable_share\": 0.1",
      new: "\"loads[A-load].curtailable_share\": 1.1", lineOf: "curtailable_share\": 1.1",
      message: "loads[A-load].curtailable_share is 1.1; allowed: a number from 0 to 1"),
    Case(
      name: "shift window longer than the horizon", old: "\"loads[A-load].shift_window_h\": 12",
      new: "\"loads[A-load].shift_window_h\": 100", lineOf: "shift_window_h\": 100",
      message: "loads[A-load].shift_window_h is 100; allowed: a whole number of hours from 1 to the horizon's 48"),
    Case(
      name: "electrolyser efficiency out of range", old: "capacity_mw: 200, efficiency: 0.7",
      new: "capacity_mw: 200, efficiency: 1.7", lineOf: "efficiency: 1.7",
      message: "loads[B-electrolyser].efficiency is 1.7; allowed: 0 < efficiency <= 1"),
    Case(
      name: "required output the electrolyser cannot make", old: "product_value_cny_per_mwh: 300",
      new: "required_output_mwh_per_day: 5000", lineOf: "required_output_mwh_per_day: 5000",
      message: "loads[B-electrolyser].required_output_mwh_per_day is 5000; allowed: a number from 0 to capacity_mw x "
        + "efficiency x 24 (3360)"),
  ]

  @Test(arguments: cases)
  func reportsAClearError(_ c: Case) throws {
    let dir = try Fixture.copy(of: Self.example, edits: [Edit(Self.scenario, c.old, c.new)])
    defer { Fixture.remove(dir) }
    let errors = NetworkReader.check(folder: dir, scenario: "heat-flex").errors
    let match = try #require(
      errors.first { $0.message.contains(c.message) },
      "no error contains \(c.message); got:\n\(errors.map(\.description).joined(separator: "\n"))")
    #expect(match.location.file == "\(dir.relativePath)/\(Self.scenario)")
    #expect(match.location.line == (try Fixture.line(of: c.lineOf, in: Self.scenario, folder: dir)))
    #expect(throws: NetworkReadError.self) { _ = try NetworkReader.read(folder: dir, scenario: "heat-flex") }
  }

  /// `--set` reaches the new lists and fields, and the example reads without a problem.
  @Test func setReachesHeatAndFlexibleFields() throws {
    let net = try NetworkReader.read(
      folder: Self.example, scenario: "heat-flex",
      overrides: ["chp_units[A-coal].c_b=0.6", "heat_stores[A-tank].power_mw=50", "loads[A-load].shiftable_share=0.3"])
    #expect(net.heat.chp.first?.powerToHeatRatio == 0.6)
    #expect(net.heat.stores.first?.powerMW == 50)
    #expect(net.loads.first { $0.id == "A-load" }?.flexibility?.shiftableShare == 0.3)
    #expect(net.heat.demands.first?.demandMW == [Double](repeating: 400, count: 48))
    #expect(net.loads.first { $0.id == "B-electrolyser" }?.conversion?.capacityMW == 200)
  }
}
