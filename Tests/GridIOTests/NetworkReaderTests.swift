import Foundation
import GridModel
import Testing

@testable import GridIO

/// Reading the valid three-bus fixture: values, derived fields, horizon slicing, scenarios and overrides.
@Suite("Network reader")
struct NetworkReaderTests {
  @Test func readsTheValidNetwork() throws {
    let n = try NetworkReader.read(folder: Fixture.threeBus)
    #expect(n.name == "three-bus")
    #expect(n.buses.map(\.id) == ["A", "B", "C", "X"])
    #expect(n.buses[0].name == "Alpha" && n.buses[1].name == "B")
    #expect(n.buses[3].external && n.buses[3].priceCNYPerMWh == 380)
    #expect(n.lines.count == 3 && n.links.count == 1 && n.generators.count == 3)
    #expect(n.study.start == "2024-01-01T00:00" && n.study.hours == 48)
    #expect(n.study.carbonPriceCNYPerTonne == 10 && n.study.co2CapTonnes == nil)
    #expect(n.heatingSeasons["MX"] == HeatingSeason(startMonth: 10, startDay: 15, endMonth: 4, endDay: 15))
    #expect(n.carriers[2] == Carrier(id: "battery", clean: false, color: "#888888"))
    #expect(n.snapshots.count == 48)
    #expect(n.snapshots.first == "2024-01-01T00:00" && n.snapshots.last == "2024-01-02T23:00")
    #expect(n.validate().isEmpty)
  }

  @Test func derivedFields() throws {
    let n = try NetworkReader.read(folder: Fixture.threeBus)
    // Link losses: 1 - 0.02 - 0.03 * 1000 km / 1000.
    #expect(abs(n.links[0].efficiency - 0.95) < 1e-12)
    #expect(n.links[0].delivery == .price)
    // Line reactance in per unit on 100 MVA: 150 km * 0.27 ohm/km / (500^2 / 100); given 40 ohm / 2500.
    #expect(abs((n.lines[0].effectiveReactancePU ?? 0) - 150 * 0.27 / 2500) < 1e-12)
    #expect(abs((n.lines[1].effectiveReactancePU ?? 0) - 40.0 / 2500) < 1e-12)
    // Storage: 200 MW for 4 h.
    #expect(n.storageUnits[0].energyMWh == 800)
    #expect(n.storageUnits[0].initialStateOfCharge == .cyclic)
    #expect(n.storageUnits[0].minimumStateOfChargePU == 0.05)
    let coal = n.generators[0]
    #expect(coal.pMinPU == 0.4 && coal.heatingMustRunPU == 0.5 && coal.rampPUPerHour == 0.5)
    #expect(coal.co2TonnesPerMWh == 0.95 && coal.waterM3PerMWh == 1.2 && coal.role == .operating)
    #expect(coal.availability == nil)
  }

  @Test func profilesMatchTheCSV() throws {
    let n = try NetworkReader.read(folder: Fixture.threeBus)
    let b = try Fixture.column("B", of: "wind.csv")
    #expect(n.generators[1].availability == b)
  }

  @Test func annualEnergyScalesTheWholeProfile() throws {
    let n = try NetworkReader.read(folder: Fixture.threeBus)
    let demand = n.loads[0].demandMW
    // 0.048 TWh over the 48 hours of the file.
    #expect(abs(demand.reduce(0, +) - 48_000) < 1e-6)
    // The shape is the CSV's.
    let raw = try Fixture.column("A", of: "load.csv")
    let scale = 48_000 / raw.reduce(0, +)
    for t in demand.indices { #expect(abs(demand[t] - raw[t] * scale) < 1e-9) }
    // Flat load.
    #expect(n.loads[1].demandMW == Array(repeating: 150, count: 48))
  }

  @Test func horizonSlicesEveryProfile() throws {
    let n = try NetworkReader.read(folder: Fixture.threeBus, hours: 24, start: "2024-01-02T00:00")
    #expect(n.snapshots.count == 24 && n.snapshots.first == "2024-01-02T00:00")
    #expect(n.study.start == "2024-01-02T00:00" && n.study.hours == 24)
    let b = try Fixture.column("B", of: "wind.csv")
    #expect(n.generators[1].availability == Array(b[24..<48]))
    // annual_twh scales over the whole profile before slicing: the slice keeps the full-year scale.
    let full = try NetworkReader.read(folder: Fixture.threeBus).loads[0].demandMW
    #expect(n.loads[0].demandMW == Array(full[24..<48]))
    #expect(n.loads[1].demandMW.count == 24)
  }

  @Test func startAloneRunsToTheEndOfTheProfiles() throws {
    let n = try NetworkReader.read(folder: Fixture.threeBus, start: "2024-01-01T12:00")
    #expect(n.snapshots.count == 36)
  }

  @Test func horizonFromStudySettings() throws {
    let n = try NetworkReader.read(
      folder: Fixture.threeBus, overrides: ["study.hours=6", "study.start=2024-01-01T03:00"])
    #expect(n.snapshots == (3..<9).map { "2024-01-01T0\($0):00" })
  }

  @Test func startOutsideTheProfilesIsAnError() {
    let check = NetworkReader.check(folder: Fixture.threeBus, start: "2024-03-01T00:00")
    let e = check.errors.map(\.description)
    #expect(
      e == [
        "--start: --start is \"2024-03-01T00:00\"; allowed: a snapshot of the profiles, 2024-01-01T00:00 to "
          + "2024-01-02T23:00 (48 hours)"
      ])
  }

  @Test func tooManyHoursIsAnError() {
    let check = NetworkReader.check(folder: Fixture.threeBus, hours: 100)
    #expect(check.errors.count == 1)
    #expect(
      check.errors.first?.description.hasPrefix("--hours: --hours is 100 from 2024-01-01T00:00; allowed: 1 ... 48")
        == true)
  }

  @Test func overridesSetFieldsInYAMLSpelling() throws {
    let n = try NetworkReader.read(
      folder: Fixture.threeBus,
      overrides: [
        "generators[A-coal].capacity_mw=1500", "study.carbon_price_cny_per_t=100",
        "links[C-X].delivery={rule: firm, min_pu: 0.5}", "storage_units[B-battery].soc_initial_pu=0.5",
        "study.co2_cap_t=1e6", "buses[A].name=Hohhot east",
      ])
    #expect(n.generators[0].capacityMW == 1500)
    #expect(n.study.carbonPriceCNYPerTonne == 100)
    #expect(n.study.co2CapTonnes == 1e6)
    #expect(n.links[0].delivery == .firm(minPU: 0.5))
    #expect(n.storageUnits[0].initialStateOfCharge == .fixed(0.5))
    #expect(n.buses[0].name == "Hohhot east")
  }

  @Test func emptyOverrideUnsetsAnOptionalField() throws {
    let n = try NetworkReader.read(
      folder: Fixture.threeBus, overrides: ["generators[A-coal].heating_must_run_pu=", "study.co2_cap_t=null"])
    #expect(n.generators[0].heatingMustRunPU == nil)
    #expect(n.study.co2CapTonnes == nil)
    // A required one is then missing.
    let check = NetworkReader.check(folder: Fixture.threeBus, overrides: ["generators[A-coal].capacity_mw="])
    #expect(check.errors.map(\.message) == ["generators[A-coal].capacity_mw is missing; allowed: a number >= 0"])
  }

  @Test func scenarioRemovesAddsAndSets() throws {
    let n = try NetworkReader.read(folder: Fixture.threeBus, scenario: "export-schedule")
    #expect(n.generators.map(\.id) == ["A-coal", "B-wind", "C-wind"])
    #expect(n.generators[1].capacityMW == 1500)
    #expect(n.generators[2].availability == (try Fixture.column("A", of: "wind.csv")))
    #expect(n.links.map(\.id) == ["C-X", "A-X"])
    #expect(n.links[0].delivery == .schedule((0..<48).map { $0 % 24 < 12 ? 100 : 200 }))
    #expect(n.links[1].delivery == .firm(minPU: 0.2) && n.links[1].efficiency == 0.97)
    #expect(n.study.carbonPriceCNYPerTonne == 100)
    #expect(n.description.contains("export-schedule"))
  }

  @Test func overridesComeAfterTheScenario() throws {
    let n = try NetworkReader.read(
      folder: Fixture.threeBus, scenario: "export-schedule.yaml", overrides: ["generators[B-wind].capacity_mw=10"])
    #expect(n.generators[1].capacityMW == 10)
    // A component added by the scenario can be overridden.
    let m = try NetworkReader.read(
      folder: Fixture.threeBus, scenario: "export-schedule", overrides: ["generators[C-wind].capacity_mw=7"])
    #expect(m.generators[2].capacityMW == 7)
  }

  @Test func warningsDoNotStopReading() throws {
    let overrides = ["buses[A].area=SX"]
    let n = try NetworkReader.read(folder: Fixture.threeBus, overrides: overrides)
    #expect(n.buses[0].area == "SX")
    let check = NetworkReader.check(folder: Fixture.threeBus, overrides: overrides)
    #expect(check.errors.isEmpty)
    #expect(check.warnings.map(\.field) == ["generators[A-coal].heating_must_run_pu"])
    let line = try Fixture.line(of: "heating_must_run_pu", folder: Fixture.threeBus)
    let text = NetworkReader.problems(folder: Fixture.threeBus, overrides: overrides)
    #expect(
      text == [
        "\(Fixture.threeBus.relativePath)/network.yaml:\(line):26: warning: generators[A-coal].heating_must_run_pu is "
          + "0.5 at bus A of area \"SX\", which has no heating season (so it never applies); allowed: "
          + "heating_must_run_pu at buses of an area under heating_seasons: MX"
      ])
  }

  @Test func readThrowsEveryError() throws {
    let overrides = ["generators[A-coal].capacity_mw=-5", "lines[A-B].rating_mw=.nan"]
    do {
      _ = try NetworkReader.read(folder: Fixture.threeBus, overrides: overrides)
      Issue.record("expected an error")
    } catch let error as NetworkReadError {
      #expect(error.problems.count == 2)
      #expect(error.description.split(separator: "\n").last == "2 errors")
      #expect(
        error.description.contains(
          "--set generators[A-coal].capacity_mw=-5: generators[A-coal].capacity_mw is -5; allowed: a number >= 0"))
      #expect(error.description.contains("--set lines[A-B].rating_mw=.nan: lines[A-B].rating_mw is nan"))
    }
  }

  @Test func networkWithoutProfilesUsesTheStudyHorizon() throws {
    let yaml = """
      name: flat
      study: {start: "2024-02-28T22:00", hours: 4}
      carriers: [{id: coal, clean: false}]
      buses: [{id: A}]
      generators: [{id: g, bus: A, carrier: coal, capacity_mw: 10}]
      loads: [{id: l, bus: A, p_mw: 5}]
      """
    let dir = try Fixture.copy(files: ["network.yaml": yaml])
    defer { Fixture.remove(dir) }
    let n = try NetworkReader.read(folder: dir)
    #expect(n.snapshots == ["2024-02-28T22:00", "2024-02-28T23:00", "2024-02-29T00:00", "2024-02-29T01:00"])
    #expect(n.loads[0].demandMW == [5, 5, 5, 5])
  }
}
