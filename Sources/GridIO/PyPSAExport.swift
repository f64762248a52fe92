import Foundation
import GridModel

/// Names shared by the PyPSA export and import: the helper components that map GridPlan terms PyPSA has no
/// attribute for. GridPlan ids contain no whitespace, so these names (with a space) never clash with an id.
public enum PyPSANames {
  /// Carrier of the generator that sheds a load at its value of lost load (`LOAD load shedding`).
  public static let shedding = "load shedding"
  /// Carrier of the generator that buys link deliveries at an external bus's price (`BUS export sale`).
  public static let sale = "export sale"
  /// Carrier of the bus and load that hold a scheduled link's hourly schedule (`LINK schedule`).
  public static let schedule = "schedule"
  /// Carrier of the generator that covers what a scheduled link does not deliver (`LINK schedule shortfall`).
  public static let shortfall = "schedule shortfall"
  /// Carrier of the internal buses and lines, and of the links.
  public static let ac = "AC"
  public static let dc = "DC"
  /// Nominal voltage of every bus: PyPSA's per-unit reactance is x / v_nom^2, so one v_nom keeps GridPlan's ratios.
  public static let busVoltageKV = 500.0
  /// Name of the CO2 cap's global constraint.
  public static let co2Cap = "co2_cap"
}

/// Writes a network (already cut to its study horizon by ``NetworkReader``) as a PyPSA 1.4 CSV folder whose
/// `n.optimize()` is the LP of `DispatchModel.DispatchProblem`, term by term (mapping in docs/pypsa.md):
/// `pypsa.Network().import_from_csv_folder(DIR)` then `n.optimize(solver_name="highs")` gives GridPlan's objective.
///
/// Columns PyPSA does not know (`area`, `water_m3_per_mwh`, the `gridplan_*` fields) are kept by PyPSA as extra
/// attributes; ``PyPSAImport`` uses them to rebuild the GridPlan fields the LP alone does not determine.
public enum PyPSAExport {
  /// The folder's files: file name → CSV text.
  public static func files(_ network: Network) throws -> [String: String] {
    var exporter = Exporter(network: network)
    try exporter.build()
    return exporter.files
  }

  /// Writes the folder atomically (a temporary sibling renamed into place); an existing folder is replaced.
  public static func write(_ network: Network, to folder: URL) throws {
    try FolderWriter.write(files: try files(network), to: folder)
  }
}

/// A static table (one row per component) and the time-varying columns of one component kind.
struct ComponentTables {
  var header: [String]
  var rows: [[String]] = []
  /// attribute → [(component, hourly values)]
  var series: [String: [(String, [Double])]] = [:]

  init(_ header: [String]) { self.header = header }

  /// Adds a row; cells missing at its end are empty.
  mutating func add(_ cells: [String]) {
    rows.append(cells + [String](repeating: "", count: max(0, header.count - cells.count)))
  }

  mutating func addSeries(_ attribute: String, _ name: String, _ values: [Double]) {
    series[attribute, default: []].append((name, values))
  }
}

struct Exporter {
  let network: Network
  var files: [String: String] = [:]
  let T: Int

  init(network: Network) {
    self.network = network.withHeatDrivenCHP
    T = network.snapshots.count
  }

  /// What the export does not write yet, each a clear error rather than a PyPSA network with another objective:
  /// snapshot weightings, capacity expansion, stores and phase shifts (all of which the import reads).
  func refuseUnexported() throws {
    if network.study.hoursPerSnapshot != 1 {
      throw NetworkWriteError(
        field: "study.hours_per_snapshot",
        "study.hours_per_snapshot is \(csvNumber(network.study.hoursPerSnapshot)); allowed for a PyPSA export: 1 "
          + "(snapshot weightings are not exported yet)")
    }
    let extendable =
      network.generators.filter { $0.expansion != nil }.map { "generators[\($0.id)].expansion" }
      + network.links.filter { $0.expansion != nil }.map { "links[\($0.id)].expansion" }
      + network.lines.filter { $0.expansion != nil }.map { "lines[\($0.id)].expansion" }
      + network.storageUnits.filter { $0.expansion != nil }.map { "storage_units[\($0.id)].expansion" }
    if let field = extendable.first {
      throw NetworkWriteError(
        field: field, "\(field) is given; allowed for a PyPSA export: none (extendable components are not exported yet)")
    }
    if let s = network.storageUnits.first(where: \.isStore) {
      throw NetworkWriteError(
        field: "storage_units[\(s.id)].store",
        "storage_units[\(s.id)].store is true; allowed for a PyPSA export: false (stores are not exported yet)")
    }
    if let l = network.lines.first(where: { $0.phaseShiftDegrees != 0 }) {
      throw NetworkWriteError(
        field: "lines[\(l.id)].phase_shift_deg",
        "lines[\(l.id)].phase_shift_deg is \(csvNumber(l.phaseShiftDegrees)); allowed for a PyPSA export: 0 "
          + "(phase-shifting transformers are not exported yet)")
    }
  }

  mutating func build() throws {
    guard T > 0 else {
      throw NetworkWriteError(field: "snapshots", "the network has no snapshots; allowed: a network read for a horizon")
    }
    if let area = network.reserves.keys.sorted().first {
      throw NetworkWriteError(
        field: "reserves.\(area)",
        "reserves.\(area) is a reserve requirement; allowed: none for a PyPSA export (PyPSA has no reserve "
          + "component, see docs/pypsa.md; drop `reserves` from the network or scenario)")
    }
    try refuseUnexported()
    let busIndex = Dictionary(
      network.buses.enumerated().map { ($0.element.id, $0.offset) }, uniquingKeysWith: { a, _ in a })
    for (field, v) in seriesLengths() where v != T {
      throw NetworkWriteError(field: field, "\(field) has \(v) values; allowed: one per snapshot (\(T))")
    }
    let carbon = network.study.carbonPriceCNYPerTonne
    let monthDay = network.snapshots.map(Self.monthDay)

    // Carriers: GridPlan's, with CO2 per MWh of output where every emitting generator of the carrier agrees up to
    // a generator efficiency (see co2Emissions), plus the helper carriers.
    var co2: [String: Double] = [:]
    for g in network.generators where g.co2TonnesPerMWh > 0 {
      co2[g.carrier] = min(co2[g.carrier] ?? .infinity, g.co2TonnesPerMWh)
    }
    for g in network.generators where g.co2TonnesPerMWh == 0 && (co2[g.carrier] ?? 0) > 0 {
      throw NetworkWriteError(
        field: "generators[\(g.id)].co2_t_per_mwh",
        "generators[\(g.id)].co2_t_per_mwh is 0 while other generators of carrier \(g.carrier) emit; allowed for a "
          + "PyPSA export: every generator of a carrier emits, or none (PyPSA's CO2 is per carrier, scaled by "
          + "each generator's efficiency)")
    }
    for s in network.storageUnits where (co2[s.carrier] ?? 0) > 0 {
      throw NetworkWriteError(
        field: "storage_units[\(s.id)].carrier",
        "storage_units[\(s.id)].carrier is \(s.carrier), which generators with CO2 also use; allowed for a PyPSA "
          + "export: a storage carrier without emissions (PyPSA counts a storage unit's carrier in the CO2 cap)")
    }
    var carriers = CSVTable(header: ["name", "co2_emissions", "color", "clean"])
    var known = Set<String>()
    for c in network.carriers where known.insert(c.id).inserted {
      carriers.rows.append([c.id, csvNumber(co2[c.id] ?? 0), c.color, c.clean ? "true" : "false"])
    }
    for (name, color) in [
      (PyPSANames.ac, "#808080"), (PyPSANames.dc, "#8a1caf"), (PyPSANames.shedding, "#ff0000"),
      (PyPSANames.sale, "#222222"), (PyPSANames.schedule, "#999999"),
      (PyPSANames.shortfall, "#ff8800"),
    ] + (usesHeatOrFlexibleLoads ? PyPSANames.heatAndFlexibleCarriers : [])
    where known.insert(name).inserted {
      carriers.rows.append([name, "0", color, "false"])
    }
    files["carriers.csv"] = carriers.text

    // Buses: every GridPlan bus at one nominal voltage, and one bus per scheduled link.
    let v = PyPSANames.busVoltageKV
    var buses = CSVTable(header: ["name", "v_nom", "carrier", "x", "y", "area", "gridplan_name"])
    for b in network.buses {
      buses.rows.append([
        b.id, csvNumber(v), PyPSANames.ac, csvNumber(b.longitude), csvNumber(b.latitude), b.area, b.name,
      ])
    }

    // Lines: x so that x / v_nom^2 is proportional to GridPlan's reactance in per unit.
    var lines = CSVTable(header: ["name", "bus0", "bus1", "carrier", "s_nom", "x", "r", "length"])
    for l in network.lines {
      guard let x = l.effectiveReactancePU, x > 0, x.isFinite else {
        throw NetworkWriteError(
          field: "lines[\(l.id)].reactance_ohm",
          "lines[\(l.id)] has no reactance (reactance_ohm, or length_km and voltage_kv); allowed: a reactance > 0")
      }
      lines.rows.append([
        l.id, l.bus0, l.bus1, PyPSANames.ac, csvNumber(l.ratingMW), csvNumber(x * v * v / 100), "0",
        csvNumber(l.lengthKm ?? 0),
      ])
    }
    files["lines.csv"] = lines.text

    // Generators (and the helper generators: load shedding, export sale, schedule shortfall). PyPSA's
    // marginal_cost_quadratic (objective term marginal_cost_quadratic · p² per snapshot, weighted as marginal_cost)
    // is GridPlan's quadratic cost; the column is written only when a generator has one (PyPSA's default is 0).
    let quadraticCosts = network.generators.contains { $0.marginalCostQuadraticCNYPerMW2h != 0 }
    var gens = ComponentTables([
      "name", "bus", "carrier", "p_nom", "p_min_pu", "p_max_pu", "marginal_cost", "efficiency", "ramp_limit_up",
      "ramp_limit_down", "water_m3_per_mwh", "gridplan_p_min_pu", "gridplan_heating_must_run_pu", "gridplan_role",
      "gridplan_co2_t_per_mwh", "committable", "start_up_cost", "shut_down_cost", "min_up_time", "min_down_time",
      "ramp_limit_start_up", "ramp_limit_shut_down", "up_time_before", "down_time_before",
      "gridplan_up_time_before_h", "gridplan_unit_size_mw", "e_sum_max", "gridplan_chp_of", "gridplan_chp_kind",
      "gridplan_c_b", "gridplan_c_v",
    ] + (quadraticCosts ? ["marginal_cost_quadratic"] : []))
    for g in network.generators {
      guard let b = busIndex[g.bus], !network.buses[b].external else {
        throw NetworkWriteError(
          field: "generators[\(g.id)].bus",
          "generators[\(g.id)].bus is \(g.bus); allowed: an internal bus")
      }
      let season = network.heatingSeasons[network.buses[b].area]
      var pMax = [Double](repeating: 1, count: T)
      var pMin = [Double](repeating: 0, count: T)
      var mustRun = [Double](repeating: 0, count: T)
      for t in 0..<T {
        let avail = g.availability?[t] ?? 1
        let upper = max(0, avail)
        var lower = 0.0
        if g.commitment != nil {
          // On committed capacity; the must-run floor goes to generators-gridplan_must_run_pu.csv.
          lower = g.pMinPU * min(max(avail, 0), 1)
          if g.role == .operating, let mr = g.heatingMustRunPU, let s = season,
            s.contains(month: monthDay[t].0, day: monthDay[t].1)
          {
            mustRun[t] = mr
          }
        } else if g.role == .operating {
          lower = g.pMinPU
          if let mr = g.heatingMustRunPU, let s = season, s.contains(month: monthDay[t].0, day: monthDay[t].1) {
            lower = max(lower, mr)
          }
          lower *= min(avail, 1)
        }
        pMax[t] = upper
        pMin[t] = min(lower, upper)
      }
      if mustRun.contains(where: { $0 > 0 }) { gens.addSeries("gridplan_must_run_pu", g.id, mustRun) }
      let staticMax = pMax.allSatisfy { $0 == pMax[0] }
      let staticMin = pMin.allSatisfy { $0 == pMin[0] }
      if !staticMax { gens.addSeries("p_max_pu", g.id, pMax) }
      if !staticMin { gens.addSeries("p_min_pu", g.id, pMin) }
      let efficiency = g.co2TonnesPerMWh > 0 ? (co2[g.carrier] ?? 0) / g.co2TonnesPerMWh : 1
      let ramp = g.rampPUPerHour.map(csvNumber) ?? ""
      var cells = [
        g.id, g.bus, g.carrier, csvNumber(g.capacityMW), staticMin ? csvNumber(pMin[0]) : "0",
        staticMax ? csvNumber(pMax[0]) : "1",
        csvNumber(g.marginalCostCNYPerMWh + carbon * g.co2TonnesPerMWh), csvNumber(efficiency), ramp, ramp,
        csvNumber(g.waterM3PerMWh),
        csvNumber(g.pMinPU), g.heatingMustRunPU.map(csvNumber) ?? "", g.role.rawValue, csvNumber(g.co2TonnesPerMWh),
      ] + Self.commitmentCells(g)
      if quadraticCosts {
        // The last column; a generator without commitment leaves the commitment cells empty.
        cells += [String](repeating: "", count: gens.header.count - 1 - cells.count)
        cells.append(csvNumber(g.marginalCostQuadraticCNYPerMW2h))
      }
      gens.add(cells)
    }
    for d in network.loads {
      let peak = d.demandMW.map { max(0, $0) }.max() ?? 0
      let pu = d.demandMW.map { peak > 0 ? max(0, $0) / peak : 0 }
      let flat = pu.allSatisfy { $0 == pu[0] }
      if !flat { gens.addSeries("p_max_pu", "\(d.id) \(PyPSANames.shedding)", pu) }
      gens.add([
        "\(d.id) \(PyPSANames.shedding)", d.bus, PyPSANames.shedding, csvNumber(peak), "0",
        flat ? csvNumber(pu[0]) : "1",
        csvNumber(d.valueOfLostLoadCNYPerMWh), "1", "", "", "0", "", "", "", "",
      ])
    }
    // External buses: a generator that only consumes (p_min_pu -1, p_max_pu 0) at the bus's price buys everything
    // the links deliver there, which is GridPlan's revenue efficiency x price per MW sent.
    var delivered: [Int: Double] = [:]
    for k in network.links {
      if let b = busIndex[k.bus1], network.buses[b].external { delivered[b, default: 0] += k.efficiency * k.ratingMW }
    }
    for (b, bus) in network.buses.enumerated() where bus.external {
      gens.add([
        "\(bus.id) \(PyPSANames.sale)", bus.id, PyPSANames.sale, csvNumber(delivered[b] ?? 0), "-1", "0",
        csvNumber(bus.priceCNYPerMWh ?? 0), "1", "", "", "0", "", "", "", "",
      ])
    }

    // Links; a scheduled link also feeds its schedule bus (bus2, efficiency 1), where a load holds the schedule
    // and a shortfall generator at the penalty covers what the link does not deliver.
    var links = ComponentTables([
      "name", "bus0", "bus1", "bus2", "carrier", "p_nom", "efficiency", "efficiency2", "p_min_pu", "p_max_pu",
      "marginal_cost", "length", "gridplan_p_min_pu", "gridplan_delivery", "gridplan_min_pu",
    ])
    var loads = ComponentTables(["name", "bus", "carrier", "p_set"])
    for k in network.links {
      guard let b0 = busIndex[k.bus0], !network.buses[b0].external, busIndex[k.bus1] != nil else {
        throw NetworkWriteError(
          field: "links[\(k.id)]",
          "links[\(k.id)] connects \(k.bus0) to \(k.bus1); allowed: an internal bus0 and a bus1")
      }
      let rating = k.ratingMW
      var pMin = [Double](repeating: k.pMinPU, count: T)
      var bus2 = ""
      var efficiency2 = ""
      var rule = "price"
      var minPU = ""
      switch k.delivery {
      case .price: break
      case .firm(let m):
        rule = "firm"
        minPU = csvNumber(m)
        pMin = pMin.map { max($0, m) }
      case .curve(let m):
        // PyPSA form: an hourly p_min_pu (links-p_min_pu.csv), the same bound the LP has.
        rule = "curve"
        for t in 0..<T { pMin[t] = max(pMin[t], t < m.count ? m[t] : 0) }
      case .schedule(let s):
        rule = "schedule"
        let scheduled = s.map { min(max($0, 0), rating) }
        for t in 0..<T { pMin[t] = rating > 0 ? min(k.pMinPU, scheduled[t] / rating) : 0 }
        let bus = "\(k.id) \(PyPSANames.schedule)"
        bus2 = bus
        efficiency2 = "1"
        buses.rows.append([
          bus, csvNumber(v), PyPSANames.schedule, csvNumber(network.buses[b0].longitude),
          csvNumber(network.buses[b0].latitude), "", "",
        ])
        loads.add([bus, bus, PyPSANames.schedule, "0"])
        loads.addSeries("p_set", bus, scheduled)
        gens.add([
          "\(k.id) \(PyPSANames.shortfall)", bus, PyPSANames.shortfall, csvNumber(rating), "0", "1",
          csvNumber(DispatchScheduleTerms.shortfallPenaltyCNYPerMWh), "1", "", "", "0", "", "", "", "",
        ])
      }
      let staticMin = pMin.allSatisfy { $0 == pMin[0] }
      if !staticMin { links.addSeries("p_min_pu", k.id, pMin) }
      links.add([
        k.id, k.bus0, k.bus1, bus2, PyPSANames.dc, csvNumber(rating), csvNumber(k.efficiency), efficiency2,
        staticMin ? csvNumber(pMin[0]) : "0", "1", "0", csvNumber(k.lengthKm), csvNumber(k.pMinPU), rule, minPU,
      ])
    }

    // Storage units: marginal_cost is charged on p_dispatch in PyPSA, as GridPlan's cost per MWh discharged. The
    // minimum state of charge is shifted out (soc' = soc - soc_min x energy), which is exact
    // when there is no standing loss and otherwise needs a constant drain (negative inflow) of loss x soc_min x energy.
    var storage = ComponentTables([
      "name", "bus", "carrier", "p_nom", "max_hours", "efficiency_store", "efficiency_dispatch", "standing_loss",
      "cyclic_state_of_charge", "state_of_charge_initial", "inflow", "p_min_pu", "p_max_pu", "marginal_cost",
      "gridplan_soc_min_pu",
    ])
    for s in network.storageUnits {
      let m = s.minimumStateOfChargePU
      let usable = (1 - m) * s.energyMWh
      if s.powerMW == 0 && usable > 0 {
        throw NetworkWriteError(
          field: "storage_units[\(s.id)].power_mw",
          "storage_units[\(s.id)].power_mw is 0 with energy_mwh \(csvNumber(s.energyMWh)); allowed for a PyPSA export: "
            + "power_mw > 0 when energy_mwh > 0 (PyPSA sizes the store as max_hours x p_nom)")
      }
      let maxHours = s.powerMW > 0 ? usable / s.powerMW : 0
      var cyclic = "true"
      var initial = "0"
      if case .fixed(let pu) = s.initialStateOfCharge {
        cyclic = "false"
        initial = csvNumber((pu - m) * s.energyMWh)
      }
      let inflow = -s.standingLossPerHour * m * s.energyMWh
      storage.add([
        s.id, s.bus, s.carrier, csvNumber(s.powerMW), csvNumber(maxHours), csvNumber(s.efficiencyCharge),
        csvNumber(s.efficiencyDischarge),
        csvNumber(s.standingLossPerHour), cyclic, initial, csvNumber(inflow), "-1", "1",
        csvNumber(s.marginalCostCNYPerMWh), csvNumber(m),
      ])
    }

    // Loads, MW.
    for d in network.loads {
      let flat = d.demandMW.allSatisfy { $0 == d.demandMW[0] }
      if !flat { loads.addSeries("p_set", d.id, d.demandMW) }
      loads.add([d.id, d.bus, "", flat ? csvNumber(d.demandMW[0]) : "0"])
    }

    try addHeatAndFlexibleLoads(buses: &buses, generators: &gens, links: &links, storage: &storage, loads: &loads)
    files["buses.csv"] = buses.text
    // The helper generators are not committable (an empty cell would not read as False), and have no energy cap.
    if let c = gens.header.firstIndex(of: "committable") {
      for r in gens.rows.indices where gens.rows[r][c].isEmpty { gens.rows[r][c] = "False" }
    }
    if let c = gens.header.firstIndex(of: "e_sum_max") {
      for r in gens.rows.indices where gens.rows[r][c].isEmpty { gens.rows[r][c] = "inf" }
    }
    write("generators", gens)
    write("links", links)
    write("storage_units", storage)
    write("loads", loads)
    var global = CSVTable(header: ["name", "type", "carrier_attribute", "sense", "constant"])
    if let cap = network.study.co2CapTonnes {
      global.rows.append([PyPSANames.co2Cap, "primary_energy", "co2_emissions", "<=", csvNumber(cap)])
    }
    files["global_constraints.csv"] = global.text
    var snapshots = CSVTable(header: ["snapshot", "objective", "stores", "generators"])
    for s in network.snapshots { snapshots.rows.append([s, "1", "1", "1"]) }
    files["snapshots.csv"] = snapshots.text
    // Heating seasons (for the import's must-run fields), as AREA:MM-DD..MM-DD;... sorted by area.
    let seasons = network.heatingSeasons.sorted { $0.key < $1.key }.map { area, s in
      "\(area):" + NetworkWriter.monthDay(s.startMonth, s.startDay) + ".."
        + NetworkWriter.monthDay(s.endMonth, s.endDay)
    }.joined(separator: ";")
    files["network.csv"] =
      CSVTable(
        header: [
          "name", "pypsa_version", "gridplan_description", "gridplan_carbon_price_cny_per_t",
          "gridplan_heating_seasons",
        ],
        rows: [[network.name, "1.4.0", network.description, csvNumber(network.study.carbonPriceCNYPerTonne), seasons]]
      ).text
  }

  /// PyPSA's commitment attributes of a generator (empty for a non-committable one). Start-up and shut-down costs
  /// are per start of the whole capacity; an initial state "on long enough" (no up time before) is an up time before
  /// longer than both minimum times, which leaves PyPSA no start-up in the history it rebuilds.
  static func commitmentCells(_ g: Generator) -> [String] {
    guard let uc = g.commitment else { return ["False"] }
    let longEnough = max(uc.minUpTimeHours, uc.minDownTimeHours, 1) + 1
    return [
      "True", csvNumber(uc.startUpCostCNYPerMW * g.capacityMW), csvNumber(uc.shutDownCostCNYPerMW * g.capacityMW),
      "\(uc.minUpTimeHours)", "\(uc.minDownTimeHours)", uc.rampStartUpPU.map(csvNumber) ?? "",
      uc.rampShutDownPU.map(csvNumber) ?? "", "\(uc.upTimeBeforeHours ?? longEnough)", "\(uc.downTimeBeforeHours)",
      uc.upTimeBeforeHours.map { "\($0)" } ?? "", uc.unitSizeMW.map(csvNumber) ?? "",
    ]
  }

  mutating func write(_ component: String, _ t: ComponentTables) {
    files["\(component).csv"] = CSVTable(header: t.header, rows: t.rows).text
    for (attribute, columns) in t.series.sorted(by: { $0.key < $1.key }) where !columns.isEmpty {
      files["\(component)-\(attribute).csv"] = CSVTable.hourly(snapshots: network.snapshots, columns: columns).text
    }
  }

  func seriesLengths() -> [(String, Int)] {
    var out: [(String, Int)] = []
    for g in network.generators {
      if let a = g.availability { out.append(("generators[\(g.id)].availability", a.count)) }
    }
    for d in network.loads { out.append(("loads[\(d.id)].demand", d.demandMW.count)) }
    for k in network.links {
      if case .schedule(let s) = k.delivery { out.append(("links[\(k.id)].delivery", s.count)) }
    }
    return out
  }

  /// Month and day of "YYYY-MM-DDTHH:MM" (as DispatchProblem reads them: 1 January when unreadable).
  static func monthDay(_ snapshot: String) -> (Int, Int) {
    let parts = snapshot.split(separator: "-")
    guard parts.count >= 3, let m = Int(parts[1]), let d = Int(parts[2].prefix(2)) else { return (1, 1) }
    return (m, d)
  }
}

/// The schedule rule's penalty, as `DispatchModel.DispatchProblem.scheduleShortfallPenalty` (GridIO does not
/// depend on DispatchModel; a test checks that the two agree).
public enum DispatchScheduleTerms {
  public static let shortfallPenaltyCNYPerMWh = 3_000.0
}
