import Testing

@testable import GridModel

/// `Network.validate()` on a small valid network and on one mistake at a time.
@Suite("Network validation")
struct ValidationTests {
  /// Three internal buses in a cycle, an external receiving end with a price, every component kind; 4 hours.
  static func valid() -> Network {
    Network(
      name: "test", study: StudySettings(start: "2024-01-01T00:00", hours: 4),
      heatingSeasons: ["MX": HeatingSeason(startMonth: 10, startDay: 15, endMonth: 4, endDay: 15)],
      carriers: [Carrier(id: "coal", clean: false, color: "#4d4d4d"), Carrier(id: "wind", clean: true)],
      buses: [
        Bus(id: "A", area: "MX"), Bus(id: "B", area: "MX"), Bus(id: "C", area: "MD"),
        Bus(id: "X", area: "SD", external: true, priceCNYPerMWh: 380),
      ],
      lines: [
        Line(id: "A-B", bus0: "A", bus1: "B", ratingMW: 1000, lengthKm: 100, voltageKV: 500),
        Line(id: "B-C", bus0: "B", bus1: "C", ratingMW: 1000, reactanceOhm: 30),
        Line(id: "C-A", bus0: "C", bus1: "A", ratingMW: 1000, lengthKm: 200),
      ],
      links: [
        Link(id: "C-X", bus0: "C", bus1: "X", ratingMW: 500, lengthKm: 1000, efficiency: 0.95),
        Link(id: "A-C", bus0: "A", bus1: "C", ratingMW: 100, delivery: .schedule([10, 20, 30, 40])),
      ],
      generators: [
        Generator(
          id: "A-coal", bus: "A", carrier: "coal", capacityMW: 1000, pMinPU: 0.4, heatingMustRunPU: 0.5,
          rampPUPerHour: 0.5, marginalCostCNYPerMWh: 260, co2TonnesPerMWh: 0.95),
        Generator(id: "B-wind", bus: "B", carrier: "wind", capacityMW: 500, availability: [0.1, 0.5, 1, 0]),
      ],
      storageUnits: [
        StorageUnit(
          id: "B-bat", bus: "B", carrier: "wind", powerMW: 100, energyMWh: 400, efficiencyCharge: 0.95,
          efficiencyDischarge: 0.95, initialStateOfCharge: .fixed(0.5), minimumStateOfChargePU: 0.1)
      ],
      loads: [
        Load(id: "A-load", bus: "A", demandMW: [100, 120, 130, 110]),
        Load(id: "C-load", bus: "C", demandMW: [50, 50, 50, 50]),
      ],
      snapshots: ["2024-01-01T00:00", "2024-01-01T01:00", "2024-01-01T02:00", "2024-01-01T03:00"])
  }

  @Test func validNetworkHasNoProblems() {
    #expect(Self.valid().validate() == [])
    #expect(Self.valid().snapshotCount == 4)
  }

  @Test func snapshotCountFallsBackToSeries() {
    var n = Self.valid()
    n.snapshots = []
    #expect(n.snapshotCount == 4)
    #expect(Network(name: "empty").snapshotCount == 0)
  }

  struct Case: Sendable, CustomTestStringConvertible {
    var name: String
    var field: String
    var severity: ValidationProblem.Severity = .error
    /// Text the description must contain (the value or the allowed range).
    var contains: String
    var mutate: @Sendable (inout Network) -> Void
    var testDescription: String { name }
  }

  static let cases: [Case] = [
    Case(name: "missing id", field: "generators[#2].id", contains: "is missing") { $0.generators[1].id = "" },
    Case(name: "duplicate id", field: "lines[#2].id", contains: "already the id of lines[#1]") {
      $0.lines[1].id = "A-B"
    },
    Case(name: "id with a space", field: "buses[A B].id", contains: "\"A B\"") {
      $0.buses[0].id = "A B"
      $0.lines[0].bus0 = "A B"
      $0.lines[2].bus1 = "A B"
      $0.links[1].bus0 = "A B"
      $0.generators[0].bus = "A B"
      $0.loads[0].bus = "A B"
    },
    Case(name: "id with @", field: "loads[A@1].id", contains: "'@'") { $0.loads[0].id = "A@1" },
    Case(name: "unknown bus", field: "generators[A-coal].bus", contains: "\"Q\"") { $0.generators[0].bus = "Q" },
    Case(name: "unknown bus with suggestion", field: "loads[A-load].bus", contains: "did you mean BB?") {
      $0.buses[1].id = "BB"
      $0.loads[0].bus = "bb"
    },
    Case(name: "unknown carrier", field: "storage_units[B-bat].carrier", contains: "coal, wind") {
      $0.storageUnits[0].carrier = "battery"
    },
    Case(name: "line to itself", field: "lines[A-B].bus1", contains: "the same as bus0") { $0.lines[0].bus1 = "A" },
    Case(name: "line to an external bus", field: "lines[C-A].bus1", contains: "external") { $0.lines[2].bus1 = "X" },
    Case(name: "link out of an external bus", field: "links[C-X].bus0", contains: "external") {
      $0.links[0].bus0 = "X"
      $0.links[0].bus1 = "C"
    },
    Case(name: "generator at an external bus", field: "generators[B-wind].bus", contains: "external") {
      $0.generators[1].bus = "X"
    },
    Case(name: "negative capacity", field: "generators[A-coal].capacity_mw", contains: "is -5; allowed: a number >= 0")
    {
      $0.generators[0].capacityMW = -5
    },
    Case(name: "NaN rating", field: "lines[B-C].rating_mw", contains: "is nan") { $0.lines[1].ratingMW = .nan },
    Case(name: "negative quadratic cost", field: "generators[A-coal].marginal_cost_quadratic_cny_per_mw2h",
         contains: "-0.1") {
      $0.generators[0].marginalCostQuadraticCNYPerMW2h = -0.1
    },
    Case(name: "NaN quadratic cost", field: "generators[A-coal].marginal_cost_quadratic_cny_per_mw2h",
         contains: ">= 0 (a convex cost)") {
      $0.generators[0].marginalCostQuadraticCNYPerMW2h = .nan
    },
    Case(name: "infinite cost", field: "generators[A-coal].marginal_cost_cny_per_mwh", contains: "is inf") {
      $0.generators[0].marginalCostCNYPerMWh = .infinity
    },
    Case(name: "p_min_pu above 1", field: "generators[A-coal].p_min_pu", contains: "1.2") {
      $0.generators[0].pMinPU = 1.2
    },
    Case(name: "availability above 1", field: "generators[B-wind].availability[2]", contains: "1.5") {
      $0.generators[1].availability = [0, 0, 1.5, 0]
    },
    Case(name: "efficiency 0", field: "links[C-X].efficiency", contains: "0 < efficiency <= 1") {
      $0.links[0].efficiency = 0
    },
    Case(name: "charge efficiency above 1", field: "storage_units[B-bat].efficiency_charge", contains: "1.1") {
      $0.storageUnits[0].efficiencyCharge = 1.1
    },
    Case(name: "soc_min 1", field: "storage_units[B-bat].soc_min_pu", contains: "1 excluded") {
      $0.storageUnits[0].minimumStateOfChargePU = 1
    },
    Case(name: "negative storage cost", field: "storage_units[B-bat].marginal_cost_cny_per_mwh", contains: "-2") {
      $0.storageUnits[0].marginalCostCNYPerMWh = -2
    },
    Case(name: "initial soc below soc_min", field: "storage_units[B-bat].soc_initial_pu", contains: "from soc_min_pu") {
      $0.storageUnits[0].initialStateOfCharge = .fixed(0.05)
    },
    Case(name: "availability too short", field: "generators[B-wind].availability", contains: "3 values") {
      $0.generators[1].availability = [0, 0, 0]
    },
    Case(name: "demand too long", field: "loads[A-load].profile", contains: "5 values") {
      $0.loads[0].demandMW = [1, 2, 3, 4, 5]
    },
    Case(name: "negative flat demand", field: "loads[C-load].p_mw", contains: "-50") {
      $0.loads[1].demandMW = [-50, -50, -50, -50]
    },
    Case(name: "schedule too short", field: "links[A-C].delivery.profile", contains: "2 values") {
      $0.links[1].delivery = .schedule([1, 2])
    },
    Case(name: "schedule above rating", field: "links[A-C].delivery.profile[3]", contains: "to the rating 100") {
      $0.links[1].delivery = .schedule([1, 2, 3, 400])
    },
    Case(name: "firm min_pu above 1", field: "links[A-C].delivery.min_pu", contains: "2") {
      $0.links[1].delivery = .firm(minPU: 2)
    },
    Case(
      name: "price rule into an external bus without price", field: "buses[X].price_cny_per_mwh",
      contains: "links[C-X]"
    ) { $0.buses[3].priceCNYPerMWh = nil },
    Case(
      name: "must-run without heating season", field: "generators[A-coal].heating_must_run_pu",
      severity: .warning, contains: "no heating season"
    ) { $0.buses[0].area = "SX" },
    Case(name: "bus with no connection", field: "buses[D]", severity: .warning, contains: "connected to nothing") {
      $0.buses.append(Bus(id: "D", area: "MX"))
    },
    Case(
      name: "price on an internal bus", field: "buses[A].price_cny_per_mwh", severity: .warning,
      contains: "external"
    ) { $0.buses[0].priceCNYPerMWh = 300 },
    Case(name: "line without reactance", field: "lines[C-A].reactance_ohm", contains: "length_km") {
      $0.lines[2].lengthKm = nil
    },
    Case(name: "bad heating season", field: "heating_seasons.MX.end", contains: "month 4, day 31") {
      $0.heatingSeasons["MX"] = HeatingSeason(startMonth: 10, startDay: 15, endMonth: 4, endDay: 31)
    },
    Case(name: "bad study start", field: "study.start", contains: "YYYY-MM-DDTHH:MM") { $0.study.start = "2024-1-1" },
    Case(name: "bad colour", field: "carriers[wind].color", contains: "#rrggbb") { $0.carriers[1].color = "blue" },
    Case(name: "empty network", field: "buses", contains: "empty") { $0 = Network(name: "empty") },
  ]

  @Test(arguments: cases)
  func reportsTheMistake(_ c: Case) throws {
    var network = Self.valid()
    c.mutate(&network)
    let problems = network.validate()
    let match = try #require(problems.first { $0.field == c.field }, "got: \(problems.map(\.description))")
    #expect(match.severity == c.severity)
    #expect(match.description.contains(c.contains), "\(match.description)")
    #expect(match.description.hasPrefix("\(c.field) is "))
    #expect(match.description.contains("; allowed: "))
  }

  @Test func reportsEveryProblemAtOnce() {
    var n = Self.valid()
    n.generators[0].capacityMW = -1
    n.generators[1].bus = "nowhere"
    n.lines[0].ratingMW = .nan
    n.storageUnits[0].efficiencyDischarge = 0
    n.loads[1].id = "A-load"
    let fields = Set(n.validate().filter { $0.severity == .error }.map(\.field))
    #expect(
      fields == [
        "generators[A-coal].capacity_mw", "generators[B-wind].bus", "lines[A-B].rating_mw",
        "storage_units[B-bat].efficiency_discharge", "loads[#2].id",
      ])
  }

  @Test func problemDescription() {
    let p = ValidationProblem(
      field: "generators[ORD-coal].capacity_mw", value: ValidationProblem.show(-5.0),
      allowed: "a number >= 0")
    #expect(p.description == "generators[ORD-coal].capacity_mw is -5; allowed: a number >= 0")
    #expect(ValidationProblem.show(0.25) == "0.25")
    #expect(ValidationProblem.show(Double.nan) == "nan")
    #expect(ValidationProblem.show(-Double.infinity) == "-inf")
  }

  @Test func suggestionsAndListings() {
    #expect(ValidationProblem.suggestion(for: "capacity_mv", among: ["capacity_mw", "bus"]) == "capacity_mw")
    #expect(ValidationProblem.suggestion(for: "ORD", among: ["ord"]) == "ord")
    #expect(ValidationProblem.suggestion(for: "Z", among: ["A", "B"]) == nil)
    #expect(ValidationProblem.listing(["a", "b"]) == "a, b")
    #expect(ValidationProblem.listing((1...20).map(String.init), limit: 3) == "1, 2, 3, ... (20 in all)")
  }

  @Test func heatingSeasonWrapsTheYear() {
    let s = HeatingSeason(startMonth: 10, startDay: 15, endMonth: 4, endDay: 15)
    #expect(s.contains(month: 1, day: 1))
    #expect(s.contains(month: 10, day: 15))
    #expect(!s.contains(month: 7, day: 1))
  }
}
