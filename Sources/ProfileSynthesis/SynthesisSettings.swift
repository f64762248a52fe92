/// Every knob of the profile synthesis, with its default and where the default comes from.
///
/// Sources: "sheet" is `shared/data/inner-mongolia-facts.md`; E marks an estimate.
public struct SynthesisSettings: Sendable, Equatable {
  /// The profile year: 8760 hours from 2024-01-01T00:00 (see ``HourlyCalendar``).
  public var calendar = HourlyCalendar()

  /// Latent wind and cloud anomalies slower than this centred moving average (days) are removed, so the profile
  /// year is a typical year whose months follow the seasonal shapes (see `LatentWeather.removingSlowAnomalies`).
  public var anomalyWindowDays = 31

  // MARK: Wind
  /// Monthly wind output relative to the annual mean, January..December (sheet, E). Normalised to mean 1.
  public var windMonthly: [Double] = [1.0, 1.05, 1.2, 1.3, 1.2, 0.95, 0.75, 0.7, 0.85, 1.0, 1.1, 0.95]
  /// Factor on the expected output at 20-04h (sheet: x1.10).
  public var windNightFactor = 1.10
  /// Factor on the expected output at 10-15h (sheet: x0.85). The remaining hours get the factor that keeps the
  /// daily mean at 1 (1.0 with the defaults).
  public var windMiddayFactor = 0.85
  /// Persistence of the wind latent: a synoptic component of 3 days (weather systems pass every 2-4 days, E) and a
  /// fast one of 6 hours for gusts and fronts (E).
  public var windPersistence = [
    PersistenceComponent(correlationHours: 72, weight: 0.8), PersistenceComponent(correlationHours: 6, weight: 0.2),
  ]
  /// Length of the exponential spatial correlation exp(-d / L) of wind, km (brief: 500 km, E).
  public var windCorrelationKm = 500.0
  public var windPowerCurve = WindPowerCurve()

  // MARK: Solar
  /// Monthly solar output relative to the annual mean, January..December (sheet, E). Normalised to mean 1.
  public var solarMonthly: [Double] = [0.70, 0.85, 1.05, 1.2, 1.3, 1.25, 1.15, 1.1, 1.05, 0.95, 0.75, 0.65]
  /// Cloud persistence: a 2-day synoptic component and a 3-hour convective one (E).
  public var cloudPersistence = [
    PersistenceComponent(correlationHours: 48, weight: 0.7), PersistenceComponent(correlationHours: 3, weight: 0.3),
  ]
  /// Spatial correlation length of cloud cover, km (shorter than wind's: cloud fields are patchier, E).
  public var cloudCorrelationKm = 300.0
  /// Module tilt = latitude minus this, degrees, facing south (E: utility plants tilt a little flatter than latitude).
  public var solarTiltBelowLatitude = 5.0

  // MARK: Load
  /// Monthly load relative to the annual mean (sheet, PyPSA-China-PIK's Inner Mongolia column).
  public var loadMonthly: [Double] = [0.98, 0.94, 0.95, 0.93, 0.97, 0.97, 0.99, 1.03, 1.02, 1.05, 1.08, 1.09]
  /// Daily peak / minimum in Mengxi (sheet, SWITCH-China: 1.10).
  public var loadPeakToMinWest = 1.10
  /// Daily peak / minimum in Mengdong (sheet, SWITCH-China: 1.28).
  public var loadPeakToMinEast = 1.28
  /// Standard deviation of the multiplicative weather term of load (E).
  public var loadWeatherSigma = 0.015
  public var loadPersistence = [PersistenceComponent(correlationHours: 48, weight: 1)]

  // MARK: Hydro
  /// Annual mean hydro availability (E: design utilisation ~2,550 h of the larger plants).
  public var hydroCapacityFactor = 0.29
  /// Standard deviation of the slow flow term (E).
  public var hydroFlowSigma = 0.10
  public var hydroPersistence = [PersistenceComponent(correlationHours: 240, weight: 1)]

  public init() {}

  /// Checks the ranges the model needs.
  public func validate() throws {
    func check(_ name: String, _ value: Double, _ ok: Bool, _ allowed: String) throws {
      if !ok { throw ProfileSynthesisError.invalidSetting(name: name, value: value, allowed: allowed) }
    }
    try check("windNightFactor", windNightFactor, windNightFactor > 0, "> 0")
    try check("windMiddayFactor", windMiddayFactor, windMiddayFactor > 0, "> 0")
    let other = (24 - 9 * windNightFactor - 6 * windMiddayFactor) / 9
    try check("windNightFactor", windNightFactor, other > 0, "9 x night + 6 x midday < 24")
    try check("windCorrelationKm", windCorrelationKm, windCorrelationKm > 0, "> 0")
    try check("cloudCorrelationKm", cloudCorrelationKm, cloudCorrelationKm > 0, "> 0")
    try check("loadPeakToMinWest", loadPeakToMinWest, loadPeakToMinWest >= 1, ">= 1")
    try check("loadPeakToMinEast", loadPeakToMinEast, loadPeakToMinEast >= 1, ">= 1")
    try check(
      "hydroCapacityFactor", hydroCapacityFactor, hydroCapacityFactor > 0 && hydroCapacityFactor < 1,
      "0 < value < 1")
    for (name, components) in [
      ("windPersistence", windPersistence), ("cloudPersistence", cloudPersistence),
      ("loadPersistence", loadPersistence), ("hydroPersistence", hydroPersistence),
    ] {
      let total = components.reduce(0) { $0 + $1.weight }
      try check(name + " weights", total, abs(total - 1) < 1e-9, "sum to 1")
      for c in components {
        try check(name + " correlationHours", c.correlationHours, c.correlationHours > 0, "> 0")
      }
    }
    for (name, m) in [("windMonthly", windMonthly), ("solarMonthly", solarMonthly), ("loadMonthly", loadMonthly)] {
      try check(name + " count", Double(m.count), m.count == 12 && m.allSatisfy { $0 > 0 }, "twelve positive values")
    }
  }
}
