import Foundation
import GridModel

/// A network that cannot be written in a format (a network folder, a PyPSA CSV folder exactly): the field, its value
/// and what is allowed.
public struct NetworkWriteError: Error, Sendable, Equatable, CustomStringConvertible {
  public var field: String
  public var message: String

  public init(field: String, _ message: String) {
    self.field = field
    self.message = message
  }

  public var description: String { message }
}

/// Writes a `Network` as a network folder (`Networks/FORMAT.md`) that ``NetworkReader`` reads back to an equal
/// network: `network.yaml` with every field explicit (no defaults left to the reader, losses as `efficiency`, storage
/// as `energy_mwh`, carbon price and cap as given), and the hourly series of the network's snapshots in
/// `profiles/availability.csv` (generators, per unit), `profiles/load.csv` (MW, no `annual_twh`, so no rescaling)
/// `profiles/schedules.csv` (MW) and `profiles/delivery_curves.csv` (per unit of rating), one column per component
/// id, in the network's order.
///
/// Numbers are written as the shortest text that reads back to the same Double; texts are double-quoted.
public enum NetworkWriter {
  /// The folder's files: relative path → text.
  public static func files(_ network: Network) throws -> [String: String] {
    if let field = heatOrFlexibleField(network) {
      throw NetworkWriteError(
        field: field,
        "\(field) is heat or a flexible load; allowed: networks without them (the writer serves the importers, "
          + "whose formats have neither)")
    }
    let snapshots = network.snapshots
    var availability: [(String, [Double])] = []
    var demand: [(String, [Double])] = []
    var schedules: [(String, [Double])] = []
    var curves: [(String, [Double])] = []
    func check(_ field: String, _ id: String, _ values: [Double]) throws {
      guard values.count == snapshots.count else {
        throw NetworkWriteError(
          field: field,
          "\(field) has \(values.count) values; allowed: one per snapshot of the network (\(snapshots.count))")
      }
      guard !id.contains("#") else {
        throw NetworkWriteError(
          field: field, "\(field): the id \(ValidationProblem.show(id)) contains '#'; allowed: an id without '#' "
            + "(it names a profile column in \"FILE.csv#COLUMN\")")
      }
    }
    for g in network.generators {
      if let a = g.availability {
        try check("generators[\(g.id)].availability", g.id, a)
        availability.append((g.id, a))
      }
    }
    for d in network.loads {
      try check("loads[\(d.id)].demand", d.id, d.demandMW)
      demand.append((d.id, d.demandMW))
    }
    for k in network.links {
      if case .schedule(let s) = k.delivery {
        try check("links[\(k.id)].delivery.profile", k.id, s)
        schedules.append((k.id, s))
      }
      if case .curve(let m) = k.delivery {
        try check("links[\(k.id)].delivery.profile", k.id, m)
        curves.append((k.id, m))
      }
    }
    var files: [String: String] = [:]
    for (name, columns) in [
      ("availability.csv", availability), ("load.csv", demand), ("schedules.csv", schedules),
      ("delivery_curves.csv", curves),
    ]
    where !columns.isEmpty {
      files["profiles/\(name)"] = CSVTable.hourly(snapshots: snapshots, columns: columns).text
    }
    let hasProfiles = !files.isEmpty
    files["network.yaml"] = yaml(network, hours: hasProfiles ? snapshots.count : network.study.hours)
    return files
  }

  /// Writes the folder atomically (a temporary sibling renamed into place); an existing folder is replaced.
  public static func write(_ network: Network, to folder: URL) throws {
    try FolderWriter.write(files: try files(network), to: folder)
  }

  // MARK: - YAML

  static func yaml(_ n: Network, hours: Int) -> String {
    var out = "# Written by GridPlan's NetworkWriter (format: Networks/FORMAT.md).\n"
    out += "name: \(text(n.name))\n"
    out += "description: \(text(n.description))\n"
    var study = [("start", text(n.study.start)), ("hours", String(hours))]
    if n.study.hoursPerSnapshot != 1 { study.append(("hours_per_snapshot", number(n.study.hoursPerSnapshot))) }
    study += [
                 ("carbon_price_cny_per_t", number(n.study.carbonPriceCNYPerTonne))]
    study.append(("co2_cap_t", n.study.co2CapTonnes.map(number) ?? "null"))
    out += "study: \(flow(study))\n"
    out += "heating_seasons:"
    if n.heatingSeasons.isEmpty { out += " {}" }
    out += "\n"
    for (area, s) in n.heatingSeasons.sorted(by: { $0.key < $1.key }) {
      out += "  \(text(area)): "
        + flow([("start", text(monthDay(s.startMonth, s.startDay))), ("end", text(monthDay(s.endMonth, s.endDay)))])
        + "\n"
    }
    func list(_ key: String, _ items: [[(String, String)]]) {
      out += "\(key):" + (items.isEmpty ? " []\n" : "\n")
      for i in items { out += "  - \(flow(i))\n" }
    }
    list("carriers", n.carriers.map { [("id", text($0.id)), ("clean", $0.clean ? "true" : "false"),
                                        ("color", text($0.color))] })
    list("buses", n.buses.map { b in
      var f = [("id", text(b.id)), ("name", text(b.name)), ("area", text(b.area)), ("lat", number(b.latitude)),
               ("lon", number(b.longitude))]
      if b.external { f.append(("external", "true")) }
      if let p = b.priceCNYPerMWh { f.append(("price_cny_per_mwh", number(p))) }
      return f
    })
    list("lines", n.lines.map { l in
      var f = [("id", text(l.id)), ("bus0", text(l.bus0)), ("bus1", text(l.bus1)), ("rating_mw", number(l.ratingMW))]
      if let x = l.reactanceOhm { f.append(("reactance_ohm", number(x))) }
      if let x = l.lengthKm { f.append(("length_km", number(x))) }
      if let x = l.voltageKV { f.append(("voltage_kv", number(x))) }
      if l.phaseShiftDegrees != 0 { f.append(("phase_shift_deg", number(l.phaseShiftDegrees))) }
      if let e = l.expansion { f.append(("expansion", expansion(e))) }
      return f
    })
    list("links", n.links.map { k in
      let delivery: String
      switch k.delivery {
      case .price: delivery = flow([("rule", "price")])
      case .schedule: delivery = flow([("rule", "schedule"), ("profile", text("schedules.csv#\(k.id)"))])
      case .firm(let m): delivery = flow([("rule", "firm"), ("min_pu", number(m))])
      case .curve: delivery = flow([("rule", "curve"), ("profile", text("delivery_curves.csv#\(k.id)"))])
      }
      var f = [("id", text(k.id)), ("bus0", text(k.bus0)), ("bus1", text(k.bus1)), ("rating_mw", number(k.ratingMW)),
               ("length_km", number(k.lengthKm)), ("efficiency", number(k.efficiency)),
               ("p_min_pu", number(k.pMinPU)), ("delivery", delivery)]
      if !k.supporting.isEmpty { f.append(("supporting", "[" + k.supporting.map(text).joined(separator: ", ") + "]")) }
      if let e = k.expansion { f.append(("expansion", expansion(e))) }
      return f
    })
    list("generators", n.generators.map { g in
      var f = [("id", text(g.id)), ("bus", text(g.bus)), ("carrier", text(g.carrier)),
               ("capacity_mw", number(g.capacityMW))]
      if g.availability != nil { f.append(("availability", text("availability.csv#\(g.id)"))) }
      f.append(("marginal_cost_cny_per_mwh", number(g.marginalCostCNYPerMWh)))
      if g.marginalCostQuadraticCNYPerMW2h != 0 {
        f.append(("marginal_cost_quadratic_cny_per_mw2h", number(g.marginalCostQuadraticCNYPerMW2h)))
      }
      f.append(("p_min_pu", number(g.pMinPU)))
      if let r = g.rampPUPerHour { f.append(("ramp_pu_per_h", number(r))) }
      if let m = g.heatingMustRunPU { f.append(("heating_must_run_pu", number(m))) }
      f.append(("co2_t_per_mwh", number(g.co2TonnesPerMWh)))
      f.append(("water_m3_per_mwh", number(g.waterM3PerMWh)))
      f.append(("role", g.role.rawValue))
      if let uc = g.commitment {
        f.append(("committable", "true"))
        f.append(("start_up_cost_cny_per_mw", number(uc.startUpCostCNYPerMW)))
        f.append(("shut_down_cost_cny_per_mw", number(uc.shutDownCostCNYPerMW)))
        f.append(("min_up_time_h", "\(uc.minUpTimeHours)"))
        f.append(("min_down_time_h", "\(uc.minDownTimeHours)"))
        if let r = uc.rampStartUpPU { f.append(("ramp_start_up_pu", number(r))) }
        if let r = uc.rampShutDownPU { f.append(("ramp_shut_down_pu", number(r))) }
        if let h = uc.upTimeBeforeHours { f.append(("up_time_before_h", "\(h)")) }
        f.append(("down_time_before_h", "\(uc.downTimeBeforeHours)"))
        if let size = uc.unitSizeMW { f.append(("unit_size_mw", number(size))) }
      }
      if let e = g.expansion { f.append(("expansion", expansion(e))) }
      return f
    })
    list("storage_units", n.storageUnits.map { s in
      let initial: String
      switch s.initialStateOfCharge {
      case .cyclic: initial = "cyclic"
      case .fixed(let v): initial = number(v)
      }
      var f = [("id", text(s.id)), ("bus", text(s.bus)), ("carrier", text(s.carrier)), ("power_mw", number(s.powerMW)),
               ("energy_mwh", number(s.energyMWh)), ("efficiency_charge", number(s.efficiencyCharge)),
               ("efficiency_discharge", number(s.efficiencyDischarge)),
               ("standing_loss_pu_per_h", number(s.standingLossPerHour)), ("soc_initial_pu", initial),
               ("soc_min_pu", number(s.minimumStateOfChargePU)),
               ("marginal_cost_cny_per_mwh", number(s.marginalCostCNYPerMWh))]
      if s.isStore { f.append(("store", "true")) }
      if let e = s.expansion { f.append(("expansion", expansion(e))) }
      return f
    })
    list("loads", n.loads.map { d in
      [("id", text(d.id)), ("bus", text(d.bus)), ("profile", text("load.csv#\(d.id)")),
       ("value_of_lost_load_cny_per_mwh", number(d.valueOfLostLoadCNYPerMWh))]
    })
    return out
  }

  /// A component's `expansion` mapping (Networks/FORMAT.md).
  static func expansion(_ e: CapacityExpansion) -> String {
    var f = [("min", number(e.minimum))]
    if let m = e.maximum { f.append(("max", number(m))) }
    f += [("annualised_cost_cny", number(e.annualisedCost)), ("available_pu", number(e.availablePU))]
    if e.durationH != 0 { f.append(("duration_h", number(e.durationH))) }
    return flow(f)
  }

  static func flow(_ fields: [(String, String)]) -> String {
    "{" + fields.map { "\($0.0): \($0.1)" }.joined(separator: ", ") + "}"
  }

  static func monthDay(_ m: Int, _ d: Int) -> String {
    (m < 10 ? "0" : "") + "\(m)-" + (d < 10 ? "0" : "") + "\(d)"
  }

  /// A YAML double-quoted scalar (always text).
  static func text(_ s: String) -> String {
    var out = "\""
    for u in s.unicodeScalars {
      switch u {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      case "\n": out += "\\n"
      case "\t": out += "\\t"
      case "\r": out += "\\r"
      default:
        if u.value < 0x20 || u.value == 0x7F {
          out += "\\x" + (u.value < 16 ? "0" : "") + String(u.value, radix: 16)
        } else {
          out.unicodeScalars.append(u)
        }
      }
    }
    return out + "\""
  }

  /// A YAML number that reads back to the same Double (`.nan`, `.inf` for the non-finite ones, which the reader
  /// then reports).
  static func number(_ v: Double) -> String {
    if v.isNaN { return ".nan" }
    if v.isInfinite { return v > 0 ? ".inf" : "-.inf" }
    return csvNumber(v)
  }
}

extension NetworkWriter {
  /// The first heat list or flexible load field of a network, which the writer does not write (nil: none).
  static func heatOrFlexibleField(_ network: Network) -> String? {
    if !network.heat.isEmpty { return "heat_demands" }
    for l in network.loads where l.flexibility != nil || l.conversion != nil { return "loads[\(l.id)]" }
    return nil
  }
}
