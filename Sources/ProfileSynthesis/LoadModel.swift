/// Hourly load per unit of the annual mean: monthly shape x daily shape x a small weather term, mean exactly 1.
///
/// - monthly: the facts sheet's factors (PyPSA-China-PIK, Inner Mongolia column), as a smooth daily curve;
/// - daily: a 24-hour template through the sheet's anchors (minimum 0.94 at 04h, maximum 1.065 at 19h, with a
///   morning rise to an 11h shoulder and a small early-afternoon dip, E), rescaled around 1 to the daily peak/min
///   ratio of SWITCH-China: 1.10 for the west (Mengxi, heavy industry running around the clock), 1.28 for the east
///   (Mengdong);
/// - weather: 1 + s z with z an AR(1) latent (correlation time two days, spatially correlated like the wind),
///   s = 1.5% (E): cold spells and heat waves move the daily level a little.
/// The product is divided by its mean, so `annual_twh` in the network scales it directly
/// (MW = annual_twh x 1e6 / 8760 x value).
enum LoadModel {
  /// Anchors of the daily template (hour -> relative load), before rescaling to a region's peak/min ratio.
  static let templateAnchors: [Int: Double] = [
    0: 0.975, 2: 0.95, 4: 0.94, 6: 0.96, 8: 1.01, 11: 1.04, 13: 1.015, 16: 1.035, 19: 1.065, 21: 1.045, 23: 0.99,
  ]

  static func diurnal(for loadClass: Site.LoadClass, settings: SynthesisSettings) -> [Double] {
    let base = SeasonalShape.hourly(anchors: templateAnchors)
    let ratio = loadClass == .west ? settings.loadPeakToMinWest : settings.loadPeakToMinEast
    return SeasonalShape.loadDiurnal(base: base, peakToMin: ratio)
  }

  static func synthesise(sites: [Site], latent: [[Double]], seasonal: [Double], settings: SynthesisSettings)
    -> [[Double]]
  {
    sites.enumerated().map { i, site in
      let daily = diurnal(for: site.loadClass, settings: settings)
      var series = latent[i].enumerated().map { t, z in
        seasonal[t / 24] * daily[t % 24] * max(0.5, 1 + settings.loadWeatherSigma * z)
      }
      let mean = series.reduce(0, +) / Double(series.count)
      for t in series.indices { series[t] /= mean }
      return series
    }
  }
}

/// Hydro availability (per unit of capacity): a seasonal river-flow shape per grid area x slow flow noise.
///
/// The facts sheet has no hydro profile, so the shapes are estimates (E, L): Mengxi's plants sit on the Yellow River
/// (low winter flow under ice, the March-April ice-run, the July-September flood season); Mengdong's on the Nen and
/// its tributaries (frozen November-March, spring thaw in April-May, summer rains in July-August). A daily-scale
/// AR(1) term (correlation time 10 days, 10%) varies the flow. Calibrated to an annual mean of 0.29, near the
/// design utilisation of the region's larger plants (~2,550 h; E).
enum HydroModel {
  static let monthlyMX: [Double] = [0.65, 0.65, 1.0, 1.15, 0.95, 0.9, 1.2, 1.35, 1.3, 1.1, 0.95, 0.8]
  static let monthlyMD: [Double] = [0.45, 0.4, 0.5, 1.0, 1.3, 1.2, 1.5, 1.65, 1.35, 1.05, 0.85, 0.75]

  static func synthesise(
    sites: [Site], latent: [[Double]], seasonalMX: [Double], seasonalMD: [Double],
    settings: SynthesisSettings
  ) -> [[Double]] {
    sites.enumerated().map { i, site in
      let seasonal = site.area == "MD" ? seasonalMD : seasonalMX
      return latent[i].enumerated().map { t, z in
        settings.hydroCapacityFactor * seasonal[t / 24] * max(0, 1 + settings.hydroFlowSigma * z)
      }
    }
  }
}
