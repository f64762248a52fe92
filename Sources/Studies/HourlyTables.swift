import DispatchModel
import FlowTracing
import GridModel

/// The hourly wide tables of a dispatch (PyPSA names: `generators-p.csv` ...): a `snapshot` column, then one column
/// per component, MW (MWh for state of charge, CNY/MWh for prices), three decimals; `links-clean_share.csv` holds
/// the clean share of each link's flow (flow tracing), a fraction with four decimals, empty where the flow is 0, and
/// `links-clean_share_contract.csv` the same by contract (supporting plants first).
/// With committable generators, `generators-status.csv`, `generators-start_up.csv` and `generators-shut_down.csv`
/// hold their committed share of capacity and the shares started and shut down each hour (four decimals). With
/// reserve requirements, `reserves-up.csv` and `reserves-down.csv` hold each area's requirement (MW) and
/// `reserves-up-price.csv`, `reserves-down-price.csv` its price (CNY per MW and hour). With heat or flexible loads,
/// the tables of ``HeatAndFlexibleTables``.
public enum HourlyTables {
  /// The tables; the clean shares come from `trace`, or from tracing `r` when it is nil.
  public static func tables(_ r: DispatchResult, trace: FlowTraceResult? = nil) -> [String: String] {
    var tables = dispatchTables(r)
    let trace = trace ?? FlowTracer.trace(r)
    tables["links-clean_share.csv"] = cleanShareTable(r, trace: trace)
    tables["links-clean_share_contract.csv"] = contractCleanShareTable(r, trace: trace)
    return tables
  }

  /// The tables of the dispatch itself: every one but `links-clean_share.csv`, so they need no flow tracing.
  public static func dispatchTables(_ r: DispatchResult) -> [String: String] {
    let net = r.network
    let snaps = snapshots(r)
    let internalBuses = net.buses.indices.filter { !net.buses[$0].external }
    let profiled = net.generators.indices.filter { net.generators[$0].availability != nil }
    var tables = [
      "generators-p.csv": table(snaps, net.generators.map(\.id), r.generatorP),
      "generators-curtailment.csv": table(
        snaps, profiled.map { net.generators[$0].id }, profiled.map { r.generatorCurtailment[$0] }),
      "storage_units-p.csv": table(snaps, net.storageUnits.map(\.id), r.storageP),
      "storage_units-state_of_charge.csv": table(snaps, net.storageUnits.map(\.id), r.stateOfCharge),
      "lines-p0.csv": table(snaps, net.lines.map(\.id), r.lineP0),
      "links-p0.csv": table(snaps, net.links.map(\.id), r.linkP0),
      "buses-marginal_price.csv": table(
        snaps, internalBuses.map { net.buses[$0].id }, internalBuses.map { r.busMarginalPrice[$0] }),
      "loads-shed.csv": table(snaps, net.loads.map(\.id), r.loadShed),
    ]
    // Capacities the optimiser chose (PyPSA's static outputs, one row per extendable component).
    func capacities(_ attribute: String, _ ids: [String], _ values: [Int: Double]) -> String {
      var out = "name,\(attribute)\n"
      for (i, v) in values.sorted(by: { $0.key < $1.key }) {
        out += "\(ids[i].contains(",") ? "\"\(ids[i])\"" : ids[i]),\(Fixed.format(v, decimals: 6))\n"
      }
      return out
    }
    if !r.optimalGeneratorMW.isEmpty {
      tables["generators-p_nom_opt.csv"] = capacities("p_nom_opt", net.generators.map(\.id), r.optimalGeneratorMW)
    }
    if !r.optimalLinkMW.isEmpty {
      tables["links-p_nom_opt.csv"] = capacities("p_nom_opt", net.links.map(\.id), r.optimalLinkMW)
    }
    if !r.optimalLineMW.isEmpty {
      tables["lines-s_nom_opt.csv"] = capacities("s_nom_opt", net.lines.map(\.id), r.optimalLineMW)
    }
    let units = r.optimalStorage.filter { !net.storageUnits[$0.key].isStore }
    let stores = r.optimalStorage.filter { net.storageUnits[$0.key].isStore }
    if !units.isEmpty {
      tables["storage_units-p_nom_opt.csv"] = capacities("p_nom_opt", net.storageUnits.map(\.id), units)
    }
    if !stores.isEmpty {
      tables["stores-e_nom_opt.csv"] = capacities("e_nom_opt", net.storageUnits.map(\.id), stores)
    }
    if !r.committableGenerators.isEmpty {
      // Committed share of capacity, and the shares started up and shut down (PyPSA's status, start_up, shut_down).
      let ids = r.committableGenerators.map { net.generators[$0].id }
      tables["generators-status.csv"] = table(snaps, ids, r.generatorStatus, decimals: 4)
      tables["generators-start_up.csv"] = table(snaps, ids, r.generatorStartUp, decimals: 4)
      tables["generators-shut_down.csv"] = table(snaps, ids, r.generatorShutDown, decimals: 4)
    }
    if !r.reserveAreas.isEmpty {
      // Per area: the requirement (MW) and its price (CNY per MW held for an hour, the dual of the reserve row).
      tables["reserves-up.csv"] = table(snaps, r.reserveAreas, r.reserveUpMW)
      tables["reserves-down.csv"] = table(snaps, r.reserveAreas, r.reserveDownMW)
      tables["reserves-up-price.csv"] = table(snaps, r.reserveAreas, r.reserveUpPrice)
      tables["reserves-down-price.csv"] = table(snaps, r.reserveAreas, r.reserveDownPrice)
    }
    tables.merge(HeatAndFlexibleTables.tables(r, snapshots: snaps)) { a, _ in a }
    return tables
  }

  /// `links-clean_share.csv`: the clean share of each link's flow hour by hour (four decimals).
  public static func cleanShareTable(_ r: DispatchResult, trace: FlowTraceResult) -> String {
    table(snapshots(r), trace.links, trace.linkCleanShare, decimals: 4)
  }

  /// `links-clean_share_contract.csv`: the clean share of each link's flow by contract (``ContractAccounting``:
  /// supporting plants first, the rest with the sending bus's traced mix), hour by hour (four decimals).
  public static func contractCleanShareTable(_ r: DispatchResult, trace: FlowTraceResult) -> String {
    let contract = ContractAccounting(r, trace: trace)
    return table(snapshots(r), contract.links, contract.cleanShare, decimals: 4)
  }

  /// The snapshot of each hour of the horizon (`h<t>` past the network's snapshots).
  static func snapshots(_ r: DispatchResult) -> [String] {
    (0..<r.hours).map { $0 < r.network.snapshots.count ? r.network.snapshots[$0] : "h\($0)" }
  }

  /// A wide CSV: header `snapshot,<ids>`, one row per hour; |values| below half the last digit print as 0, NaN as
  /// an empty field. Written as bytes into one buffer (a year's generators-p.csv holds half a million numbers).
  public static func table(_ snapshots: [String], _ ids: [String], _ columns: [[Double]], decimals: Int = 3)
    -> String
  {
    let half = 0.5 / (0..<decimals).reduce(1.0) { x, _ in x * 10 }
    var out: [UInt8] = []
    out.reserveCapacity(snapshots.count * (17 + 10 * ids.count))
    out.append(contentsOf: ("snapshot," + ids.joined(separator: ",") + "\n").utf8)
    for t in snapshots.indices {
      out.append(contentsOf: snapshots[t].utf8)
      for c in columns {
        out.append(UInt8(ascii: ","))
        Fixed.append(abs(c[t]) < half ? 0 : c[t], decimals: decimals, to: &out)
      }
      out.append(UInt8(ascii: "\n"))
    }
    return String(decoding: out, as: UTF8.self)
  }
}
