import GridModel
import LinearProgramming

/// Storage the optimiser may build at a bus: its power is a decision of the LP (one border column `cap_<bus>`, MW),
/// its energy is `durationH` times the power, and every MW costs `annualisedCostCNYPerMWPerYear` pro rata of the
/// horizon (cost per MW of power including the energy at this duration: a 4 h battery's cost, not a 2 h one's).
///
/// In the LP (``DispatchProblem/init(network:hours:expansion:constraints:)``) it is a storage unit like the
/// network's own, with the same columns, bus injections and storage balance, plus the capacity column and the
/// per-hour capacity rows that tie charge, discharge and state of charge to it (see ``Storage``, Storage.swift):
///
///     cap_<bus>:            border column, cost = annualised cost x T Δt / 8760, bounds [0, maxPowerMW]
///     chargecap_<id>@t:     charge[t]    - P   <= 0
///     dischargecap_<id>@t:  discharge[t] - P   <= 0
///     energycap_<id>@t:     soc[t]       - d P <= 0
///
/// with P = `cap_<bus>` and d the duration; no standing loss, no minimum state of charge, cyclic. The per-hour
/// capacity rows belong to hour t and touch the border column, which the staged backend's Schur complement takes.
/// `<id>` is ``id`` (`<bus>-expansion`).
public struct StorageExpansion: Sendable, Equatable {
  public var bus: String
  /// Energy per MW of power (h).
  public var durationH: Double
  public var efficiencyCharge: Double
  public var efficiencyDischarge: Double
  /// Annualised cost of one MW of power with its `durationH` MWh of energy (CNY per MW per year).
  public var annualisedCostCNYPerMWPerYear: Double
  /// Upper bound on the power built (MW); nil for none.
  public var maxPowerMW: Double?
  /// Carrier of the unit in results (flow tracing treats storage as a mixing tank whatever its carrier).
  public var carrier: String
  /// Cost per MWh discharged, as ``StorageUnit/marginalCostCNYPerMWh``.
  public var marginalCostCNYPerMWh: Double

  /// Default annualised cost of a 4 h battery (CNY per MW per year) used by `gridplan size` without `--cost`.
  public static let defaultAnnualisedCostCNYPerMWPerYear = 1_200_000.0

  public init(bus: String, durationH: Double = 4, efficiencyCharge: Double = 0.92, efficiencyDischarge: Double = 0.92,
              annualisedCostCNYPerMWPerYear: Double = StorageExpansion.defaultAnnualisedCostCNYPerMWPerYear,
              maxPowerMW: Double? = nil, carrier: String = "battery",
              marginalCostCNYPerMWh: Double = StorageUnit.defaultMarginalCostCNYPerMWh) {
    self.bus = bus
    self.durationH = durationH
    self.efficiencyCharge = efficiencyCharge
    self.efficiencyDischarge = efficiencyDischarge
    self.annualisedCostCNYPerMWPerYear = annualisedCostCNYPerMWPerYear
    self.maxPowerMW = maxPowerMW
    self.carrier = carrier
    self.marginalCostCNYPerMWh = marginalCostCNYPerMWh
  }

  /// The storage unit's id in results: `<bus>-expansion`.
  public var id: String { "\(bus)-expansion" }

  /// The same storage with a fixed power: what a fixed-capacity run (a sweep point) adds to the network. Cyclic,
  /// no standing loss, no minimum state of charge, exactly as in the LP.
  public func unit(powerMW: Double) -> StorageUnit {
    StorageUnit(id: id, bus: bus, carrier: carrier, powerMW: powerMW, energyMWh: durationH * powerMW,
                efficiencyCharge: efficiencyCharge, efficiencyDischarge: efficiencyDischarge, standingLossPerHour: 0,
                initialStateOfCharge: .cyclic, minimumStateOfChargePU: 0,
                marginalCostCNYPerMWh: marginalCostCNYPerMWh)
  }

  /// The capital cost of `powerMW` over a horizon of `hours` hours (CNY): the cost the LP charges to `cap_<bus>`.
  public func cost(powerMW: Double, hours: Int) -> Double {
    cost(powerMW: powerMW, horizonHours: Double(hours))
  }

  /// The capital cost of `powerMW` over a horizon of `horizonHours` hours (CNY).
  func cost(powerMW: Double, horizonHours: Double) -> Double {
    annualisedCostCNYPerMWPerYear * powerMW * horizonHours / 8760
  }
}

/// Where the expansion columns and target rows of a ``DispatchProblem`` are (empty arrays without expansion).
public struct ExpansionIndex: Sendable {
  public let expansions: [StorageExpansion]
  public let constraints: [LinearTarget]
  /// The border column `cap_<bus>` of each expansion (MW).
  public let capacityColumns: [Int]
  /// Per expansion, per hour.
  public let chargeColumns: [[Int]]
  public let dischargeColumns: [[Int]]
  public let socColumns: [[Int]]
  /// The row of each constraint (nil for `unserved==0`, which is a bound).
  public let targetRows: [Int?]
}

/// Invalid expansion or target input: what, the value, and what is allowed.
public enum ExpansionError: Error, Equatable, CustomStringConvertible {
  case unknownBus(String)
  case externalBus(String)
  case duplicateBus(String)
  case badValue(field: String, bus: String, value: Double, allowed: String)
  case badTarget(String, allowed: String)

  public var description: String {
    switch self {
    case .unknownBus(let b):
      return "storage expansion at bus '\(b)': no such bus; allowed: an internal bus of the network"
    case .externalBus(let b):
      return "storage expansion at bus '\(b)': the bus is external (a receiving end); allowed: an internal bus"
    case .duplicateBus(let b): return "storage expansion at bus '\(b)' is given twice; allowed: one expansion per bus"
    case .badValue(let f, let b, let v, let a): return "storage expansion at bus '\(b)': \(f) is \(v); allowed: \(a)"
    case .badTarget(let t, let a): return "target '\(t)': \(a)"
    }
  }
}

extension StorageExpansion {
  /// Checks the expansions against the network and returns the bus index of each, in order.
  static func validate(_ expansions: [StorageExpansion], network: Network, busIndex: [String: Int]) throws -> [Int] {
    var seen = Set<String>()
    var busOf: [Int] = []
    for e in expansions {
      guard let b = busIndex[e.bus] else { throw ExpansionError.unknownBus(e.bus) }
      if network.buses[b].external { throw ExpansionError.externalBus(e.bus) }
      if !seen.insert(e.bus).inserted { throw ExpansionError.duplicateBus(e.bus) }
      func check(_ field: String, _ v: Double, _ ok: Bool, _ allowed: String) throws {
        if !ok { throw ExpansionError.badValue(field: field, bus: e.bus, value: v, allowed: allowed) }
      }
      try check("duration_h", e.durationH, e.durationH > 0 && e.durationH.isFinite, "a number of hours > 0")
      try check("efficiency_charge", e.efficiencyCharge, e.efficiencyCharge > 0 && e.efficiencyCharge <= 1,
                "0 < x <= 1")
      try check("efficiency_discharge", e.efficiencyDischarge, e.efficiencyDischarge > 0 && e.efficiencyDischarge <= 1,
                "0 < x <= 1")
      try check("annualised cost", e.annualisedCostCNYPerMWPerYear,
                e.annualisedCostCNYPerMWPerYear >= 0 && e.annualisedCostCNYPerMWPerYear.isFinite,
                "CNY per MW per year >= 0")
      if let m = e.maxPowerMW { try check("max_power_mw", m, m >= 0, "MW >= 0, or none") }
      busOf.append(b)
    }
    return busOf
  }
}

extension StorageExpansion {
  /// `base` with each expansion built at its power (MW) appended to the storage units (and its carrier added, not
  /// clean, if the network has none of that name). With `skippingZero`, expansions of power 0 are left out: the
  /// network of a fixed-capacity run is then exactly the base network at 0.
  public static func network(_ base: Network, adding expansions: [StorageExpansion], powersMW: [Double],
                             skippingZero: Bool = false) -> Network {
    var net = base
    for (e, p) in zip(expansions, powersMW) where !(skippingZero && p <= 0) {
      if !net.carriers.contains(where: { $0.id == e.carrier }) {
        net.carriers.append(Carrier(id: e.carrier, clean: false, color: "#9467bd"))
      }
      net.storageUnits.append(e.unit(powerMW: p))
    }
    return net
  }
}

extension DispatchProblem {
  /// The network with the expansions built at the given powers (MW, one per expansion), appended to its storage.
  public func networkWithExpansion(powersMW: [Double]) -> Network {
    StorageExpansion.network(network, adding: expansion.expansions, powersMW: powersMW)
  }
}
