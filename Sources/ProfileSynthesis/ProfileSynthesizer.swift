/// Seeded synthesis of a year of hourly wind, solar, load and hydro profiles for a set of sites, calibrated to the
/// Inner Mongolia facts sheet.
///
/// ```swift
/// let profiles = try ProfileSynthesizer().generate(seed: 2024)
/// try profiles.wind.csv(snapshots: profiles.snapshots).write(...)
/// ```
///
/// The pipeline, per kind (details in ``WindPowerCurve``, ``SolarGeometry``, `LoadModel`, `HydroModel`):
/// 1. latent Gaussian weather per site: AR(1) components in time, exp(-d / L) correlation in space
///    (``SpatialCorrelation``), one independent random stream per kind (wind 1, clouds 2, load 3, hydro 4);
/// 2. the physical transform (power curve, clear sky x clearness, ...) around the monthly and diurnal shapes; wind
///    and solar months are then matched to the sheet's monthly shape (a typical year, as in a typical
///    meteorological year: the weather moves hours and days, not the monthly climate);
/// 3. exact calibration: wind and solar to each site's annual capacity factor, hydro to its annual mean, by
///    ``Calibration/scaleToMean(_:target:kind:column:)`` (clip to [0, 1], iterate the scale); load to mean 1;
/// 4. rounding to 4 decimals (the CSV's precision), which moves an annual mean by well under 1e-5.
/// Same seed and settings give bit-identical output: the random numbers come from ``Xoshiro256StarStar`` and the
/// arithmetic is sequential.
public struct ProfileSynthesizer: Sendable {
  public var sites: [Site]
  public var settings: SynthesisSettings

  public init(sites: [Site] = Site.innerMongolia, settings: SynthesisSettings = SynthesisSettings()) {
    self.sites = sites
    self.settings = settings
  }

  public func generate(seed: UInt64) throws -> ProfileSet {
    try settings.validate()
    var seen = Set<String>()
    for s in sites where !seen.insert(s.id).inserted { throw ProfileSynthesisError.duplicateSite(id: s.id) }
    let calendar = settings.calendar
    let hours = calendar.hours
    let ids = sites.map(\.id)
    func daily(_ monthly: [Double]) -> [Double] {
      SeasonalShape.dailyFactors(monthly: SeasonalShape.normalised(monthly, calendar: calendar), calendar: calendar)
    }

    let windFactor = try SpatialCorrelation.cholesky(
      SpatialCorrelation.exponential(sites: sites, lengthKm: settings.windCorrelationKm))
    let cloudFactor = try SpatialCorrelation.cholesky(
      SpatialCorrelation.exponential(sites: sites, lengthKm: settings.cloudCorrelationKm))

    var windRNG = Xoshiro256StarStar(seed: seed, stream: 1)
    let windLatent = LatentWeather.removingSlowAnomalies(
      LatentWeather.generate(hours: hours, factor: windFactor, components: settings.windPersistence, rng: &windRNG),
      windowDays: settings.anomalyWindowDays)
    let windMonthly = SeasonalShape.normalised(settings.windMonthly, calendar: calendar)
    let windRaw = WindModel.synthesise(
      sites: sites, latent: windLatent, seasonal: daily(settings.windMonthly),
      monthly: windMonthly, calendar: calendar, settings: settings)
    let wind = try calibrated(kind: "wind", raw: windRaw, targets: sites.map(\.windCapacityFactor), ids: ids)

    var cloudRNG = Xoshiro256StarStar(seed: seed, stream: 2)
    let cloudLatent = LatentWeather.removingSlowAnomalies(
      LatentWeather.generate(hours: hours, factor: cloudFactor, components: settings.cloudPersistence, rng: &cloudRNG),
      windowDays: settings.anomalyWindowDays)
    let solarMonthly = SeasonalShape.normalised(settings.solarMonthly, calendar: calendar)
    let solarRaw = SolarModel.synthesise(
      sites: sites, calendar: calendar, latent: cloudLatent,
      seasonal: daily(settings.solarMonthly), monthly: solarMonthly,
      settings: settings)
    let solar = try calibrated(kind: "solar", raw: solarRaw, targets: sites.map(\.solarCapacityFactor), ids: ids)

    var loadRNG = Xoshiro256StarStar(seed: seed, stream: 3)
    let loadLatent = LatentWeather.generate(
      hours: hours, factor: windFactor, components: settings.loadPersistence,
      rng: &loadRNG)
    let loadValues = LoadModel.synthesise(
      sites: sites, latent: loadLatent, seasonal: daily(settings.loadMonthly),
      settings: settings)
    let load = ProfileTable(
      kind: "load", columns: ids, values: loadValues.map { $0.map(ProfileTable.rounded) },
      targets: ids.map { _ in 1 })

    var hydroRNG = Xoshiro256StarStar(seed: seed, stream: 4)
    let hydroLatent = LatentWeather.generate(
      hours: hours, factor: windFactor, components: settings.hydroPersistence,
      rng: &hydroRNG)
    let hydroRaw = HydroModel.synthesise(
      sites: sites, latent: hydroLatent, seasonalMX: daily(HydroModel.monthlyMX),
      seasonalMD: daily(HydroModel.monthlyMD), settings: settings)
    let hydro = try calibrated(
      kind: "hydro", raw: hydroRaw, targets: ids.map { _ in settings.hydroCapacityFactor },
      ids: ids)

    return ProfileSet(seed: seed, snapshots: calendar.snapshots, wind: wind, solar: solar, load: load, hydro: hydro)
  }

  private func calibrated(kind: String, raw: [[Double]], targets: [Double], ids: [String]) throws -> ProfileTable {
    let values = try zip(raw, zip(targets, ids)).map { series, target in
      try Calibration.scaleToMean(series, target: target.0, kind: kind, column: target.1).values
        .map(ProfileTable.rounded)
    }
    return ProfileTable(kind: kind, columns: ids, values: values, targets: targets)
  }
}
