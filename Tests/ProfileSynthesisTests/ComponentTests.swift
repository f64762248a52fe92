import Testing
@testable import ProfileSynthesis

@Suite("Profile synthesis: building blocks")
struct ComponentTests {
  /// SplitMix64's published first output for seed 0 (Vigna's reference implementation).
  @Test func splitMixReferenceValue() {
    var g = SplitMix64(seed: 0)
    #expect(g.next() == 0xE220_A839_7B1D_CDAF)
  }

  @Test func gaussiansHaveUnitVarianceAndStreamsDiffer() {
    var g = Xoshiro256StarStar(seed: 42)
    let x = (0..<200_000).map { _ in g.nextGaussian() }
    let m = mean(x)
    let v = mean(x.map { ($0 - m) * ($0 - m) })
    // Standard errors: mean 1/sqrt(n) = 0.0022, variance sqrt(2/n) = 0.0032; 5 sigma.
    #expect(abs(m) < 0.012 && abs(v - 1) < 0.016)
    var a = Xoshiro256StarStar(seed: 42, stream: 1)
    var b = Xoshiro256StarStar(seed: 42, stream: 2)
    #expect((0..<4).map { _ in a.next() } != (0..<4).map { _ in b.next() })
    var u = Xoshiro256StarStar(seed: 1)
    #expect(
      (0..<10_000).allSatisfy { _ in
        let r = u.nextUniform(); return r > 0 && r < 1
      })
  }

  @Test func choleskyReproducesTheCorrelationMatrix() throws {
    let c = SpatialCorrelation.exponential(sites: Site.innerMongolia, lengthKm: 500)
    let l = try SpatialCorrelation.cholesky(c)
    for i in c.indices {
      for j in c.indices {
        let llt = (0..<c.count).reduce(0.0) { $0 + l[i][$1] * l[j][$1] }
        #expect(abs(llt - c[i][j]) < 1e-12)
      }
    }
    #expect(throws: ProfileSynthesisError.correlationNotPositiveDefinite(order: 2)) {
      try SpatialCorrelation.cholesky([[1, 1], [1, 1]])
    }
  }

  @Test func distancesAreGreatCircle() {
    let sites = Dictionary(uniqueKeysWithValues: Site.innerMongolia.map { ($0.id, $0) })
    // Hohhot-Baotou: 162 km by the haversine formula (the sheet's line length 195 km = 1.2 x great circle).
    if let hht = sites["HHT"], let bt = sites["BT"] { #expect(abs(hht.distanceKm(to: bt) - 162) < 3) }
  }

  @Test func calibrationHitsTheMeanWithClipping() throws {
    let x = (0..<1000).map { Double($0 % 10) / 9 }  // mean 0.5, max 1
    let r = try Calibration.scaleToMean(x, target: 0.6, kind: "test", column: "x")
    #expect(abs(mean(r.values) - 0.6) < 1e-12)
    #expect(r.values.allSatisfy { $0 >= 0 && $0 <= 1 } && r.scale > 1.2)
    #expect(throws: ProfileSynthesisError.self) {
      try Calibration.scaleToMean(x, target: 0.95, kind: "test", column: "x")  // only 90% of hours are positive
    }
  }

  @Test func dailyFactorsKeepMonthlyMeansAndAreSmooth() {
    let calendar = HourlyCalendar()
    let monthly = SeasonalShape.normalised(
      [1.0, 1.05, 1.2, 1.3, 1.2, 0.95, 0.75, 0.7, 0.85, 1.0, 1.1, 0.95],
      calendar: calendar)
    let daily = SeasonalShape.dailyFactors(monthly: monthly, calendar: calendar)
    #expect(daily.count == 365)
    let months = calendar.monthOfDay
    for m in 0..<12 {
      let days = daily.indices.filter { months[$0] == m }.map { daily[$0] }
      #expect(abs(mean(days) - monthly[m]) < 1e-10)
    }
    #expect(zip(daily, daily.dropFirst()).allSatisfy { abs($0 - $1) < 0.02 })
  }

  @Test(arguments: [1.10, 1.28])
  func loadDiurnalHasTheRequestedRatio(ratio: Double) {
    let base = SeasonalShape.hourly(anchors: LoadModel.templateAnchors)
    let shape = SeasonalShape.loadDiurnal(base: base, peakToMin: ratio)
    #expect(abs(mean(shape) - 1) < 1e-12)
    #expect(abs((shape.max() ?? 0) / (shape.min() ?? 1) - ratio) < 1e-12)
    #expect(shape.firstIndex(of: shape.min() ?? 0) == 4 && shape.firstIndex(of: shape.max() ?? 0) == 19)
  }

  @Test func calendarDropsTheLastDayOfTheLeapYear() {
    let c = HourlyCalendar()
    let s = c.snapshots
    #expect(s.count == 8760 && s.contains("2024-02-29T12:00") && !s.contains("2024-12-31T00:00"))
    #expect(c.daysInHorizonPerMonth == [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 30])
  }

  /// Solar noon at the equinox: 12:00 + (120 - lon) x 4 min - equation of time (~ -7 min on 21 March).
  @Test func clearSkyNoonFollowsLongitude() {
    func noon(_ lon: Double) -> Double {
      let samples = stride(from: 10.0, to: 15.0, by: 0.01).map { h in
        (h, SolarGeometry.clearSkyOutput(latitude: 42, longitude: lon, dayOfYear: 81, daysInYear: 366, clockHour: h))
      }
      return samples.max { $0.1 < $1.1 }?.0 ?? 0
    }
    #expect(abs(noon(120) - (12 + 7.0 / 60)) < 0.05)
    #expect(abs(noon(105) - noon(120) - 1) < 0.03)
  }

  @Test func csvHasFourDecimals() {
    let t = ProfileTable(kind: "wind", columns: ["A", "B"], values: [[0, 0.12345], [1, 0.5]], targets: [0, 0])
    #expect(
      t.csv(snapshots: ["2024-01-01T00:00", "2024-01-01T01:00"])
        == "snapshot,A,B\n2024-01-01T00:00,0.0000,1.0000\n2024-01-01T01:00,0.1235,0.5000\n")
  }
}
