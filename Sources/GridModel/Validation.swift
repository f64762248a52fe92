import Foundation

/// One thing wrong with (error) or suspicious about (warning) a network, named by its field path in the YAML
/// spelling of `Networks/FORMAT.md`, e.g. `generators[ORD-coal].capacity_mw`.
///
/// A component without an id is named by its position, counted from 1: `generators[#3]`. Its description reads
/// `FIELD is VALUE; allowed: ALLOWED`, e.g. `generators[ORD-coal].capacity_mw is -5; allowed: a number >= 0`.
public struct ValidationProblem: Sendable, Equatable, CustomStringConvertible {
  public enum Severity: String, Sendable, Equatable, Comparable {
    /// The network cannot be studied as it is.
    case error
    /// Probably a mistake, but the study can run.
    case warning

    public static func < (a: Severity, b: Severity) -> Bool { a == .error && b == .warning }
  }

  public var severity: Severity
  /// Field path, e.g. `generators[ORD-coal].capacity_mw`, `loads[ORD-load].profile[17]`, `buses`.
  public var field: String
  /// The offending value as shown to a user: a number, a quoted text, or a short phrase (`missing`, `48 values`).
  public var value: String
  /// What would be valid.
  public var allowed: String

  public init(_ severity: Severity = .error, field: String, value: String, allowed: String) {
    self.severity = severity
    self.field = field
    self.value = value
    self.allowed = allowed
  }

  public var description: String { "\(field) is \(value); allowed: \(allowed)" }

  /// A number as shown in messages: integers without a fraction, `nan`, `inf`, otherwise 12 significant digits
  /// (so a computed 1 - 0.02 - 0.99 shows as -0.01).
  public static func show(_ v: Double) -> String {
    if v.isNaN { return "nan" }
    if v.isInfinite { return v > 0 ? "inf" : "-inf" }
    if v == v.rounded() && abs(v) < 1e15 { return String(Int64(v)) }
    return String(format: "%.12g", v)
  }

  /// A text as shown in messages: in double quotes.
  public static func show(_ s: String) -> String { "\"\(s)\"" }

  /// Ids for a message: the first `limit`, then the count.
  public static func listing(_ ids: [String], limit: Int = 12) -> String {
    if ids.isEmpty { return "(none defined)" }
    let shown = ids.prefix(limit).joined(separator: ", ")
    return ids.count > limit ? "\(shown), ... (\(ids.count) in all)" : shown
  }

  /// The closest id by edit distance (at most 2 edits, or a case difference), for "did you mean".
  public static func suggestion(for s: String, among ids: [String]) -> String? {
    if s.isEmpty { return nil }
    if let same = ids.first(where: { $0.lowercased() == s.lowercased() }) { return same }
    var best: (String, Int)? = nil
    for id in ids {
      let d = editDistance(Array(s.lowercased()), Array(id.lowercased()))
      if d <= 2 && 3 * d <= Swift.max(s.count, id.count) && d < (best?.1 ?? Int.max) { best = (id, d) }
    }
    return best?.0
  }

  static func editDistance(_ a: [Character], _ b: [Character]) -> Int {
    if a.isEmpty { return b.count }
    if b.isEmpty { return a.count }
    var previous = Array(0...b.count)
    var current = [Int](repeating: 0, count: b.count + 1)
    for i in 1...a.count {
      current[0] = i
      for j in 1...b.count {
        current[j] = Swift.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
      }
      swap(&previous, &current)
    }
    return previous[b.count]
  }
}

extension Network {
  /// Number of hours in the study: the snapshots when there are any, otherwise the longest hourly series
  /// (load demand, availability, schedule), otherwise 0.
  public var snapshotCount: Int {
    if !snapshots.isEmpty { return snapshots.count }
    var n = 0
    for l in loads { n = Swift.max(n, l.demandMW.count) }
    for g in generators { n = Swift.max(n, g.availability?.count ?? 0) }
    for k in links { if case .schedule(let s) = k.delivery { n = Swift.max(n, s.count) } }
    return n
  }

  /// Every problem of the network, errors and warnings, in list order (not just the first).
  ///
  /// Checks ids (missing, duplicate, containing whitespace, `@`, `[` or `]`), references to buses and carriers,
  /// the topology (lines between distinct internal buses, links out of internal buses, components at internal
  /// buses), every number's range (NaN and infinity are never allowed), hourly series against the snapshots,
  /// and the delivery rules of links. See `Networks/FORMAT.md` for the ranges.
  public func validate() -> [ValidationProblem] {
    var v = NetworkValidator(self)
    v.run()
    return v.problems
  }
}

/// The checks behind ``Network/validate()``; one method per list.
struct NetworkValidator {
  let network: Network
  var problems: [ValidationProblem] = []
  var busIndex: [String: Int] = [:]
  var carrierIDs: Set<String> = []
  let hours: Int

  init(_ network: Network) {
    self.network = network
    hours = network.snapshotCount
    for (i, b) in network.buses.enumerated() where busIndex[b.id] == nil { busIndex[b.id] = i }
    carrierIDs = Set(network.carriers.map(\.id))
  }

  mutating func run() {
    checkNetwork()
    checkIDs("carriers", network.carriers.map(\.id), noun: "carrier")
    checkIDs("buses", network.buses.map(\.id), noun: "bus")
    checkIDs("lines", network.lines.map(\.id), noun: "line")
    checkIDs("links", network.links.map(\.id), noun: "link")
    checkIDs("generators", network.generators.map(\.id), noun: "generator")
    checkIDs("storage_units", network.storageUnits.map(\.id), noun: "storage unit")
    checkIDs("loads", network.loads.map(\.id), noun: "load")
    checkCarriers()
    checkBuses()
    checkLines()
    checkLinks()
    checkSupportingPlants()
    checkExpansions()
    checkGenerators()
    checkReserves()
    checkStorageUnits()
    checkLoads()
    checkFlexibleLoads()
    checkHeat()
    checkConnections()
  }

  // MARK: - Helpers

  mutating func error(_ field: String, _ value: String, _ allowed: String) {
    problems.append(ValidationProblem(.error, field: field, value: value, allowed: allowed))
  }

  mutating func warning(_ field: String, _ value: String, _ allowed: String) {
    problems.append(ValidationProblem(.warning, field: field, value: value, allowed: allowed))
  }

  static func name(_ list: String, _ id: String, _ index: Int) -> String {
    id.isEmpty ? "\(list)[#\(index + 1)]" : "\(list)[\(id)]"
  }

  /// A number in a range; NaN and infinity always fail.
  mutating func number(
    _ field: String, _ v: Double, min: Double? = nil, max: Double? = nil, minOpen: Bool = false,
    maxOpen: Bool = false, allowed: String
  ) {
    var ok = v.isFinite
    if let lo = min { ok = ok && (minOpen ? v > lo : v >= lo) }
    if let hi = max { ok = ok && (maxOpen ? v < hi : v <= hi) }
    if !ok { error(field, ValidationProblem.show(v), allowed) }
  }

  mutating func nonNegative(_ field: String, _ v: Double) {
    number(field, v, min: 0, allowed: "a number >= 0")
  }

  mutating func fraction(_ field: String, _ v: Double) {
    number(field, v, min: 0, max: 1, allowed: "a number from 0 to 1")
  }

  /// Checks a bus reference; returns the bus when it exists.
  mutating func busReference(_ field: String, _ id: String) -> Bus? {
    if let i = busIndex[id] { return network.buses[i] }
    let ids = network.buses.map(\.id)
    let hint = ValidationProblem.suggestion(for: id, among: ids).map { " (did you mean \($0)?)" } ?? ""
    error(
      field, id.isEmpty ? "missing" : ValidationProblem.show(id) + hint,
      "the id of a bus: \(ValidationProblem.listing(ids))")
    return nil
  }

  /// A bus reference that must be an internal bus (generators, storage, loads).
  mutating func internalBus(_ field: String, _ id: String) -> Bus? {
    guard let bus = busReference(field, id) else { return nil }
    if bus.external {
      error(
        field, "\(ValidationProblem.show(id)), an external bus",
        "an internal bus (external buses only receive what links deliver)")
    }
    return bus
  }

  mutating func carrierReference(_ field: String, _ id: String) {
    if carrierIDs.contains(id) { return }
    let ids = network.carriers.map(\.id)
    let hint = ValidationProblem.suggestion(for: id, among: ids).map { " (did you mean \($0)?)" } ?? ""
    error(
      field, id.isEmpty ? "missing" : ValidationProblem.show(id) + hint,
      "the id of a carrier listed under carriers: \(ValidationProblem.listing(ids))")
  }

  /// An hourly series: one finite value per snapshot, within bounds.
  /// An hourly demand (MW >= 0) given as `p_mw` (the same value in every hour) or as a profile: the error names the
  /// field the user wrote.
  mutating func demand(_ name: String, _ values: [Double], allowed: String) {
    let flat = values.count > 0 && values.allSatisfy { $0.bitPattern == values[0].bitPattern }
    if flat && values.count == hours {
      nonNegative("\(name).p_mw", values[0])
    } else {
      series("\(name).profile", values, min: 0, max: nil, allowed: allowed)
    }
  }

  mutating func series(_ field: String, _ values: [Double], min: Double, max: Double?, allowed: String) {
    if values.count != hours {
      error(field, "\(values.count) values", "one value per snapshot (\(hours))")
    }
    var bad = 0
    for (t, v) in values.enumerated() {
      let ok = v.isFinite && v >= min && (max.map { v <= $0 } ?? true)
      if ok { continue }
      bad += 1
      if bad <= 3 { error("\(field)[\(t)]", ValidationProblem.show(v), allowed) }
    }
    if bad > 3 { error(field, "out of range in \(bad - 3) more hours", allowed) }
  }

  // MARK: - Network and ids

  mutating func checkNetwork() {
    if network.buses.isEmpty { error("buses", "empty", "at least one bus") }
    if hours == 0 { error("snapshots", "empty", "at least one hourly snapshot") }
    let study = network.study
    if !Self.isTimestamp(study.start) {
      error("study.start", ValidationProblem.show(study.start), "a time \"YYYY-MM-DDTHH:MM\"")
    }
    if study.hours < 1 { error("study.hours", String(study.hours), "a whole number >= 1") }
    nonNegative("study.carbon_price_cny_per_t", study.carbonPriceCNYPerTonne)
    if let cap = study.co2CapTonnes { nonNegative("study.co2_cap_t", cap) }
    let areas = Set(network.buses.map(\.area))
    for (area, season) in network.heatingSeasons.sorted(by: { $0.key < $1.key }) {
      let field = "heating_seasons.\(area)"
      for (key, m, d) in [("start", season.startMonth, season.startDay), ("end", season.endMonth, season.endDay)]
      where !Self.isMonthDay(m, d) {
        error("\(field).\(key)", "month \(m), day \(d)", "a valid \"MM-DD\" date")
      }
      if !areas.contains(area) {
        warning(field, "an area of no bus", "an area used by a bus: \(ValidationProblem.listing(areas.sorted()))")
      }
    }
  }

  mutating func checkIDs(_ list: String, _ ids: [String], noun: String) {
    var first: [String: Int] = [:]
    for (i, id) in ids.enumerated() {
      let field = "\(Self.name(list, id, i)).id"
      if id.isEmpty {
        error("\(list)[#\(i + 1)].id", "missing", "a unique \(noun) id without spaces, '@', '[' or ']'")
        continue
      }
      if id.contains(where: { $0.isWhitespace || $0 == "@" || $0 == "[" || $0 == "]" }) {
        error(
          field, ValidationProblem.show(id),
          "an id without spaces, '@' (reserved for hour suffixes in LP names), '[' or ']'")
      }
      if let j = first[id] {
        error(
          "\(list)[#\(i + 1)].id", "\(ValidationProblem.show(id)), already the id of \(list)[#\(j + 1)]",
          "an id used by no other \(noun)")
      } else {
        first[id] = i
      }
    }
  }

  // MARK: - Components

  /// Capacity expansion (``CapacityExpansion``): bounds, cost, the share of the capacity usable, a storage unit's
  /// duration; what an extendable component cannot combine with.
  mutating func checkExpansions() {
    func check(_ name: String, _ e: CapacityExpansion?, storage: Bool = false) {
      guard let e else { return }
      number("\(name).expansion.min", e.minimum, min: 0, allowed: "a number >= 0")
      if let m = e.maximum {
        number("\(name).expansion.max", m, min: max(0, e.minimum), allowed: "a number >= expansion.min, or none")
      }
      number("\(name).expansion.annualised_cost_cny", e.annualisedCost, min: 0, allowed: "a number >= 0")
      number("\(name).expansion.available_pu", e.availablePU, min: 0, max: 1, allowed: "a number from 0 to 1")
      if storage {
        number("\(name).expansion.duration_h", e.durationH, min: 0, allowed: "a number of hours >= 0")
      }
    }
    for (i, g) in network.generators.enumerated() {
      let name = Self.name("generators", g.id, i)
      check(name, g.expansion)
      if g.expansion != nil && g.commitment != nil {
        error("\(name).committable", "true with an expansion", "committable or extendable, not both")
      }
      if g.expansion != nil && g.heatingMustRunPU != nil {
        error("\(name).heating_must_run_pu", "given with an expansion", "none for an extendable generator")
      }
    }
    for (i, k) in network.links.enumerated() { check(Self.name("links", k.id, i), k.expansion) }
    for (i, l) in network.lines.enumerated() { check(Self.name("lines", l.id, i), l.expansion) }
    for (i, s) in network.storageUnits.enumerated() {
      let name = Self.name("storage_units", s.id, i)
      check(name, s.expansion, storage: !s.isStore)
      if s.expansion != nil, s.minimumStateOfChargePU != 0 {
        error("\(name).soc_min_pu", ValidationProblem.show(s.minimumStateOfChargePU), "0 for an extendable unit")
      }
      if s.expansion != nil, case .fixed(let v) = s.initialStateOfCharge, v != 0 {
        error("\(name).soc_initial_pu", ValidationProblem.show(v), "cyclic or 0 for an extendable unit")
      }
    }
  }

  mutating func checkCarriers() {
    for (i, c) in network.carriers.enumerated() {
      let name = Self.name("carriers", c.id, i)
      let hex = c.color.utf8.dropFirst().allSatisfy {
        ($0 >= 48 && $0 <= 57) || (($0 | 0x20) >= 97 && ($0 | 0x20) <= 102)
      }
      if !(c.color.utf8.count == 7 && c.color.hasPrefix("#") && hex) {
        error("\(name).color", ValidationProblem.show(c.color), "a colour \"#rrggbb\"")
      }
    }
  }

  mutating func checkBuses() {
    for (i, b) in network.buses.enumerated() {
      let name = Self.name("buses", b.id, i)
      number("\(name).lat", b.latitude, min: -90, max: 90, allowed: "a latitude from -90 to 90")
      number("\(name).lon", b.longitude, min: -180, max: 180, allowed: "a longitude from -180 to 180")
      if let p = b.priceCNYPerMWh {
        number("\(name).price_cny_per_mwh", p, allowed: "a finite number")
        if !b.external {
          warning(
            "\(name).price_cny_per_mwh", ValidationProblem.show(p),
            "a price only on external buses (an internal bus's price comes from the dispatch)")
        }
      }
    }
  }

  mutating func checkLines() {
    for (i, l) in network.lines.enumerated() {
      let name = Self.name("lines", l.id, i)
      let b0 = busReference("\(name).bus0", l.bus0)
      let b1 = busReference("\(name).bus1", l.bus1)
      if b0 != nil && l.bus0 == l.bus1 {
        error("\(name).bus1", "\(ValidationProblem.show(l.bus1)), the same as bus0", "a bus other than bus0")
      }
      for (key, bus) in [("bus0", b0), ("bus1", b1)] {
        if let bus, bus.external {
          error(
            "\(name).\(key)", "\(ValidationProblem.show(bus.id)), an external bus",
            "an internal bus (external buses are reached by links)")
        }
      }
      nonNegative("\(name).rating_mw", l.ratingMW)
      if let x = l.reactanceOhm {
        number("\(name).reactance_ohm", x, min: 0, minOpen: true, allowed: "a number > 0")
      }
      if let d = l.lengthKm { number("\(name).length_km", d, min: 0, minOpen: true, allowed: "a number > 0") }
      if let kv = l.voltageKV { number("\(name).voltage_kv", kv, min: 0, minOpen: true, allowed: "a number > 0") }
      number("\(name).phase_shift_deg", l.phaseShiftDegrees, min: -180, max: 180, allowed: "degrees, -180 to 180")
      if l.reactanceOhm == nil && l.lengthKm == nil {
        error("\(name).reactance_ohm", "missing", "reactance_ohm, or length_km (with voltage_kv, default 500)")
      }
    }
  }

  mutating func checkLinks() {
    for (i, k) in network.links.enumerated() {
      let name = Self.name("links", k.id, i)
      let b0 = busReference("\(name).bus0", k.bus0)
      let b1 = busReference("\(name).bus1", k.bus1)
      if b0 != nil && k.bus0 == k.bus1 {
        error("\(name).bus1", "\(ValidationProblem.show(k.bus1)), the same as bus0", "a bus other than bus0")
      }
      if let b0, b0.external {
        error(
          "\(name).bus0", "\(ValidationProblem.show(b0.id)), an external bus",
          "an internal bus (links run from the modelled grid, into internal or external buses)")
      }
      nonNegative("\(name).rating_mw", k.ratingMW)
      nonNegative("\(name).length_km", k.lengthKm)
      number(
        "\(name).efficiency", k.efficiency, min: 0, max: 1, minOpen: true,
        allowed: "0 < efficiency <= 1 (efficiency, or 1 - loss_fixed_pu - loss_per_1000km_pu * length_km / 1000)")
      // A negative minimum lets the link run backwards (PyPSA's p_min_pu < 0: bus1 sends, bus0 receives), between
      // two internal buses under the price rule.
      number("\(name).p_min_pu", k.pMinPU, min: -1, max: 1, allowed: "a number from -1 to 1")
      if k.pMinPU < 0, b1?.external == true || k.delivery != .price {
        error("\(name).p_min_pu", ValidationProblem.show(k.pMinPU),
              "a number from 0 to 1 (a link runs backwards only between internal buses, delivery rule price)")
      }
      switch k.delivery {
      case .price:
        if let b1, b1.external, b1.priceCNYPerMWh == nil {
          error(
            "buses[\(b1.id)].price_cny_per_mwh", "missing",
            "a price, since \(name) delivers to this external bus by the price rule")
        }
      case .schedule(let s):
        let r = k.ratingMW
        series(
          "\(name).delivery.profile", s, min: 0, max: r.isFinite && r >= 0 ? r : nil,
          allowed: "MW from 0 to the rating \(ValidationProblem.show(r))")
      case .firm(let minPU):
        fraction("\(name).delivery.min_pu", minPU)
      case .curve(let minPU):
        series("\(name).delivery.min_pu", minPU, min: 0, max: 1, allowed: "a share of the rating from 0 to 1")
      }
    }
  }

  mutating func checkGenerators() {
    for (i, g) in network.generators.enumerated() {
      let name = Self.name("generators", g.id, i)
      let bus = internalBus("\(name).bus", g.bus)
      carrierReference("\(name).carrier", g.carrier)
      nonNegative("\(name).capacity_mw", g.capacityMW)
      if let a = g.availability {
        series("\(name).availability", a, min: 0, max: 1, allowed: "a number from 0 to 1")
      }
      fraction("\(name).p_min_pu", g.pMinPU)
      if let h = g.heatingMustRunPU {
        fraction("\(name).heating_must_run_pu", h)
        if let bus, network.heatingSeasons[bus.area] == nil {
          let areas = ValidationProblem.listing(network.heatingSeasons.keys.sorted())
          warning(
            "\(name).heating_must_run_pu",
            "\(ValidationProblem.show(h)) at bus \(bus.id) of area "
              + "\(ValidationProblem.show(bus.area)), which has no heating season (so it never applies)",
            "heating_must_run_pu at buses of an area under heating_seasons: \(areas)")
        }
      }
      if let r = g.rampPUPerHour { nonNegative("\(name).ramp_pu_per_h", r) }
      number("\(name).marginal_cost_cny_per_mwh", g.marginalCostCNYPerMWh, allowed: "a finite number")
      number("\(name).marginal_cost_quadratic_cny_per_mw2h", g.marginalCostQuadraticCNYPerMW2h, min: 0,
             allowed: "a finite number >= 0 (a convex cost)")
      nonNegative("\(name).co2_t_per_mwh", g.co2TonnesPerMWh)
      nonNegative("\(name).water_m3_per_mwh", g.waterM3PerMWh)
      if let uc = g.commitment { checkCommitment(name, g, uc) }
    }
  }

  /// Reserve requirements: shares in [0, 1], an area some internal bus has, known carriers.
  mutating func checkReserves() {
    let areas = Set(network.buses.filter { !$0.external }.map(\.area))
    for (area, r) in network.reserves.sorted(by: { $0.key < $1.key }) {
      let name = "reserves.\(area)"
      if !areas.contains(area) {
        error(name, ValidationProblem.show(area), "the area of an internal bus: "
              + ValidationProblem.listing(areas.sorted()))
      }
      for (key, v) in [("up_load_pu", r.upLoadPU), ("up_variable_pu", r.upVariablePU),
                       ("down_load_pu", r.downLoadPU), ("down_variable_pu", r.downVariablePU)] {
        fraction("\(name).\(key)", v)
      }
      for c in r.variableCarriers where !carrierIDs.contains(c) {
        error("\(name).variable_carriers", ValidationProblem.show(c),
              "carrier ids: " + ValidationProblem.listing(network.carriers.map(\.id)))
      }
    }
  }

  /// The commitment fields of a committable generator.
  mutating func checkCommitment(_ name: String, _ g: Generator, _ uc: UnitCommitment) {
    nonNegative("\(name).start_up_cost_cny_per_mw", uc.startUpCostCNYPerMW)
    nonNegative("\(name).shut_down_cost_cny_per_mw", uc.shutDownCostCNYPerMW)
    for (key, h) in [("min_up_time_h", uc.minUpTimeHours), ("min_down_time_h", uc.minDownTimeHours)] {
      if h < 0 || (hours > 0 && h > hours) {
        error("\(name).\(key)", "\(h)", "whole hours from 0 to the horizon (\(hours) h)")
      }
    }
    for (key, h) in [("up_time_before_h", uc.upTimeBeforeHours ?? 0), ("down_time_before_h", uc.downTimeBeforeHours)]
    where h < 0 {
      error("\(name).\(key)", "\(h)", "whole hours >= 0")
    }
    for (key, r) in [("ramp_start_up_pu", uc.rampStartUpPU), ("ramp_shut_down_pu", uc.rampShutDownPU)] {
      guard let r else { continue }
      let pMin = g.pMinPU.isFinite ? g.pMinPU : 0
      if !r.isFinite || r < pMin || r > 1 {
        let why = r < pMin ? " (below the minimum output p_min_pu, so no unit could start or stop)" : ""
        error("\(name).\(key)", ValidationProblem.show(r) + why,
              "a number from p_min_pu (\(ValidationProblem.show(pMin))) to 1")
      }
    }
    if let size = uc.unitSizeMW, !(size > 0 && size <= g.capacityMW) {
      error("\(name).unit_size_mw", ValidationProblem.show(size),
            "a number > 0 and at most capacity_mw (\(ValidationProblem.show(g.capacityMW)))")
    }
  }

  mutating func checkStorageUnits() {
    for (i, s) in network.storageUnits.enumerated() {
      let name = Self.name("storage_units", s.id, i)
      _ = internalBus("\(name).bus", s.bus)
      carrierReference("\(name).carrier", s.carrier)
      nonNegative("\(name).power_mw", s.powerMW)
      nonNegative("\(name).energy_mwh", s.energyMWh)
      for (key, e) in [("efficiency_charge", s.efficiencyCharge), ("efficiency_discharge", s.efficiencyDischarge)] {
        number("\(name).\(key)", e, min: 0, max: 1, minOpen: true, allowed: "0 < efficiency <= 1")
      }
      number(
        "\(name).standing_loss_pu_per_h", s.standingLossPerHour, min: 0, max: 1, maxOpen: true,
        allowed: "a number from 0 to 1, 1 excluded")
      nonNegative("\(name).marginal_cost_cny_per_mwh", s.marginalCostCNYPerMWh)
      let socMin = s.minimumStateOfChargePU
      number("\(name).soc_min_pu", socMin, min: 0, max: 1, maxOpen: true, allowed: "a number from 0 to 1, 1 excluded")
      if case .fixed(let soc) = s.initialStateOfCharge {
        let lo = socMin.isFinite && socMin >= 0 && socMin < 1 ? socMin : 0
        number(
          "\(name).soc_initial_pu", soc, min: lo, max: 1,
          allowed: "\"cyclic\" or a number from soc_min_pu (\(ValidationProblem.show(lo))) to 1")
      }
    }
  }

  mutating func checkLoads() {
    for (i, l) in network.loads.enumerated() {
      let name = Self.name("loads", l.id, i)
      _ = internalBus("\(name).bus", l.bus)
      demand(name, l.demandMW, allowed: "a demand in MW >= 0")
      nonNegative("\(name).value_of_lost_load_cny_per_mwh", l.valueOfLostLoadCNYPerMWh)
    }
  }

  /// Warns about buses that nothing connects to.
  mutating func checkConnections() {
    var used = Set<String>()
    for l in network.lines { used.insert(l.bus0); used.insert(l.bus1) }
    for k in network.links { used.insert(k.bus0); used.insert(k.bus1) }
    for g in network.generators { used.insert(g.bus) }
    for s in network.storageUnits { used.insert(s.bus) }
    for l in network.loads { used.insert(l.bus) }
    for e in network.heat.electricBoilers { used.insert(e.bus) }
    for (i, b) in network.buses.enumerated() where !b.id.isEmpty && !used.contains(b.id) {
      warning(
        Self.name("buses", b.id, i), "connected to nothing",
        "a bus with a line, link, generator, storage unit or load")
    }
  }

  // MARK: - Dates

  /// "YYYY-MM-DDTHH:MM" with a valid date and time.
  static func isTimestamp(_ s: String) -> Bool {
    let u = Array(s.utf8)
    guard u.count == 16, u[4] == 45, u[7] == 45, u[10] == 84, u[13] == 58 else { return false }
    func n(_ r: Range<Int>) -> Int? {
      var v = 0
      for i in r {
        guard u[i] >= 48 && u[i] <= 57 else { return nil }
        v = v * 10 + Int(u[i] - 48)
      }
      return v
    }
    guard n(0..<4) != nil, let m = n(5..<7), let d = n(8..<10), let h = n(11..<13), let mi = n(14..<16) else {
      return false
    }
    return isMonthDay(m, d) && h < 24 && mi < 60
  }

  /// A month and day that exist in a leap year.
  static func isMonthDay(_ m: Int, _ d: Int) -> Bool {
    let days = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
    return m >= 1 && m <= 12 && d >= 1 && d <= days[m - 1]
  }
}
