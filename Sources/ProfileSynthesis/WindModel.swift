import Foundation

/// Hourly wind availability (per unit of installed capacity) from a latent weather field.
///
/// Per site and hour: u = Phi(z) turns the latent Gaussian z into a uniform; w = (-ln(1 - u))^(1/k) is a Weibull
/// wind speed of unit scale and shape k; the speed v = sigma(d, h) w has a scale sigma chosen per day d and hour h;
/// a generic turbine curve p(v) = (v^3 - c^3) / (r^3 - c^3) between cut-in c and rated speed r, 1 above r,
/// averaged over the spread of local speeds across a league and times the fleet availability, gives the output
/// (a bus aggregates many farms, so it tops out near 0.9, not 1). Storm cut-out above ~25 m/s is omitted.
///
/// The scale sigma(d, h) is the inverse of the expected output E[p(sigma w)] at the target
/// CF x season(d) x diurnal(h): the monthly shape (a smooth curve through the facts sheet's monthly factors) and
/// the diurnal shape (x1.10 at 20-04h, x0.85 at 10-15h, x1 otherwise: mean exactly 1) are imposed on the expected
/// output, so the weather varies around them and high winds saturate at rated output in any month, as a real
/// power curve does. Finally each series is rescaled to its exact annual target (``Calibration``).
public struct WindPowerCurve: Sendable, Equatable {
  public var cutInSpeed: Double
  public var ratedSpeed: Double
  /// Weibull shape k of the speed distribution (2: Rayleigh, typical of inland sites).
  public var weibullShape: Double
  /// A bus aggregates gigawatts of farms spread over a league: its curve is the turbine curve averaged over local
  /// speeds v exp(s e), e standard normal, with this s (E: 0.25), so the fleet never switches on or off at once.
  public var fleetSpreadLogSD: Double
  /// Share of the fleet available and the electrical losses to the bus (E: 0.95): the fleet's ceiling.
  public var fleetAvailability: Double

  public init(
    cutInSpeed: Double = 3, ratedSpeed: Double = 12, weibullShape: Double = 2, fleetSpreadLogSD: Double = 0.25,
    fleetAvailability: Double = 0.95
  ) {
    self.cutInSpeed = cutInSpeed
    self.ratedSpeed = ratedSpeed
    self.weibullShape = weibullShape
    self.fleetSpreadLogSD = fleetSpreadLogSD
    self.fleetAvailability = fleetAvailability
  }

  /// One turbine's output per unit of rated power at wind speed `v` (m/s).
  @inline(__always) public func turbineOutput(speed v: Double) -> Double {
    if v <= cutInSpeed { return 0 }
    if v >= ratedSpeed { return 1 }
    let c3 = cutInSpeed * cutInSpeed * cutInSpeed
    return (v * v * v - c3) / (ratedSpeed * ratedSpeed * ratedSpeed - c3)
  }

  /// The fleet's output per unit of capacity at bus-level speed `v`: fleetAvailability x E[turbineOutput(v e^(s e))]
  /// by the midpoint rule on 200 normal quantiles.
  public func fleetOutput(speed v: Double) -> Double {
    fleetOutput(speed: v, spread: Self.spreadNodes(fleetSpreadLogSD))
  }

  /// exp(s e_i) for the 200 midpoint normal quantiles e_i.
  static func spreadNodes(_ s: Double) -> [Double] {
    let n = 200
    return (0..<n).map { exp(s * normalQuantile((Double($0) + 0.5) / Double(n))) }
  }

  func fleetOutput(speed v: Double, spread: [Double]) -> Double {
    fleetAvailability * spread.reduce(0) { $0 + turbineOutput(speed: v * $1) } / Double(spread.count)
  }

  /// Unit-scale Weibull speed for a standard-normal latent value.
  @inline(__always) func unitSpeed(latent z: Double) -> Double {
    let u = LatentWeather.normalCDF(z)
    return pow(-log1p(-min(u, 1 - 1e-16)), 1 / weibullShape)
  }
}

/// The standard normal quantile Phi^-1(p), by bisection on Phi (only used to place quadrature nodes).
func normalQuantile(_ p: Double) -> Double {
  var lo = -9.0
  var hi = 9.0
  for _ in 0..<80 {
    let mid = (lo + hi) / 2
    if LatentWeather.normalCDF(mid) < p { lo = mid } else { hi = mid }
  }
  return (lo + hi) / 2
}

/// The fleet power curve tabulated every 0.01 m/s up to 60 m/s (constant beyond), linear in between.
struct FleetCurveTable {
  static let step = 0.01
  let values: [Double]

  init(curve: WindPowerCurve) {
    let spread = WindPowerCurve.spreadNodes(curve.fleetSpreadLogSD)
    values = (0...6000).map { curve.fleetOutput(speed: Double($0) * Self.step, spread: spread) }
  }

  @inline(__always) func output(speed v: Double) -> Double {
    let x = max(0, v) / Self.step
    let i = Int(x)
    if i >= values.count - 1 { return values[values.count - 1] }
    let w = x - Double(i)
    return (1 - w) * values[i] + w * values[i + 1]
  }
}

/// The expected output as a function of the speed scale, tabulated once and inverted by interpolation.
struct ExpectedWindOutput {
  let scales: [Double]
  let expected: [Double]

  /// E[p(sigma w)] for sigma = 0, 0.02, ..., 40 m/s by the midpoint rule on 2000 quantiles of w.
  init(curve: WindPowerCurve, fleet: FleetCurveTable) {
    let quantiles = (0..<2000).map { pow(-log1p(-(Double($0) + 0.5) / 2000), 1 / curve.weibullShape) }
    scales = (0...2000).map { Double($0) * 0.02 }
    expected = scales.map { s in quantiles.reduce(0) { $0 + fleet.output(speed: s * $1) } / Double(quantiles.count) }
  }

  /// The largest expected output in the table (at 40 m/s).
  var ceiling: Double { expected[expected.count - 1] }

  /// The scale sigma with E[p(sigma w)] = target (0 < target < 1), linear between table points.
  func scale(forExpected target: Double) -> Double {
    var lo = 0
    var hi = expected.count - 1
    if target >= expected[hi] { return scales[hi] }
    while hi - lo > 1 {
      let mid = (lo + hi) / 2
      if expected[mid] < target { lo = mid } else { hi = mid }
    }
    let w = (target - expected[lo]) / max(1e-15, expected[hi] - expected[lo])
    return scales[lo] + w * (scales[hi] - scales[lo])
  }
}

enum WindModel {
  /// The sheet's diurnal factor for an hour of the day: x1.10 at 20-04h, x0.85 at 10-15h, x1 otherwise.
  static func diurnalClass(hour h: Int) -> Int {
    if h >= 20 || h <= 4 { return 0 }
    if h >= 10 && h <= 15 { return 1 }
    return 2
  }

  /// Uncalibrated availability `[site][hour]` from the latent field; monthly means matched to CF x `monthly`.
  static func synthesise(
    sites: [Site], latent: [[Double]], seasonal: [Double], monthly: [Double],
    calendar: HourlyCalendar, settings: SynthesisSettings
  ) -> [[Double]] {
    let curve = settings.windPowerCurve
    let fleet = FleetCurveTable(curve: curve)
    let table = ExpectedWindOutput(curve: curve, fleet: fleet)
    // 9 night hours (20-04), 6 midday hours (10-15), 9 others: the others' factor keeps the daily mean at 1.
    let other = (24 - 9 * settings.windNightFactor - 6 * settings.windMiddayFactor) / 9
    let diurnal = [settings.windNightFactor, settings.windMiddayFactor, other]
    let classes = (0..<24).map { diurnalClass(hour: $0) }
    return sites.enumerated().map { i, site in
      let unitSpeeds = latent[i].map { curve.unitSpeed(latent: $0) }
      func series(_ correction: [Double]) -> [Double] {
        // sigma per day and diurnal class, then the power curve hour by hour
        var out = [Double](repeating: 0, count: unitSpeeds.count)
        for d in 0..<(unitSpeeds.count / 24) {
          let scales = diurnal.map {
            table.scale(
              forExpected: min(0.99 * table.ceiling, site.windCapacityFactor * seasonal[d] * correction[d] * $0))
          }
          for h in 0..<24 { out[d * 24 + h] = fleet.output(speed: scales[classes[h]] * unitSpeeds[d * 24 + h]) }
        }
        return out
      }
      let correction = SeasonalShape.matchMonthlyMeans(
        targets: monthly.map { $0 * site.windCapacityFactor }, calendar: calendar, series: series)
      return series(correction)
    }
  }
}
