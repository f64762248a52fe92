import DispatchModel
import GridModel

/// The hourly tables and summary rows of district heating and flexible loads, written only when the network has
/// them (names carry the unit):
///
/// | file | columns | unit |
/// |---|---|---|
/// | `heat-dispatch_mw.csv` | one per CHP generator, heat boiler, electric boiler (heat delivered), heat store (net output, + discharging) | MW_th |
/// | `heat-price_cny_per_mwh.csv` | one per heat area: the dual of its heat balance | CNY/MWh_th |
/// | `heat_stores-level_mwh.csv` | one per heat store | MWh_th |
/// | `electric_boilers-p_mw.csv` | one per electric boiler: electricity drawn | MW |
/// | `loads-served_mw.csv` | one per load: demand - shed - curtailed - shifted + drawn | MW |
/// | `loads-curtailed_mw.csv`, `loads-shifted_mw.csv` | one per flexible load; shifted is deferred minus served from the backlog | MW |
/// | `loads-backlog_mwh.csv` | one per shiftable load | MWh |
/// | `loads-drawn_mw.csv` | one per converting load (electrolyser) | MW |
enum HeatAndFlexibleTables {
  static func tables(_ r: DispatchResult, snapshots: [String]) -> [String: String] {
    var tables: [String: String] = [:]
    let net = r.network
    let heat = net.heat
    if !heat.isEmpty {
      let ids = heat.chp.map(\.generator) + heat.boilers.map(\.id) + heat.electricBoilers.map(\.id)
        + heat.stores.map(\.id)
      let columns = r.heat.chpHeat + r.heat.boilerHeat + r.heat.electricBoilerHeat + r.heat.storeP
      tables["heat-dispatch_mw.csv"] = HourlyTables.table(snapshots, ids, columns)
      tables["heat-price_cny_per_mwh.csv"] = HourlyTables.table(snapshots, r.heat.areas, r.heat.price)
      if !heat.stores.isEmpty {
        tables["heat_stores-level_mwh.csv"] = HourlyTables.table(snapshots, heat.stores.map(\.id), r.heat.storeLevel)
      }
      if !heat.electricBoilers.isEmpty {
        tables["electric_boilers-p_mw.csv"] = HourlyTables.table(
          snapshots, heat.electricBoilers.map(\.id), r.heat.electricBoilerPower)
      }
    }
    let flexible = net.loads.indices.filter { net.loads[$0].flexibility != nil }
    let converting = net.loads.indices.filter { net.loads[$0].conversion != nil }
    if !flexible.isEmpty || !converting.isEmpty {
      tables["loads-served_mw.csv"] = HourlyTables.table(snapshots, net.loads.map(\.id), r.loadServed)
    }
    if !flexible.isEmpty {
      let ids = flexible.map { net.loads[$0].id }
      tables["loads-curtailed_mw.csv"] = HourlyTables.table(snapshots, ids, flexible.map { r.flexible.curtailed[$0] })
      tables["loads-shifted_mw.csv"] = HourlyTables.table(snapshots, ids, flexible.map { r.flexible.shifted[$0] })
      tables["loads-backlog_mwh.csv"] = HourlyTables.table(snapshots, ids, flexible.map { r.flexible.backlogMWh[$0] })
    }
    if !converting.isEmpty {
      tables["loads-drawn_mw.csv"] = HourlyTables.table(
        snapshots, converting.map { net.loads[$0].id }, converting.map { r.flexible.drawn[$0] })
    }
    return tables
  }

  /// Summary rows (TWh; prices CNY/MWh): per heat area its demand, unserved and vented heat and mean heat price;
  /// heat by source kind; what electric boilers draw; the CO2 of heat (heat boilers' fuel and the c_v h of extraction
  /// CHP; not in `co2`, which counts generators' power, as the CO2 cap does); per flexible load the energy curtailed and deferred; per converting load the energy drawn
  /// and the product made.
  static func summaryRows(_ r: DispatchResult) -> [SummaryRow] {
    var rows: [SummaryRow] = []
    let net = r.network
    let heat = net.heat
    func twh(_ series: [Double]) -> Double { series.reduce(0, +) / 1e6 }
    func sum(_ s: [[Double]]) -> Double { s.reduce(0) { $0 + twh($1) } }
    if !heat.isEmpty {
      for (a, area) in r.heat.areas.enumerated() {
        let demands = heat.demands.indices.filter { heat.demands[$0].area == area }
        let demand = demands.reduce(0) { $0 + twh(Array(heat.demands[$1].demandMW.prefix(r.hours))) }
        let unserved = demands.reduce(0) { $0 + twh(r.heat.unserved[$1]) }
        func inArea<T>(_ units: [T], _ area: (T) -> String, _ series: [[Double]]) -> Double {
          units.indices.filter { area(units[$0]) == r.heat.areas[a] }.reduce(0) { $0 + twh(series[$1]) }
        }
        let supplied = inArea(heat.chp, \.area, r.heat.chpHeat) + inArea(heat.boilers, \.area, r.heat.boilerHeat)
          + inArea(heat.electricBoilers, \.area, r.heat.electricBoilerHeat)
          + inArea(heat.stores, \.area, r.heat.storeP)
        rows.append(SummaryRow("heat_demand", area, "TWh", demand))
        rows.append(SummaryRow("heat_unserved", area, "TWh", unserved))
        rows.append(SummaryRow("heat_vented", area, "TWh", max(0, supplied + unserved - demand)))
        let prices = r.heat.price[a]
        rows.append(SummaryRow("mean_heat_price", area, "CNY/MWh", prices.reduce(0, +) / Double(max(prices.count, 1))))
      }
      rows.append(SummaryRow("heat_supply", "chp", "TWh", sum(r.heat.chpHeat)))
      rows.append(SummaryRow("heat_supply", "heat_boilers", "TWh", sum(r.heat.boilerHeat)))
      rows.append(SummaryRow("heat_supply", "electric_boilers", "TWh", sum(r.heat.electricBoilerHeat)))
      rows.append(SummaryRow("heat_supply", "heat_stores", "TWh", sum(r.heat.storeP)))
      rows.append(SummaryRow("electric_boiler_consumption", "", "TWh", sum(r.heat.electricBoilerPower)))
      var heatCO2 = zip(heat.boilers, r.heat.boilerHeat).reduce(0.0) { total, pair in
        total + pair.1.reduce(0, +) * pair.0.co2TonnesPerMWhFuel / pair.0.efficiency
      }
      var generatorIndex: [String: Int] = [:]
      for (g, gen) in net.generators.enumerated() { generatorIndex[gen.id] = g }
      for (k, unit) in heat.chp.enumerated() where unit.kind == .extraction {
        guard let g = generatorIndex[unit.generator] else { continue }
        heatCO2 += r.heat.chpHeat[k].reduce(0, +) * unit.condensingLossFactor * net.generators[g].co2TonnesPerMWh
      }
      rows.append(SummaryRow("co2_heat", "", "Mt", heatCO2 / 1e6))
    }
    for (d, load) in net.loads.enumerated() {
      if load.flexibility != nil {
        rows.append(SummaryRow("load_curtailed", load.id, "TWh", twh(r.flexible.curtailed[d])))
        rows.append(SummaryRow("load_deferred", load.id, "TWh", twh(r.flexible.shifted[d].map { max(0, $0) })))
      }
      if let c = load.conversion {
        let drawn = twh(r.flexible.drawn[d])
        rows.append(SummaryRow("conversion_consumption", load.id, "TWh", drawn))
        rows.append(SummaryRow("conversion_product", load.id, "TWh", drawn * c.efficiency))
      }
    }
    return rows
  }
}
