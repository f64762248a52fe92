import Foundation
import GridModel
import Testing

@testable import GridIO

/// Every kind of bad input gives its own clear error: the file, the line (and column for CSV cells), the field, the
/// value and what is allowed.
@Suite("Broken inputs")
struct BrokenInputTests {
  typealias Edit = Fixture.Edit

  struct Case: Sendable, CustomTestStringConvertible {
    var name: String
    var edits: [Edit]
    var scenario: String? = nil
    var overrides: [String] = []
    /// The file the error must name, relative to the network folder ("--set ..." etc. taken as is).
    var file: String = "network.yaml"
    /// The error's line: the first line of `file` that contains this text (after the edits); nil for none.
    var lineOf: String?
    var column: Int? = nil
    /// Text the message must contain.
    var message: String
    var testDescription: String { name }
  }

  static let wind = "profiles/wind.csv"

  static let cases: [Case] = [
    Case(
      name: "missing id", edits: [Edit("{id: B-wind, bus: B,", "{bus: B,")], lineOf: "{bus: B, carrier: wind",
      message: "generators[#2].id is missing; allowed: a unique generator id"),
    Case(
      name: "duplicate id", edits: [Edit("{id: C-A,", "{id: A-B,")], lineOf: "{id: A-B, bus0: C",
      message: "lines[#3].id is \"A-B\", already the id of lines[#1]; allowed: an id used by no other line"),
    Case(
      name: "id with a space", edits: [Edit("id: A-coal", "id: A coal")], lineOf: "id: A coal",
      message: "generators[A coal].id is \"A coal\"; allowed: an id without spaces, '@'"),
    Case(
      name: "unknown bus", edits: [Edit("{id: B-wind, bus: B,", "{id: B-wind, bus: Q,")], lineOf: "bus: Q",
      message: "generators[B-wind].bus is \"Q\"; allowed: the id of a bus: A, B, C, X"),
    Case(
      name: "unknown carrier", edits: [Edit("carrier: battery", "carrier: batery")], lineOf: "carrier: batery",
      message: "storage_units[B-battery].carrier is \"batery\" (did you mean battery?); allowed: the id of a "
        + "carrier listed under carriers: coal, wind, battery"),
    Case(
      name: "negative capacity", edits: [Edit("capacity_mw: 1200", "capacity_mw: -5")], lineOf: "capacity_mw: -5",
      message: "generators[A-coal].capacity_mw is -5; allowed: a number >= 0"),
    Case(
      name: "NaN in YAML", edits: [Edit("capacity_mw: 1200", "capacity_mw: .nan")], lineOf: "capacity_mw: .nan",
      message: "generators[A-coal].capacity_mw is nan; allowed: a number >= 0"),
    Case(
      name: "NaN in CSV", edits: [Edit(wind, "2024-01-01T03:00,0.7259,0.5274", "2024-01-01T03:00,0.7259,nan")],
      file: wind, lineOf: "2024-01-01T03:00", column: 3,
      message: "B at 2024-01-01T03:00 is \"nan\"; allowed: a finite number"),
    Case(
      name: "non-number in CSV", edits: [Edit(wind, "2024-01-01T05:00,0.8366", "2024-01-01T05:00,0.8x")],
      file: wind, lineOf: "2024-01-01T05:00", column: 2, message: "A at 2024-01-01T05:00 is \"0.8x\""),
    Case(
      name: "empty CSV cell", edits: [Edit(wind, "2024-01-01T05:00,0.8366", "2024-01-01T05:00,")],
      file: wind, lineOf: "2024-01-01T05:00", column: 2, message: "A at 2024-01-01T05:00 is empty"),
    Case(
      name: "ragged CSV row", edits: [Edit(wind, "2024-01-01T02:00,0.6558,0.5399", "2024-01-01T02:00,0.6558")],
      file: wind, lineOf: "2024-01-01T02:00", message: "row has 2 cells; allowed: 3, as in the header"),
    Case(
      name: "snapshots not hourly", edits: [Edit(wind, "2024-01-01T02:00,", "2024-01-01T02:30,")],
      file: wind, lineOf: "2024-01-01T02:30", column: 1,
      message: "snapshot 2024-01-01T02:30 follows 2024-01-01T01:00; allowed: snapshots evenly spaced by whole hours (2024-01-01T02:00)"),
    Case(
      name: "bad snapshot", edits: [Edit(wind, "2024-01-01T02:00,", "2024-01-32T02:00,")],
      file: wind, lineOf: "2024-01-32", column: 1,
      message: "snapshot is \"2024-01-32T02:00\"; allowed: a time YYYY-MM-DDTHH:MM"),
    Case(
      name: "CSV without snapshot column", edits: [Edit(wind, "snapshot,A,B", "time,A,B")], file: wind,
      lineOf: "time,A,B", column: 1, message: "the first column is \"time\"; allowed: snapshot"),
    Case(
      name: "profile length mismatch",
      edits: [Edit("profiles/load.csv", "2024-01-02T22:00,0.8586,1.0866\n2024-01-02T23:00,0.8268,1.0966\n", "")],
      file: "profiles/load.csv", lineOf: nil,
      message: "snapshots are 2024-01-01T00:00 to 2024-01-02T21:00 (46 hours); allowed: the same snapshots as"),
    Case(
      name: "missing profile file", edits: [Edit("wind.csv#B", "wnd.csv#B")], lineOf: "wnd.csv#B",
      message: "generators[B-wind].availability is \"wnd.csv#B\"; allowed: a file in"),
    Case(
      name: "missing profile column", edits: [Edit("wind.csv#B", "wind.csv#Q")], lineOf: "wind.csv#Q",
      message: "generators[B-wind].availability is \"wind.csv#Q\"; allowed: a column of"),
    Case(
      name: "profile reference without column", edits: [Edit("wind.csv#B", "wind.csv")], lineOf: "\"wind.csv\"",
      message: "allowed: \"FILE.csv#COLUMN\""),
    Case(
      name: "availability above 1 in CSV",
      edits: [
        Edit(
          wind, "2024-01-01T03:00,0.7259,0.5274",
          "2024-01-01T03:00,0.7259,1.5274")
      ],
      file: wind, lineOf: "2024-01-01T03:00", column: 3,
      message: "generators[B-wind].availability[3] is 1.5274; allowed: a number from 0 to 1"),
    Case(
      name: "malformed YAML (unclosed bracket)",
      edits: [
        Edit(
          "{id: coal, clean: false, color: \"#4d4d4d\"}",
          "{id: coal, clean: false, color: \"#4d4d4d\"")
      ],
      lineOf: "{id: wind", message: "malformed YAML: did not find expected ',' or '}'"),
    Case(
      name: "duplicate YAML key", edits: [Edit("  hours: 48", "  hours: 48\n  hours: 24")], lineOf: "hours: 48",
      message: "the key hours appears twice"),
    Case(
      name: "unknown key", edits: [Edit("carrier: wind, capacity_mw: 300", "carrier: wind, capacity_mv: 300")],
      lineOf: "capacity_mv",
      message: "generators[A-wind].capacity_mv is an unknown key (did you mean capacity_mw?); allowed: id, bus, "
        + "carrier, capacity_mw,"),
    Case(
      name: "unknown top-level key", edits: [Edit("carriers:", "carrier:")], lineOf: "carrier:",
      message: "network.carrier is an unknown key (did you mean carriers?)"),
    Case(
      name: "wrong type", edits: [Edit("rating_mw: 800", "rating_mw: [800]")], lineOf: "rating_mw: [800]",
      message: "lines[B-C].rating_mw is a list; allowed: a number >= 0"),
    Case(
      name: "quoted number", edits: [Edit("power_mw: 200", "power_mw: \"200\"")], lineOf: "power_mw",
      message: "storage_units[B-battery].power_mw is \"200\"; allowed: a number >= 0"),
    Case(
      name: "missing required number", edits: [Edit("    power_mw: 200\n", "")], lineOf: "id: B-battery",
      message: "storage_units[B-battery].power_mw is missing; allowed: a number >= 0"),
    Case(
      name: "bad role", edits: [Edit("role: operating", "role: retired")], lineOf: "role: retired",
      message: "generators[A-wind].role is \"retired\"; allowed: operating or backup"),
    Case(
      name: "bad soc_initial_pu", edits: [Edit("soc_min_pu: 0.05", "soc_min_pu: 0.05\n    soc_initial_pu: full")],
      lineOf: "soc_initial_pu", message: "storage_units[B-battery].soc_initial_pu is \"full\"; allowed: \"cyclic\""),
    Case(
      name: "line to itself", edits: [Edit("{id: B-C, bus0: B, bus1: C", "{id: B-C, bus0: B, bus1: B")],
      lineOf: "{id: B-C", message: "lines[B-C].bus1 is \"B\", the same as bus0"),
    Case(
      name: "external bus without price", edits: [Edit(", price_cny_per_mwh: 380", "")], lineOf: "{id: X,",
      message: "buses[X].price_cny_per_mwh is missing; allowed: a price, since links[C-X] delivers"),
    Case(
      name: "losses and efficiency",
      edits: [Edit("    loss_fixed_pu: 0.02", "    efficiency: 0.9\n    loss_fixed_pu: 0.02")],
      lineOf: "efficiency: 0.9", message: "links[C-X].efficiency is given with loss_fixed_pu"),
    Case(
      name: "losses too large", edits: [Edit("loss_per_1000km_pu: 0.03", "loss_per_1000km_pu: 0.99")],
      lineOf: "loss_per_1000km_pu", message: "links[C-X].efficiency is -0.01; allowed: 0 < efficiency <= 1"),
    Case(
      name: "unknown delivery rule", edits: [Edit("{rule: price}", "{rule: cheap}")], lineOf: "rule: cheap",
      message: "links[C-X].delivery.rule is \"cheap\"; allowed: price, schedule (with profile), firm (with min_pu) or curve"),
    Case(
      name: "schedule above rating",
      edits: [
        Edit("{rule: price}", "{rule: schedule, profile: \"schedules.csv#C-X\"}"),
        Edit("rating_mw: 500", "rating_mw: 150"),
      ],
      file: "profiles/schedules.csv", lineOf: "2024-01-01T12:00", column: 2,
      message: "links[C-X].delivery.profile[12] is 200; allowed: MW from 0 to the rating 150"),
    Case(
      name: "annual_twh without profile",
      edits: [Edit("annual_twh: 0.048, profile: \"load.csv#A\", ", "annual_twh: 1, ")],
      lineOf: "annual_twh: 1", message: "loads[A-load].profile is missing, so annual_twh has nothing to scale"),
    Case(
      name: "bad heating season", edits: [Edit("start: \"10-15\"", "start: \"Oct 15\"")], lineOf: "Oct 15",
      message: "heating_seasons.MX.start is \"Oct 15\"; allowed: a month and day \"MM-DD\""),
    Case(
      name: "study start not a snapshot", edits: [Edit("start: \"2024-01-01T00:00\"", "start: \"2023-01-01T00:00\"")],
      lineOf: "2023-01-01T00:00",
      message: "study.start is \"2023-01-01T00:00\"; allowed: a snapshot of the profiles, 2024-01-01T00:00 to"),
    Case(
      name: "study hours too many", edits: [Edit("hours: 48", "hours: 49")], lineOf: "hours: 49",
      message: "study.hours is 49 from 2024-01-01T00:00; allowed: 1 ... 48"),
    Case(
      name: "unknown scenario", edits: [], scenario: "no-such", file: "--scenario no-such",
      message: "scenario \"no-such\" does not exist; allowed: export-schedule"),
    Case(
      name: "bad --set path (unknown id)", edits: [], overrides: ["generators[ORD-coal].capacity_mw=5"],
      file: "--set generators[ORD-coal].capacity_mw=5",
      message: "generators has no id \"ORD-coal\"; allowed: A-coal, B-wind, A-wind"),
    Case(
      name: "bad --set path (unknown list)", edits: [], overrides: ["generator[A-coal].capacity_mw=5"],
      file: "--set generator[A-coal].capacity_mw=5",
      message: "starts with \"generator\", which is not part of a network; allowed: LIST[ID].FIELD"),
    Case(
      name: "bad --set path (no field)", edits: [], overrides: ["generators[A-coal]=5"],
      file: "--set generators[A-coal]=5", message: "does not name a field; allowed: generators[ID].FIELD"),
    Case(
      name: "bad --set path (unknown field)", edits: [], overrides: ["study.hour=5"], file: "--set study.hour=5",
      message: "study.hour is an unknown key (did you mean hours?); allowed: start, hours,"),
    Case(
      name: "--set without =", edits: [], overrides: ["study.hours"], file: "--set study.hours",
      message: "is not PATH=VALUE"),
    Case(
      name: "--set bad value", edits: [], overrides: ["generators[A-coal].capacity_mw=-1"],
      file: "--set generators[A-coal].capacity_mw=-1", message: "generators[A-coal].capacity_mw is -1"),
    Case(
      name: "minimum up time longer than the horizon",
      edits: [Edit("    p_min_pu: 0.4\n", "    p_min_pu: 0.4\n    committable: true\n    min_up_time_h: 100\n")],
      lineOf: "min_up_time_h: 100",
      message: "generators[A-coal].min_up_time_h is 100; allowed: whole hours from 0 to the horizon (48 h)"),
    Case(
      name: "start-up ramp below minimum output",
      edits: [Edit("    p_min_pu: 0.4\n", "    p_min_pu: 0.4\n    committable: true\n    ramp_start_up_pu: 0.2\n")],
      lineOf: "ramp_start_up_pu: 0.2",
      message: "generators[A-coal].ramp_start_up_pu is 0.2 (below the minimum output p_min_pu, so no unit could "
        + "start or stop); allowed: a number from p_min_pu (0.4) to 1"),
    Case(
      name: "negative start-up cost",
      edits: [
        Edit("    p_min_pu: 0.4\n", "    p_min_pu: 0.4\n    committable: true\n    start_up_cost_cny_per_mw: -5\n")
      ],
      lineOf: "start_up_cost_cny_per_mw: -5",
      message: "generators[A-coal].start_up_cost_cny_per_mw is -5; allowed: a number >= 0"),
    Case(
      name: "minimum down time not whole hours",
      edits: [Edit("    p_min_pu: 0.4\n", "    p_min_pu: 0.4\n    committable: true\n    min_down_time_h: 2.5\n")],
      lineOf: "min_down_time_h: 2.5",
      message: "generators[A-coal].min_down_time_h is 2.5; allowed: a whole number of hours >= 0"),
    Case(
      name: "commitment field without committable",
      edits: [Edit("    p_min_pu: 0.4\n", "    p_min_pu: 0.4\n    min_up_time_h: 3\n")], lineOf: "min_up_time_h: 3",
      message: "generators[A-coal].min_up_time_h is given but generators[A-coal].committable is not true"),
    Case(
      name: "--set unit size above capacity", edits: [],
      overrides: ["generators[A-coal].committable=true", "generators[A-coal].unit_size_mw=5000"],
      file: "--set generators[A-coal].unit_size_mw=5000",
      message: "generators[A-coal].unit_size_mw is 5000; allowed: a number > 0 and at most capacity_mw (1200)"),
    Case(
      name: "--set reserve share above 1", edits: [], overrides: ["reserves.MX.up_load_pu=2"],
      file: "--set reserves.MX.up_load_pu=2", message: "reserves.MX.up_load_pu is 2; allowed: a number from 0 to 1"),
    Case(
      name: "--set reserve of an unknown area", edits: [], overrides: ["reserves.ZZ.up_load_pu=0.1"],
      file: "--set reserves.ZZ.up_load_pu=0.1",
      message: "reserves.ZZ is \"ZZ\"; allowed: the area of an internal bus: MD, MX"),
    Case(
      name: "scenario: unknown key", edits: [Edit("scenarios/export-schedule.yaml", "remove:", "remvoe:")],
      scenario: "export-schedule", file: "scenarios/export-schedule.yaml", lineOf: "remvoe:",
      message: "remvoe is an unknown key (did you mean remove?); allowed: description, remove, add, set"),
    Case(
      name: "scenario: remove an unknown id", edits: [Edit("scenarios/export-schedule.yaml", "[A-wind]", "[Z-wind]")],
      scenario: "export-schedule", file: "scenarios/export-schedule.yaml", lineOf: "Z-wind",
      message: "remove.generators[0] is \"Z-wind\"; allowed: an id in generators: A-coal, B-wind, A-wind"),
    Case(
      name: "scenario: bad set path",
      edits: [Edit("scenarios/export-schedule.yaml", "generators[B-wind]", "generators[Q]")],
      scenario: "export-schedule", file: "scenarios/export-schedule.yaml", lineOf: "generators[Q]",
      message: "generators has no id \"Q\""),
    Case(
      name: "scenario: bad added component",
      edits: [Edit("scenarios/export-schedule.yaml", "capacity_mw: 400", "capacity_mw: -4")],
      scenario: "export-schedule", file: "scenarios/export-schedule.yaml", lineOf: "capacity_mw: -4",
      message: "generators[C-wind].capacity_mw is -4; allowed: a number >= 0"),
    Case(
      name: "supporting: unknown plant",
      edits: [Edit("    delivery: {rule: price}\n", "    delivery: {rule: price}\n    supporting: [A-col]\n")],
      lineOf: "supporting: [A-col]",
      message: "links[C-X].supporting[0] is \"A-col\" (did you mean A-coal?); allowed: the id of a generator: "
        + "A-coal, B-wind, A-wind"),
    Case(
      name: "supporting: a plant of two corridors",
      edits: [
        Edit("links:\n", "links:\n  - {id: A-X, bus0: A, bus1: X, rating_mw: 100, supporting: [A-coal]}\n"),
        Edit("    delivery: {rule: price}\n", "    delivery: {rule: price}\n    supporting: [A-wind, A-coal]\n"),
      ],
      lineOf: "supporting: [A-wind, A-coal]",
      message: "links[C-X].supporting[1] is \"A-coal\", already a supporting plant of links[A-X]; allowed: a "
        + "generator that supports no other corridor"),
    Case(
      name: "supporting: a plant in another AC island",
      edits: [
        Edit("  - {id: X, name:", "  - {id: D, area: MX}\n  - {id: X, name:"),
        Edit("storage_units:\n", "  - {id: D-coal, bus: D, carrier: coal, capacity_mw: 10}\nstorage_units:\n"),
        Edit("    delivery: {rule: price}\n", "    delivery: {rule: price}\n    supporting: [D-coal]\n"),
      ],
      lineOf: "supporting: [D-coal]",
      message: "links[C-X].supporting[0] is \"D-coal\" at bus D, which no AC line path joins to the sending bus C; "
        + "allowed: a generator at the sending bus C or at a bus joined to it by AC lines"),
    Case(
      name: "supporting: not a list",
      edits: [Edit("    delivery: {rule: price}\n", "    delivery: {rule: price}\n    supporting: {a: 1}\n")],
      lineOf: "supporting: {a: 1}", message: "links[C-X].supporting is"),
    Case(
      name: "delivery curve: 23 values",
      edits: [Edit("    delivery: {rule: price}", "    delivery: {rule: curve, min_pu_by_hour: [" + Array(repeating: "0.5", count: 23).joined(separator: ", ") + "]}")],
      lineOf: "rule: curve", message: "links[C-X].delivery.min_pu_by_hour is"),
    Case(
      name: "delivery curve: a share above 1",
      edits: [Edit("    delivery: {rule: price}", "    delivery: {rule: curve, min_pu_by_hour: [1.5" + String(repeating: ", 0.5", count: 23) + "]}")],
      lineOf: "rule: curve", message: "hour 0 is 1.5"),
  ]

  @Test(arguments: cases)
  func reportsAClearError(_ c: Case) throws {
    let dir = try Fixture.copy(edits: c.edits)
    defer { Fixture.remove(dir) }
    let check = NetworkReader.check(folder: dir, scenario: c.scenario, overrides: c.overrides)
    let errors = check.errors
    let match = try #require(
      errors.first { $0.message.contains(c.message) },
      "no error contains \(c.message); got:\n\(errors.map(\.description).joined(separator: "\n"))")
    let file = c.file.hasPrefix("--") ? c.file : "\(dir.relativePath)/\(c.file)"
    #expect(match.location.file == file)
    let line = try c.lineOf.map { try Fixture.line(of: $0, in: c.file, folder: dir) }
    #expect(match.location.line == line)
    if let column = c.column { #expect(match.location.column == column) }
    #expect(match.description.hasPrefix("\(match.location): "))
    #expect(match.message.contains("allowed: ") || match.message.contains("; allowed"))
    // The same problem stops `read`.
    #expect(throws: NetworkReadError.self) {
      _ = try NetworkReader.read(folder: dir, scenario: c.scenario, overrides: c.overrides)
    }
  }

  @Test func exampleMessageFormat() throws {
    let dir = try Fixture.copy(edits: [Edit("capacity_mw: 1200", "capacity_mw: -5")])
    defer { Fixture.remove(dir) }
    let line = try Fixture.line(of: "capacity_mw: -5", folder: dir)
    #expect(
      NetworkReader.problems(folder: dir) == [
        "\(dir.relativePath)/network.yaml:\(line):18: generators[A-coal].capacity_mw is -5; allowed: a number >= 0"
      ])
  }

  @Test func reportsManyProblemsAtOnce() throws {
    let dir = try Fixture.copy(edits: [
      Edit("capacity_mw: 1200", "capacity_mw: -5"),
      Edit("{id: B-wind, bus: B,", "{id: B-wind, bus: Q,"),
      Edit("carrier: wind, capacity_mw: 300", "carrier: wind, capacity_mv: 300"),
      Edit("{id: C-A,", "{id: A-B,"),
      Edit("rating_mw: 800", "rating_mw: .nan"),
      Edit(Self.wind, "2024-01-01T03:00,0.7259,0.5274", "2024-01-01T03:00,0.7259,oops"),
    ])
    defer { Fixture.remove(dir) }
    let check = NetworkReader.check(folder: dir)
    let fields = check.errors.compactMap(\.field)
    for f in [
      "generators[A-coal].capacity_mw", "generators[B-wind].bus", "generators[A-wind].capacity_mv",
      "generators[A-wind].capacity_mw", "lines[#3].id", "lines[B-C].rating_mw", "generators[B-wind].availability",
    ] {
      #expect(fields.contains(f), "missing \(f) in \(fields)")
    }
    // Errors come in file and line order, network.yaml first.
    let yaml = check.errors.filter { $0.location.file.hasSuffix("network.yaml") }.compactMap(\.location.line)
    #expect(yaml == yaml.sorted())
    #expect(check.errors.last?.location.file.hasSuffix("wind.csv") == true)
    // Each problem once.
    #expect(Set(check.errors.map(\.description)).count == check.errors.count)
  }

  @Test func missingNetworkFile() {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("gridio-none-\(UUID().uuidString)")
    let check = NetworkReader.check(folder: dir)
    #expect(check.network == nil)
    #expect(
      check.errors.map(\.description) == [
        "\(dir.relativePath)/network.yaml: does not exist or cannot be read; allowed: a network folder with "
          + "network.yaml (see Networks/FORMAT.md)"
      ])
  }

  @Test func emptyNetwork() throws {
    let dir = try Fixture.copy(files: ["network.yaml": "name: empty\n"])
    defer { Fixture.remove(dir) }
    #expect(
      NetworkReader.problems(folder: dir) == [
        "\(dir.relativePath)/network.yaml: buses is empty; allowed: at least one bus"
      ])
  }
}
