/// How ``FlowTracer`` works; every setting with its default.
public struct FlowTraceSettings: Sendable, Equatable {
  /// How each hour's system (I - W) X = G is solved.
  public enum Method: Sendable, Equatable {
    /// Substitution in topological order when the hour's directed flow graph has no cycle, LU otherwise.
    case automatic
    /// LU (dgetrf/dgetrs) in every hour (a check of the topological path).
    case lu
  }

  /// What counts as no flow in the reports (MW): a corridor carrying less has no clean share (NaN), a bus or tank with
  /// less throughflow no mix (NaN). Default 5e-4, half the last digit of the results tables (which print MW with 3
  /// decimals), so a corridor shown as 0 in `links-p0.csv` has an empty clean share. The tracing itself uses every
  /// positive flow, however small, so clean energy balances to the dispatch's own accuracy.
  public var negligibleMW: Double = 5e-4
  /// Default `.automatic`.
  public var method: Method = .automatic

  public init(negligibleMW: Double = 5e-4, method: Method = .automatic) {
    self.negligibleMW = negligibleMW
    self.method = method
  }
}

/// The checks of a trace, and how it was computed. ``holds(mixTolerance:balanceTolerance:)`` is the invariant test.
public struct FlowTraceDiagnostics: Sendable, Equatable {
  /// Largest |sum of a mix - 1| over every bus and tank with throughflow, every hour (rounding level, ~1e-15).
  public var maxMixSumError: Double = 0
  /// Largest hourly clean-energy imbalance, relative:
  /// |clean generation + clean discharge - (clean consumption + clean export + clean charge + clean losses)| /
  /// max(clean generation + clean discharge, 1 MW). It measures the dispatch's own bus-balance residual too.
  public var maxCleanImbalance: Double = 0
  /// The hour of ``maxCleanImbalance``.
  public var worstHour: Int = 0
  /// Clean energy over the horizon (MWh): the terms of the balance above, summed over the hours.
  public var cleanGenerationMWh: Double = 0
  public var cleanDischargeMWh: Double = 0
  public var cleanConsumptionMWh: Double = 0
  public var cleanExportMWh: Double = 0
  public var cleanChargeMWh: Double = 0
  /// Clean energy lost on links (sent minus delivered, internal and export links).
  public var cleanLossesMWh: Double = 0
  /// Hours solved by substitution in topological order, by LU, and by the fixed-point fallback (an LU that failed or
  /// gave a negative or non-finite solution; none expected).
  public var topologicalHours: Int = 0
  public var luHours: Int = 0
  public var fallbackHours: Int = 0
  /// Cyclic storage: how the periodic state was found (`"lu"`, `"iteration"` or `"none"` without cyclic storage)
  /// and the largest |tank content at the end - at the start| per source after the final pass (MWh).
  public var periodicMethod: String = "none"
  public var periodicResidualMWh: Double = 0
  /// Energy sent on links with a negative p0 (not traced; zero for a validated network), MWh.
  public var ignoredReverseLinkMWh: Double = 0
  /// Wall time of the tracing, s.
  public var seconds: Double = 0

  /// Whether every mix sums to 1 within `mixTolerance` and clean energy balances within `balanceTolerance`
  /// (relative, hourly).
  public func holds(mixTolerance: Double = 1e-9, balanceTolerance: Double = 1e-6) -> Bool {
    maxMixSumError <= mixTolerance && maxCleanImbalance <= balanceTolerance
  }
}

/// The clean share of every corridor and the mix of every bus and storage tank, hour by hour (see ``FlowTracer``).
///
/// Mixes are fractions by source (they sum to 1); shares are fractions of clean sources. NaN means "no energy":
/// a corridor with no flow in the hour, a bus with no throughflow, an empty tank.
public struct FlowTraceResult: Sendable {
  public let hours: Int
  public let sources: [FlowTraceInput.Source]
  public let buses: [String]
  public let links: [String]
  /// Whether each link leaves the traced network (into an external bus): an export corridor.
  public let linkIsExport: [Bool]
  public let tanks: [String]
  /// Mix by source at bus b in hour t: `busMixStorage[(b * hours + t) * sources.count + c]`; see ``busMix(_:hour:)``.
  public let busMixStorage: [Double]
  /// Mix by source of the energy in tank s after hour t (and of what it discharges in hour t), laid out like
  /// ``busMixStorage``; see ``tankMix(_:hour:)``.
  public let tankMixStorage: [Double]
  /// Clean share of the throughflow of each bus, [bus][hour].
  public let busCleanShare: [[Double]]
  /// Clean share of each tank's content, [tank][hour].
  public let tankCleanShare: [[Double]]
  /// Clean share of each link's flow, [link][hour] (the clean share of its sending bus; NaN when the flow is 0).
  public let linkCleanShare: [[Double]]
  /// Energy sent at bus0 over the horizon, per link (MWh).
  public let linkEnergyMWh: [Double]
  /// Clean part of ``linkEnergyMWh`` (MWh).
  public let linkCleanEnergyMWh: [Double]
  public let diagnostics: FlowTraceDiagnostics

  init(
    hours: Int, sources: [FlowTraceInput.Source], buses: [String], links: [String], linkIsExport: [Bool],
    tanks: [String], busMixStorage: [Double], tankMixStorage: [Double], busCleanShare: [[Double]],
    tankCleanShare: [[Double]], linkCleanShare: [[Double]], linkEnergyMWh: [Double], linkCleanEnergyMWh: [Double],
    diagnostics: FlowTraceDiagnostics
  ) {
    self.hours = hours
    self.sources = sources
    self.buses = buses
    self.links = links
    self.linkIsExport = linkIsExport
    self.tanks = tanks
    self.busMixStorage = busMixStorage
    self.tankMixStorage = tankMixStorage
    self.busCleanShare = busCleanShare
    self.tankCleanShare = tankCleanShare
    self.linkCleanShare = linkCleanShare
    self.linkEnergyMWh = linkEnergyMWh
    self.linkCleanEnergyMWh = linkCleanEnergyMWh
    self.diagnostics = diagnostics
  }

  /// Mix by source (``sources`` order) at a bus in an hour; NaN entries when the bus has no throughflow.
  public func busMix(_ bus: Int, hour t: Int) -> [Double] {
    let n = sources.count
    let o = (bus * hours + t) * n
    return Array(busMixStorage[o..<(o + n)])
  }

  /// Mix by source of a tank's content after an hour; NaN entries when the tank holds and passes no energy.
  public func tankMix(_ tank: Int, hour t: Int) -> [Double] {
    let n = sources.count
    let o = (tank * hours + t) * n
    return Array(tankMixStorage[o..<(o + n)])
  }

  /// Clean share of each link over the horizon, energy-weighted (NaN for a link that carried nothing).
  public var linkYearlyCleanShare: [Double] {
    zip(linkCleanEnergyMWh, linkEnergyMWh).map { c, e in e > 0 ? c / e : .nan }
  }

  /// Energy-weighted clean share of several links together (NaN when they carried nothing).
  public func cleanShare(ofLinks indices: [Int]) -> Double {
    let e = indices.reduce(0.0) { $0 + linkEnergyMWh[$1] }
    let c = indices.reduce(0.0) { $0 + linkCleanEnergyMWh[$1] }
    return e > 0 ? c / e : .nan
  }

  /// Energy-weighted clean share of all exports (links into external buses).
  public var exportCleanShare: Double { cleanShare(ofLinks: links.indices.filter { linkIsExport[$0] }) }

  /// Index of a link by id.
  public func link(_ id: String) -> Int? { links.firstIndex(of: id) }
}
