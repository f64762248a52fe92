import DispatchModel
import FlowTracing
import GridIO
import GridModel

/// One line of `summary.csv`: a tidy (metric, component, unit, value) record.
public struct SummaryRow: Sendable, Equatable {
  public var metric: String
  public var component: String
  public var unit: String
  public var value: String

  public init(_ metric: String, _ component: String, _ unit: String, _ value: String) {
    self.metric = metric
    self.component = component
    self.unit = unit
    self.value = value
  }

  public init(_ metric: String, _ component: String, _ unit: String, _ value: Double) {
    self.init(metric, component, unit, Fixed.format(value, decimals: 6))
  }
}

/// The key figures of a solved dispatch: what `summary.csv` holds. Energies in TWh, emissions in Mt, water in
/// million m3, shares in percent.
public enum Summary {
  /// The rows of `summary.csv`. The clean shares come from `trace`, or from tracing `r` when it is nil (well under a
  /// second for a full year).
  public static func rows(_ r: DispatchResult, trace: FlowTraceResult? = nil) -> [SummaryRow] {
    let trace = trace ?? FlowTracer.trace(r)
    let net = r.network
    let T = r.hours
    var rows: [SummaryRow] = []
    // Sums over snapshots are of MW; each snapshot lasts Δt hours.
    let dt = net.study.hoursPerSnapshot
    func twh(_ mw: Double) -> Double { mw * dt / 1e6 }
    rows.append(SummaryRow("solver_status", "", "", r.status.rawValue))
    rows.append(SummaryRow("solver_iterations", "", "count", Double(r.iterations)))
    rows.append(SummaryRow("solver_time", "", "s", r.solveSeconds))
    rows.append(SummaryRow("solver_backend", "", "", r.solverBackend))
    rows.append(SummaryRow("hours", "", "h", Double(T) * dt))
    rows.append(SummaryRow("total_cost", "", "CNY", r.objectiveCNY))
    // Generation and curtailment by carrier.
    var genByCarrier: [String: Double] = [:]
    var availByCarrier: [String: Double] = [:]
    var capByCarrier: [String: Double] = [:]
    var curtByBus: [String: Double] = [:]
    var availByBus: [String: Double] = [:]
    var co2 = 0.0
    var water = 0.0
    for (g, gen) in net.generators.enumerated() {
      let e = r.generatorP[g].reduce(0, +)
      let spare = r.generatorCurtailment[g].reduce(0, +)
      genByCarrier[gen.carrier, default: 0] += e
      capByCarrier[gen.carrier, default: 0] += gen.capacityMW
      co2 += e * gen.co2TonnesPerMWh
      water += e * gen.waterM3PerMWh
      if gen.availability != nil {
        availByCarrier[gen.carrier, default: 0] += e + spare
        curtByBus[gen.bus, default: 0] += spare
        availByBus[gen.bus, default: 0] += e + spare
      }
    }
    for carrier in net.carriers.map(\.id) where genByCarrier[carrier] != nil {
      let e = genByCarrier[carrier] ?? 0
      rows.append(SummaryRow("generation", carrier, "TWh", twh(e)))
      if let cap = capByCarrier[carrier], cap > 0 {
        rows.append(SummaryRow("full_load_hours", carrier, "h", e / cap * 8760 / Double(T)))
      }
    }
    for carrier in net.carriers.map(\.id) {
      guard let avail = availByCarrier[carrier], avail > 0 else { continue }
      let e = genByCarrier[carrier] ?? 0
      rows.append(SummaryRow("available", carrier, "TWh", twh(avail)))
      rows.append(SummaryRow("curtailment", carrier, "TWh", twh(avail - e)))
      rows.append(SummaryRow("curtailment_share", carrier, "%", 100 * (avail - e) / avail))
    }
    for bus in net.buses.map(\.id) {
      guard let avail = availByBus[bus], avail > 0 else { continue }
      let c = curtByBus[bus] ?? 0
      rows.append(SummaryRow("curtailment", bus, "TWh", twh(c)))
      rows.append(SummaryRow("curtailment_share", bus, "%", 100 * c / avail))
    }
    // Load and unserved energy.
    let load = net.loads.reduce(0.0) { $0 + $1.demandMW.prefix(T).reduce(0, +) }
    let shed = r.loadShed.reduce(0.0) { $0 + $1.reduce(0, +) }
    let shedHours = (0..<T).filter { t in r.loadShed.contains { $0[t] > 1e-6 } }.count
    rows.append(SummaryRow("load", "", "TWh", twh(load)))
    rows.append(SummaryRow("unserved_energy", "", "TWh", twh(shed)))
    rows.append(SummaryRow("unserved_hours", "", "h", Double(shedHours)))
    // Exports per corridor.
    var exported = 0.0
    for (k, link) in net.links.enumerated() {
      let sent = r.linkP0[k].reduce(0, +)
      let atRating = r.linkP0[k].filter { $0 >= link.ratingMW * (1 - 1e-6) }.count
      exported += sent
      rows.append(SummaryRow("export", link.id, "TWh", twh(sent)))
      rows.append(SummaryRow("export_delivered", link.id, "TWh", twh(sent * link.efficiency)))
      rows.append(SummaryRow("utilisation", link.id, "%", link.ratingMW > 0 ? 100 * sent / (link.ratingMW * Double(T)) : 0))
      rows.append(SummaryRow("hours_at_rating", link.id, "h", Double(atRating)))
      if case .schedule = link.delivery {
        rows.append(SummaryRow("export_shortfall", link.id, "TWh", twh(r.linkShortfall[k].reduce(0, +))))
      }
    }
    rows.append(SummaryRow("export", "total", "TWh", twh(exported)))
    // Clean share of each corridor's energy (flow tracing, energy-weighted over the horizon), and of all exports.
    for (k, share) in trace.linkYearlyCleanShare.enumerated() {
      rows.append(SummaryRow("clean_share", trace.links[k], "%", 100 * share))
    }
    rows.append(SummaryRow("clean_share", "exports", "%", 100 * trace.exportCleanShare))
    // The same by contract (supporting plants first, the rest with the sending bus's traced mix), and what each
    // corridor's supporting plants produced and how much of it the corridor's flow took.
    let contract = ContractAccounting(r, trace: trace)
    for (k, share) in contract.yearlyCleanShare.enumerated() {
      rows.append(SummaryRow("clean_share_contract", contract.links[k], "%", 100 * share))
    }
    rows.append(SummaryRow("clean_share_contract", "exports", "%", 100 * contract.exportCleanShare))
    for (k, link) in net.links.enumerated() where !link.supporting.isEmpty {
      rows.append(SummaryRow("supporting_generation", link.id, "TWh", twh(contract.supportingMWh[k])))
      rows.append(SummaryRow("supporting_attributed", link.id, "TWh", twh(contract.attributedMWh[k])))
    }
    // The tracing's checks (deterministic, unlike its time, which is in DispatchStudy.Outcome.seconds["trace"]):
    // tiny numbers (~1e-15, ~1e-8), written in full, not with 6 decimals.
    rows.append(SummaryRow("flow_tracing_mix_error", "", "pu", "\(trace.diagnostics.maxMixSumError)"))
    rows.append(SummaryRow("flow_tracing_clean_imbalance", "", "pu", "\(trace.diagnostics.maxCleanImbalance)"))
    rows.append(SummaryRow("co2", "", "Mt", co2 * dt / 1e6))
    rows.append(SummaryRow("water", "", "million m3", water * dt / 1e6))
    // Storage cycles: energy discharged / energy capacity.
    for (s, unit) in net.storageUnits.enumerated() {
      let out = r.storageDischarge[s].reduce(0, +) * dt
      rows.append(SummaryRow("storage_cycles", unit.id, "cycles", unit.energyMWh > 0 ? out / unit.energyMWh : 0))
    }
    // Average marginal price per internal bus.
    for (b, bus) in net.buses.enumerated() where !bus.external {
      let prices = r.busMarginalPrice[b]
      rows.append(SummaryRow("mean_price", bus.id, "CNY/MWh", prices.reduce(0, +) / Double(max(prices.count, 1))))
    }
    // Capacities the optimiser chose: MW (MWh for stores).
    for (g, v) in r.optimalGeneratorMW.sorted(by: { $0.key < $1.key }) {
      rows.append(SummaryRow("capacity_opt", net.generators[g].id, "MW", v))
    }
    for (k, v) in r.optimalLinkMW.sorted(by: { $0.key < $1.key }) {
      rows.append(SummaryRow("capacity_opt", net.links[k].id, "MW", v))
    }
    for (l, v) in r.optimalLineMW.sorted(by: { $0.key < $1.key }) {
      rows.append(SummaryRow("capacity_opt", net.lines[l].id, "MW", v))
    }
    for (s, v) in r.optimalStorage.sorted(by: { $0.key < $1.key }) {
      rows.append(SummaryRow("capacity_opt", net.storageUnits[s].id, net.storageUnits[s].isStore ? "MWh" : "MW", v))
    }
    rows += commitmentRows(r)
    rows += HeatAndFlexibleTables.summaryRows(r)
    for (k, area) in r.reserveAreas.enumerated() {
      let n = Double(max(T, 1))
      rows.append(SummaryRow("mean_reserve_up_price", area, "CNY/MW/h", r.reserveUpPrice[k].reduce(0, +) / n))
      rows.append(SummaryRow("mean_reserve_down_price", area, "CNY/MW/h", r.reserveDownPrice[k].reduce(0, +) / n))
    }
    if let co2Price = r.co2ShadowPriceCNYPerTonne {
      rows.append(SummaryRow("co2_shadow_price", "", "CNY/t", co2Price))
    }
    return rows
  }

  /// Per committable generator: starts (started capacity over the unit size, or over the whole capacity without a
  /// unit size), start-up cost (CNY), committed hours (Σ status x hours: hours of the whole capacity committed); and
  /// the total start-up cost and starts by carrier.
  static func commitmentRows(_ r: DispatchResult) -> [SummaryRow] {
    guard !r.committableGenerators.isEmpty else { return [] }
    var rows: [SummaryRow] = []
    var totalCost = 0.0
    var startsByCarrier: [String: Double] = [:]
    for (k, g) in r.committableGenerators.enumerated() {
      let gen = r.network.generators[g]
      guard let uc = gen.commitment else { continue }
      let startedShare = r.generatorStartUp[k].reduce(0, +)
      let starts = startedShare * gen.capacityMW / (uc.unitSizeMW ?? gen.capacityMW)
      let cost = startedShare * gen.capacityMW * uc.startUpCostCNYPerMW
      totalCost += cost
      startsByCarrier[gen.carrier, default: 0] += starts
      rows.append(SummaryRow("starts", gen.id, "count", starts))
      rows.append(SummaryRow("start_up_cost", gen.id, "CNY", cost))
      rows.append(SummaryRow("committed_hours", gen.id, "h", r.generatorStatus[k].reduce(0, +)))
    }
    for carrier in r.network.carriers.map(\.id) where startsByCarrier[carrier] != nil {
      rows.append(SummaryRow("starts", carrier, "count", startsByCarrier[carrier] ?? 0))
    }
    rows.append(SummaryRow("start_up_cost", "total", "CNY", totalCost))
    return rows
  }

  /// `corridors.csv`: one row per link: energy sent at bus0 (TWh), its clean part (TWh), the clean share (fraction,
  /// 4 decimals; empty when the link carried nothing), utilisation (% of rating x hours) and hours at the rating,
  /// all by flow tracing; then the contract accounting (``ContractAccounting``): clean energy and share by contract,
  /// the supporting plants' output (TWh) and the part of it the corridor's flow took (TWh).
  public static func corridors(_ r: DispatchResult, trace: FlowTraceResult) -> String {
    var out = "corridor,energy_twh,clean_energy_twh,clean_share,utilisation_pct,hours_at_rating,"
      + "contract_clean_energy_twh,contract_clean_share,supporting_twh,supporting_attributed_twh\n"
    let shares = trace.linkYearlyCleanShare
    let contract = ContractAccounting(r, trace: trace)
    let contractShares = contract.yearlyCleanShare
    for (k, link) in r.network.links.enumerated() {
      let sent = r.linkP0[k].reduce(0, +)
      let atRating = r.linkP0[k].filter { $0 >= link.ratingMW * (1 - 1e-6) }.count
      let utilisation = link.ratingMW > 0 ? 100 * sent / (link.ratingMW * Double(r.hours)) : 0
      out += "\(CSVTable.quote(link.id)),\(Fixed.format(sent / 1e6, decimals: 6)),"
        + "\(Fixed.format(trace.linkCleanEnergyMWh[k] / 1e6, decimals: 6)),\(Fixed.format(shares[k], decimals: 4)),"
        + "\(Fixed.format(utilisation, decimals: 3)),\(atRating),"
        + "\(Fixed.format(contract.cleanEnergyMWh[k] / 1e6, decimals: 6)),"
        + "\(Fixed.format(contractShares[k], decimals: 4)),\(Fixed.format(contract.supportingMWh[k] / 1e6, decimals: 6)),"
        + "\(Fixed.format(contract.attributedMWh[k] / 1e6, decimals: 6))\n"
    }
    return out
  }

  /// The rows as CSV text.
  public static func csv(_ rows: [SummaryRow]) -> String {
    var out = "metric,component,unit,value\n"
    for r in rows { out += "\(r.metric),\(r.component),\(r.unit),\(r.value)\n" }
    return out
  }
}
