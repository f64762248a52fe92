import Foundation
import GridModel

/// Turns the (overlaid) YAML tree of network.yaml into a `Network`: keys, types, required fields, profile
/// references and the fields that exist only in YAML (losses, `duration_h`, `annual_twh`, `p_mw`). Ranges of model
/// fields are left to `Network.validate()`. Bad fields get placeholders that pass validation, so every problem is
/// reported once and reading goes on.
final class NetworkDecoder {
  let context: ReadContext
  var profiles: ProfileStore
  var network: Network
  /// Hourly series waiting for the horizon: full profile columns (or flat values) to slice.
  var pending: [PendingSeries] = []
  /// Where each series came from in its CSV (field path → file, column and row lines of the full profile).
  var origins: [String: ProfileOrigin] = [:]
  var studyStart: (text: String, location: SourceLocation)? = nil
  var studyHours: (value: Int, location: SourceLocation)? = nil
  /// Delivery curves given by hour of day (`min_pu_by_hour`): link index → 24 values, expanded once the snapshots
  /// are known.
  var dailyCurves: [(link: Int, minPU: [Double])] = []
  private var reportedFiles: Set<String> = []
  private var reportedColumns: Set<String> = []

  enum Target {
    case availability(Int)
    case demand(Int)
    case schedule(Int)
    case heatDemand(Int)
    /// A delivery curve given as a profile of per-unit values.
    case curve(Int)
  }

  struct PendingSeries {
    var target: Target
    /// Profile file name in profiles/; nil for a flat value.
    var file: String?
    var values: [Double]
    var flat: Double
  }

  struct ProfileOrigin {
    var file: String
    var column: Int
    var rowLines: [Int32]
  }

  static let topKeys = [
    "name", "description", "study", "heating_seasons", "carriers", "buses", "lines", "links", "generators",
    "storage_units", "loads", "reserves", "heat_demands", "chp_units", "heat_boilers", "electric_boilers",
    "heat_stores",
  ]

  init(context: ReadContext, profiles: ProfileStore, name: String) {
    self.context = context
    self.profiles = profiles
    network = Network(name: name)
  }

  func decode(_ root: YNode) {
    guard let top = Fields(root, path: "network", keys: Self.topKeys, what: "network", context: context) else {
      return
    }
    if let name = top.text("name") { network.name = name }
    if let d = top.text("description") { network.description = d }
    if let s = top.node("study") { decodeStudy(s) }
    if let h = top.node("heating_seasons") { decodeHeatingSeasons(h) }
    network.carriers = list(top, "carriers", noun: "carrier", decodeCarrier)
    network.buses = list(top, "buses", noun: "bus", decodeBus)
    network.lines = list(top, "lines", noun: "line", decodeLine)
    network.links = list(top, "links", noun: "link", decodeLink)
    network.generators = list(top, "generators", noun: "generator", decodeGenerator)
    network.storageUnits = list(top, "storage_units", noun: "storage unit", decodeStorageUnit)
    network.loads = list(top, "loads", noun: "load", decodeLoad)
    if let r = top.node("reserves") { decodeReserves(r) }
    decodeHeat(top)
  }

  static let reserveKeys = ["up_load_pu", "up_variable_pu", "down_load_pu", "down_variable_pu", "variable_carriers"]

  /// `reserves: {AREA: {up_load_pu: ..., ...}}`: the operating reserve requirement of each synchronous area.
  private func decodeReserves(_ node: YNode) {
    guard let entries = node.entries else {
      context.bad("reserves", node, "a mapping from grid areas to {\(Self.reserveKeys.joined(separator: ", "))}")
      return
    }
    for e in entries {
      let path = "reserves.\(e.key)"
      guard let f = Fields(e.value, path: path, keys: Self.reserveKeys, what: "reserve", context: context) else {
        continue
      }
      var r = ReserveRequirement()
      let share = "a number from 0 to 1"
      r.upLoadPU = f.number("up_load_pu", allowed: share) ?? 0
      r.upVariablePU = f.number("up_variable_pu", allowed: share) ?? 0
      r.downLoadPU = f.number("down_load_pu", allowed: share) ?? 0
      r.downVariablePU = f.number("down_variable_pu", allowed: share) ?? 0
      if let n = f.node("variable_carriers") {
        if let items = n.items, items.allSatisfy({ $0.rawText != nil }) {
          r.variableCarriers = items.compactMap(\.rawText)
        } else {
          context.bad(f.field("variable_carriers"), n, "a list of carrier ids, e.g. [wind, solar]")
        }
      }
      network.reserves[e.key] = r
    }
  }

  /// Decodes every item of a list; an item that is not a mapping is reported and skipped.
  func list<T>(
    _ top: Fields, _ key: String, noun: String, _ decode: (Fields, Int) -> T
  ) -> [T] {
    guard let node = top.node(key) else { return [] }
    guard let items = node.items else {
      context.bad(key, node, "a list of \(noun) mappings")
      return []
    }
    var result: [T] = []
    for (i, item) in items.enumerated() {
      let id = item["id"]?.rawText ?? ""
      let name = id.isEmpty || item["id"]?.scalar == .null ? "\(key)[#\(i + 1)]" : "\(key)[\(id)]"
      let keys = Self.keys[key] ?? []
      guard
        let f = Fields(item, path: name, aliases: ["\(key)[#\(i + 1)]"], keys: keys, what: noun, context: context)
      else { continue }
      result.append(decode(f, result.count))
    }
    return result
  }

  static let keys: [String: [String]] = [
    "carriers": ["id", "clean", "color"],
    "buses": ["id", "name", "area", "lat", "lon", "external", "price_cny_per_mwh"],
    "lines": [
      "id", "bus0", "bus1", "rating_mw", "reactance_ohm", "length_km", "voltage_kv", "phase_shift_deg", "expansion",
    ],
    "links": [
      "id", "bus0", "bus1", "rating_mw", "length_km", "efficiency", "loss_fixed_pu", "loss_per_1000km_pu",
      "p_min_pu", "delivery", "supporting", "expansion",
    ],
    "generators": [
      "id", "bus", "carrier", "capacity_mw", "availability", "marginal_cost_cny_per_mwh",
      "marginal_cost_quadratic_cny_per_mw2h", "p_min_pu",
      "ramp_pu_per_h", "heating_must_run_pu", "co2_t_per_mwh", "water_m3_per_mwh", "role",
      "committable", "start_up_cost_cny_per_mw", "shut_down_cost_cny_per_mw", "min_up_time_h", "min_down_time_h",
      "ramp_start_up_pu", "ramp_shut_down_pu", "up_time_before_h", "down_time_before_h", "unit_size_mw",
      "expansion",
    ],
    "storage_units": [
      "id", "bus", "carrier", "power_mw", "duration_h", "energy_mwh", "efficiency_charge", "efficiency_discharge",
      "standing_loss_pu_per_h", "soc_initial_pu", "soc_min_pu", "marginal_cost_cny_per_mwh", "store", "expansion",
    ],
    "loads": [
      "id", "bus", "annual_twh", "profile", "p_mw", "value_of_lost_load_cny_per_mwh",
    ] + loadFlexibilityKeys + loadConversionKeys,
    "heat_demands": ["id", "area", "annual_twh", "profile", "p_mw", "value_of_lost_heat_cny_per_mwh"],
    "chp_units": ["id", "area", "kind", "c_b", "c_v"],
    "heat_boilers": ["id", "area", "capacity_mw", "efficiency", "fuel_cost_cny_per_mwh", "co2_t_per_mwh_fuel"],
    "electric_boilers": ["id", "bus", "area", "capacity_mw", "efficiency", "marginal_cost_cny_per_mwh"],
    "heat_stores": ["id", "area", "power_mw", "energy_mwh", "duration_h", "standing_loss_pu_per_h"],
  ]

  // MARK: - Study and seasons

  private func decodeStudy(_ node: YNode) {
    let keys = ["start", "hours", "hours_per_snapshot", "carbon_price_cny_per_t", "co2_cap_t"]
    guard let f = Fields(node, path: "study", keys: keys, what: "study", context: context) else { return }
    if let s = f.text("start") {
      network.study.start = s
      studyStart = (s, f.location("start"))
    }
    if let h = f.integer("hours", allowed: "a whole number of hours >= 1") {
      network.study.hours = h
      studyHours = (h, f.location("hours"))
    }
    if let node = f.node("hours_per_snapshot") {
      if let d = f.integer("hours_per_snapshot", allowed: "a whole number of hours from 1 to 24"), d >= 1, d <= 24 {
        network.study.hoursPerSnapshot = Double(d)
      } else {
        context.bad("study.hours_per_snapshot", node, "a whole number of hours from 1 to 24")
      }
    }
    if let c = f.number("carbon_price_cny_per_t", allowed: "a number >= 0") { network.study.carbonPriceCNYPerTonne = c }
    network.study.co2CapTonnes = f.number("co2_cap_t", allowed: "a number >= 0, or null for no cap")
  }

  private func decodeHeatingSeasons(_ node: YNode) {
    guard let entries = node.entries else {
      context.bad("heating_seasons", node, "a mapping from grid areas to {start: \"MM-DD\", end: \"MM-DD\"}")
      return
    }
    for e in entries {
      let path = "heating_seasons.\(e.key)"
      guard let f = Fields(e.value, path: path, keys: ["start", "end"], what: "heating season", context: context)
      else { continue }
      var parts: [(Int, Int)] = []
      for key in ["start", "end"] {
        guard let n = f.node(key) else {
          context.missing(f.field(key), at: e.value.location, "a month and day \"MM-DD\"")
          continue
        }
        guard let md = n.rawText.flatMap(Self.monthDay) else {
          context.bad(f.field(key), n, "a month and day \"MM-DD\", e.g. \"10-15\"")
          continue
        }
        parts.append(md)
      }
      if parts.count == 2 {
        network.heatingSeasons[e.key] = HeatingSeason(
          startMonth: parts[0].0, startDay: parts[0].1, endMonth: parts[1].0, endDay: parts[1].1)
      }
    }
  }

  static func monthDay(_ s: String) -> (Int, Int)? {
    let parts = s.split(separator: "-", omittingEmptySubsequences: false)
    guard parts.count == 2, parts.allSatisfy({ (1...2).contains($0.count) && $0.allSatisfy(\.isASCII) }),
      let m = Int(parts[0]), let d = Int(parts[1])
    else { return nil }
    return (m, d)
  }

  // MARK: - Components

  private func id(_ f: Fields) -> String { f.text("id") ?? "" }

  private func decodeCarrier(_ f: Fields, _ index: Int) -> Carrier {
    let clean = f.bool("clean")
    if clean == nil && !f.has("clean") {
      context.missing(f.field("clean"), at: f.node.location, "true (wind, solar, hydro, ...) or false")
    }
    return Carrier(id: id(f), clean: clean ?? false, color: f.text("color") ?? "#888888")
  }

  private func decodeBus(_ f: Fields, _ index: Int) -> Bus {
    Bus(
      id: id(f), name: f.text("name") ?? "", area: f.text("area") ?? "", latitude: f.number("lat") ?? 0,
      longitude: f.number("lon") ?? 0, external: f.bool("external") ?? false,
      priceCNYPerMWh: f.number("price_cny_per_mwh"))
  }

  /// A component's `expansion: {min, max, annualised_cost_cny, available_pu, duration_h}` (nil without one).
  private func decodeExpansion(_ f: Fields) -> CapacityExpansion? {
    guard let node = f.node("expansion") else { return nil }
    guard
      let e = Fields(
        node, path: f.field("expansion"), aliases: f.aliases.map { "\($0).expansion" },
        keys: ["min", "max", "annualised_cost_cny", "available_pu", "duration_h"], what: "expansion",
        context: context)
    else { return nil }
    return CapacityExpansion(
      minimum: e.number("min", allowed: "a number >= 0") ?? 0, maximum: e.number("max", allowed: "a number >= min"),
      annualisedCost: e.number("annualised_cost_cny", allowed: "a number >= 0") ?? 0,
      availablePU: e.number("available_pu", allowed: "a number from 0 to 1") ?? 1,
      durationH: e.number("duration_h", allowed: "a number >= 0") ?? 0)
  }

  private func decodeLine(_ f: Fields, _ index: Int) -> Line {
    var line = Line(
      id: id(f), bus0: f.text("bus0") ?? "", bus1: f.text("bus1") ?? "",
      ratingMW: f.requiredNumber("rating_mw", allowed: "a number >= 0"),
      reactanceOhm: f.number("reactance_ohm", allowed: "a number > 0"),
      lengthKm: f.number("length_km", allowed: "a number > 0"),
      voltageKV: f.number("voltage_kv", allowed: "a number > 0"),
      phaseShiftDegrees: f.number("phase_shift_deg", allowed: "degrees, -180 to 180") ?? 0)
    line.expansion = decodeExpansion(f)
    return line
  }

  private func decodeLink(_ f: Fields, _ index: Int) -> Link {
    let length = f.number("length_km", allowed: "a number >= 0") ?? 0
    var efficiency = 1.0
    if f.has("efficiency") && (f.has("loss_fixed_pu") || f.has("loss_per_1000km_pu")) {
      context.fail(
        f.location("efficiency"), field: f.field("efficiency"),
        "\(f.field("efficiency")) is given with "
          + "loss_fixed_pu/loss_per_1000km_pu; allowed: either efficiency, or the losses")
    } else if let e = f.number("efficiency", allowed: "0 < efficiency <= 1") {
      efficiency = e
    } else if f.has("loss_fixed_pu") || f.has("loss_per_1000km_pu") {
      let fixed = f.number("loss_fixed_pu", allowed: "a number from 0 to 1") ?? 0
      let perThousand = f.number("loss_per_1000km_pu", allowed: "a number from 0 to 1") ?? 0
      var ok = true
      for (key, v) in [("loss_fixed_pu", fixed), ("loss_per_1000km_pu", perThousand)] where !(v >= 0 && v <= 1) {
        ok = false
        if let n = f.node(key) { context.bad(f.field(key), n, "a number from 0 to 1") }
      }
      if ok {
        efficiency = Link.efficiency(fixedLoss: fixed, lossPerThousandKm: perThousand, lengthKm: length)
        f.recordAlias("efficiency", from: f.has("loss_per_1000km_pu") ? "loss_per_1000km_pu" : "loss_fixed_pu")
      }
    }
    var link = Link(
      id: id(f), bus0: f.text("bus0") ?? "", bus1: f.text("bus1") ?? "",
      ratingMW: f.requiredNumber("rating_mw", allowed: "a number >= 0"), lengthKm: length, efficiency: efficiency,
      pMinPU: f.number("p_min_pu", allowed: "a number from 0 to 1") ?? 0,
      delivery: decodeDelivery(f, linkIndex: index), supporting: decodeSupporting(f))
    link.expansion = decodeExpansion(f)
    return link
  }

  /// `supporting: [generator ids]`; the ids are checked by validation.
  private func decodeSupporting(_ f: Fields) -> [String] {
    guard let node = f.node("supporting"), node.scalar != .null else { return [] }
    guard let items = node.items, items.allSatisfy({ $0.rawText != nil }) else {
      context.bad(f.field("supporting"), node, "a list of generator ids, e.g. [XLG-coal-sup-xt, XLG-wind-sup-xt]")
      return []
    }
    return items.compactMap(\.rawText)
  }

  private func decodeDelivery(_ link: Fields, linkIndex: Int) -> DeliveryRule {
    guard let node = link.node("delivery") else { return .price }
    let rules =
      "price, schedule (with profile), firm (with min_pu) or curve (with min_pu_by_hour: 24 values, or profile)"
    guard let entries = node.entries else {
      context.bad(link.field("delivery"), node, "a mapping {rule: \(rules)}")
      return .price
    }
    let ruleNode = entries.first(where: { $0.key == "rule" })?.value
    let rule = ruleNode?.rawText ?? ""
    let keys: [String]
    switch rule {
    case "schedule": keys = ["rule", "profile"]
    case "firm": keys = ["rule", "min_pu"]
    case "curve": keys = ["rule", "min_pu_by_hour", "profile"]
    default: keys = ["rule"]
    }
    guard
      let f = Fields(
        node, path: link.field("delivery"), aliases: link.aliases.map { "\($0).delivery" }, keys: keys,
        what: "delivery", context: context)
    else { return .price }
    switch rule {
    case "price":
      return .price
    case "schedule":
      if f.has("profile") {
        addProfile(f, "profile", target: .schedule(linkIndex))
      } else {
        context.missing(f.field("profile"), at: node.location, "a profile \"FILE.csv#COLUMN\" of MW per hour")
      }
      return .schedule([])
    case "firm":
      if f.has("min_pu") {
        return .firm(minPU: f.number("min_pu", allowed: "a number from 0 to 1") ?? 0)
      }
      context.missing(f.field("min_pu"), at: node.location, "a number from 0 to 1")
      return .firm(minPU: 0)
    case "curve":
      return decodeCurve(f, at: node, linkIndex: linkIndex)
    default:
      if let ruleNode, ruleNode.scalar != .null {
        context.bad(f.field("rule"), ruleNode, rules)
      } else {
        context.missing(f.field("rule"), at: node.location, rules)
      }
      return .price
    }
  }

  /// A delivery curve: `min_pu_by_hour` (24 shares of the rating, hour 0 = 00:00-01:00 local time) or `profile`
  /// (a per-unit column); exactly one of them.
  private func decodeCurve(_ f: Fields, at node: YNode, linkIndex: Int) -> DeliveryRule {
    let allowed = "min_pu_by_hour (24 shares of the rating from 0 to 1, by hour of day) or profile \"FILE.csv#COLUMN\""
    switch (f.has("min_pu_by_hour"), f.has("profile")) {
    case (true, true):
      context.fail(
        f.location("profile"), field: f.field("profile"),
        "\(f.field("profile")) is given with min_pu_by_hour; allowed: either \(allowed)")
    case (false, false):
      context.missing(f.field("min_pu_by_hour"), at: node.location, allowed)
    case (false, true):
      addProfile(f, "profile", target: .curve(linkIndex))
    case (true, false):
      guard let n = f.node("min_pu_by_hour") else { break }
      let values = n.items?.compactMap { item -> Double? in
        if case .number(let v) = item.scalar { return v }
        return nil
      }
      guard let values, values.count == 24, n.items?.count == 24 else {
        context.bad(f.field("min_pu_by_hour"), n, "a list of 24 numbers from 0 to 1 (hours 0 to 23)")
        break
      }
      if let bad = values.firstIndex(where: { !($0 >= 0 && $0 <= 1) }) {
        context.bad(
          f.field("min_pu_by_hour"), n,
          "24 numbers from 0 to 1 (hours 0 to 23); hour \(bad) is \(ValidationProblem.show(values[bad]))")
        break
      }
      dailyCurves.append((linkIndex, values))
    }
    return .curve(minPU: [])
  }

  private func decodeGenerator(_ f: Fields, _ index: Int) -> Generator {
    var role = GeneratorRole.operating
    if let n = f.node("role"), let r = f.text("role") {
      if let known = GeneratorRole(rawValue: r) {
        role = known
      } else {
        context.bad(f.field("role"), n, GeneratorRole.allCases.map(\.rawValue).joined(separator: " or "))
      }
    }
    if f.has("availability") { addProfile(f, "availability", target: .availability(index)) }
    var generator = Generator(
      id: id(f), bus: f.text("bus") ?? "", carrier: f.text("carrier") ?? "",
      capacityMW: f.requiredNumber("capacity_mw", allowed: "a number >= 0"),
      availability: f.has("availability") ? [] : nil,
      pMinPU: f.number("p_min_pu", allowed: "a number from 0 to 1") ?? 0,
      heatingMustRunPU: f.number("heating_must_run_pu", allowed: "a number from 0 to 1"),
      rampPUPerHour: f.number("ramp_pu_per_h", allowed: "a number >= 0"),
      marginalCostCNYPerMWh: f.number("marginal_cost_cny_per_mwh") ?? 0,
      co2TonnesPerMWh: f.number("co2_t_per_mwh", allowed: "a number >= 0") ?? 0,
      waterM3PerMWh: f.number("water_m3_per_mwh", allowed: "a number >= 0") ?? 0, role: role,
      commitment: decodeCommitment(f),
      marginalCostQuadraticCNYPerMW2h: f.number("marginal_cost_quadratic_cny_per_mw2h", allowed: "a number >= 0")
        ?? 0)
    generator.expansion = decodeExpansion(f)
    return generator
  }

  static let commitmentKeys = [
    "start_up_cost_cny_per_mw", "shut_down_cost_cny_per_mw", "min_up_time_h", "min_down_time_h", "ramp_start_up_pu",
    "ramp_shut_down_pu", "up_time_before_h", "down_time_before_h", "unit_size_mw",
  ]

  /// The commitment fields of a generator with `committable: true` (nil otherwise; they are an error without it).
  private func decodeCommitment(_ f: Fields) -> UnitCommitment? {
    guard f.bool("committable") == true else {
      for key in Self.commitmentKeys where f.has(key) {
        context.fail(
          f.location(key), field: f.field(key),
          "\(f.field(key)) is given but \(f.field("committable")) is not true; allowed: the commitment fields only "
            + "with committable: true")
      }
      return nil
    }
    let hours = "a whole number of hours >= 0"
    return UnitCommitment(
      startUpCostCNYPerMW: f.number("start_up_cost_cny_per_mw", allowed: "a number >= 0") ?? 0,
      shutDownCostCNYPerMW: f.number("shut_down_cost_cny_per_mw", allowed: "a number >= 0") ?? 0,
      minUpTimeHours: f.integer("min_up_time_h", allowed: hours) ?? 0,
      minDownTimeHours: f.integer("min_down_time_h", allowed: hours) ?? 0,
      rampStartUpPU: f.number("ramp_start_up_pu", allowed: "a number from p_min_pu to 1"),
      rampShutDownPU: f.number("ramp_shut_down_pu", allowed: "a number from p_min_pu to 1"),
      upTimeBeforeHours: f.integer("up_time_before_h", allowed: hours),
      downTimeBeforeHours: f.integer("down_time_before_h", allowed: hours) ?? 0,
      unitSizeMW: f.number("unit_size_mw", allowed: "a number > 0"))
  }

  private func decodeStorageUnit(_ f: Fields, _ index: Int) -> StorageUnit {
    let power = f.requiredNumber("power_mw", allowed: "a number >= 0")
    var energy = 0.0
    switch (f.has("duration_h"), f.has("energy_mwh")) {
    case (true, true):
      context.fail(
        f.location("duration_h"), field: f.field("duration_h"),
        "\(f.field("duration_h")) is given "
          + "with energy_mwh; allowed: either duration_h or energy_mwh")
    case (true, false):
      if let d = f.number("duration_h", allowed: "a number >= 0") {
        if d.isFinite && d >= 0 {
          energy = power * d
          f.recordAlias("energy_mwh", from: "duration_h")
        } else if let n = f.node("duration_h") {
          context.bad(f.field("duration_h"), n, "a number >= 0")
        }
      }
    case (false, true):
      energy = f.number("energy_mwh", allowed: "a number >= 0") ?? 0
    case (false, false):
      context.missing(f.field("energy_mwh"), at: f.node.location, "energy_mwh, or duration_h (hours at power_mw)")
    }
    var initial = InitialStateOfCharge.cyclic
    if let n = f.node("soc_initial_pu") {
      switch n.scalar {
      case .number(let v): initial = .fixed(v)
      case .text("cyclic"): initial = .cyclic
      default: context.bad(f.field("soc_initial_pu"), n, "\"cyclic\" or a number from soc_min_pu to 1")
      }
    }
    var unit = StorageUnit(
      id: id(f), bus: f.text("bus") ?? "", carrier: f.text("carrier") ?? "", powerMW: power, energyMWh: energy,
      efficiencyCharge: f.number("efficiency_charge", allowed: "0 < efficiency <= 1") ?? 1,
      efficiencyDischarge: f.number("efficiency_discharge", allowed: "0 < efficiency <= 1") ?? 1,
      standingLossPerHour: f.number("standing_loss_pu_per_h", allowed: "a number from 0 to 1") ?? 0,
      initialStateOfCharge: initial,
      minimumStateOfChargePU: f.number("soc_min_pu", allowed: "a number from 0 to 1") ?? 0,
      marginalCostCNYPerMWh: f.number("marginal_cost_cny_per_mwh", allowed: "a number >= 0")
        ?? StorageUnit.defaultMarginalCostCNYPerMWh)
    unit.isStore = f.bool("store") ?? false
    unit.expansion = decodeExpansion(f)
    return unit
  }

  private func decodeLoad(_ f: Fields, _ index: Int) -> Load {
    var load = Load(
      id: id(f), bus: f.text("bus") ?? "", demandMW: [],
      valueOfLostLoadCNYPerMWh: f.number("value_of_lost_load_cny_per_mwh", allowed: "a number >= 0") ?? 10_000)
    load.flexibility = decodeFlexibility(f)
    load.conversion = decodeConversion(f)
    if load.conversion != nil && !f.has("p_mw") && !f.has("profile") && !f.has("annual_twh") {
      // A converting load draws what the LP chooses: no demand of its own.
      pending.append(PendingSeries(target: .demand(index), file: nil, values: [], flat: 0))
      return load
    }
    decodeDemand(f, target: .demand(index))
    return load
  }

  /// The demand of a load or a heat demand: `p_mw` (flat), or `profile` with optional `annual_twh`.
  func decodeDemand(_ f: Fields, target: Target) {
    let hasProfile = f.has("profile")
    let hasFlat = f.has("p_mw")
    let hasAnnual = f.has("annual_twh")
    if hasFlat && (hasProfile || hasAnnual) {
      context.fail(
        f.location("p_mw"), field: f.field("p_mw"),
        "\(f.field("p_mw")) is given with \(hasProfile ? "profile" : "annual_twh"); allowed: either p_mw (flat), "
          + "or profile (with optional annual_twh)")
      pending.append(PendingSeries(target: target, file: nil, values: [], flat: 0))
    } else if hasFlat {
      var p = f.number("p_mw", allowed: "a number >= 0") ?? 0
      if !(p.isFinite && p >= 0), let n = f.node("p_mw") {
        context.bad(f.field("p_mw"), n, "a number >= 0")
        p = 0
      }
      pending.append(PendingSeries(target: target, file: nil, values: [], flat: p))
    } else if hasProfile {
      var annual: Double? = nil
      if hasAnnual, let a = f.number("annual_twh", allowed: "a number >= 0") {
        if a.isFinite && a >= 0 {
          annual = a
        } else if let n = f.node("annual_twh") {
          context.bad(f.field("annual_twh"), n, "a number >= 0")
        }
      }
      addProfile(f, "profile", target: target, annualTWh: annual)
    } else {
      let allowed = "p_mw (flat MW), or profile \"FILE.csv#COLUMN\" (with optional annual_twh)"
      if hasAnnual {
        context.fail(
          f.location("annual_twh"), field: f.field("profile"),
          "\(f.field("profile")) is missing, so "
            + "annual_twh has nothing to scale; allowed: \(allowed)")
      } else {
        context.missing(f.field("p_mw"), at: f.node.location, allowed)
      }
      pending.append(PendingSeries(target: target, file: nil, values: [], flat: 0))
    }
  }

  // MARK: - Profiles

  /// Resolves `"FILE.csv#COLUMN"` at `key` to the full column and queues it for the horizon; on any problem a flat
  /// zero series is queued instead. `annualTWh` scales the full column to sum to it (MWh = TWh * 1e6).
  func addProfile(_ f: Fields, _ key: String, target: Target, annualTWh: Double? = nil) {
    let placeholder = PendingSeries(target: target, file: nil, values: [], flat: 0)
    guard let node = f.node(key) else { return pending.append(placeholder) }
    let field = f.field(key)
    let format = "\"FILE.csv#COLUMN\", a file in \(profiles.displayFolder)/profiles/ and one of its columns"
    guard let ref = node.rawText, let hash = ref.lastIndex(of: "#"), hash != ref.startIndex,
      ref.index(after: hash) != ref.endIndex
    else {
      context.bad(field, node, format)
      return pending.append(placeholder)
    }
    let fileName = String(ref[..<hash])
    let columnName = String(ref[ref.index(after: hash)...])
    guard let table = profiles.table(fileName) else {
      let files = profiles.available()
      context.bad(field, node, "a file in \(profiles.displayFolder)/profiles/: \(ValidationProblem.listing(files))")
      return pending.append(placeholder)
    }
    if !table.problems.isEmpty {
      if reportedFiles.insert(fileName).inserted { context.problems.append(contentsOf: table.problems) }
      return pending.append(placeholder)
    }
    guard let column = table.columnIndex[columnName] else {
      let hint = ValidationProblem.suggestion(for: columnName, among: table.columns).map { " (did you mean \($0)?)" }
      context.fail(
        node.location, field: field,
        "\(field) is \(node.shown)\(hint ?? ""); allowed: a column of "
          + "\(table.file): \(ValidationProblem.listing(table.columns, limit: 30))")
      return pending.append(placeholder)
    }
    var values = table.values[column]
    if let bad = table.badCells[column] {
      if reportedColumns.insert(ref).inserted {
        let more = bad.count > 1 ? " (\(bad.count - 1) more bad cells in this column)" : ""
        let time = Timestamp(minutes: table.start.minutes + table.stepMinutes * bad.row).text
        context.fail(
          SourceLocation(file: table.file, line: bad.line, column: bad.column), field: field,
          "\(columnName) at \(time) is \(bad.text); allowed: a finite number\(more)")
      }
      for i in values.indices where values[i].isNaN { values[i] = 0 }
    }
    if let annual = annualTWh {
      let sum = values.reduce(0, +)
      guard sum > 0 && sum.isFinite else {
        context.fail(
          f.location("annual_twh"), field: f.field("annual_twh"),
          "\(f.field("annual_twh")) cannot scale "
            + "\(ValidationProblem.show(ref)): its values sum to \(ValidationProblem.show(sum)); allowed: a profile "
            + "with a positive sum")
        return pending.append(placeholder)
      }
      let scale = annual * 1e6 / sum
      for i in values.indices { values[i] *= scale }
    }
    origins[field] = ProfileOrigin(file: table.file, column: column + 2, rowLines: table.rowLines)
    for alias in f.aliases { origins["\(alias).\(key)"] = origins[field] }
    pending.append(PendingSeries(target: target, file: fileName, values: values, flat: 0))
  }
}
