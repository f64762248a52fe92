import Foundation
import GridModel

/// Reads a PyPSA CSV folder (PyPSA 1.4's `export_to_csv_folder` layout, or `gridplan export --format pypsa`) into a
/// `Network`. What GridPlan's dispatch LP cannot express is an error naming the file, line, component, attribute,
/// value and what is allowed, e.g. `net/generators.csv:3: generators[G1].committable is True; allowed: False (no unit
/// commitment in GridPlan)`. The mapping, and what is ignored, is in docs/pypsa.md.
public enum PyPSAImport {
  /// - Throws: ``NetworkReadError`` with every problem found.
  public static func read(folder: URL) throws -> Network {
    var reader = PyPSAReader(folder: folder)
    let network = reader.read()
    if !reader.problems.isEmpty { throw NetworkReadError(problems: reader.problems) }
    let problems = network.validate().filter { $0.severity == .error }
    if !problems.isEmpty {
      throw NetworkReadError(
        problems: problems.map {
          InputProblem(at: SourceLocation(file: reader.display), field: $0.field, $0.description)
        })
    }
    return network
  }
}

/// A PyPSA CSV table: header, rows and the 1-based file line of each row.
struct PyPSATable {
  var file: String
  var header: [String]
  var rows: [[String]]
  var lines: [Int]

  func column(_ name: String) -> Int? { header.firstIndex(of: name) }

  func cell(_ row: Int, _ name: String) -> String? {
    guard let c = column(name), c < rows[row].count else { return nil }
    let v = rows[row][c]
    return v.isEmpty ? nil : v
  }

  /// RFC 4180 cells (``CSVTable/parse(_:)``); the first row is the header.
  static func parse(_ text: String, file: String) -> PyPSATable {
    let (rows, lines) = CSVTable.parse(text)
    return PyPSATable(
      file: file, header: rows.first ?? [], rows: Array(rows.dropFirst()), lines: Array(lines.dropFirst()))
  }
}

struct PyPSAReader {
  let folder: URL
  let display: String
  var problems: [InputProblem] = []
  var tables: [String: PyPSATable] = [:]
  /// Carrier of each bus (PyPSA name), once buses.csv is read.
  var busCarrier: [String: String] = [:]
  /// Δt of the snapshots (their weighting), once snapshots.csv is read.
  var hoursPerSnapshot = 1.0

  init(folder: URL) {
    self.folder = folder
    var d = folder.relativePath
    while d.count > 1 && d.hasSuffix("/") { d.removeLast() }
    display = d
  }

  /// The component files GridPlan reads, and the time-varying ones.
  static let components = [
    "buses", "carriers", "lines", "transformers", "links", "generators", "storage_units", "stores", "loads",
    "global_constraints",
  ]
  static let series = [
    "generators-p_max_pu", "generators-p_min_pu", "loads-p_set", "links-p_min_pu", "links-p_max_pu",
    // GridPlan's CHP floor of committable generators: rebuilt from gridplan_heating_must_run_pu and the seasons.
    "generators-gridplan_must_run_pu",
  ]

  mutating func fail(_ file: String, _ line: Int?, _ field: String?, _ message: String) {
    problems.append(InputProblem(at: SourceLocation(file: "\(display)/\(file)", line: line), field: field, message))
  }

  mutating func table(_ name: String) -> PyPSATable? {
    if let t = tables[name] { return t }
    let url = folder.appendingPathComponent("\(name).csv")
    guard let data = FileManager.default.contents(atPath: url.path) else { return nil }
    let t = PyPSATable.parse(String(decoding: data, as: UTF8.self), file: "\(name).csv")
    tables[name] = t
    return t
  }

  // MARK: - Values

  /// A number cell (empty → the default); a bad one is reported.
  mutating func number(
    _ t: PyPSATable, _ r: Int, _ component: String, _ attr: String, default d: Double,
    allowed: String = "a finite number"
  ) -> Double {
    guard let s = t.cell(r, attr) else { return d }
    if let v = Double(s), v.isFinite { return v }
    fail(
      t.file, t.lines[r], "\(component).\(attr)",
      "\(component).\(attr) is \(ValidationProblem.show(s)); allowed: \(allowed)")
    return d
  }

  /// A GridPlan id for a PyPSA name: GridPlan ids have no spaces, `@`, `[` or `]` (LP names and `--set` paths use
  /// them), so a space becomes `_`, `@` becomes `_at_` and brackets become parentheses. Names GridPlan wrote pass
  /// unchanged.
  static func gridID(_ name: String) -> String {
    var out = ""
    for ch in name {
      switch ch {
      case " ": out.append("_")
      case "@": out.append("_at_")
      case "[": out.append("(")
      case "]": out.append(")")
      default: out.append(ch)
      }
    }
    return out
  }

  static func bool(_ s: String?) -> Bool? {
    switch s?.lowercased() {
    case nil, "": return nil
    case "true", "1", "1.0": return true
    case "false", "0", "0.0": return false
    default: return nil
    }
  }

  /// A column that must keep PyPSA's default (GridPlan has no equivalent).
  mutating func requireDefault(
    _ t: PyPSATable, _ r: Int, _ component: String, _ attr: String, _ isDefault: (String) -> Bool,
    allowed: String
  ) {
    guard let s = t.cell(r, attr), !isDefault(s) else { return }
    fail(t.file, t.lines[r], "\(component).\(attr)", "\(component).\(attr) is \(s); allowed: \(allowed)")
  }

  static func isFalse(_ s: String) -> Bool { bool(s) == false }
  static func isZero(_ s: String) -> Bool { Double(s) == 0 }
  static func isOne(_ s: String) -> Bool { Double(s) == 1 }

  /// Hourly values of a time-varying table's column, or nil when it has none.
  mutating func series(_ name: String, _ component: String, _ attr: String, count: Int) -> [Double]? {
    guard let t = table(name), let c = t.column(component), c > 0 else { return nil }
    var values: [Double] = []
    values.reserveCapacity(count)
    for (r, row) in t.rows.enumerated() {
      let s = c < row.count ? row[c] : ""
      guard let v = Double(s), v.isFinite else {
        fail(
          t.file, t.lines[r], "\(component).\(attr)",
          "\(component).\(attr) at \(row.first ?? "?") is \(ValidationProblem.show(s)); allowed: a finite number")
        return nil
      }
      values.append(v)
    }
    guard values.count == count else {
      fail(
        t.file, nil, "\(component).\(attr)",
        "\(component).\(attr) has \(values.count) values; allowed: one per snapshot (\(count))")
      return nil
    }
    return values
  }

  // MARK: - Read

  mutating func read() -> Network {
    var network = Network(name: folder.lastPathComponent)
    // Files: every CSV must be one GridPlan reads.
    let files = ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).filter {
      $0.hasSuffix(".csv")
    }
    let known = Set((Self.components + Self.series + ["snapshots", "network"]).map { "\($0).csv" })
    for f in files.sorted() where !known.contains(f) {
      let base = String(f.dropLast(4))
      let isEmpty = (table(base)?.rows.isEmpty) ?? true
      if isEmpty { continue }
      let what =
        base.contains("-")
        ? "time-varying \(base.replacingOccurrences(of: "-", with: ".")) is not modelled by GridPlan"
        : "\(base) are not modelled by GridPlan"
      fail(f, nil, base, "\(f): \(what); allowed: \(known.sorted().joined(separator: ", "))")
    }
    guard table("buses") != nil else {
      fail("buses.csv", nil, nil, "does not exist or cannot be read; allowed: a PyPSA CSV folder with buses.csv")
      return network
    }
    // Network attributes.
    if let t = table("network"), !t.rows.isEmpty {
      if let name = t.cell(0, "name") { network.name = name }
      if let d = t.cell(0, "gridplan_description") { network.description = d }
      for part in (t.cell(0, "gridplan_heating_seasons") ?? "").split(separator: ";") {
        let pieces = part.split(separator: ":")
        let range = pieces.count == 2 ? pieces[1].components(separatedBy: "..") : []
        guard range.count == 2, let s = NetworkDecoder.monthDay(range[0]), let e = NetworkDecoder.monthDay(range[1])
        else {
          fail(
            t.file, t.lines[0], "network.gridplan_heating_seasons",
            "network.gridplan_heating_seasons has \(ValidationProblem.show(String(part))); allowed: AREA:MM-DD..MM-DD")
          continue
        }
        network.heatingSeasons[String(pieces[0])] = HeatingSeason(
          startMonth: s.0, startDay: s.1, endMonth: e.0, endDay: e.1)
      }
    }
    // Snapshots.
    if let t = table("snapshots") {
      var previous: Timestamp? = nil
      // PyPSA's own export writes an unnamed row number first and the time in a column `snapshot`; GridPlan's
      // export writes the time first.
      let timeColumn = t.column("snapshot") ?? t.column("name") ?? 0
      // Snapshot weightings: one Δt for every snapshot and every weighting (objective, stores, generators), a whole
      // number of hours from 1 to 24. The snapshots are evenly spaced by whole hours (their spacing is only a label).
      var spacing: Int? = nil
      let weight = t.rows.isEmpty ? 1 : number(t, 0, "snapshots", "objective", default: 1)
      if weight < 1 || weight > 24 || weight != weight.rounded() {
        fail(t.file, t.lines.first, "snapshots.objective",
             "snapshot weighting objective is \(csvNumber(weight)); allowed: a whole number of hours from 1 to 24")
      }
      let dt = max(1, min(24, weight.rounded()))
      network.study.hoursPerSnapshot = dt
      hoursPerSnapshot = dt
      for r in t.rows.indices {
        let text = timeColumn < t.rows[r].count ? t.rows[r][timeColumn] : ""
        guard let time = Timestamp(text) else {
          fail(
            t.file, t.lines[r], "snapshots",
            "snapshot is \(ValidationProblem.show(text)); allowed: YYYY-MM-DDTHH:MM "
              + "or YYYY-MM-DD HH:MM:SS")
          break
        }
        if let p = previous, spacing == nil, time.minutes > p.minutes, (time.minutes - p.minutes) % 60 == 0 {
          spacing = time.minutes - p.minutes
        }
        if let p = previous, time.minutes != p.minutes + (spacing ?? 60) {
          fail(
            t.file, t.lines[r], "snapshots",
            "snapshot \(text) does not follow \(p.text) by \((spacing ?? 60) / 60) hours; allowed: snapshots evenly "
              + "spaced by whole hours")
          break
        }
        previous = time
        network.snapshots.append(time.text)
        for w in ["objective", "stores", "generators"] where t.column(w) != nil {
          let v = number(t, r, "snapshots[\(text)]", w, default: 1)
          if v != dt {
            fail(
              t.file, t.lines[r], "snapshots[\(text)].\(w)",
              "snapshots[\(text)].\(w) is \(csvNumber(v)); allowed: \(csvNumber(dt)) (every snapshot and "
                + "weighting the same number of hours, as the first snapshot's objective weighting)")
          }
        }
      }
    }
    let T = network.snapshots.count
    guard T > 0 else {
      fail("snapshots.csv", nil, "snapshots", "has no snapshots; allowed: at least one hourly snapshot")
      return network
    }
    network.study = StudySettings(start: network.snapshots[0], hours: T)
    network.study.hoursPerSnapshot = hoursPerSnapshot

    readCarriers(&network)
    let gens = table("generators")
    // External buses: those with an export-sale generator; its marginal cost is the price.
    var salePrice: [String: Double] = [:]
    if let g = gens {
      for r in g.rows.indices where g.cell(r, "carrier") == PyPSANames.sale {
        let name = g.rows[r].first ?? ""
        salePrice[g.cell(r, "bus") ?? ""] = number(g, r, "generators[\(name)]", "marginal_cost", default: 0)
      }
    }
    var scheduleBuses = Set<String>()
    var voltage: [String: Double] = [:]
    if let b = table("buses") {
      for r in b.rows.indices {
        let id = b.rows[r].first ?? ""
        let c = "buses[\(id)]"
        if b.cell(r, "carrier") == PyPSANames.schedule {
          scheduleBuses.insert(id)
          continue
        }
        // Any carrier: a hydrogen or heat bus is a balance like any other (what links and stores move there).
        busCarrier[id] = b.cell(r, "carrier") ?? "AC"
        voltage[id] = number(b, r, c, "v_nom", default: 1, allowed: "a number > 0")
        network.buses.append(
          Bus(
            id: Self.gridID(id), name: b.cell(r, "gridplan_name") ?? id, area: b.cell(r, "area") ?? "",
            latitude: number(b, r, c, "y", default: 0), longitude: number(b, r, c, "x", default: 0),
            external: salePrice[id] != nil, priceCNYPerMWh: salePrice[id]))
      }
    }
    readLines(&network, voltage: voltage)
    readTransformers(&network, voltage: voltage)
    readGenerators(&network, T: T)
    readLinks(&network, T: T, scheduleBuses: scheduleBuses)
    readStorage(&network)
    readStores(&network)
    readLoads(&network, T: T)
    if let t = table("global_constraints") {
      for r in t.rows.indices {
        let name = t.rows[r].first ?? ""
        let c = "global_constraints[\(name)]"
        guard t.cell(r, "type") == "primary_energy", t.cell(r, "carrier_attribute") == "co2_emissions",
          t.cell(r, "sense") == "<=" || t.cell(r, "sense") == "<="
        else {
          fail(
            t.file, t.lines[r], "\(c).type",
            "\(c) is \(t.cell(r, "type") ?? "?") on "
              + "\(t.cell(r, "carrier_attribute") ?? "?") \(t.cell(r, "sense") ?? "?"); allowed: primary_energy on "
              + "co2_emissions with sense <= (GridPlan's CO2 cap)")
          continue
        }
        network.study.co2CapTonnes = number(t, r, c, "constant", default: 0)
      }
    }
    // Drop the helper carriers nothing uses.
    let used = Set(network.generators.map(\.carrier) + network.storageUnits.map(\.carrier))
    let helpers = Set(
      [
        PyPSANames.ac, PyPSANames.dc, PyPSANames.shedding, PyPSANames.sale, PyPSANames.schedule,
        PyPSANames.shortfall,
      ].map(Self.gridID))
    network.carriers.removeAll { helpers.contains($0.id) && !used.contains($0.id) }
    return network
  }

  var co2: [String: Double] = [:]

  mutating func readCarriers(_ network: inout Network) {
    guard let t = table("carriers") else { return }
    for r in t.rows.indices {
      let id = t.rows[r].first ?? ""
      let e = number(t, r, "carriers[\(id)]", "co2_emissions", default: 0)
      co2[id] = e
      let clean = Self.bool(t.cell(r, "clean")) ?? (e == 0)
      // GridPlan's colours are "#rrggbb"; a named colour (matplotlib's "gold") becomes the default grey.
      let color = t.cell(r, "color").flatMap { c in
        c.count == 7 && c.first == "#" && c.dropFirst().allSatisfy(\.isHexDigit) ? c : nil
      }
      network.carriers.append(Carrier(id: Self.gridID(id), clean: clean, color: color ?? "#888888"))
    }
  }

  mutating func readLines(_ network: inout Network, voltage: [String: Double]) {
    guard let t = table("lines") else { return }
    for r in t.rows.indices {
      let id = t.rows[r].first ?? ""
      let c = "lines[\(id)]"
      let bus0 = t.cell(r, "bus0") ?? ""
      // A DC line's flow follows its resistance (PyPSA's linear power flow of DC sub-networks uses r, not x).
      let isDC = busCarrier[bus0] == "DC"
      var x = number(t, r, c, isDC ? "r" : "x", default: 0)
      if isDC {
        if x <= 0 {
          fail(t.file, t.lines[r], "\(c).r",
               "\(c).r is \(csvNumber(x)); allowed: a resistance > 0 (a DC line, between DC buses)")
        }
      } else if let type = t.cell(r, "type") {
        // PyPSA derives x from the standard type and overrides a given x: x_per_length · length / num_parallel.
        let length = number(t, r, c, "length", default: 0)
        let parallel = number(t, r, c, "num_parallel", default: 1)
        if let perKm = PyPSALineTypes.reactanceOhmPerKm[type] {
          x = perKm * length / parallel
          if length <= 0 {
            fail(t.file, t.lines[r], "\(c).length",
                 "\(c).length is \(csvNumber(length)) with type \(type); allowed: km > 0 (x is derived from it)")
          }
          if parallel <= 0 {
            fail(t.file, t.lines[r], "\(c).num_parallel",
                 "\(c).num_parallel is \(csvNumber(parallel)); allowed: a number > 0")
          }
        } else {
          fail(t.file, t.lines[r], "\(c).type",
               "\(c).type is \(ValidationProblem.show(type)); allowed: empty (with x), or one of PyPSA 1.4's standard "
                 + "line types (pypsa/data/standard_types/line_types.csv, e.g. Al/St 240/40 4-bundle 380.0)")
          x = 1
        }
      } else if x <= 0 {
        fail(t.file, t.lines[r], "\(c).x", "\(c).x is \(csvNumber(x)); allowed: a reactance > 0 (DC power flow)")
      }
      let sMaxPU = number(t, r, c, "s_max_pu", default: 1)
      let rating = number(t, r, c, "s_nom", default: 0) * sMaxPU
      let expansion = readExpansion(t, r, c, "s_nom", T: network.snapshots.count).map { e -> CapacityExpansion in
        var e = e
        e.availablePU = sMaxPU
        return e
      }
      var line = Line(
        id: Self.gridID(id), bus0: Self.gridID(bus0), bus1: Self.gridID(t.cell(r, "bus1") ?? ""), ratingMW: rating,
        reactanceOhm: x,
        lengthKm: t.cell(r, "length").flatMap(Double.init).flatMap { $0 > 0 ? $0 : nil },
        voltageKV: voltage[bus0] ?? 1)
      line.expansion = expansion
      network.lines.append(line)
    }
  }

  mutating func readGenerators(_ network: inout Network, T: Int) {
    guard let t = table("generators") else { return }
    for r in t.rows.indices {
      let id = t.rows[r].first ?? ""
      let c = "generators[\(id)]"
      let carrier = t.cell(r, "carrier") ?? ""
      requireDefault(t, r, c, "sign", Self.isOne, allowed: "1")
      let cost = number(t, r, c, "marginal_cost", default: 0)
      if carrier == PyPSANames.sale || carrier == PyPSANames.shedding || carrier == PyPSANames.shortfall {
        requireDefault(t, r, c, "marginal_cost_quadratic", Self.isZero,
                       allowed: "0 (GridPlan's export sale, load shedding and schedule shortfall costs are linear)")
      }
      // External buses' sales; GridPlan's own load shedding (`LOAD load shedding`, for a load of loads.csv).
      if carrier == PyPSANames.sale || (carrier == PyPSANames.shedding && isLoadShedding(id)) { continue }
      if carrier == PyPSANames.shortfall {
        if cost != DispatchScheduleTerms.shortfallPenaltyCNYPerMWh {
          fail(
            t.file, t.lines[r], "\(c).marginal_cost",
            "\(c).marginal_cost is \(csvNumber(cost)); allowed: "
              + "\(csvNumber(DispatchScheduleTerms.shortfallPenaltyCNYPerMWh)) (GridPlan's schedule shortfall penalty)")
        }
        continue
      }
      let capacity = number(t, r, c, "p_nom", default: 0)
      var availability = series("generators-p_max_pu", id, "p_max_pu", count: T)
      let staticMax = number(t, r, c, "p_max_pu", default: 1)
      if availability == nil && staticMax != 1 { availability = Array(repeating: staticMax, count: T) }
      let efficiency = number(t, r, c, "efficiency", default: 1)
      let co2 = Double(t.cell(r, "gridplan_co2_t_per_mwh") ?? "") ?? ((co2[carrier] ?? 0) / efficiency)
      let up = t.cell(r, "ramp_limit_up").flatMap(Double.init)
      let down = t.cell(r, "ramp_limit_down").flatMap(Double.init)
      if up != down {
        fail(
          t.file, t.lines[r], "\(c).ramp_limit_down",
          "\(c).ramp_limit_down is \(down.map(csvNumber) ?? "empty") "
            + "with ramp_limit_up \(up.map(csvNumber) ?? "empty"); allowed: the same limit up and down")
      }
      // PyPSA's objective term marginal_cost_quadratic · p² per snapshot (times its objective weighting, as the
      // linear cost): GridPlan's marginal_cost_quadratic_cny_per_mw2h, which must be >= 0 (a convex cost).
      let quadratic = number(t, r, c, "marginal_cost_quadratic", default: 0, allowed: "a finite number >= 0")
      if quadratic < 0 {
        fail(
          t.file, t.lines[r], "\(c).marginal_cost_quadratic",
          "\(c).marginal_cost_quadratic is \(csvNumber(quadratic)); allowed: a finite number >= 0 (GridPlan solves "
            + "convex costs only)")
      }
      var gen = Generator(
        id: Self.gridID(id), bus: Self.gridID(t.cell(r, "bus") ?? ""), carrier: Self.gridID(carrier),
        capacityMW: capacity, availability: availability,
        rampPUPerHour: up, marginalCostCNYPerMWh: cost, co2TonnesPerMWh: co2,
        waterM3PerMWh: Double(t.cell(r, "water_m3_per_mwh") ?? "") ?? 0,
        marginalCostQuadraticCNYPerMW2h: max(quadratic, 0))
      gen.commitment = readCommitment(t, r, c, capacityMW: capacity)
      gen.expansion = readExpansion(t, r, c, "p_nom", T: T)
      if gen.expansion != nil && gen.commitment != nil {
        fail(t.file, t.lines[r], "\(c).committable",
             "\(c).committable is True with p_nom_extendable True; allowed: one of the two")
      }
      let pMinSeries = series("generators-p_min_pu", id, "p_min_pu", count: T)
      let pMin = number(t, r, c, "p_min_pu", default: 0)
      if let gp = t.cell(r, "gridplan_p_min_pu").flatMap(Double.init) {
        // Written by GridPlan: the GridPlan fields, checked against the bounds they imply below.
        gen.pMinPU = gp
        gen.heatingMustRunPU = t.cell(r, "gridplan_heating_must_run_pu").flatMap(Double.init)
        gen.role = GeneratorRole(rawValue: t.cell(r, "gridplan_role") ?? "") ?? .operating
      } else if let s = pMinSeries {
        let m = s.max() ?? 0
        if m > 0 {
          fail(
            "generators-p_min_pu.csv", nil, "\(c).p_min_pu",
            "\(c).p_min_pu varies in time (up to \(csvNumber(m))); "
              + "allowed: a static p_min_pu (GridPlan's time-varying minimum is only the CHP must-run of "
              + "gridplan_heating_must_run_pu)")
        }
      } else {
        gen.pMinPU = pMin
        let hasSeries = tables["generators-p_max_pu"]?.column(id) != nil
        if pMin > 0, !hasSeries, staticMax < 1, staticMax > 0, pMin <= staticMax {
          // A static p_max_pu below 1: GridPlan's minimum is per unit of available capacity, so p_min / p_max
          // gives PyPSA's p ≥ p_min_pu · p_nom.
          gen.pMinPU = pMin / staticMax
        } else if pMin > 0, let a = availability, a.contains(where: { $0 < 1 }) {
          fail(
            t.file, t.lines[r], "\(c).p_min_pu",
            "\(c).p_min_pu is \(csvNumber(pMin)) with a p_max_pu below 1; "
              + "allowed: 0 when p_max_pu varies (GridPlan's p_min_pu is per unit of available capacity)")
        }
      }
      network.generators.append(gen)
    }
  }

  /// The commitment of a generator with `committable` True (nil otherwise): PyPSA's costs per start of the whole
  /// capacity become costs per MW; an empty `gridplan_up_time_before_h` (written by GridPlan) is "on long enough".
  mutating func readCommitment(_ t: PyPSATable, _ r: Int, _ c: String, capacityMW: Double) -> UnitCommitment? {
    guard let flag = t.cell(r, "committable"), Self.bool(flag) == true else { return nil }
    requireDefault(t, r, c, "stand_by_cost", Self.isZero, allowed: "0 (GridPlan has no stand-by cost)")
    func whole(_ attr: String, default d: Int) -> Int {
      let v = number(t, r, c, attr, default: Double(d), allowed: "a whole number >= 0")
      guard v >= 0, v == v.rounded(), v < 1e9 else {
        fail(t.file, t.lines[r], "\(c).\(attr)", "\(c).\(attr) is \(csvNumber(v)); allowed: a whole number >= 0")
        return d
      }
      return Int(v)
    }
    func perMW(_ attr: String) -> Double {
      let cost = number(t, r, c, attr, default: 0)
      return capacityMW > 0 ? cost / capacityMW : 0
    }
    var upBefore: Int? = whole("up_time_before", default: 1)
    if t.column("gridplan_up_time_before_h") != nil {
      upBefore = t.cell(r, "gridplan_up_time_before_h").flatMap(Double.init).map { Int($0) }
    }
    return UnitCommitment(
      startUpCostCNYPerMW: perMW("start_up_cost"), shutDownCostCNYPerMW: perMW("shut_down_cost"),
      minUpTimeHours: whole("min_up_time", default: 0), minDownTimeHours: whole("min_down_time", default: 0),
      rampStartUpPU: t.cell(r, "ramp_limit_start_up").flatMap(Double.init),
      rampShutDownPU: t.cell(r, "ramp_limit_shut_down").flatMap(Double.init), upTimeBeforeHours: upBefore,
      downTimeBeforeHours: whole("down_time_before", default: 0),
      unitSizeMW: t.cell(r, "gridplan_unit_size_mw").flatMap(Double.init))
  }

  mutating func readLinks(_ network: inout Network, T: Int, scheduleBuses: Set<String>) {
    guard let t = table("links") else { return }
    for r in t.rows.indices {
      let id = t.rows[r].first ?? ""
      let c = "links[\(id)]"
      requireDefault(t, r, c, "committable", Self.isFalse, allowed: "False (GridPlan has no unit commitment)")
      requireDefault(
        t, r, c, "marginal_cost", Self.isZero,
        allowed: "0 (GridPlan's corridors have no cost; sales "
          + "at a receiving end are an export-sale generator)")
      requireDefault(t, r, c, "bus3", { _ in false }, allowed: "empty (GridPlan links have two ends)")
      requireDefault(t, r, c, "ramp_limit_up", { _ in false }, allowed: "empty (GridPlan links do not ramp)")
      requireDefault(t, r, c, "ramp_limit_down", { _ in false }, allowed: "empty (GridPlan links do not ramp)")
      let bus2 = t.cell(r, "bus2")
      if let b2 = bus2, !scheduleBuses.contains(b2) {
        fail(
          t.file, t.lines[r], "\(c).bus2",
          "\(c).bus2 is \(b2); allowed: empty, or the link's schedule bus "
            + "(carrier \(PyPSANames.schedule))")
      }
      let pNom = number(t, r, c, "p_nom", default: 0)
      let pMaxPU = number(t, r, c, "p_max_pu", default: 1)
      let pMin = number(t, r, c, "p_min_pu", default: 0)
      if pMin < -pMaxPU || pMin > pMaxPU {
        fail(
          t.file, t.lines[r], "\(c).p_min_pu",
          "\(c).p_min_pu is \(csvNumber(pMin)); allowed: -p_max_pu to p_max_pu (\(csvNumber(pMaxPU)))")
      }
      if series("links-p_max_pu", id, "p_max_pu", count: T) != nil {
        fail("links-p_max_pu.csv", nil, "\(c).p_max_pu", "\(c).p_max_pu varies in time; allowed: a static p_max_pu")
      }
      let rating = pNom * pMaxPU
      var link = Link(
        id: Self.gridID(id), bus0: Self.gridID(t.cell(r, "bus0") ?? ""), bus1: Self.gridID(t.cell(r, "bus1") ?? ""),
        ratingMW: rating,
        lengthKm: max(0, number(t, r, c, "length", default: 0)),
        efficiency: number(t, r, c, "efficiency", default: 1),
        pMinPU: t.cell(r, "gridplan_p_min_pu").flatMap(Double.init) ?? (rating > 0 ? pMin * pNom / rating : 0))
      if var e = readExpansion(t, r, c, "p_nom", T: T) {
        e.availablePU = pMaxPU
        link.expansion = e
        link.pMinPU = pMin
      }
      let minSeries = series("links-p_min_pu", id, "p_min_pu", count: T)
      switch t.cell(r, "gridplan_delivery") {
      case "firm":
        link.delivery = .firm(minPU: t.cell(r, "gridplan_min_pu").flatMap(Double.init) ?? 0)
      case "curve":
        // The curve is the link's hourly p_min_pu (at least the static one), per unit of p_nom x p_max_pu.
        let scale = rating > 0 ? pNom / rating : 0
        link.delivery = .curve(minPU: (minSeries ?? [Double](repeating: pMin, count: T)).map { $0 * scale })
      case "schedule":
        guard let b2 = bus2, let s = series("loads-p_set", b2, "p_set", count: T) else {
          fail(
            t.file, t.lines[r], "\(c).bus2",
            "\(c) has gridplan_delivery schedule; allowed: with a schedule bus "
              + "(bus2) whose load has an hourly p_set in loads-p_set.csv")
          continue
        }
        link.delivery = .schedule(s)
      default:
        if minSeries != nil {
          fail(
            "links-p_min_pu.csv", nil, "\(c).p_min_pu",
            "\(c).p_min_pu varies in time; allowed: a static p_min_pu "
              + "(or a GridPlan schedule, gridplan_delivery)")
        }
      }
      network.links.append(link)
    }
  }

  mutating func readStorage(_ network: inout Network) {
    guard let t = table("storage_units") else { return }
    let T = network.snapshots.count
    for r in t.rows.indices {
      let id = t.rows[r].first ?? ""
      let c = "storage_units[\(id)]"
      requireDefault(t, r, c, "marginal_cost_storage", Self.isZero, allowed: "0")
      requireDefault(t, r, c, "p_min_pu", { Double($0) == -1 }, allowed: "-1 (charging at full power)")
      requireDefault(t, r, c, "p_max_pu", Self.isOne, allowed: "1")
      requireDefault(t, r, c, "state_of_charge_initial_per_period", Self.isFalse, allowed: "False")
      let power = number(t, r, c, "p_nom", default: 0)
      let m = t.cell(r, "gridplan_soc_min_pu").flatMap(Double.init) ?? 0
      let energy = m < 1 ? number(t, r, c, "max_hours", default: 1) * power / (1 - m) : 0
      let loss = number(t, r, c, "standing_loss", default: 0)
      let inflow = number(t, r, c, "inflow", default: 0)
      let drain = -loss * m * energy
      if abs(inflow - drain) > 1e-9 * max(1, abs(drain)) {
        fail(
          t.file, t.lines[r], "\(c).inflow",
          "\(c).inflow is \(csvNumber(inflow)); allowed: \(csvNumber(drain)) "
            + "(GridPlan storage has no inflow; an export's minimum state of charge drains standing_loss x minimum)")
      }
      var initial = InitialStateOfCharge.cyclic
      let expansion = readExpansion(t, r, c, "p_nom", T: T).map { e -> CapacityExpansion in
        var e = e
        e.durationH = number(t, r, c, "max_hours", default: 1)
        return e
      }
      if Self.bool(t.cell(r, "cyclic_state_of_charge")) != true {
        let soc = number(t, r, c, "state_of_charge_initial", default: 0)
        initial = .fixed(energy > 0 ? soc / energy + m : 0)
        if expansion != nil && soc != 0 {
          fail(t.file, t.lines[r], "\(c).state_of_charge_initial",
               "\(c).state_of_charge_initial is \(csvNumber(soc)) with p_nom_extendable True; allowed: 0, or "
                 + "cyclic_state_of_charge True")
        }
      }
      var unit = StorageUnit(
        id: Self.gridID(id), bus: Self.gridID(t.cell(r, "bus") ?? ""), carrier: Self.gridID(t.cell(r, "carrier") ?? ""),
        powerMW: power, energyMWh: energy,
        efficiencyCharge: number(t, r, c, "efficiency_store", default: 1),
        efficiencyDischarge: number(t, r, c, "efficiency_dispatch", default: 1), standingLossPerHour: loss,
        initialStateOfCharge: initial, minimumStateOfChargePU: m,
        // PyPSA's default is 0, not GridPlan's 1: an imported network keeps PyPSA's objective.
        marginalCostCNYPerMWh: number(t, r, c, "marginal_cost", default: 0))
      unit.expansion = expansion
      network.storageUnits.append(unit)
    }
  }

  mutating func readLoads(_ network: inout Network, T: Int) {
    guard let t = table("loads") else { return }
    var voll: [String: Double] = [:]
    if let g = table("generators") {
      for r in g.rows.indices where g.cell(r, "carrier") == PyPSANames.shedding {
        let name = g.rows[r].first ?? ""
        let load =
          name.hasSuffix(" \(PyPSANames.shedding)") ? String(name.dropLast(PyPSANames.shedding.count + 1)) : name
        voll[load] = number(g, r, "generators[\(name)]", "marginal_cost", default: 10_000)
      }
    }
    for r in t.rows.indices {
      let id = t.rows[r].first ?? ""
      let c = "loads[\(id)]"
      if t.cell(r, "carrier") == PyPSANames.schedule { continue }
      requireDefault(t, r, c, "sign", { Double($0) == -1 }, allowed: "-1")
      let demand =
        series("loads-p_set", id, "p_set", count: T)
        ?? Array(repeating: number(t, r, c, "p_set", default: 0), count: T)
      network.loads.append(
        Load(
          id: Self.gridID(id), bus: Self.gridID(t.cell(r, "bus") ?? ""), demandMW: demand,
          valueOfLostLoadCNYPerMWh: voll[id] ?? 10_000))
    }
  }
}
