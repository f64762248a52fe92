/// The flexible part of a load: a share it may curtail at a price, and a share it may shift later in time.
///
/// Curtailment: up to `curtailableShare` × demand[t] in each hour, at `curtailPriceCNYPerMWh`, with optional caps on
/// the energy curtailed per day (days counted from the horizon's first hour) and over the horizon.
/// Shifting: up to `shiftableShare` × demand[t] may be deferred; what is deferred waits in a backlog (MWh) and is
/// served later, at most `shiftMaxMW` extra in an hour, and the backlog is empty at the end of every window of
/// `shiftWindowHours` hours counted from the horizon's start (so deferred energy is served within the window it was
/// deferred in).
public struct LoadFlexibility: Sendable, Equatable {
  public var curtailableShare: Double
  public var curtailPriceCNYPerMWh: Double
  public var curtailMaxMWhPerDay: Double?
  public var curtailMaxMWhPerYear: Double?
  public var shiftableShare: Double
  public var shiftWindowHours: Int
  /// The most deferred energy served in one hour on top of the demand (MW); nil: the load's peak × shiftable share.
  public var shiftMaxMW: Double?

  public init(curtailableShare: Double = 0, curtailPriceCNYPerMWh: Double = 0, curtailMaxMWhPerDay: Double? = nil,
              curtailMaxMWhPerYear: Double? = nil, shiftableShare: Double = 0, shiftWindowHours: Int = 24,
              shiftMaxMW: Double? = nil) {
    self.curtailableShare = curtailableShare
    self.curtailPriceCNYPerMWh = curtailPriceCNYPerMWh
    self.curtailMaxMWhPerDay = curtailMaxMWhPerDay
    self.curtailMaxMWhPerYear = curtailMaxMWhPerYear
    self.shiftableShare = shiftableShare
    self.shiftWindowHours = shiftWindowHours
    self.shiftMaxMW = shiftMaxMW
  }
}

/// A load that turns electricity into a product (an electrolyser, a smelter run as a flexible consumer): it draws
/// between 0 and `capacityMW` when the LP chooses, yields `efficiency` MWh of product per MWh drawn, and either earns
/// `productValueCNYPerMWh` per MWh of product or must make `requiredOutputMWhPerDay` of product every day (days
/// counted from the horizon's first hour), or both. A load, not an export: it is in no export total or clean share.
public struct LoadConversion: Sendable, Equatable {
  public var capacityMW: Double
  public var efficiency: Double
  public var productValueCNYPerMWh: Double
  public var requiredOutputMWhPerDay: Double?

  public init(capacityMW: Double, efficiency: Double = 1, productValueCNYPerMWh: Double = 0,
              requiredOutputMWhPerDay: Double? = nil) {
    self.capacityMW = capacityMW
    self.efficiency = efficiency
    self.productValueCNYPerMWh = productValueCNYPerMWh
    self.requiredOutputMWhPerDay = requiredOutputMWhPerDay
  }
}
