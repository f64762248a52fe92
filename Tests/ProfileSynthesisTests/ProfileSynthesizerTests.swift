import Testing
@testable import ProfileSynthesis

@Suite("Profile synthesis: a year of calibrated profiles")
struct ProfileSynthesizerTests {
  @Test func sameSeedGivesIdenticalProfiles() throws {
    let first = try Fixture.seed2024.get()
    let again = try ProfileSynthesizer().generate(seed: 2024)
    #expect(first == again)
    #expect(first.wind.csv(snapshots: first.snapshots) == again.wind.csv(snapshots: again.snapshots))
  }

  @Test func differentSeedGivesDifferentProfiles() throws {
    let a = try Fixture.seed2024.get()
    let b = try ProfileSynthesizer().generate(seed: 2025)
    for (ta, tb) in zip(a.tables, b.tables) {
      #expect(ta.values != tb.values, "\(ta.kind) did not change with the seed")
    }
    // Same calibration, different weather.
    #expect(abs(mean(b.wind.values[0]) - 0.27) < 1e-3)
  }

  @Test func shapeAndCalendar() throws {
    let p = try Fixture.seed2024.get()
    #expect(p.snapshots.count == 8760)
    #expect(p.snapshots.first == "2024-01-01T00:00" && p.snapshots.last == "2024-12-30T23:00")
    for table in p.tables {
      #expect(table.columns == Site.innerMongolia.map(\.id))
      #expect(table.values.allSatisfy { $0.count == 8760 })
    }
  }

  /// Annual means equal the targets within 1e-3 (after rounding to 4 decimals they are within ~1e-6).
  @Test func annualMeansMatchTargets() throws {
    let p = try Fixture.seed2024.get()
    for (c, site) in Site.innerMongolia.enumerated() {
      #expect(abs(mean(p.wind.values[c]) - site.windCapacityFactor) < 1e-3, "wind \(site.id)")
      #expect(abs(mean(p.solar.values[c]) - site.solarCapacityFactor) < 1e-3, "solar \(site.id)")
      #expect(abs(mean(p.load.values[c]) - 1) < 1e-3, "load \(site.id)")
      #expect(abs(mean(p.hydro.values[c]) - 0.29) < 1e-3, "hydro \(site.id)")
      #expect(abs(p.wind.means[c] - p.wind.targets[c]) < 1e-5)
    }
  }

  @Test func availabilitiesAreInUnitInterval() throws {
    let p = try Fixture.seed2024.get()
    for table in [p.wind, p.solar, p.hydro] {
      for series in table.values { #expect(series.allSatisfy { $0 >= 0 && $0 <= 1 }, "\(table.kind)") }
    }
    #expect(p.load.values.allSatisfy { $0.allSatisfy { $0 > 0 } })
  }

  @Test func solarIsZeroAtNightAndWhenTheSunIsDown() throws {
    let p = try Fixture.seed2024.get()
    for (c, site) in Site.innerMongolia.enumerated() {
      let solar = p.solar.values[c]
      for t in solar.indices where [22, 23, 0, 1, 2].contains(t % 24) { #expect(solar[t] == 0) }
      let clear = SolarGeometry.clearSkySeries(site: site, calendar: HourlyCalendar())
      #expect(zip(clear, solar).allSatisfy { $0 > 0 || $1 == 0 }, "\(site.id) has output with the sun down")
    }
  }

  /// Solar noon moves 4 minutes per degree of longitude: Alxa (105.7 E) peaks about 0.94 h after Hulunbuir (119.8 E).
  @Test func solarPeaksLaterInTheWest() throws {
    let p = try Fixture.seed2024.get()
    func centroid(_ id: String) throws -> Double {
      let profile = hourOfDayMeans(try #require(p.solar.series(id)))
      return zip(profile, 0..<24).reduce(0) { $0 + $1.0 * Double($1.1) } / profile.reduce(0, +)
    }
    let shift = try centroid("ALX") - centroid("HLB")
    #expect(shift > 0.75 && shift < 1.15, "centroid shift \(shift) h")
    // Hour-labelled [h, h+1): the centroid sits half an hour before solar noon (~12:00 HLB, ~13:00 ALX).
    #expect(abs(try centroid("HLB") - 11.5) < 0.2)
    #expect(abs(try centroid("ALX") - 12.45) < 0.2)
    // Daily peak hour of the clear sky: never earlier at Alxa than at Hulunbuir, later on average.
    let sites = Dictionary(uniqueKeysWithValues: Site.innerMongolia.map { ($0.id, $0) })
    let west = SolarGeometry.clearSkySeries(site: try #require(sites["ALX"]), calendar: HourlyCalendar())
    let east = SolarGeometry.clearSkySeries(site: try #require(sites["HLB"]), calendar: HourlyCalendar())
    func peakHours(_ x: [Double]) -> [Int] {
      stride(from: 0, to: x.count, by: 24).map { d in (0..<24).max { x[d + $0] < x[d + $1] } ?? 0 }
    }
    let pw = peakHours(west)
    let pe = peakHours(east)
    #expect(zip(pw, pe).allSatisfy { $0 >= $1 })
    #expect(mean(pw.map(Double.init)) > mean(pe.map(Double.init)) + 0.3)
  }

  @Test func monthlyMeansFollowTheFactsSheet() throws {
    let p = try Fixture.seed2024.get()
    let settings = SynthesisSettings()
    for c in p.wind.columns.indices {
      #expect(correlation(monthlyMeans(p.wind.values[c]), settings.windMonthly) > 0.9, "wind \(p.wind.columns[c])")
      #expect(correlation(monthlyMeans(p.solar.values[c]), settings.solarMonthly) > 0.9, "solar \(p.solar.columns[c])")
      #expect(correlation(monthlyMeans(p.load.values[c]), settings.loadMonthly) > 0.9, "load \(p.load.columns[c])")
    }
  }

  @Test func windDiurnalShapeIsNightHeavy() throws {
    let p = try Fixture.seed2024.get()
    let total = p.wind.values.map(hourOfDayMeans).reduce([Double](repeating: 0, count: 24)) { zip($0, $1).map(+) }
    let overall = mean(total)
    let night = mean([20, 21, 22, 23, 0, 1, 2, 3, 4].map { total[$0] }) / overall
    let midday = mean((10...15).map { total[$0] }) / overall
    #expect(abs(night - 1.10) < 0.05 && abs(midday - 0.85) < 0.05, "night \(night), midday \(midday)")
  }

  /// Wind at Hohhot correlates more with Baotou (160 km) than with Hulunbuir (1,200 km); likewise for daily solar.
  @Test func nearbySitesAreMoreCorrelated() throws {
    let p = try Fixture.seed2024.get()
    let w = { (id: String) throws -> [Double] in try #require(p.wind.series(id)) }
    #expect(correlation(try w("HHT"), try w("BT")) > correlation(try w("HHT"), try w("HLB")) + 0.2)
    #expect(correlation(try w("TL"), try w("JRD")) > correlation(try w("TL"), try w("ALX")) + 0.2)
    #expect(correlation(try w("BYN"), try w("WH")) > correlation(try w("BYN"), try w("XLG")))
    let s = { (id: String) throws -> [Double] in dailyMeans(try #require(p.solar.series(id))) }
    #expect(correlation(try s("HHT"), try s("BT")) > correlation(try s("HHT"), try s("HLB")))
  }

  @Test func windPersistsForDays() throws {
    let p = try Fixture.seed2024.get()
    let x = try #require(p.wind.series("XLG"))
    func autocorrelation(_ lag: Int) -> Double { correlation(Array(x.dropLast(lag)), Array(x.dropFirst(lag))) }
    #expect(autocorrelation(1) > 0.85)
    #expect(autocorrelation(24) > 0.25)
    #expect(autocorrelation(24 * 7) < 0.3)
  }

  @Test func loadHasMeanOneAndAnEveningPeak() throws {
    let p = try Fixture.seed2024.get()
    for c in p.load.columns.indices {
      let hours = hourOfDayMeans(p.load.values[c])
      #expect(abs(mean(p.load.values[c]) - 1) < 1e-4)
      #expect(hours[19] > hours[4])
      #expect(hours.firstIndex(of: hours.max() ?? 0) == 19 && hours.firstIndex(of: hours.min() ?? 0) == 4)
    }
    // The east swings more over the day than the west (daily peak/min 1.28 vs 1.10).
    func swing(_ id: String) throws -> Double {
      let h = hourOfDayMeans(try #require(p.load.series(id)))
      return (h.max() ?? 0) / (h.min() ?? 1)
    }
    #expect(try swing("TL") > swing("ORD") + 0.1)
  }

  @Test func rejectsDuplicateSites() {
    let site = Site.innerMongolia[0]
    #expect(throws: ProfileSynthesisError.duplicateSite(id: site.id)) {
      try ProfileSynthesizer(sites: [site, site]).generate(seed: 1)
    }
  }
}
