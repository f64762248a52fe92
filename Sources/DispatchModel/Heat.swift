import Foundation
import GridModel
import LinearProgramming

/// District heating (``HeatSystem``): a heat balance per heat area and hour, CHP heat with its operating region,
/// heat-only boilers, electric boilers and heat stores. Per hour t, in stage t (MW_th unless said otherwise):
///
///     h_<g>@t         ∈ [0, h̄[g,t]]       cost Δt c_v (c_g + carbon price · e_g)
///                                          heat of CHP generator g (its power is p_<g>@t)
///     hob_<b>@t       ∈ [0, capacity_b]   cost Δt (fuel_b + carbon price · co2_b) / η_b
///     eb_<e>@t        ∈ [0, capacity_e]   cost Δt c_e (MW_e)          -1 in the balance of its bus
///     heat_shed_<d>@t ∈ [0, demand[d,t]]  cost Δt · value of lost heat
///     heat stores: the columns and storage balance of ``Storage`` (bus-less units, no cycling cost)
///
///     heat_<area>@t:  Σ_g h[g,t] + Σ_b hob[b,t] + Σ_e η_e eb[e,t] + Σ_s (discharge[s,t] - charge[s,t])
///                     + Σ_d heat_shed[d,t]  ≥  Σ_d demand[d,t]
///
/// The balance is an inequality: heat beyond the demand is vented (a back-pressure unit held at its minimum electric
/// output in summer makes heat nobody needs). Its dual is the heat price. With a(t) the generator's availability, P its
/// capacity, c_b the power-to-heat ratio and c_v the condensing loss factor:
///
///     back-pressure:  chp_bp_<g>@t:    p[g,t] - c_b h[g,t] = 0                      h̄ = P a(t) / c_b
///     extraction:     chp_ratio_<g>@t: p[g,t] - c_b h[g,t] ≥ 0                      h̄ = P a(t) / (c_b + c_v)
///                     chp_cap_<g>@t:   p[g,t] + c_v h[g,t] ≤ P a(t)
///                     (committable:    p[g,t] + c_v h[g,t] - P a(t) u[g,t] ≤ 0, u the committed share)
///
/// The fuel of an extraction unit is (p + c_v h) / η: its power column carries the cost of p, and its heat column
/// the cost of the c_v h of power it displaces at full fuel (c_g the generator's cost per MWh, e_g its CO2 intensity;
/// 0 for back-pressure, whose heat is tied to its power). That CO2 is priced but, like heat boilers', not in the
/// CO2 cap row (``Emissions``), which counts generators' power.
///
/// The minimum output stays the generator's own (p_min_pu, as a bound or, committable, on committed capacity), and
/// its heating must-run no longer applies (``GridModel/Network/withHeatDrivenCHP``): in winter p ≥ c_b h keeps the
/// unit up as far as its area's heat demand needs it. The extraction region is the polygon p ≥ c_b h,
/// p + c_v h ≤ P, p ≥ p_min (c_v = 0: heat at no cost in power). The PyPSA export writes the heat as a generator and
/// the region as extra_functionality (docs/pypsa.md).
/// Every row touches columns of hour t only; the cyclic row of a heat store is a border row (``Storage``).
struct Heat {
  let system: HeatSystem
  let areas: [String]
  private let hoursPerSnapshot: Double
  private let carbonPrice: Double
  /// Per CHP unit: its generator's index, and its committable cluster's index (nil when not committable).
  private let chpGenerator: [Int]
  private let chpCluster: [Int?]
  private let electricBus: [Int?]
  private let areaIndex: [String: Int]
  private let stems: (chp: [Int32], chpRows: [(Int32, Int32)], boiler: [Int32], electric: [Int32], shed: [Int32],
                      area: [Int32])
  private var stores: Storage
  /// Heat balance terms and demand of each area in the hour being built.
  private var terms: [[(Int, Double)]]
  private var demand: [Double]
  private(set) var chpColumns: [[Int]]
  private(set) var boilerColumns: [[Int]]
  private(set) var electricColumns: [[Int]]
  private(set) var shedColumns: [[Int]]
  /// Heat balance row of each area per hour ([area][t]).
  private(set) var rows: [[Int]]
  var storeChargeColumns: [[Int]] { stores.chargeColumns }
  var storeDischargeColumns: [[Int]] { stores.dischargeColumns }
  var storeLevelColumns: [[Int]] { stores.socColumns }

  init(network: Network, busIndex: [String: Int], committable: [Int], hours: Int, hoursPerSnapshot: Double,
       _ lp: inout ProgramBuilder) {
    system = network.heat
    areas = system.areas
    self.hoursPerSnapshot = hoursPerSnapshot
    carbonPrice = network.study.carbonPriceCNYPerTonne
    var generatorIndex: [String: Int] = [:]
    for (g, gen) in network.generators.enumerated() where generatorIndex[gen.id] == nil { generatorIndex[gen.id] = g }
    chpGenerator = system.chp.map { generatorIndex[$0.generator] ?? -1 }
    chpCluster = chpGenerator.map { committable.firstIndex(of: $0) }
    electricBus = system.electricBoilers.map { busIndex[$0.bus] }
    var index: [String: Int] = [:]
    for (a, area) in areas.enumerated() { index[area] = a }
    areaIndex = index
    stems = (
      system.chp.map { lp.stem("h_\($0.generator)") },
      system.chp.map { u in
        u.kind == .backPressure
          ? (lp.stem("chp_bp_\(u.generator)"), lp.stem("chp_bp_\(u.generator)"))
          : (lp.stem("chp_ratio_\(u.generator)"), lp.stem("chp_cap_\(u.generator)"))
      },
      system.boilers.map { lp.stem("hob_\($0.id)") }, system.electricBoilers.map { lp.stem("eb_\($0.id)") },
      system.demands.map { lp.stem("heat_shed_\($0.id)") }, areas.map { lp.stem("heat_\($0)") }
    )
    stores = Storage(
      units: system.stores.map {
        Storage.Unit(
          StorageUnit(id: "heat_\($0.id)", bus: "", carrier: "heat", powerMW: $0.powerMW, energyMWh: $0.energyMWh,
                      standingLossPerHour: $0.standingLossPerHour, marginalCostCNYPerMWh: 0), bus: nil)
      }, hours: hours, hoursPerSnapshot: hoursPerSnapshot, &lp)
    terms = areas.map { _ in [] }
    demand = areas.map { _ in 0 }
    chpColumns = system.chp.map { _ in [] }
    boilerColumns = system.boilers.map { _ in [] }
    electricColumns = system.electricBoilers.map { _ in [] }
    shedColumns = system.demands.map { _ in [] }
    rows = areas.map { _ in [] }
  }

  static func size(_ network: Network, hours: Int) -> ProgramSize {
    let h = network.heat
    let columns = h.chp.count + h.boilers.count + h.electricBoilers.count + h.demands.count + 3 * h.stores.count
    let rows = h.areas.count + 2 * h.chp.count + h.stores.count
    return ProgramSize(columns: columns * hours, rows: rows * hours, nonzeros: (2 * columns + 4 * rows) * hours)
  }

  /// The network as the heat model sees it (``GridModel/Network/withHeatDrivenCHP``).
  static func withoutHeatingMustRun(_ network: Network) -> Network { network.withHeatDrivenCHP }

  /// Hour t's columns (after the generators' output columns of hour t).
  mutating func addColumns(hour t: Int, network: Network, _ lp: inout ProgramBuilder, _ balance: inout BusBalance) {
    let dt = hoursPerSnapshot
    for (k, unit) in system.chp.enumerated() {
      let g = chpGenerator[k]
      let gen = network.generators[g]
      let a = gen.availability.map { t < $0.count ? $0[t] : 0 } ?? 1
      let ratio = unit.kind == .backPressure ? unit.powerToHeatRatio
        : unit.powerToHeatRatio + unit.condensingLossFactor
      let cv = unit.kind == .extraction ? unit.condensingLossFactor : 0
      let cost = dt * cv * (gen.marginalCostCNYPerMWh + carbonPrice * gen.co2TonnesPerMWh)
      let c = lp.addColumn(stems.chp[k], hour: t, stage: t, cost: cost, lower: 0,
                           upper: gen.capacityMW * max(0, a) / ratio)
      chpColumns[k].append(c)
      inject(unit.area, c, 1)
    }
    for (b, boiler) in system.boilers.enumerated() {
      let cost = dt * (boiler.fuelCostCNYPerMWh + carbonPrice * boiler.co2TonnesPerMWhFuel) / boiler.efficiency
      let c = lp.addColumn(stems.boiler[b], hour: t, stage: t, cost: cost, lower: 0, upper: boiler.capacityMW)
      boilerColumns[b].append(c)
      inject(boiler.area, c, 1)
    }
    for (e, boiler) in system.electricBoilers.enumerated() {
      let c = lp.addColumn(stems.electric[e], hour: t, stage: t, cost: dt * boiler.marginalCostCNYPerMWh, lower: 0,
                           upper: boiler.capacityMW)
      electricColumns[e].append(c)
      inject(boiler.area, c, boiler.efficiency)
      if let bus = electricBus[e] { balance.inject(bus: bus, column: c, coefficient: -1) }
    }
    for (d, heat) in system.demands.enumerated() {
      let mw = max(0, t < heat.demandMW.count ? heat.demandMW[t] : 0)
      let c = lp.addColumn(stems.shed[d], hour: t, stage: t, cost: dt * heat.valueOfLostHeatCNYPerMWh, lower: 0,
                           upper: mw)
      shedColumns[d].append(c)
      inject(heat.area, c, 1)
      if let a = areaIndex[heat.area] { demand[a] += mw }
    }
    // Heat stores have no bus: Storage injects nothing into the electric balance.
    stores.addColumns(hour: t, &lp, &balance)
    for (s, store) in system.stores.enumerated() {
      inject(store.area, stores.dischargeColumns[s][t], 1)
      inject(store.area, stores.chargeColumns[s][t], -1)
    }
  }

  /// Hour t's rows: the CHP operating regions, the heat stores' balances, then each area's heat balance.
  mutating func addRows(hour t: Int, network: Network, generatorColumns: [[Int]], statusColumns: [[Int]],
                        _ lp: inout ProgramBuilder) {
    for (k, unit) in system.chp.enumerated() {
      let g = chpGenerator[k]
      let p = generatorColumns[g][t]
      let h = chpColumns[k][t]
      switch unit.kind {
      case .backPressure:
        lp.addRow(stems.chpRows[k].0, hour: t, stage: t, lower: 0, upper: 0,
                  terms: [(p, 1), (h, -unit.powerToHeatRatio)])
      case .extraction:
        lp.addRow(stems.chpRows[k].0, hour: t, stage: t, lower: 0, upper: .infinity,
                  terms: [(p, 1), (h, -unit.powerToHeatRatio)])
        let gen = network.generators[g]
        let available = gen.capacityMW * max(0, gen.availability.map { t < $0.count ? $0[t] : 0 } ?? 1)
        if let cluster = chpCluster[k] {
          lp.addRow(stems.chpRows[k].1, hour: t, stage: t, lower: -.infinity, upper: 0,
                    terms: [(p, 1), (h, unit.condensingLossFactor), (statusColumns[cluster][t], -available)])
        } else {
          lp.addRow(stems.chpRows[k].1, hour: t, stage: t, lower: -.infinity, upper: available,
                    terms: [(p, 1), (h, unit.condensingLossFactor)])
        }
      }
    }
    stores.addRows(hour: t, &lp)
    for a in areas.indices {
      rows[a].append(lp.addRow(stems.area[a], hour: t, stage: t, lower: demand[a], upper: .infinity, terms: terms[a]))
      terms[a].removeAll(keepingCapacity: true)
      demand[a] = 0
    }
  }

  /// The heat stores' first-hour (cyclic) rows, after all hours.
  func addFirstHourRows(_ lp: inout ProgramBuilder) { stores.addFirstHourRows(&lp) }

  private mutating func inject(_ area: String, _ column: Int, _ coefficient: Double) {
    if let a = areaIndex[area] { terms[a].append((column, coefficient)) }
  }
}

/// The heat model's columns and rows in a built ``DispatchProblem`` ([unit][t]; empty without heat).
public struct HeatIndex: Sendable {
  /// Heat areas, sorted, in the order of `balanceRows`.
  public var areas: [String] = []
  public var balanceRows: [[Int]] = []
  public var chpHeatColumns: [[Int]] = []
  public var boilerColumns: [[Int]] = []
  public var electricBoilerColumns: [[Int]] = []
  public var shedColumns: [[Int]] = []
  public var storeChargeColumns: [[Int]] = []
  public var storeDischargeColumns: [[Int]] = []
  public var storeLevelColumns: [[Int]] = []

  init() {}

  init(_ heat: Heat) {
    areas = heat.areas
    balanceRows = heat.rows
    chpHeatColumns = heat.chpColumns
    boilerColumns = heat.boilerColumns
    electricBoilerColumns = heat.electricColumns
    shedColumns = heat.shedColumns
    storeChargeColumns = heat.storeChargeColumns
    storeDischargeColumns = heat.storeDischargeColumns
    storeLevelColumns = heat.storeLevelColumns
  }
}
