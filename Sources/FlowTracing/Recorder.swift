/// Collects the results of the final pass hour by hour, and checks the invariants: every reported mix sums to 1,
/// and clean energy balances in every hour (see ``FlowTraceDiagnostics``).
final class Recorder {
  let input: FlowTraceInput
  let negligible: Double
  let clean: [Bool]
  private(set) var busMix: [Double]
  private(set) var tankMix: [Double]
  private(set) var busClean: [[Double]]
  private(set) var tankClean: [[Double]]
  private(set) var linkShare: [[Double]]
  private(set) var linkEnergy: [Double]
  private(set) var linkCleanEnergy: [Double]
  private var d = FlowTraceDiagnostics()
  /// Clean share of each node in the current hour (0 without throughflow), for the balance.
  private var share: [Double]

  init(input: FlowTraceInput, settings: FlowTraceSettings) {
    self.input = input
    negligible = settings.negligibleMW
    clean = input.sources.map(\.clean)
    let T = input.hours
    let C = input.sources.count
    busMix = [Double](repeating: .nan, count: input.buses.count * T * C)
    tankMix = [Double](repeating: .nan, count: input.tanks.count * T * C)
    busClean = input.buses.map { _ in [Double](repeating: .nan, count: T) }
    tankClean = input.tanks.map { _ in [Double](repeating: .nan, count: T) }
    linkShare = input.links.map { _ in [Double](repeating: .nan, count: T) }
    linkEnergy = [Double](repeating: 0, count: input.links.count)
    linkCleanEnergy = linkEnergy
    share = [Double](repeating: 0, count: input.buses.count + input.tanks.count)
  }

  func record(hour t: Int, system: HourSystem, path: HourSystem.Path) {
    switch path {
    case .topological: d.topologicalHours += 1
    case .lu: d.luHours += 1
    case .fallback: d.fallbackHours += 1
    }
    let B = input.buses.count
    let C = clean.count
    let T = input.hours
    for node in 0..<system.n {
      let p = system.p[node]
      guard p > 0 else {
        share[node] = 0
        continue
      }
      var sum = 0.0
      var cs = 0.0
      for c in 0..<C {
        let m = system.mix(node, c)
        sum += m
        if clean[c] { cs += m }
      }
      share[node] = cs
      guard p >= negligible else { continue }
      d.maxMixSumError = max(d.maxMixSumError, abs(sum - 1))
      if node < B {
        for c in 0..<C { busMix[(node * T + t) * C + c] = system.mix(node, c) }
        busClean[node][t] = cs
      } else {
        let s = node - B
        for c in 0..<C { tankMix[(s * T + t) * C + c] = system.mix(node, c) }
        tankClean[s][t] = cs
      }
    }
    // Clean energy balance of the hour (MW over one hour = MWh). Components are read through their indices, not
    // bound to local copies (which would retain and release their arrays every hour).
    var generation = 0.0
    for g in input.generators.indices where clean[input.generators[g].source] {
      generation += max(input.generators[g].outputMW[t], 0)
    }
    var discharge = 0.0
    var charge = 0.0
    for s in input.tanks.indices {
      discharge += max(input.tanks[s].dischargeMW[t], 0) * share[B + s]
      charge += max(input.tanks[s].chargeMW[t], 0) * share[input.tanks[s].bus]
    }
    var consumption = 0.0
    for b in 0..<B { consumption += input.consumptionMW[b][t] * share[b] }
    var export = 0.0
    var losses = 0.0
    for k in input.links.indices {
      let p = input.links[k].p0MW[t]
      if p < 0 {
        d.ignoredReverseLinkMWh -= p
        continue
      }
      let c = share[input.links[k].bus0]
      let efficiency = input.links[k].efficiency
      losses += (1 - efficiency) * p * c
      if input.links[k].bus1 == nil { export += efficiency * p * c }
      linkEnergy[k] += p
      linkCleanEnergy[k] += p * c
      if p >= negligible && system.p[input.links[k].bus0] >= negligible { linkShare[k][t] = c }
    }
    let supply = generation + discharge
    let use = consumption + export + charge + losses
    let imbalance = abs(supply - use) / max(supply, 1)
    if imbalance > d.maxCleanImbalance {
      d.maxCleanImbalance = imbalance
      d.worstHour = t
    }
    d.cleanGenerationMWh += generation
    d.cleanDischargeMWh += discharge
    d.cleanConsumptionMWh += consumption
    d.cleanExportMWh += export
    d.cleanChargeMWh += charge
    d.cleanLossesMWh += losses
  }

  /// Copies the checks and totals into `diagnostics` (keeping its periodic-state and timing fields).
  func finish(into diagnostics: inout FlowTraceDiagnostics) {
    diagnostics.maxMixSumError = d.maxMixSumError
    diagnostics.maxCleanImbalance = d.maxCleanImbalance
    diagnostics.worstHour = d.worstHour
    diagnostics.cleanGenerationMWh = d.cleanGenerationMWh
    diagnostics.cleanDischargeMWh = d.cleanDischargeMWh
    diagnostics.cleanConsumptionMWh = d.cleanConsumptionMWh
    diagnostics.cleanExportMWh = d.cleanExportMWh
    diagnostics.cleanChargeMWh = d.cleanChargeMWh
    diagnostics.cleanLossesMWh = d.cleanLossesMWh
    diagnostics.topologicalHours = d.topologicalHours
    diagnostics.luHours = d.luHours
    diagnostics.fallbackHours = d.fallbackHours
    diagnostics.ignoredReverseLinkMWh = d.ignoredReverseLinkMWh
  }
}
