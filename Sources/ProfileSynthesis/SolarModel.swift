import Foundation

/// Clear-sky PV output from solar geometry, the basis of the solar profiles.
///
/// Per site and hour (the mean of four quarter-hour samples of [t, t + 1 h), local clock time UTC+8):
/// - day angle B = 2 pi (n - 1) / N (n day of the year, N days in the year); declination, equation of time and
///   orbital eccentricity by Spencer's (1971) Fourier series;
/// - solar time = clock time + (longitude - 120) / 15 h + equation of time, so solar noon falls near 12:00 at
///   Hulunbuir (119.8 E) and near 13:00 at Alxa (105.7 E); hour angle omega = 15 deg x (solar time - 12);
/// - cos(zenith) = sin(lat) sin(decl) + cos(lat) cos(decl) cos(omega); zero output while the sun is down;
/// - clear-sky beam DNI = 1361 E0 x 0.7^(AM^0.678) W/m2 (Meinel), air mass AM by Kasten and Young (1989), diffuse
///   DHI = 0.1 DNI, ground albedo 0.2;
/// - a south-facing module tilted at (latitude - 5 deg): cos(incidence) = sin(decl) sin(lat - tilt)
///   + cos(decl) cos(lat - tilt) cos(omega); plane-of-array irradiance by the isotropic-sky model;
/// - output = performance ratio 0.85 x POA / 1000 W/m2.
public enum SolarGeometry {
  /// Declination (rad), equation of time (h) and eccentricity factor for day `dayOfYear` (1-based).
  public static func daily(dayOfYear n: Int, daysInYear: Int) -> (
    declination: Double, equationOfTimeHours: Double,
    eccentricity: Double
  ) {
    let b = 2 * Double.pi * Double(n - 1) / Double(daysInYear)
    let decl =
      0.006918 - 0.399912 * cos(b) + 0.070257 * sin(b) - 0.006758 * cos(2 * b) + 0.000907 * sin(2 * b)
      - 0.002697 * cos(3 * b) + 0.00148 * sin(3 * b)
    let eotMinutes =
      229.18
      * (0.000075 + 0.001868 * cos(b) - 0.032077 * sin(b) - 0.014615 * cos(2 * b)
        - 0.040849 * sin(2 * b))
    let e0 = 1.000110 + 0.034221 * cos(b) + 0.001280 * sin(b) + 0.000719 * cos(2 * b) + 0.000077 * sin(2 * b)
    return (decl, eotMinutes / 60, e0)
  }

  /// Clear-sky PV output per unit of capacity at clock time `clockHour` (hours since local midnight, UTC+8).
  public static func clearSkyOutput(
    latitude: Double, longitude: Double, dayOfYear: Int, daysInYear: Int,
    clockHour: Double, tiltBelowLatitude: Double = 5, performanceRatio: Double = 0.85
  )
    -> Double
  {
    let rad = Double.pi / 180
    let (decl, eot, e0) = daily(dayOfYear: dayOfYear, daysInYear: daysInYear)
    let solarTime = clockHour + (longitude - 120) / 15 + eot
    let omega = 15 * (solarTime - 12) * rad
    let lat = latitude * rad
    let cosZ = sin(lat) * sin(decl) + cos(lat) * cos(decl) * cos(omega)
    guard cosZ > 0 else { return 0 }
    let zenithDeg = acos(cosZ) / rad
    let airMass = 1 / (cosZ + 0.50572 * pow(96.07995 - zenithDeg, -1.6364))
    let dni = 1361 * e0 * pow(0.7, pow(airMass, 0.678))
    let dhi = 0.1 * dni
    let ghi = dni * cosZ + dhi
    let tilt = max(0, latitude - tiltBelowLatitude) * rad
    let cosIncidence = sin(decl) * sin(lat - tilt) + cos(decl) * cos(lat - tilt) * cos(omega)
    let poa = dni * max(0, cosIncidence) + dhi * (1 + cos(tilt)) / 2 + 0.2 * ghi * (1 - cos(tilt)) / 2
    return performanceRatio * poa / 1000
  }

  /// Hourly clear-sky output over the calendar, each hour the mean of four quarter-hour samples.
  public static func clearSkySeries(site: Site, calendar: HourlyCalendar, tiltBelowLatitude: Double = 5)
    -> [Double]
  {
    (0..<calendar.hours).map { t in
      let offsets = [0.125, 0.375, 0.625, 0.875]
      return offsets.reduce(0) { acc, o in
        acc
          + clearSkyOutput(
            latitude: site.latitude, longitude: site.longitude, dayOfYear: t / 24 + 1,
            daysInYear: calendar.daysInYear, clockHour: Double(t % 24) + o,
            tiltBelowLatitude: tiltBelowLatitude)
      } / 4
    }
  }
}

enum SolarModel {
  /// Clearness (share of clear-sky output) for cloud cover C = Phi(z): 1 - 0.75 C^3.4 (Kasten and Czeplak 1980).
  /// With C uniform its mean is 1 - 0.75 / 4.4.
  static func clearness(latent z: Double) -> Double { 1 - 0.75 * pow(LatentWeather.normalCDF(z), 3.4) }
  static let meanClearness = 1 - 0.75 / 4.4

  /// Uncalibrated solar availability `[site][hour]`: clear sky x clearness x a smooth daily factor that turns the
  /// clear-sky seasonal cycle into the facts sheet's monthly shape (dust, haze, snow and the summer monsoon
  /// clouds the geometry does not know about), then matched month by month to CF x `monthly` (a typical year:
  /// ``SeasonalShape/matchMonthlyMeans(targets:calendar:tolerance:maxIterations:series:)``).
  static func synthesise(
    sites: [Site], calendar: HourlyCalendar, latent: [[Double]], seasonal: [Double],
    monthly: [Double], settings: SynthesisSettings
  ) -> [[Double]] {
    sites.enumerated().map { i, site in
      let clear = SolarGeometry.clearSkySeries(
        site: site, calendar: calendar,
        tiltBelowLatitude: settings.solarTiltBelowLatitude)
      var out = [Double](repeating: 0, count: calendar.hours)
      for d in 0..<calendar.days {
        let day = clear[(d * 24)..<(d * 24 + 24)]
        let clearMean = day.reduce(0, +) / 24
        guard clearMean > 0 else { continue }
        let factor = site.solarCapacityFactor * seasonal[d] / (clearMean * meanClearness)
        for t in (d * 24)..<(d * 24 + 24) { out[t] = clear[t] * clearness(latent: latent[i][t]) * factor }
      }
      let correction = SeasonalShape.matchMonthlyMeans(
        targets: monthly.map { $0 * site.solarCapacityFactor }, calendar: calendar
      ) { g in out.indices.map { min(1, out[$0] * g[$0 / 24]) } }
      return out.indices.map { min(1, out[$0] * correction[$0 / 24]) }
    }
  }
}
