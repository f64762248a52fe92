import GridModel
import LinearProgramming

/// Storage the optimiser may build at a bus: its power is a decision of the LP (one border column `cap_<bus>`, MW),
/// its energy is `durationH` times the power, and every MW costs `annualisedCostCNYPerMWPerYear` pro rata of the
/// horizon (cost per MW of power including the energy at this duration: a 4 h battery's cost, not a 2 h one's).
///
/// In the LP (``DispatchProblem/init(network:hours:expansion:constraints:)``), with P = `cap_<bus>` and d the
/// duration, per hour t (stage t, names ending in `@t`):
///
///     charge_<id>@t, discharge_<id>@t, soc_<id>@t >= 0          (columns, in the bus balance like any storage)
///     chargecap_<id>@t:     charge[t]    - P   <= 0
///     dischargecap_<id>@t:  discharge[t] - P   <= 0
///     energycap_<id>@t:     soc[t]       - d P <= 0
///     soc_<id>@t (t >= 1):  soc[t] - soc[t-1] - eta_c charge[t] + discharge[t] / eta_d = 0
///     soc_cyclic_<id>:      the same for t = 0 with soc[T-1] in place of soc[t-1] (a border row, as for any cyclic
///                           storage)
///
/// and P itself is a border column: cost = annualised cost x hours / 8760, bounds [0, maxPowerMW]. The per-hour
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

  /// The capital cost of `powerMW` over a horizon of `hours` (CNY): the cost the LP charges to `cap_<bus>`.
  public func cost(powerMW: Double, hours: Int) -> Double {
    annualisedCostCNYPerMWPerYear * powerMW * Double(hours) / 8760
  }
}

/// A target that is linear in the dispatch LP's columns, so the LP can meet it by choosing storage capacity.
public enum LinearTarget: Sendable, Equatable, CustomStringConvertible {
  /// Curtailment of the generators with a profile (at `bus`, or all of them) at most `maxShare` (0...1) of their
  /// available energy over the horizon. One border row: sum of p >= (1 - maxShare) x available.
  case curtailment(maxShare: Double, bus: String?)
  /// No unserved load: every load-shedding column's upper bound is set to 0 (no row). A network that cannot serve its
  /// load whatever storage is built then makes the LP primal infeasible, which `gridplan size` reports as a target
  /// that cannot be met; a penalty would instead return a dispatch that still sheds load.
  case noUnservedLoad
  /// Total CO2 over the horizon at most `maxTonnes` (t). One border row, like the network's own CO2 cap.
  case co2(maxTonnes: Double)

  public var description: String {
    switch self {
    case .curtailment(let x, nil): return "curtailment<=\(x)"
    case .curtailment(let x, let bus?): return "curtailment(\(bus))<=\(x)"
    case .noUnservedLoad: return "unserved==0"
    case .co2(let t): return "co2<=\(t)"
    }
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
    case .unknownBus(let b): return "storage expansion at bus '\(b)': no such bus; allowed: an internal bus of the network"
    case .externalBus(let b):
      return "storage expansion at bus '\(b)': the bus is external (a receiving end); allowed: an internal bus"
    case .duplicateBus(let b): return "storage expansion at bus '\(b)' is given twice; allowed: one expansion per bus"
    case .badValue(let f, let b, let v, let a): return "storage expansion at bus '\(b)': \(f) is \(v); allowed: \(a)"
    case .badTarget(let t, let a): return "target '\(t)': \(a)"
    }
  }
}

/// Adds the expansion's columns and rows to the LP while ``DispatchProblem`` builds it, hour by hour.
struct ExpansionBuilder {
  let expansions: [StorageExpansion]
  let busOf: [Int]
  let hours: Int
  var capacityColumns: [Int] = []
  var chargeColumns: [[Int]]
  var dischargeColumns: [[Int]]
  var socColumns: [[Int]]
  /// The stems of each expansion's names (see ``ProgramBuilder``).
  var stems: [Stems] = []

  struct Stems {
    var charge, discharge, soc, chargeCap, dischargeCap, energyCap: Int32
  }

  init(_ expansions: [StorageExpansion], network: Network, busIndex: [String: Int], hours: Int) throws {
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
      try check("efficiency_charge", e.efficiencyCharge, e.efficiencyCharge > 0 && e.efficiencyCharge <= 1, "0 < x <= 1")
      try check("efficiency_discharge", e.efficiencyDischarge, e.efficiencyDischarge > 0 && e.efficiencyDischarge <= 1,
                "0 < x <= 1")
      try check("annualised cost", e.annualisedCostCNYPerMWPerYear,
                e.annualisedCostCNYPerMWPerYear >= 0 && e.annualisedCostCNYPerMWPerYear.isFinite,
                "CNY per MW per year >= 0")
      if let m = e.maxPowerMW { try check("max_power_mw", m, m >= 0, "MW >= 0, or none") }
      busOf.append(b)
    }
    self.expansions = expansions
    self.busOf = busOf
    self.hours = hours
    chargeColumns = [[Int]](repeating: [], count: expansions.count)
    dischargeColumns = chargeColumns
    socColumns = chargeColumns
  }

  /// The border capacity columns, before the hours (and the stems of the expansions' names).
  mutating func addCapacityColumns(_ lp: inout ProgramBuilder) {
    for e in expansions {
      let cap = lp.stem("cap_\(e.bus)")
      capacityColumns.append(lp.addColumn(cap, hour: nil, stage: StageStructure.border,
                                          cost: e.cost(powerMW: 1, hours: hours), lower: 0,
                                          upper: e.maxPowerMW ?? .infinity))
      stems.append(Stems(
        charge: lp.stem("charge_\(e.id)"), discharge: lp.stem("discharge_\(e.id)"), soc: lp.stem("soc_\(e.id)"),
        chargeCap: lp.stem("chargecap_\(e.id)"), dischargeCap: lp.stem("dischargecap_\(e.id)"),
        energyCap: lp.stem("energycap_\(e.id)")))
    }
  }

  /// Hour t's columns; returns the (bus, column, coefficient) terms of the bus balances.
  mutating func addColumns(hour t: Int, _ lp: inout ProgramBuilder) -> [(Int, Int, Double)] {
    var terms: [(Int, Int, Double)] = []
    for (x, e) in expansions.enumerated() {
      let p = e.maxPowerMW ?? .infinity
      let ch = lp.addColumn(stems[x].charge, hour: t, stage: t, cost: 0, lower: 0, upper: p)
      let dis = lp.addColumn(stems[x].discharge, hour: t, stage: t, cost: e.marginalCostCNYPerMWh, lower: 0, upper: p)
      let soc = lp.addColumn(stems[x].soc, hour: t, stage: t, cost: 0, lower: 0, upper: e.durationH * p)
      chargeColumns[x].append(ch)
      dischargeColumns[x].append(dis)
      socColumns[x].append(soc)
      terms.append((busOf[x], ch, -1))
      terms.append((busOf[x], dis, 1))
    }
    return terms
  }

  /// Hour t's capacity rows and (t >= 1) state-of-charge rows.
  func addRows(hour t: Int, _ lp: inout ProgramBuilder) {
    for (x, e) in expansions.enumerated() {
      let cap = capacityColumns[x]
      lp.addRow(stems[x].chargeCap, hour: t, stage: t, lower: -.infinity, upper: 0,
                terms: [(chargeColumns[x][t], 1), (cap, -1)])
      lp.addRow(stems[x].dischargeCap, hour: t, stage: t, lower: -.infinity, upper: 0,
                terms: [(dischargeColumns[x][t], 1), (cap, -1)])
      lp.addRow(stems[x].energyCap, hour: t, stage: t, lower: -.infinity, upper: 0,
                terms: [(socColumns[x][t], 1), (cap, -e.durationH)])
      if t > 0 {
        lp.addRow(stems[x].soc, hour: t, stage: t, lower: 0, upper: 0, terms: [
          (socColumns[x][t], 1), (socColumns[x][t - 1], -1), (chargeColumns[x][t], -e.efficiencyCharge),
          (dischargeColumns[x][t], 1 / e.efficiencyDischarge),
        ])
      }
    }
  }

  /// The cyclic first-hour rows (border, like a network storage's cyclic row), after the hours.
  func addCyclicRows(_ lp: inout ProgramBuilder) {
    let T = hours
    for (x, e) in expansions.enumerated() {
      let stem = lp.stem("soc_cyclic_\(e.id)")
      lp.addRow(stem, hour: nil, stage: T > 2 ? StageStructure.border : T - 1, lower: 0, upper: 0, terms: [
        (socColumns[x][0], 1), (chargeColumns[x][0], -e.efficiencyCharge),
        (dischargeColumns[x][0], 1 / e.efficiencyDischarge), (socColumns[x][T - 1], -1),
      ])
    }
  }

  /// The target rows (border) and bounds.
  func addTargets(
    _ targets: [LinearTarget], network: Network, generatorColumns: [[Int]], shedColumns: [[Int]],
    _ lp: inout ProgramBuilder
  ) throws -> [Int?] {
    var rows: [Int?] = []
    let busIDs = Set(network.buses.map(\.id))
    for (k, target) in targets.enumerated() {
      switch target {
      case .curtailment(let share, let bus):
        guard share >= 0 && share <= 1 else {
          throw ExpansionError.badTarget(target.description, allowed: "the curtailment share is \(share); allowed: 0...1")
        }
        if let bus, !busIDs.contains(bus) {
          throw ExpansionError.badTarget(target.description, allowed: "no bus '\(bus)'; allowed: a bus of the network")
        }
        var terms: [(Int, Double)] = []
        var available = 0.0
        for (g, gen) in network.generators.enumerated() where gen.availability != nil && (bus == nil || gen.bus == bus) {
          for c in generatorColumns[g] {
            terms.append((c, 1))
            available += lp.columnUpper[c]
          }
        }
        guard !terms.isEmpty else {
          throw ExpansionError.badTarget(
            target.description,
            allowed: "no generator with a profile" + (bus.map { " at bus '\($0)'" } ?? "")
              + "; allowed: a bus with wind, solar or other profiled generators")
        }
        let stem = lp.stem("target_\(k)_curtailment" + (bus.map { "_\($0)" } ?? ""))
        rows.append(lp.addRow(stem, hour: nil, stage: StageStructure.border, lower: (1 - share) * available,
                              upper: .infinity, terms: terms))
      case .noUnservedLoad:
        for cols in shedColumns { for c in cols { lp.columnUpper[c] = 0 } }
        rows.append(nil)
      case .co2(let cap):
        guard cap >= 0 else {
          throw ExpansionError.badTarget(target.description, allowed: "the CO2 limit is \(cap) t; allowed: >= 0")
        }
        var terms: [(Int, Double)] = []
        for (g, gen) in network.generators.enumerated() where gen.co2TonnesPerMWh > 0 {
          for c in generatorColumns[g] { terms.append((c, gen.co2TonnesPerMWh)) }
        }
        let stem = lp.stem("target_\(k)_co2")
        rows.append(lp.addRow(stem, hour: nil, stage: StageStructure.border, lower: -.infinity, upper: cap,
                              terms: terms))
      }
    }
    return rows
  }

  func index(constraints: [LinearTarget], targetRows: [Int?]) -> ExpansionIndex {
    ExpansionIndex(expansions: expansions, constraints: constraints, capacityColumns: capacityColumns,
                   chargeColumns: chargeColumns, dischargeColumns: dischargeColumns, socColumns: socColumns,
                   targetRows: targetRows)
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
