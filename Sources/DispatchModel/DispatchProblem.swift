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
    // Buses of the components and heating seasons of the generators, looked up once rather than every hour.
    let generatorBus = network.generators.map { busIndex[$0.bus] }
    let heatingSeason = generatorBus.map { b in b.flatMap { network.heatingSeasons[network.buses[$0].area] } }
    let lineBuses = network.lines.map { (busIndex[$0.bus0], busIndex[$0.bus1]) }
    let linkBuses = network.links.map { (busIndex[$0.bus0], busIndex[$0.bus1]) }
    let storageBus = network.storageUnits.map { busIndex[$0.bus] }
    let loadBus = network.loads.map { busIndex[$0.bus] }

    var builder = ProgramBuilder()
    let G = network.generators.count
    let S = network.storageUnits.count
    let X = expansion.count
    let perHour = G + network.lines.count + network.links.count + 3 * S + network.loads.count + 3 * X
    let ramping = network.generators.filter { $0.rampPUPerHour != nil }.count
    let kvlTerms = cycles.reduce(0) { $0 + $1.count }
    let borderTerms = (network.study.co2CapTonnes == nil ? 0 : G * T) + constraints.count * G * T
    builder.reserve(
      columns: X + T * perHour,
      rows: T * (internalIndices.count + cycles.count + 3 * X) + T * (ramping + S + X) + S + 1 + X + constraints.count,
      nonzeros: T * (2 * perHour + kvlTerms + 2 * ramping + 4 * S + 10 * X) + borderTerms)
    let generatorStem = network.generators.map { builder.stem("p_\($0.id)") }
    let lineStem = network.lines.map { builder.stem("f_\($0.id)") }
    let linkStem = network.links.map { builder.stem("p_\($0.id)") }
    let chargeStem = network.storageUnits.map { builder.stem("charge_\($0.id)") }
    let dischargeStem = network.storageUnits.map { builder.stem("discharge_\($0.id)") }
    let socStem = network.storageUnits.map { builder.stem("soc_\($0.id)") }
    let shedStem = network.loads.map { builder.stem("shed_\($0.id)") }
    let balanceStem = network.buses.map { builder.stem("balance_\($0.id)") }
    let kvlStem = cycles.indices.map { builder.stem("kvl_\($0)") }
    let rampStem = network.generators.map { builder.stem("ramp_\($0.id)") }

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
    expansionBuilder.addCapacityColumns(&builder)

    // Terms and demand of each bus balance, cleared every hour (the buffers are reused).
    var terms = [[(Int, Double)]](repeating: [], count: network.buses.count)
    var demand = [Double](repeating: 0, count: network.buses.count)
    for t in 0..<T {
      for b in terms.indices { terms[b].removeAll(keepingCapacity: true) }
      for b in demand.indices { demand[b] = 0 }
      for (g, gen) in network.generators.enumerated() {
        let avail = gen.availability.map { t < $0.count ? $0[t] : 0 } ?? 1
        let upper = max(0, gen.capacityMW * avail)
        var lower = 0.0
        if gen.role == .operating {
          lower = gen.capacityMW * gen.pMinPU * min(avail, 1)
          if let mustRun = gen.heatingMustRunPU, let season = heatingSeason[g],
            season.contains(month: monthDay[t].0, day: monthDay[t].1)
          {
            lower = max(lower, gen.capacityMW * mustRun * min(avail, 1))
          }
        }
        let c = builder.addColumn(generatorStem[g], hour: t, stage: t,
                                  cost: gen.marginalCostCNYPerMWh + carbon * gen.co2TonnesPerMWh,
                                  lower: min(lower, upper), upper: upper)
        gCols[g].append(c)
        if let b = generatorBus[g] { terms[b].append((c, 1)) }
      }
      for (l, line) in network.lines.enumerated() {
        let c = builder.addColumn(lineStem[l], hour: t, stage: t, cost: 0, lower: -line.ratingMW, upper: line.ratingMW)
        lCols[l].append(c)
        if let a = lineBuses[l].0 { terms[a].append((c, -1)) }
        if let b = lineBuses[l].1 { terms[b].append((c, 1)) }
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
          builder.objectiveConstant += DispatchProblem.scheduleShortfallPenalty * v
        case .firm(let minPU): lower = max(lower, minPU * link.ratingMW)
        }
        if let b1 = linkBuses[k].1, network.buses[b1].external {
          cost -= link.efficiency * (network.buses[b1].priceCNYPerMWh ?? 0)
        }
        let c = builder.addColumn(linkStem[k], hour: t, stage: t, cost: cost, lower: lower, upper: upper)
        kCols[k].append(c)
        if let a = linkBuses[k].0 { terms[a].append((c, -1)) }
        if let b = linkBuses[k].1 { terms[b].append((c, link.efficiency)) }
      }
      for (s, unit) in network.storageUnits.enumerated() {
        let ch = builder.addColumn(chargeStem[s], hour: t, stage: t, cost: 0, lower: 0, upper: unit.powerMW)
        let dis = builder.addColumn(dischargeStem[s], hour: t, stage: t, cost: unit.marginalCostCNYPerMWh, lower: 0,
                                    upper: unit.powerMW)
        let soc = builder.addColumn(socStem[s], hour: t, stage: t, cost: 0,
                                    lower: unit.minimumStateOfChargePU * unit.energyMWh, upper: unit.energyMWh)
        chCols[s].append(ch)
        disCols[s].append(dis)
        socCols[s].append(soc)
        if let b = storageBus[s] {
          terms[b].append((dis, 1))
          terms[b].append((ch, -1))
        }
      }
      for (d, load) in network.loads.enumerated() {
        let v = t < load.demandMW.count ? load.demandMW[t] : 0
        let c = builder.addColumn(shedStem[d], hour: t, stage: t, cost: load.valueOfLostLoadCNYPerMWh, lower: 0,
                                  upper: max(0, v))
        shCols[d].append(c)
        if let b = loadBus[d] {
          terms[b].append((c, 1))
          demand[b] += v
        }
      }
      for (b, c, v) in expansionBuilder.addColumns(hour: t, &builder) { terms[b].append((c, v)) }
      for b in network.buses.indices {
        if network.buses[b].external {
          bRows[b].append(-1)
        } else {
          bRows[b].append(builder.addRow(balanceStem[b], hour: t, stage: t, lower: demand[b], upper: demand[b],
                                         terms: terms[b]))
        }
      }
      for (ci, cycle) in cycles.enumerated() {
        for (l, orientation) in cycle { builder.term(lCols[l][t], orientation * reactance[l]) }
        builder.closeRow(kvlStem[ci], hour: t, stage: t, lower: 0, upper: 0)
      }
      expansionBuilder.addRows(hour: t, &builder)
      if t > 0 {
        for (g, gen) in network.generators.enumerated() {
          guard let ramp = gen.rampPUPerHour else { continue }
          let r = ramp * gen.capacityMW
          builder.term(gCols[g][t], 1)
          builder.term(gCols[g][t - 1], -1)
          builder.closeRow(rampStem[g], hour: t, stage: t, lower: -r, upper: r)
        }
        for (s, unit) in network.storageUnits.enumerated() {
          builder.term(socCols[s][t], 1)
          builder.term(socCols[s][t - 1], -(1 - unit.standingLossPerHour))
          builder.term(chCols[s][t], -unit.efficiencyCharge)
          builder.term(disCols[s][t], 1 / unit.efficiencyDischarge)
          builder.closeRow(socStem[s], hour: t, stage: t, lower: 0, upper: 0)
        }
      }
    }
    // First hour of storage: fixed initial state, or cyclic through the last hour (border row; with two hours or
    // fewer, a row of the last hour that keeps its name `...@0`).
    for (s, unit) in network.storageUnits.enumerated() {
      builder.term(socCols[s][0], 1)
      builder.term(chCols[s][0], -unit.efficiencyCharge)
      builder.term(disCols[s][0], 1 / unit.efficiencyDischarge)
      switch unit.initialStateOfCharge {
      case .fixed(let pu):
        let e = (1 - unit.standingLossPerHour) * pu * unit.energyMWh
        builder.closeRow(socStem[s], hour: 0, stage: 0, lower: e, upper: e)
      case .cyclic:
        builder.term(socCols[s][T - 1], -(1 - unit.standingLossPerHour))
        let stem = builder.stem("soc_cyclic_\(unit.id)")
        builder.closeRow(stem, hour: T > 2 ? nil : 0,
                         stage: T > 2 ? StageStructure.border : T - 1, lower: 0, upper: 0)
      }
    }
    var capRow: Int? = nil
    if let cap = network.study.co2CapTonnes {
      for (g, gen) in network.generators.enumerated() where gen.co2TonnesPerMWh > 0 {
        for t in 0..<T { builder.term(gCols[g][t], gen.co2TonnesPerMWh) }
      }
      let stem = builder.stem("co2_cap")
      capRow = builder.closeRow(stem, hour: nil, stage: StageStructure.border, lower: -.infinity, upper: cap)
    }
    expansionBuilder.addCyclicRows(&builder)
    let targetRows = try expansionBuilder.addTargets(constraints, network: network, generatorColumns: gCols,
                                                     shedColumns: shCols, &builder)
    (self.lp, self.stages) = builder.program(name: network.name)
    self.expansion = expansionBuilder.index(constraints: constraints, targetRows: targetRows)
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
