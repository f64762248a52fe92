/// The heat side of a network: district-heating demand per heat area and the units that serve it (CHP generators,
/// heat-only boilers, electric boilers, heat stores). Empty by default; a network with heat demand models CHP
/// output from heat, and the fixed `heating_must_run_pu` of its CHP generators no longer applies (see ``CHPUnit``).
///
/// A heat area is a name shared by a demand and the units that serve it (a city's district-heating network). Heat
/// does not flow between areas. Units are MW of heat (MW_th) and MWh_th, except an electric boiler's capacity, which
/// is in MW of electricity drawn.
public struct HeatSystem: Sendable, Equatable {
  public var demands: [HeatDemand]
  public var chp: [CHPUnit]
  public var boilers: [HeatBoiler]
  public var electricBoilers: [ElectricBoiler]
  public var stores: [HeatStore]

  public init(demands: [HeatDemand] = [], chp: [CHPUnit] = [], boilers: [HeatBoiler] = [],
              electricBoilers: [ElectricBoiler] = [], stores: [HeatStore] = []) {
    self.demands = demands
    self.chp = chp
    self.boilers = boilers
    self.electricBoilers = electricBoilers
    self.stores = stores
  }

  public var isEmpty: Bool {
    demands.isEmpty && chp.isEmpty && boilers.isEmpty && electricBoilers.isEmpty && stores.isEmpty
  }

  /// Every heat area that has a demand or a unit, sorted.
  public var areas: [String] {
    Set(demands.map(\.area) + chp.map(\.area) + boilers.map(\.area) + electricBoilers.map(\.area)
      + stores.map(\.area)).sorted()
  }
}

extension Network {
  /// The network as the heat model sees it: generators named by a CHP unit lose their fixed `heatingMustRunPU`,
  /// since their heat demand now sets their winter output.
  public var withHeatDrivenCHP: Network {
    guard !heat.chp.isEmpty else { return self }
    var n = self
    let chp = Set(heat.chp.map(\.generator))
    for g in n.generators.indices where chp.contains(n.generators[g].id) { n.generators[g].heatingMustRunPU = nil }
    return n
  }
}

/// Hourly heat demand of a heat area (MW_th, one value per snapshot).
public struct HeatDemand: Sendable, Equatable {
  public var id: String
  public var area: String
  public var demandMW: [Double]
  /// Cost of heat not served (CNY/MWh_th): above any heat source, so the LP serves heat whenever it can.
  public var valueOfLostHeatCNYPerMWh: Double

  public static let defaultValueOfLostHeatCNYPerMWh = 5_000.0

  public init(id: String, area: String, demandMW: [Double],
              valueOfLostHeatCNYPerMWh: Double = HeatDemand.defaultValueOfLostHeatCNYPerMWh) {
    self.id = id
    self.area = area
    self.demandMW = demandMW
    self.valueOfLostHeatCNYPerMWh = valueOfLostHeatCNYPerMWh
  }
}

/// The operating region of a CHP unit.
public enum CHPKind: String, Sendable, Equatable, CaseIterable {
  /// Power and heat in a fixed ratio: p = c_b · h.
  case backPressure = "back_pressure"
  /// Extraction-condensing: p ≥ c_b · h and p + c_v · h ≤ available capacity (a heat extraction costs c_v MW of
  /// power per MW of heat at full fuel input).
  case extraction
}

/// A generator of the network that also produces heat for a heat area. Its electric output stays the generator's
/// column (capacity, minimum output, costs, commitment); the heat adds a column h and the rows of its kind. Its
/// `heating_must_run_pu` is ignored: the heat demand, not a fixed share, keeps it running in winter.
public struct CHPUnit: Sendable, Equatable {
  /// The id of the generator.
  public var generator: String
  public var area: String
  public var kind: CHPKind
  /// c_b: power per unit of heat on the back-pressure line (MW_e / MW_th), > 0.
  public var powerToHeatRatio: Double
  /// c_v: power lost per unit of heat extracted at full fuel input (MW_e / MW_th), in [0, 1); extraction only.
  public var condensingLossFactor: Double

  public init(generator: String, area: String, kind: CHPKind, powerToHeatRatio: Double,
              condensingLossFactor: Double = 0) {
    self.generator = generator
    self.area = area
    self.kind = kind
    self.powerToHeatRatio = powerToHeatRatio
    self.condensingLossFactor = condensingLossFactor
  }
}

/// A heat-only boiler (coal, gas): heat up to its capacity at a cost and CO2 per MWh of heat.
public struct HeatBoiler: Sendable, Equatable {
  public var id: String
  public var area: String
  /// Heat capacity, MW_th.
  public var capacityMW: Double
  /// Fuel to heat efficiency (0, 1]: the fuel cost and CO2 per MWh of fuel are divided by it.
  public var efficiency: Double
  /// Fuel cost per MWh of fuel (CNY/MWh).
  public var fuelCostCNYPerMWh: Double
  /// CO2 per MWh of fuel (t/MWh).
  public var co2TonnesPerMWhFuel: Double

  public init(id: String, area: String, capacityMW: Double, efficiency: Double = 0.85,
              fuelCostCNYPerMWh: Double = 0, co2TonnesPerMWhFuel: Double = 0) {
    self.id = id
    self.area = area
    self.capacityMW = capacityMW
    self.efficiency = efficiency
    self.fuelCostCNYPerMWh = fuelCostCNYPerMWh
    self.co2TonnesPerMWhFuel = co2TonnesPerMWhFuel
  }
}

/// An electric boiler (or heat pump): draws up to `capacityMW` of electricity at a bus and delivers efficiency ×
/// that as heat into its heat area.
public struct ElectricBoiler: Sendable, Equatable {
  public var id: String
  public var bus: String
  public var area: String
  /// Electricity drawn at most, MW_e.
  public var capacityMW: Double
  /// Heat per unit of electricity, > 0 (about 0.99 for a resistive or electrode boiler, 2-4 for a heat pump).
  public var efficiency: Double
  /// Cost per MWh of electricity drawn (wear, O&M). Not zero by default: with free wind, a boiler whose heat is
  /// vented would otherwise tie with curtailing the wind, and curtailment would not be unique.
  public var marginalCostCNYPerMWh: Double

  public static let defaultMarginalCostCNYPerMWh = 1.0

  public init(id: String, bus: String, area: String, capacityMW: Double, efficiency: Double = 0.99,
              marginalCostCNYPerMWh: Double = ElectricBoiler.defaultMarginalCostCNYPerMWh) {
    self.id = id
    self.bus = bus
    self.area = area
    self.capacityMW = capacityMW
    self.efficiency = efficiency
    self.marginalCostCNYPerMWh = marginalCostCNYPerMWh
  }
}

/// A heat store (hot-water tank) in a heat area: a store with a standing loss and a cyclic state of charge.
public struct HeatStore: Sendable, Equatable {
  public var id: String
  public var area: String
  /// Charge and discharge limit, MW_th.
  public var powerMW: Double
  public var energyMWh: Double
  /// Fraction of the stored heat lost per hour, [0, 1).
  public var standingLossPerHour: Double

  public init(id: String, area: String, powerMW: Double, energyMWh: Double, standingLossPerHour: Double = 0) {
    self.id = id
    self.area = area
    self.powerMW = powerMW
    self.energyMWh = energyMWh
    self.standingLossPerHour = standingLossPerHour
  }
}
