/// A capacity the optimiser chooses together with the dispatch (PyPSA's `p_nom_extendable`, `s_nom_extendable`,
/// `e_nom_extendable`): generators, links and lines in MW, storage units by their power in MW (energy =
/// `durationH` x power), stores by their energy in MWh.
///
/// The capacity is one LP column over the whole horizon, between `minimum` and `maximum`, at `annualisedCost` per unit
/// and year charged pro rata of the horizon (T Δt / 8760 of it), as ``StudySettings`` has no investment periods.
/// PyPSA's `capital_cost` is the cost of one unit over the optimised horizon, so `annualisedCost` = capital_cost x
/// 8760 / (T Δt) on import and the reverse on export.
public struct CapacityExpansion: Sendable, Equatable {
  /// Smallest capacity (MW or MWh), >= 0.
  public var minimum: Double
  /// Largest capacity; nil for no bound.
  public var maximum: Double?
  /// Cost of one MW (one MWh for a store) for a year, CNY.
  public var annualisedCost: Double
  /// The share of the capacity a flow may use in every hour: a link's static `p_max_pu`, a line's `s_max_pu`.
  public var availablePU: Double
  /// Storage units only: energy per MW of power built (PyPSA's `max_hours`).
  public var durationH: Double

  public init(minimum: Double = 0, maximum: Double? = nil, annualisedCost: Double, availablePU: Double = 1,
              durationH: Double = 0) {
    self.minimum = minimum
    self.maximum = maximum
    self.annualisedCost = annualisedCost
    self.availablePU = availablePU
    self.durationH = durationH
  }

  /// The cost over a horizon of `horizonHours` hours per unit of capacity (CNY).
  public func cost(horizonHours: Double) -> Double { annualisedCost * horizonHours / 8760 }
}
