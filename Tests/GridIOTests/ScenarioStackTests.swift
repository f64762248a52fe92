import Foundation
import GridModel
import Testing

@testable import GridIO

/// Several scenarios at once (`--scenario a --scenario b`): applied in order, and a clear error when two conflict.
@Suite("Scenario stacks")
struct ScenarioStackTests {
  /// export-schedule.yaml (in the fixture) removes A-wind, adds C-wind (400 MW) and a link A-X, and sets B-wind to
  /// 1,500 MW, C-X's schedule and a carbon price of 100. The files below build on it or clash with it.
  static let files = [
    // Builds on export-schedule: C-wind exists only after it; B-wind set to the same value is no conflict.
    "scenarios/bigger-c.yaml": """
    description: more wind at C
    set:
      "generators[C-wind].capacity_mw": 600
      "generators[B-wind].capacity_mw": 1500.0
    """,
    "scenarios/other-b.yaml": """
    description: another B
    set:
      "generators[B-wind].capacity_mw": 2000
    """,
    "scenarios/second-c.yaml": """
    description: C-wind again
    add:
      generators:
        - {id: C-wind, bus: C, carrier: wind, capacity_mw: 10, availability: "wind.csv#A"}
    """,
    "scenarios/drop-ax.yaml": """
    description: no A-X
    remove:
      links: [A-X]
    """,
    "scenarios/delivery-min.yaml": """
    description: firm C-X
    set:
      "links[C-X].delivery.min_pu": 0.5
    """,
  ]

  /// The two scenarios in order give export-schedule's network with C-wind at 600 MW; the second alone fails, since
  /// C-wind comes from the first.
  @Test func appliedInOrder() throws {
    let dir = try Fixture.copy(files: Self.files)
    defer { Fixture.remove(dir) }
    let net = try NetworkReader.read(folder: dir, scenarios: ["export-schedule", "bigger-c"])
    #expect(net.generators.first { $0.id == "C-wind" }?.capacityMW == 600)
    #expect(net.generators.first { $0.id == "B-wind" }?.capacityMW == 1500)
    #expect(net.generators.contains { $0.id == "A-wind" } == false)
    #expect(net.links.map(\.id) == ["C-X", "A-X"])
    #expect(net.study.carbonPriceCNYPerTonne == 100)
    #expect(net.description.hasSuffix("[scenarios export-schedule + bigger-c]"))
    let alone = NetworkReader.check(folder: dir, scenarios: ["bigger-c"]).errors
    #expect(alone.contains { $0.message.contains("generators has no id \"C-wind\"") }, "\(alone)")
  }

  struct Clash: Sendable, CustomTestStringConvertible {
    var second: String
    var lineOf: String
    var message: String
    var testDescription: String { second }
  }

  static let clashes = [
    Clash(
      second: "other-b", lineOf: "generators[B-wind].capacity_mw",
      message: "generators[B-wind].capacity_mw is 2000 in scenario other-b, but scenario export-schedule sets it to "
        + "1500"),
    Clash(
      second: "second-c", lineOf: "id: C-wind",
      message: "add.generators has \"C-wind\" in scenario second-c, which scenario export-schedule adds too"),
    Clash(
      second: "drop-ax", lineOf: "links: [A-X]",
      message: "remove.links has \"A-X\" in scenario drop-ax, which scenario export-schedule adds"),
    Clash(
      second: "delivery-min", lineOf: "links[C-X].delivery.min_pu",
      message: "links[C-X].delivery.min_pu is 0.5 in scenario delivery-min, but scenario export-schedule sets it as "
        + "links[C-X].delivery = {profile: \"schedules.csv#C-X\", rule: \"schedule\"}"),
  ]

  /// Each clash is one error at the later scenario's line, naming both scenarios and what is allowed.
  @Test(arguments: clashes)
  func conflictingPairIsAnError(_ c: Clash) throws {
    let dir = try Fixture.copy(files: Self.files)
    defer { Fixture.remove(dir) }
    let errors = NetworkReader.check(folder: dir, scenarios: ["export-schedule", c.second]).errors
    let match = try #require(errors.first { $0.message.contains(c.message) }, "\(errors)")
    #expect(match.location.file == "\(dir.relativePath)/scenarios/\(c.second).yaml")
    #expect(match.location.line == (try Fixture.line(of: c.lineOf, in: "scenarios/\(c.second).yaml", folder: dir)))
    #expect(match.message.contains("allowed: scenarios that change different fields and ids"))
    #expect(throws: NetworkReadError.self) {
      _ = try NetworkReader.read(folder: dir, scenarios: ["export-schedule", c.second])
    }
  }

  @Test func sameScenarioTwiceIsAnError() throws {
    let errors = NetworkReader.check(folder: Fixture.threeBus, scenarios: ["export-schedule", "export-schedule"])
      .errors
    #expect(
      errors.map(\.description).contains(
        "--scenario export-schedule: scenario \"export-schedule\" is given twice; allowed: each scenario once"))
  }
}
