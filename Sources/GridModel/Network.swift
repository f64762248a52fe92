/// A regional grid for an hourly dispatch study: value types only (no I/O, no solver). Units are in the names.
///
/// Built by `GridIO` from `Networks/NAME/network.yaml` (see `Networks/FORMAT.md`), checked by ``Network/validate()``,
/// turned into a linear program by `DispatchModel`.
public struct Network: Sendable, Equatable {
  public var name: String
  public var description: String
  public var study: StudySettings
  /// Heating season per grid area (CHP must-run), keyed by area.
  public var heatingSeasons: [String: HeatingSeason]
  public var carriers: [Carrier]
  public var buses: [Bus]
  public var lines: [Line]
  public var links: [Link]
  public var generators: [Generator]
  public var storageUnits: [StorageUnit]
  public var loads: [Load]
  /// Hourly snapshots of the profiles (ISO 8601 local time), one per hour of every profile.
  public var snapshots: [String]
  /// Operating reserve requirements per synchronous area, keyed by area (none: no reserve rows).
  public var reserves: [String: ReserveRequirement] = [:]
  /// District heating: heat demand and the units that serve it (empty: CHP follows `heatingSeasons`).
  public var heat = HeatSystem()

  public init(
    name: String, description: String = "", study: StudySettings = StudySettings(),
    heatingSeasons: [String: HeatingSeason] = [:], carriers: [Carrier] = [], buses: [Bus] = [], lines: [Line] = [],
    links: [Link] = [], generators: [Generator] = [], storageUnits: [StorageUnit] = [], loads: [Load] = [],
    snapshots: [String] = []
  ) {
    self.name = name
    self.description = description
    self.study = study
    self.heatingSeasons = heatingSeasons
    self.carriers = carriers
    self.buses = buses
    self.lines = lines
    self.links = links
    self.generators = generators
    self.storageUnits = storageUnits
    self.loads = loads
    self.snapshots = snapshots
  }
}

/// The operating reserves a synchronous area must hold each hour, upward and downward, as shares of its load and of
/// the available output of its variable renewables (generators whose carrier is in `variableCarriers`):
///
///     up[a,t]   = upLoadPU · load[a,t] + upVariablePU · Σ available variable output[a,t]      (MW)
///     down[a,t] = downLoadPU · load[a,t] + downVariablePU · Σ available variable output[a,t]
///
/// met by the headroom of the area's other generators (committed headroom for committable ones) and of its storage
/// units (power and energy).
public struct ReserveRequirement: Sendable, Equatable {
  public var upLoadPU: Double
  public var upVariablePU: Double
  public var downLoadPU: Double
  public var downVariablePU: Double
  /// Carriers whose available output raises the requirement and which hold no reserve themselves.
  public var variableCarriers: [String]

  public init(upLoadPU: Double = 0, upVariablePU: Double = 0, downLoadPU: Double = 0, downVariablePU: Double = 0,
              variableCarriers: [String] = ["wind", "solar"]) {
    self.upLoadPU = upLoadPU
    self.upVariablePU = upVariablePU
    self.downLoadPU = downLoadPU
    self.downVariablePU = downVariablePU
    self.variableCarriers = variableCarriers
  }
}

/// Study settings: the horizon and the carbon policy.
public struct StudySettings: Sendable, Equatable {
  /// First snapshot, ISO 8601 local time (UTC+8), e.g. "2024-01-01T00:00".
  public var start: String
  /// Default horizon: the number of snapshots (hours when `hoursPerSnapshot` is 1).
  public var hours: Int
  /// Δt, the length of every snapshot in hours (PyPSA's snapshot weightings): 1 for hourly profiles.
  public var hoursPerSnapshot: Double = 1
  public var carbonPriceCNYPerTonne: Double
  /// Cap on total CO2 over the horizon, tonnes; nil for none.
  public var co2CapTonnes: Double?

  public init(start: String = "2024-01-01T00:00", hours: Int = 8760, carbonPriceCNYPerTonne: Double = 0,
              co2CapTonnes: Double? = nil) {
    self.start = start
    self.hours = hours
    self.carbonPriceCNYPerTonne = carbonPriceCNYPerTonne
    self.co2CapTonnes = co2CapTonnes
  }
}

/// A heating season as month-day pairs, inclusive; it may wrap the new year (15 Oct to 15 Apr).
public struct HeatingSeason: Sendable, Equatable {
  public var startMonth: Int
  public var startDay: Int
  public var endMonth: Int
  public var endDay: Int

  public init(startMonth: Int, startDay: Int, endMonth: Int, endDay: Int) {
    self.startMonth = startMonth
    self.startDay = startDay
    self.endMonth = endMonth
    self.endDay = endDay
  }

  /// Whether a month and day fall in the season.
  public func contains(month: Int, day: Int) -> Bool {
    let d = month * 100 + day
    let s = startMonth * 100 + startDay
    let e = endMonth * 100 + endDay
    return s <= e ? (d >= s && d <= e) : (d >= s || d <= e)
  }
}

public struct Carrier: Sendable, Equatable {
  public var id: String
  /// Clean (wind, solar, hydro, ...) or not: the basis of clean shares.
  public var clean: Bool
  /// Display colour, "#rrggbb".
  public var color: String

  public init(id: String, clean: Bool, color: String = "#888888") {
    self.id = id
    self.clean = clean
    self.color = color
  }
}

public struct Bus: Sendable, Equatable {
  public var id: String
  public var name: String
  /// Grid area: MX (Mengxi), MD (Mengdong), or a receiving province.
  public var area: String
  public var latitude: Double
  public var longitude: Double
  /// Outside the modelled grid: a receiving end that buys what links deliver at `priceCNYPerMWh`.
  public var external: Bool
  /// Receiving-end price for the "price" delivery rule (external buses).
  public var priceCNYPerMWh: Double?

  public init(id: String, name: String = "", area: String = "", latitude: Double = 0, longitude: Double = 0,
              external: Bool = false, priceCNYPerMWh: Double? = nil) {
    self.id = id
    self.name = name.isEmpty ? id : name
    self.area = area
    self.latitude = latitude
    self.longitude = longitude
    self.external = external
    self.priceCNYPerMWh = priceCNYPerMWh
  }
}

/// An AC line in the DC power-flow approximation.
public struct Line: Sendable, Equatable {
  public var id: String
  public var bus0: String
  public var bus1: String
  public var ratingMW: Double
  /// Series reactance in ohm; when nil it is derived from `lengthKm` and `voltageKV`.
  public var reactanceOhm: Double?
  public var lengthKm: Double?
  public var voltageKV: Double?
  /// Phase shift of a phase-shifting transformer (degrees, PyPSA's `Transformer.phase_shift`): the voltage angle
  /// at bus1 lags bus0's by this much beyond what the flow explains, x f = θ0 - θ1 - shift. 0 for a plain line.
  public var phaseShiftDegrees: Double
  /// A rating the optimiser chooses (``CapacityExpansion``, MW; `ratingMW` is then unused); nil for a fixed rating.
  public var expansion: CapacityExpansion? = nil

  public init(id: String, bus0: String, bus1: String, ratingMW: Double, reactanceOhm: Double? = nil,
              lengthKm: Double? = nil, voltageKV: Double? = nil, phaseShiftDegrees: Double = 0) {
    self.id = id
    self.bus0 = bus0
    self.bus1 = bus1
    self.ratingMW = ratingMW
    self.reactanceOhm = reactanceOhm
    self.lengthKm = lengthKm
    self.voltageKV = voltageKV
    self.phaseShiftDegrees = phaseShiftDegrees
  }

  /// Typical series reactance per km of overhead line by voltage class (ohm/km): 500 kV quad bundle ~0.27,
  /// 1000 kV ~0.26, 220 kV ~0.40 (standard textbook values; an estimate where the network gives none).
  public static func reactancePerKm(voltageKV: Double) -> Double {
    switch voltageKV {
    case ..<300: return 0.40
    case ..<800: return 0.27
    default: return 0.26
    }
  }

  /// The reactance used for KVL, in per unit on a 100 MVA base at the line's voltage (ohm / (kV^2 / 100)).
  public var effectiveReactancePU: Double? {
    let v = voltageKV ?? 500
    if let x = reactanceOhm { return x / (v * v / 100) }
    guard let l = lengthKm else { return nil }
    return l * Line.reactancePerKm(voltageKV: v) / (v * v / 100)
  }
}

/// How a corridor's flow is decided.
public enum DeliveryRule: Sendable, Equatable {
  /// Free: the optimiser exports when the receiving-end price beats the cost at the sending end.
  case price
  /// A fixed hourly schedule, MW (one value per snapshot).
  case schedule([Double])
  /// A firm minimum: flow at least `minPU` of the rating in every hour.
  case firm(minPU: Double)
  /// A delivery curve: flow at least `minPU[t]` of the rating in hour t (one value per snapshot), a hard lower bound
  /// like `firm`. Written as 24 values by hour of day (`min_pu_by_hour`) or as a profile of per-unit values.
  case curve(minPU: [Double])
}

/// A controllable corridor (HVDC, or a UHV AC export line dispatched as a link), bus0 to bus1.
public struct Link: Sendable, Equatable {
  public var id: String
  public var bus0: String
  public var bus1: String
  public var ratingMW: Double
  public var lengthKm: Double
  /// Fraction delivered at bus1 per MW sent: `efficiency`, or 1 - fixed - perThousandKm * length / 1000.
  public var efficiency: Double
  public var pMinPU: Double
  public var delivery: DeliveryRule
  /// The corridor's supporting plants (配套电源): generator ids whose output the contract accounting attributes to
  /// this corridor first (see `FlowTracing/ContractAccounting.swift`). Empty for none. Results only: the dispatch
  /// does not tie these plants to the corridor.
  public var supporting: [String]
  /// A rating the optimiser chooses (``CapacityExpansion``, MW; `ratingMW` is then unused); nil for a fixed rating.
  public var expansion: CapacityExpansion? = nil

  public init(id: String, bus0: String, bus1: String, ratingMW: Double, lengthKm: Double = 0, efficiency: Double = 1,
              pMinPU: Double = 0, delivery: DeliveryRule = .price, supporting: [String] = []) {
    self.id = id
    self.bus0 = bus0
    self.bus1 = bus1
    self.ratingMW = ratingMW
    self.lengthKm = lengthKm
    self.efficiency = efficiency
    self.pMinPU = pMinPU
    self.delivery = delivery
    self.supporting = supporting
  }

  /// Efficiency from a fixed loss and a loss per 1000 km (PyPSA-China's HVDC convention: 2% + 2.3%/1000 km).
  public static func efficiency(fixedLoss: Double, lossPerThousandKm: Double, lengthKm: Double) -> Double {
    1 - fixedLoss - lossPerThousandKm * lengthKm / 1000
  }
}

public enum GeneratorRole: String, Sendable, Equatable, CaseIterable {
  /// In normal operation.
  case operating
  /// Retired from base load, kept as backup or peaking plant: no minimum output, no must-run.
  case backup
}

public struct Generator: Sendable, Equatable {
  public var id: String
  public var bus: String
  public var carrier: String
  public var capacityMW: Double
  /// Hourly availability (per unit of capacity); nil means 1 in every hour.
  public var availability: [Double]?
  /// Minimum stable output per unit of capacity when running (LP: a lower bound).
  public var pMinPU: Double
  /// Minimum output per unit of capacity in the heating season of the bus's area (CHP must-run); nil for none.
  public var heatingMustRunPU: Double?
  /// Ramp limit up and down, per unit of capacity per hour; nil for none.
  public var rampPUPerHour: Double?
  public var marginalCostCNYPerMWh: Double
  /// Quadratic cost coefficient (CNY/MW²h): an hour at output p costs marginalCostCNYPerMWh · p + this · p², as
  /// PyPSA's `marginal_cost_quadratic` (and MATPOWER's c2 of a degree-2 polynomial cost, in CNY instead of $).
  /// 0 for a linear cost; must be >= 0 (a convex cost).
  public var marginalCostQuadraticCNYPerMW2h: Double
  public var co2TonnesPerMWh: Double
  public var waterM3PerMWh: Double
  public var role: GeneratorRole
  /// Linearised unit commitment (`committable: true`); nil for a generator whose whole capacity is always online.
  public var commitment: UnitCommitment?
  /// A capacity the optimiser chooses (``CapacityExpansion``, MW; `capacityMW` is then unused); nil for a fixed one.
  public var expansion: CapacityExpansion? = nil

  public init(id: String, bus: String, carrier: String, capacityMW: Double, availability: [Double]? = nil,
              pMinPU: Double = 0, heatingMustRunPU: Double? = nil, rampPUPerHour: Double? = nil,
              marginalCostCNYPerMWh: Double = 0, co2TonnesPerMWh: Double = 0, waterM3PerMWh: Double = 0,
              role: GeneratorRole = .operating, commitment: UnitCommitment? = nil,
              marginalCostQuadraticCNYPerMW2h: Double = 0) {
    self.id = id
    self.bus = bus
    self.carrier = carrier
    self.capacityMW = capacityMW
    self.availability = availability
    self.pMinPU = pMinPU
    self.heatingMustRunPU = heatingMustRunPU
    self.rampPUPerHour = rampPUPerHour
    self.marginalCostCNYPerMWh = marginalCostCNYPerMWh
    self.marginalCostQuadraticCNYPerMW2h = marginalCostQuadraticCNYPerMW2h
    self.co2TonnesPerMWh = co2TonnesPerMWh
    self.waterM3PerMWh = waterM3PerMWh
    self.role = role
    self.commitment = commitment
  }
}

/// The commitment parameters of a committable generator: a cluster of identical units (or one unit) whose committed
/// share of capacity, the status u ∈ [0, 1], the LP chooses hour by hour (the linear relaxation of PyPSA's
/// `linearized_unit_commitment`). Minimum stable output (`pMinPU`) then applies to committed capacity only.
public struct UnitCommitment: Sendable, Equatable {
  /// Cost of starting up 1 MW of the cluster's capacity (CNY/MW per start); a start of the whole capacity costs this
  /// times the capacity (PyPSA's `start_up_cost`).
  public var startUpCostCNYPerMW: Double
  /// Cost of shutting down 1 MW of capacity (CNY/MW per shut-down).
  public var shutDownCostCNYPerMW: Double
  /// Capacity started up stays committed for at least this many hours (0: no limit).
  public var minUpTimeHours: Int
  /// Capacity shut down stays off for at least this many hours (0: no limit).
  public var minDownTimeHours: Int
  /// Largest output in the hour a unit starts, per unit of its capacity; nil for no limit.
  public var rampStartUpPU: Double?
  /// Largest output in the hour before a unit shuts down, per unit of its capacity; nil for no limit.
  public var rampShutDownPU: Double?
  /// Hours the cluster had been online before the first snapshot (PyPSA's `up_time_before`); nil for long enough
  /// that no minimum up time carries into the horizon. Ignored when `downTimeBeforeHours` > 0.
  public var upTimeBeforeHours: Int?
  /// Hours the cluster had been offline before the first snapshot (PyPSA's `down_time_before`); 0 when it was on.
  public var downTimeBeforeHours: Int
  /// Size of one unit (MW), to count starts in units; nil counts starts of the whole capacity.
  public var unitSizeMW: Double?

  public init(startUpCostCNYPerMW: Double = 0, shutDownCostCNYPerMW: Double = 0, minUpTimeHours: Int = 0,
              minDownTimeHours: Int = 0, rampStartUpPU: Double? = nil, rampShutDownPU: Double? = nil,
              upTimeBeforeHours: Int? = nil, downTimeBeforeHours: Int = 0, unitSizeMW: Double? = nil) {
    self.startUpCostCNYPerMW = startUpCostCNYPerMW
    self.shutDownCostCNYPerMW = shutDownCostCNYPerMW
    self.minUpTimeHours = minUpTimeHours
    self.minDownTimeHours = minDownTimeHours
    self.rampStartUpPU = rampStartUpPU
    self.rampShutDownPU = rampShutDownPU
    self.upTimeBeforeHours = upTimeBeforeHours
    self.downTimeBeforeHours = downTimeBeforeHours
    self.unitSizeMW = unitSizeMW
  }

  /// The status before the first snapshot: 0 after `downTimeBeforeHours` > 0 hours off, else 1 (PyPSA: 0 also when
  /// both times before are 0).
  public var statusBefore: Double {
    if downTimeBeforeHours > 0 { return 0 }
    if let up = upTimeBeforeHours { return up > 0 ? 1 : 0 }
    return 1
  }

  /// Hours at the start of the horizon that must stay committed because the cluster started up `upTimeBeforeHours`
  /// ago: max(0, min up time - up time before) when it was on.
  public var hoursForcedOn: Int {
    guard downTimeBeforeHours == 0, let up = upTimeBeforeHours, up > 0 else { return 0 }
    return max(0, minUpTimeHours - up)
  }

  /// Hours at the start of the horizon that must stay off: max(0, min down time - down time before) when it was off.
  public var hoursForcedOff: Int {
    downTimeBeforeHours > 0 ? max(0, minDownTimeHours - downTimeBeforeHours) : 0
  }
}

public enum InitialStateOfCharge: Sendable, Equatable {
  /// The state of charge at the end equals the one at the start.
  case cyclic
  /// A fixed fraction of the energy capacity at the start.
  case fixed(Double)
}

public struct StorageUnit: Sendable, Equatable {
  public var id: String
  public var bus: String
  public var carrier: String
  public var powerMW: Double
  public var energyMWh: Double
  public var efficiencyCharge: Double
  public var efficiencyDischarge: Double
  /// Fraction of the stored energy lost per hour.
  public var standingLossPerHour: Double
  public var initialStateOfCharge: InitialStateOfCharge
  /// Minimum state of charge, per unit of energy capacity.
  public var minimumStateOfChargePU: Double
  /// Cost per MWh discharged (variable O&M, cycling wear), as PyPSA's `StorageUnit.marginal_cost` on `p_dispatch`.
  /// The default is small but not zero: with free wind, a battery that charges and discharges in the same hour would
  /// otherwise burn surplus in its losses at no cost, and curtailment would not be unique.
  public var marginalCostCNYPerMWh: Double
  /// A store (PyPSA's `Store`): energy only, charged and discharged without a power limit (`powerMW` unused).
  public var isStore = false
  /// A capacity the optimiser chooses (``CapacityExpansion``): the power (MW, energy = durationH x power) of a
  /// storage unit, the energy (MWh) of a store; `powerMW` and `energyMWh` are then unused. nil when they are fixed.
  public var expansion: CapacityExpansion? = nil

  /// The default cost per MWh discharged (CNY/MWh).
  public static let defaultMarginalCostCNYPerMWh = 1.0

  public init(id: String, bus: String, carrier: String, powerMW: Double, energyMWh: Double,
              efficiencyCharge: Double = 1, efficiencyDischarge: Double = 1, standingLossPerHour: Double = 0,
              initialStateOfCharge: InitialStateOfCharge = .cyclic, minimumStateOfChargePU: Double = 0,
              marginalCostCNYPerMWh: Double = StorageUnit.defaultMarginalCostCNYPerMWh) {
    self.id = id
    self.bus = bus
    self.carrier = carrier
    self.powerMW = powerMW
    self.energyMWh = energyMWh
    self.efficiencyCharge = efficiencyCharge
    self.efficiencyDischarge = efficiencyDischarge
    self.standingLossPerHour = standingLossPerHour
    self.initialStateOfCharge = initialStateOfCharge
    self.minimumStateOfChargePU = minimumStateOfChargePU
    self.marginalCostCNYPerMWh = marginalCostCNYPerMWh
  }
}

public struct Load: Sendable, Equatable {
  public var id: String
  public var bus: String
  /// Hourly demand, MW (one value per snapshot).
  public var demandMW: [Double]
  /// Cost of load shedding.
  public var valueOfLostLoadCNYPerMWh: Double
  /// A curtailable and a shiftable share of the demand; nil for a rigid load.
  public var flexibility: LoadFlexibility? = nil
  /// A converting load (electrolyser) that draws what the LP chooses up to its capacity; nil for a demand load.
  public var conversion: LoadConversion? = nil

  public init(id: String, bus: String, demandMW: [Double], valueOfLostLoadCNYPerMWh: Double = 10_000) {
    self.id = id
    self.bus = bus
    self.demandMW = demandMW
    self.valueOfLostLoadCNYPerMWh = valueOfLostLoadCNYPerMWh
  }
}
