import Foundation

/// One export corridor of the Inner Mongolia network with what its hourly schedule is built from: the link id and
/// rating of `Networks/inner-mongolia/network.yaml` (a test checks that they match) and the energy it is scheduled to
/// send in the profile year.
public struct ExportCorridor: Sendable, Equatable {
  public enum Kind: String, Sendable, Equatable {
    /// +-800 kV DC.
    case uhvDC = "+-800 kV DC"
    /// 1000 kV AC.
    case uhvAC = "1000 kV AC"
    /// +-500 kV DC (not UHV).
    case hvdc = "+-500 kV DC"
    /// 500 kV AC tie (not UHV).
    case ac500 = "500 kV AC"
  }

  /// Link id in network.yaml, also the CSV column name.
  public var id: String
  /// Sending bus (the link's bus0).
  public var from: String
  public var kind: Kind
  /// The link's rating_mw: no hour is scheduled above it.
  public var ratingMW: Double
  /// Energy scheduled at the sending end over the profile year (TWh), i.e. the sum of the hourly MW.
  public var annualTWh: Double
  /// First day with a schedule, `"MM-DD"` of the profile year (a corridor that came into service during the year);
  /// nil: the whole year.
  public var inServiceFrom: String?
  /// Where `annualTWh` comes from.
  public var note: String

  public init(
    id: String, from: String, kind: Kind, ratingMW: Double, annualTWh: Double, inServiceFrom: String? = nil,
    note: String = ""
  ) {
    self.id = id
    self.from = from
    self.kind = kind
    self.ratingMW = ratingMW
    self.annualTWh = annualTWh
    self.inServiceFrom = inServiceFrom
    self.note = note
  }

  /// UHV: +-800 kV DC and 1000 kV AC (the corridors behind the sheet's "UHV 170.6 TWh").
  public var isUHV: Bool { kind == .uhvDC || kind == .uhvAC }

  /// Scheduled energy / (rating x the 8760 hours of the profile year).
  public var utilisation: Double { annualTWh * 1e6 / (ratingMW * 8760) }
}

extension ExportCorridor {
  /// The 11 export links of `Networks/inner-mongolia/network.yaml`, in its order, with their 2024 energies.
  ///
  /// Targets ("sheet" = `shared/data/inner-mongolia-facts.md`, [n] its sources; E = estimate): exports 315 TWh in
  /// 2024, of which UHV 170.6 TWh [12][1]. The 2024 profile year has 8760 hours (31 December dropped), so a TWh/yr
  /// figure is taken as the energy of those 8760 hours.
  /// - Given per corridor: Ximeng-Shandong ~11 TWh/yr (101.1 TWh cumulative 2016 - Aug 2025) [3][1]; Shanghaimiao-
  ///   Shandong ~22 TWh/yr (53.7 TWh Jan 2019 - mid-2021) [40]; Jarud-Qingzhou 55 TWh/yr design [6].
  /// - Zhangbei-Shengli came into service in October 2024 [8]: scheduled from 1 November (the first full month, E)
  ///   at a 2025-style rate of ~15 TWh/yr (E: most of the growth of UHV exports from 170.6 TWh in 2024 [12] to
  ///   188.55 TWh in 2025 [2]), which gives 2.5 TWh in 2024. A full year of it belongs to a 2025-style study.
  /// - UHV AC without a figure (Mengxi-TianjinSouth, Mengxi-Jinzhong): Ximeng-Shandong's utilisation (11 TWh on
  ///   6 GW, 20.9%, E) -> 11.0 and 14.7 TWh.
  /// - Ximeng-Taizhou (no figure): the rest of the UHV 170.6 TWh, 54.4 TWh = 62% utilisation, close to Jarud-
  ///   Qingzhou's design 55 TWh on 10 GW (63%) [6] (a check, not a fit).
  /// - Non-UHV (the +-500 kV DC and the three 500 kV ties, 16.95 GW): 315 - 170.6 = 144.4 TWh would need 97%
  ///   utilisation, which no corridor sustains (maintenance; and with the day step and the seasonal peaks a
  ///   schedule's mean sits ~25% under its peak hour). The sheet's figures point at more 500 kV export capacity
  ///   than the network has (2021: eleven 500 kV channels plus five UHV, ~70 GW [36]; ~75 GW capability [13]; the
  ///   model has 3 500 kV ties). They are scheduled at ~84% (~7,300 h; E: point-to-grid coal plants such as
  ///   Togtoh [32] run near base load): 124 TWh, so exports total 294.6 TWh, 20.4 TWh (6.5%) under 315.
  public static let innerMongolia: [ExportCorridor] = [
    ExportCorridor(
      id: "Ximeng-Shandong", from: "XLG", kind: .uhvAC, ratingMW: 6000, annualTWh: 11.0,
      note: "~11 TWh/yr (101.1 TWh 2016 - Aug 2025) [3][1]"),
    ExportCorridor(
      id: "Ximeng-Taizhou", from: "XLG", kind: .uhvDC, ratingMW: 10000, annualTWh: 54.4,
      note: "E: rest of UHV 170.6 TWh [12][1] (62%; Jarud-Qingzhou design 63% [6])"),
    ExportCorridor(
      id: "Shanghaimiao-Shandong", from: "SHM", kind: .uhvDC, ratingMW: 10000, annualTWh: 22.0,
      note: "~22 TWh/yr (53.7 TWh Jan 2019 - mid-2021) [40]"),
    ExportCorridor(
      id: "Jarud-Qingzhou", from: "JRD", kind: .uhvDC, ratingMW: 10000, annualTWh: 55.0,
      note: "design 55 TWh/yr [6]"),
    ExportCorridor(
      id: "Mengxi-TianjinSouth", from: "ORD", kind: .uhvAC, ratingMW: 6000, annualTWh: 11.0,
      note: "E: Ximeng-Shandong's utilisation (20.9%)"),
    ExportCorridor(
      id: "Mengxi-Jinzhong", from: "ORD", kind: .uhvAC, ratingMW: 8000, annualTWh: 14.7,
      note: "E: Ximeng-Shandong's utilisation (20.9%)"),
    ExportCorridor(
      id: "Zhangbei-Shengli", from: "XLG", kind: .uhvAC, ratingMW: 6000, annualTWh: 2.5, inServiceFrom: "11-01",
      note: "in service Oct 2024 [8]; from 1 Nov at ~15 TWh/yr (E: 2025 UHV growth [2][12])"),
    ExportCorridor(
      id: "Hulunbuir-Liaoning", from: "HLB", kind: .hvdc, ratingMW: 3000, annualTWh: 22.0,
      note: "E: ~84%; non-UHV rest of 315 TWh [12]"),
    ExportCorridor(
      id: "Mengxi-BTH-500kV", from: "HHT", kind: .ac500, ratingMW: 3950, annualTWh: 29.0,
      note: "E: ~84%, Togtoh point-to-grid [32]; non-UHV rest of 315 TWh [12]"),
    ExportCorridor(
      id: "InnerMongolia-Hebei-500kV", from: "ULQ", kind: .ac500, ratingMW: 4000, annualTWh: 29.0,
      note: "E: ~83%; non-UHV rest of 315 TWh [12]"),
    ExportCorridor(
      id: "Mengdong-Liaoning-500kV", from: "TL", kind: .ac500, ratingMW: 6000, annualTWh: 44.0,
      note: "E: ~84%; non-UHV rest of 315 TWh [12]"),
  ]
}

/// The shape of a corridor schedule, with its defaults and where they come from (all E: no public hourly corridor
/// data was found).
public struct ScheduleSettings: Sendable, Equatable {
  /// The profile year (8760 hours from 2024-01-01T00:00, see ``HourlyCalendar``).
  public var calendar = HourlyCalendar()
  /// Day level / night level. UHV DC corridors in China typically run a flat base with a daytime step for the
  /// receiving end's demand; 1.25, the middle of 1.2-1.3 (E).
  public var dayToNight = 1.25
  /// Hours at the day level, local time, labelled [h, h+1): 08-22 h. The hour before (07) and the hour after (22)
  /// are half-way ramps; the other eight hours (23-06) are the night base.
  public var dayHours = 8..<22
  /// Monthly level relative to the annual mean, January..December (E): the receiving ends' winter (Dec-Jan) and
  /// summer (Jul-Aug) peaks, the Spring Festival in February, the April-May and October maintenance seasons.
  /// Normalised to mean 1.
  public var monthly: [Double] = [1.08, 0.95, 0.95, 0.90, 0.92, 1.00, 1.10, 1.12, 1.00, 0.92, 1.00, 1.08]
  /// Day-to-day variation of the daily volume (monthly plan plus day-ahead trades), multiplicative 1 + sigma z
  /// with z an AR(1) of correlation time ``dailyCorrelationDays``: sigma 5% (E).
  public var dailySigma = 0.05
  /// Correlation time of the daily variation, days (E: weather spells at the receiving end).
  public var dailyCorrelationDays = 3.0

  public init() {}

  /// The 24-hour shape, mean 1: night base b, day b x ``dayToNight``, the two ramp hours half-way.
  public var diurnal: [Double] {
    let ramp = [dayHours.lowerBound - 1, dayHours.upperBound].map { ($0 + 24) % 24 }
    let raw = (0..<24).map { h -> Double in
      if dayHours.contains(h) { return dayToNight }
      if ramp.contains(h) { return (1 + dayToNight) / 2 }
      return 1
    }
    let mean = raw.reduce(0, +) / 24
    return raw.map { $0 / mean }
  }

  /// Checks the ranges the model needs.
  public func validate() throws {
    func check(_ name: String, _ value: Double, _ ok: Bool, _ allowed: String) throws {
      if !ok { throw ProfileSynthesisError.invalidSetting(name: name, value: value, allowed: allowed) }
    }
    try check("dayToNight", dayToNight, dayToNight >= 1 && dayToNight.isFinite, ">= 1")
    try check(
      "dayHours", Double(dayHours.count), dayHours.lowerBound >= 1 && dayHours.upperBound <= 23 && !dayHours.isEmpty,
      "a non-empty range inside 1..<23")
    try check("dailySigma", dailySigma, dailySigma >= 0 && dailySigma < 0.5, "0 <= value < 0.5")
    try check("dailyCorrelationDays", dailyCorrelationDays, dailyCorrelationDays > 0, "> 0")
    try check("monthly count", Double(monthly.count), monthly.count == 12 && monthly.allSatisfy { $0 > 0 },
              "twelve positive values")
  }
}

/// Seeded hourly schedules (MW at the sending end) of export corridors: `schedules.csv`, one column per link, for
/// `delivery: {rule: schedule, profile: "schedules.csv#ID"}`.
///
/// For each corridor, hour t of day d:
///
///     s(t) = min(rating, a x M(d) x D(h) x (1 + sigma z_d)),   0 before the corridor's first day in service,
///
/// - M: the monthly shape as a smooth daily curve (``SeasonalShape/dailyFactors(monthly:calendar:)``);
/// - D: the 24-hour shape (``ScheduleSettings/diurnal``): a flat night base and a day step 1.25 times higher;
/// - z: an AR(1) over days, one random stream per corridor (stream 16 + its position, so the wind, solar, load and
///   hydro streams 1-4 never change), starting in its stationary law; 1 + sigma z is kept >= 0.5;
/// - a: the scale for which the year sums to ``ExportCorridor/annualTWh`` exactly; hours that would exceed the
///   rating are held at the rating and the scale grows until the energy is met (the clip-and-rescale of
///   ``Calibration/scaleToMean(_:target:kind:column:)`` on s / rating).
///
/// Values are rounded to 4 decimals (MW), which moves a year's energy by at most 0.44 MWh. The same seed gives the
/// same schedules.
public enum CorridorSchedules {
  /// First random stream of the schedules (corridor k uses 16 + k).
  public static let firstStream: UInt64 = 16

  public static func generate(
    seed: UInt64, corridors: [ExportCorridor] = ExportCorridor.innerMongolia,
    settings: ScheduleSettings = ScheduleSettings()
  ) throws -> ProfileTable {
    try settings.validate()
    var seen = Set<String>()
    for c in corridors where !seen.insert(c.id).inserted {
      throw ProfileSynthesisError.invalidCorridor(
        id: c.id, problem: "the id appears twice; allowed: unique ids (they are the CSV column names)")
    }
    let calendar = settings.calendar
    let hours = calendar.hours
    let monthly = SeasonalShape.dailyFactors(
      monthly: SeasonalShape.normalised(settings.monthly, calendar: calendar), calendar: calendar)
    let diurnal = settings.diurnal
    let phi = exp(-1 / settings.dailyCorrelationDays)
    let innovation = (1 - phi * phi).squareRoot()

    var values: [[Double]] = []
    for (k, corridor) in corridors.enumerated() {
      guard corridor.ratingMW > 0, corridor.ratingMW.isFinite else {
        throw ProfileSynthesisError.invalidCorridor(
          id: corridor.id, problem: "rating \(corridor.ratingMW) MW; allowed: > 0")
      }
      guard corridor.annualTWh >= 0, corridor.annualTWh.isFinite else {
        throw ProfileSynthesisError.invalidCorridor(
          id: corridor.id, problem: "annual energy \(corridor.annualTWh) TWh; allowed: >= 0")
      }
      let firstDay = try dayIndex(corridor.inServiceFrom, corridor: corridor.id, calendar: calendar)
      var rng = Xoshiro256StarStar(seed: seed, stream: firstStream + UInt64(k))
      var z = rng.nextGaussian()
      var raw = [Double](repeating: 0, count: hours)
      for d in 0..<calendar.days {
        if d > 0 { z = phi * z + innovation * rng.nextGaussian() }
        guard d >= firstDay else { continue }
        let level = monthly[d] * max(0.5, 1 + settings.dailySigma * z)
        for h in 0..<24 { raw[d * 24 + h] = level * diurnal[h] }
      }
      if corridor.annualTWh == 0 {
        values.append(raw.map { _ in 0 })
        continue
      }
      let inService = Double(hours - firstDay * 24)
      let maxTWh = corridor.ratingMW * inService / 1e6
      guard corridor.annualTWh < maxTWh else {
        throw ProfileSynthesisError.invalidCorridor(
          id: corridor.id,
          problem: "annual energy \(corridor.annualTWh) TWh; allowed: below rating x hours in service = \(maxTWh) TWh")
      }
      let scaled = try Calibration.scaleToMean(
        raw, target: corridor.annualTWh * 1e6 / (corridor.ratingMW * Double(hours)), kind: "schedule",
        column: corridor.id)
      values.append(scaled.values.map { ProfileTable.rounded($0 * corridor.ratingMW) })
    }
    return ProfileTable(
      kind: "schedules", columns: corridors.map(\.id), values: values,
      targets: corridors.map { $0.annualTWh * 1e6 / Double(hours) })
  }

  /// Day index of `"MM-DD"` in the calendar (0 for nil).
  static func dayIndex(_ date: String?, corridor: String, calendar: HourlyCalendar) throws -> Int {
    guard let date else { return 0 }
    let parts = date.split(separator: "-")
    guard parts.count == 2, let m = Int(parts[0]), let d = Int(parts[1]), (1...12).contains(m),
      (1...calendar.daysInMonth[m - 1]).contains(d)
    else {
      throw ProfileSynthesisError.invalidCorridor(
        id: corridor, problem: "in service from \"\(date)\"; allowed: \"MM-DD\", a date of \(calendar.year)")
    }
    let day = calendar.daysInMonth.prefix(m - 1).reduce(0, +) + d - 1
    guard day < calendar.days else {
      throw ProfileSynthesisError.invalidCorridor(
        id: corridor, problem: "in service from \"\(date)\"; allowed: a day inside the \(calendar.days)-day horizon")
    }
    return day
  }
}
