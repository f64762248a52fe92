import GridModel
import LinearProgramming

/// The hourly dispatch LP of a network over a horizon, with the indices that map its columns and rows back to
/// components. Formulation (per hour t, every row and column of hour t named `...@t`, the staged backend's stage):
///
/// - generator output `p[g,t]` in [lower, capacity·availability], cost = marginal cost + carbon price · CO2;
///   lower = capacity·max(p_min_pu·availability, heating must-run in season) for operating units, 0 for backup;
/// - line flow `f[l,t]` in [-rating, rating]; link flow `p[k,t]` in [p_min·rating, rating] (schedule: fixed; firm:
///   at least min_pu·rating); a link into an external bus earns efficiency·price (negative cost);
/// - storage charge, discharge in [0, power], state of charge in [soc_min·energy, energy]; discharge costs the unit's
///   marginal cost (default 1 CNY/MWh, so that cycling surplus away in losses never ties with curtailing it);
/// - load shedding `shed[d,t]` in [0, demand] at the value of lost load;
/// - bus balance: generation + line inflow - outflow + link delivery - link withdrawal + discharge - charge + shed
///   = demand (its dual is the bus's marginal price);
/// - KVL: for every independent cycle, sum of ±x_l f[l,t] = 0 (reactance in per unit);
/// - ramping: -ramp·capacity <= p[g,t] - p[g,t-1] <= ramp·capacity (t >= 1);
/// - storage: soc[t] - (1 - loss) soc[t-1] - eta_c charge[t] + discharge[t] / eta_d = 0; at t = 0 either the fixed
///   initial state or, cyclic, soc[T-1] in place of soc[t-1] (a border row, it links the last and first hour);
/// - CO2 cap (border row): sum of CO2 · p <= cap.
///
/// Optional storage expansion (a capacity chosen by the optimiser, border columns) and linear targets: see
/// ``StorageExpansion`` and ``LinearTarget`` (ExtendableStorage.swift).
public struct DispatchProblem: Sendable {
  public let network: Network
  public let hours: Int
  public var lp: LinearProgram
  public var stages: StageStructure
  /// Column of generator g at hour t: generatorColumn[g] + t * stride... stored per hour for clarity.
  public let generatorColumns: [[Int]]
  public let lineColumns: [[Int]]
  public let linkColumns: [[Int]]
  public let chargeColumns: [[Int]]
  public let dischargeColumns: [[Int]]
  public let socColumns: [[Int]]
  public let shedColumns: [[Int]]
  /// Balance row of each internal bus at each hour ([bus][t]); -1 for external buses.
  public let balanceRows: [[Int]]
  /// Indices of internal (non-external) buses in `network.buses`.
  public let internalBuses: [Int]
  public let co2CapRow: Int?
  /// Storage the optimiser may build and the linear targets (empty without expansion).
  public let expansion: ExpansionIndex

  /// Builds the LP for the first `hours` snapshots of the network's profiles, with storage the optimiser may build at
  /// some buses (`expansion`) and linear targets it must meet (`constraints`).
  public init(network: Network, hours: Int? = nil, expansion: [StorageExpansion] = [],
              constraints: [LinearTarget] = []) throws {
    let T = hours ?? network.snapshots.count
    guard T > 0 else { throw DispatchModelError.emptyHorizon }
    guard T <= max(network.snapshots.count, 1) || network.snapshots.isEmpty else {
      throw DispatchModelError.horizonTooLong(requested: T, available: network.snapshots.count)
    }
    self.network = network
    self.hours = T
    var lp = LinearProgram(name: network.name)
    var rowStage: [Int] = []
    var colStage: [Int] = []
    func col(_ name: String, _ t: Int, cost: Double, lower: Double, upper: Double) -> Int {
      colStage.append(t)
      return lp.addColumn(name: "\(name)@\(t)", cost: cost, lower: lower, upper: upper)
    }
    func row(_ name: String, _ stage: Int, lower: Double, upper: Double, _ terms: [(Int, Double)]) -> Int {
      rowStage.append(stage)
      return lp.addRow(name: stage >= 0 ? "\(name)@\(stage)" : name, lower: lower, upper: upper, terms: terms)
    }
    var busIndex: [String: Int] = [:]
    for (i, b) in network.buses.enumerated() { busIndex[b.id] = i }
    let internalIndices = network.buses.indices.filter { !network.buses[$0].external }
    let internalIDs = internalIndices.map { network.buses[$0].id }
    let carbon = network.study.carbonPriceCNYPerTonne
    // Season flag per hour and area.
    let monthDay: [(Int, Int)] = (0..<T).map { t in
      t < network.snapshots.count ? DispatchProblem.monthDay(network.snapshots[t]) : (1, 1)
    }
    let cycles = CycleBasis.cycles(buses: internalIDs, lines: network.lines)
    let reactance = network.lines.map { $0.effectiveReactancePU ?? 0.01 }

    var gCols = [[Int]](repeating: [], count: network.generators.count)
    var lCols = [[Int]](repeating: [], count: network.lines.count)
    var kCols = [[Int]](repeating: [], count: network.links.count)
    var chCols = [[Int]](repeating: [], count: network.storageUnits.count)
    var disCols = [[Int]](repeating: [], count: network.storageUnits.count)
    var socCols = [[Int]](repeating: [], count: network.storageUnits.count)
    var shCols = [[Int]](repeating: [], count: network.loads.count)
    var bRows = [[Int]](repeating: [], count: network.buses.count)
    for g in gCols.indices { gCols[g].reserveCapacity(T) }
    var expansionBuilder = try ExpansionBuilder(expansion, network: network, busIndex: busIndex, hours: T)
    expansionBuilder.addCapacityColumns(&lp, &colStage)

    for t in 0..<T {
      var terms = [[(Int, Double)]](repeating: [], count: network.buses.count)
      var demand = [Double](repeating: 0, count: network.buses.count)
      for (g, gen) in network.generators.enumerated() {
        let avail = gen.availability.map { t < $0.count ? $0[t] : 0 } ?? 1
        let upper = max(0, gen.capacityMW * avail)
        var lower = 0.0
        if gen.role == .operating {
          lower = gen.capacityMW * gen.pMinPU * min(avail, 1)
          if let mustRun = gen.heatingMustRunPU, let b = busIndex[gen.bus],
            let season = network.heatingSeasons[network.buses[b].area],
            season.contains(month: monthDay[t].0, day: monthDay[t].1)
          {
            lower = max(lower, gen.capacityMW * mustRun * min(avail, 1))
          }
        }
        let c = col("p_\(gen.id)", t, cost: gen.marginalCostCNYPerMWh + carbon * gen.co2TonnesPerMWh,
                    lower: min(lower, upper), upper: upper)
        gCols[g].append(c)
        if let b = busIndex[gen.bus] { terms[b].append((c, 1)) }
      }
      for (l, line) in network.lines.enumerated() {
        let c = col("f_\(line.id)", t, cost: 0, lower: -line.ratingMW, upper: line.ratingMW)
        lCols[l].append(c)
        if let a = busIndex[line.bus0] { terms[a].append((c, -1)) }
        if let b = busIndex[line.bus1] { terms[b].append((c, 1)) }
      }
      for (k, link) in network.links.enumerated() {
        var lower = link.pMinPU * link.ratingMW
        var upper = link.ratingMW
        var cost = 0.0
        switch link.delivery {
        case .price: break
        case .schedule(let s):
          // Deliver the schedule where the sending end can; each MWh short costs the shortfall penalty (the
          // objective's constant adds the penalty on the whole schedule, so cost = penalty x shortfall).
          let v = min(max(t < s.count ? s[t] : 0, 0), link.ratingMW)
          lower = min(lower, v)
          upper = v
          cost -= DispatchProblem.scheduleShortfallPenalty
          lp.objectiveConstant += DispatchProblem.scheduleShortfallPenalty * v
        case .firm(let minPU): lower = max(lower, minPU * link.ratingMW)
        }
        if let b1 = busIndex[link.bus1], network.buses[b1].external {
          cost -= link.efficiency * (network.buses[b1].priceCNYPerMWh ?? 0)
        }
        let c = col("p_\(link.id)", t, cost: cost, lower: lower, upper: upper)
        kCols[k].append(c)
        if let a = busIndex[link.bus0] { terms[a].append((c, -1)) }
        if let b = busIndex[link.bus1] { terms[b].append((c, link.efficiency)) }
      }
      for (s, unit) in network.storageUnits.enumerated() {
        let ch = col("charge_\(unit.id)", t, cost: 0, lower: 0, upper: unit.powerMW)
        let dis = col("discharge_\(unit.id)", t, cost: unit.marginalCostCNYPerMWh, lower: 0, upper: unit.powerMW)
        let soc = col("soc_\(unit.id)", t, cost: 0, lower: unit.minimumStateOfChargePU * unit.energyMWh,
                      upper: unit.energyMWh)
        chCols[s].append(ch)
        disCols[s].append(dis)
        socCols[s].append(soc)
        if let b = busIndex[unit.bus] {
          terms[b].append((dis, 1))
          terms[b].append((ch, -1))
        }
      }
      for (d, load) in network.loads.enumerated() {
        let v = t < load.demandMW.count ? load.demandMW[t] : 0
        let c = col("shed_\(load.id)", t, cost: load.valueOfLostLoadCNYPerMWh, lower: 0, upper: max(0, v))
        shCols[d].append(c)
        if let b = busIndex[load.bus] {
          terms[b].append((c, 1))
          demand[b] += v
        }
      }
      for (b, c, v) in expansionBuilder.addColumns(hour: t, &lp, &colStage) { terms[b].append((c, v)) }
      for b in network.buses.indices {
        if network.buses[b].external {
          bRows[b].append(-1)
        } else {
          bRows[b].append(row("balance_\(network.buses[b].id)", t, lower: demand[b], upper: demand[b], terms[b]))
        }
      }
      for (ci, cycle) in cycles.enumerated() {
        _ = row("kvl_\(ci)", t, lower: 0, upper: 0, cycle.map { (lCols[$0.0][t], $0.1 * reactance[$0.0]) })
      }
      expansionBuilder.addRows(hour: t, &lp, &rowStage)
      if t > 0 {
        for (g, gen) in network.generators.enumerated() {
          guard let ramp = gen.rampPUPerHour else { continue }
          let r = ramp * gen.capacityMW
          _ = row("ramp_\(gen.id)", t, lower: -r, upper: r, [(gCols[g][t], 1), (gCols[g][t - 1], -1)])
        }
        for (s, unit) in network.storageUnits.enumerated() {
          _ = row("soc_\(unit.id)", t, lower: 0, upper: 0, [
            (socCols[s][t], 1), (socCols[s][t - 1], -(1 - unit.standingLossPerHour)),
            (chCols[s][t], -unit.efficiencyCharge), (disCols[s][t], 1 / unit.efficiencyDischarge),
          ])
        }
      }
    }
    // First hour of storage: fixed initial state, or cyclic through the last hour (border row).
    for (s, unit) in network.storageUnits.enumerated() {
      var terms: [(Int, Double)] = [
        (socCols[s][0], 1), (chCols[s][0], -unit.efficiencyCharge), (disCols[s][0], 1 / unit.efficiencyDischarge),
      ]
      switch unit.initialStateOfCharge {
      case .fixed(let pu):
        let e = (1 - unit.standingLossPerHour) * pu * unit.energyMWh
        _ = row("soc_\(unit.id)", 0, lower: e, upper: e, terms)
      case .cyclic:
        terms.append((socCols[s][T - 1], -(1 - unit.standingLossPerHour)))
        _ = row("soc_cyclic_\(unit.id)", T > 2 ? StageStructure.border : 0, lower: 0, upper: 0, terms)
        if T <= 2 { rowStage[rowStage.count - 1] = T - 1 }
      }
    }
    var capRow: Int? = nil
    if let cap = network.study.co2CapTonnes {
      var terms: [(Int, Double)] = []
      for (g, gen) in network.generators.enumerated() where gen.co2TonnesPerMWh > 0 {
        for t in 0..<T { terms.append((gCols[g][t], gen.co2TonnesPerMWh)) }
      }
      capRow = row("co2_cap", StageStructure.border, lower: -.infinity, upper: cap, terms)
    }
    expansionBuilder.addCyclicRows(&lp, &rowStage)
    let targetRows = try expansionBuilder.addTargets(constraints, network: network, generatorColumns: gCols,
                                                     shedColumns: shCols, &lp, &rowStage)
    self.expansion = expansionBuilder.index(constraints: constraints, targetRows: targetRows)
    self.lp = lp
    self.stages = StageStructure(rowStage: rowStage, columnStage: colStage)
    self.generatorColumns = gCols
    self.lineColumns = lCols
    self.linkColumns = kCols
    self.chargeColumns = chCols
    self.dischargeColumns = disCols
    self.socColumns = socCols
    self.shedColumns = shCols
    self.balanceRows = bRows
    self.internalBuses = internalIndices
    self.co2CapRow = capRow
  }

  /// Cost of each MWh a scheduled corridor does not deliver (CNY/MWh): above any fuel cost, below the value of lost
  /// load, so the model cuts exports before it sheds load at home.
  public static let scheduleShortfallPenalty = 3_000.0

  /// Month and day of an ISO 8601 snapshot "YYYY-MM-DDTHH:MM".
  static func monthDay(_ snapshot: String) -> (Int, Int) {
    let parts = snapshot.split(separator: "-")
    guard parts.count >= 3, let m = Int(parts[1]), let d = Int(parts[2].prefix(2)) else { return (1, 1) }
    return (m, d)
  }
}

public enum DispatchModelError: Error, Equatable, CustomStringConvertible {
  case emptyHorizon
  case horizonTooLong(requested: Int, available: Int)

  public var description: String {
    switch self {
    case .emptyHorizon: return "the study horizon is empty; allowed: at least 1 hour"
    case .horizonTooLong(let r, let a): return "the horizon asks for \(r) hours but the profiles have \(a); allowed: 1...\(a)"
    }
  }
}

extension DispatchProblem {
  /// Replaces the symmetric ±rating of every line in every hour by per-line flow limits (MW, bus0 to bus1): for
  /// networks whose limits differ by direction (a MATPOWER case's one-sided angle limits or phase shifters).
  public mutating func setLineFlowLimits(lowerMW: [Double], upperMW: [Double]) {
    precondition(lowerMW.count == lineColumns.count && upperMW.count == lineColumns.count)
    for (l, columns) in lineColumns.enumerated() {
      for c in columns {
        lp.columnLower[c] = lowerMW[l]
        lp.columnUpper[c] = upperMW[l]
      }
    }
  }
}
