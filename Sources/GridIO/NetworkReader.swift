import Foundation
import GridModel

/// Reads a network folder (`Networks/FORMAT.md`): network.yaml, its profiles, an optional scenario and `--set`
/// overrides, sliced to a study horizon, and validated.
///
/// Every problem names the file, the line (and column for CSV cells), the field, the value and what is allowed:
/// `Networks/x/network.yaml:42: generators[ORD-coal].capacity_mw is -5; allowed: a number >= 0`.
public enum NetworkReader {
  /// The network, or a ``NetworkReadError`` with every error found (reading and ``GridModel/Network/validate()``).
  ///
  /// - Parameters:
  ///   - folder: the network folder (holding network.yaml, profiles/, scenarios/).
  ///   - scenario: a scenario name (`scenarios/NAME.yaml`) to overlay.
  ///   - scenarios: more scenario names, applied after `scenario` in order; two that conflict are an error (see
  ///     `ScenarioConflicts.swift`).
  ///   - overrides: `PATH=VALUE` strings applied after the scenario, in order.
  ///   - hours: horizon length; default `study.hours` (or, with `start` given, at most to the end of the profiles).
  ///   - start: first snapshot of the horizon, `YYYY-MM-DDTHH:MM`; default `study.start`, else the first snapshot.
  public static func read(
    folder: URL, scenario: String? = nil, scenarios: [String] = [], overrides: [String] = [], hours: Int? = nil,
    start: String? = nil
  ) throws -> Network {
    let result = check(
      folder: folder, scenario: scenario, scenarios: scenarios, overrides: overrides, hours: hours, start: start)
    let errors = result.errors
    guard errors.isEmpty, let network = result.network else { throw NetworkReadError(problems: errors) }
    return network
  }

  /// Every problem of a network folder as text, errors first, then warnings (`gridplan validate`).
  public static func problems(
    folder: URL, scenario: String? = nil, scenarios: [String] = [], overrides: [String] = [], hours: Int? = nil,
    start: String? = nil
  ) -> [String] {
    check(folder: folder, scenario: scenario, scenarios: scenarios, overrides: overrides, hours: hours, start: start)
      .problems.map(\.description)
  }

  /// Reads and validates without throwing: the network (with placeholders for bad fields) and every problem.
  public static func check(
    folder: URL, scenario: String? = nil, scenarios: [String] = [], overrides: [String] = [], hours: Int? = nil,
    start: String? = nil
  ) -> NetworkCheck {
    var session = ReadSession(folder: folder)
    let all = (scenario.map { [$0] } ?? []) + scenarios
    return session.run(scenarios: all, overrides: overrides, hours: hours, start: start)
  }
}

/// One read of a network folder.
struct ReadSession {
  let folder: URL
  let display: String
  let context = ReadContext()
  var decoder: NetworkDecoder? = nil
  /// Index of the horizon's first hour in the profiles.
  var windowStart = 0

  init(folder: URL) {
    self.folder = folder
    var d = folder.relativePath
    while d.count > 1 && d.hasSuffix("/") { d.removeLast() }
    display = d
  }

  var yamlFile: String { "\(display)/network.yaml" }

  mutating func run(scenarios: [String], overrides: [String], hours: Int?, start: String?) -> NetworkCheck {
    guard var root = loadYAML("network.yaml") else { return NetworkCheck(network: nil, problems: context.problems) }
    var applied: [ScenarioClaims] = []
    for (n, scenario) in scenarios.enumerated() {
      if scenarios[..<n].contains(scenario) {
        context.fail(
          SourceLocation(file: "--scenario \(scenario)"), field: nil,
          "scenario \(ValidationProblem.show(scenario)) is given twice; allowed: each scenario once")
        continue
      }
      applyScenario(scenario, to: &root, after: &applied)
    }
    for o in overrides {
      do {
        try ScenarioOverlay.applyOverride(&root, o)
      } catch {
        context.problems.append(error)
      }
    }
    let decoder = NetworkDecoder(
      context: context, profiles: ProfileStore(folder: folder, displayFolder: display),
      name: folder.lastPathComponent)
    decoder.decode(root)
    if !scenarios.isEmpty {
      let names = scenarios.joined(separator: " + ")
      decoder.network.description +=
        (decoder.network.description.isEmpty ? "" : " ") + "[scenario\(scenarios.count > 1 ? "s" : "") \(names)]"
    }
    self.decoder = decoder
    applyHorizon(decoder, hours: hours, start: start)
    let readFields = Set(context.problems.compactMap(\.field))
    var problems = context.problems
    for p in decoder.network.validate() where !readFields.contains(p.field) {
      problems.append(InputProblem(p.severity, at: locate(p.field), field: p.field, p.description))
    }
    return NetworkCheck(network: decoder.network, problems: Self.ordered(problems))
  }

  /// Errors before warnings; within each, by file (network.yaml first) and line, otherwise in the order found.
  static func ordered(_ problems: [InputProblem]) -> [InputProblem] {
    let indexed = problems.enumerated().map { ($0.offset, $0.element) }
    func rank(_ p: InputProblem) -> Int {
      let f = p.location.file
      if f.hasSuffix("/network.yaml") { return 0 }
      if f.contains("/scenarios/") { return 1 }
      if f.hasPrefix("--") { return 2 }
      return 3
    }
    return indexed.sorted { a, b in
      let (p, q) = (a.1, b.1)
      if p.severity != q.severity { return p.severity < q.severity }
      if rank(p) != rank(q) { return rank(p) < rank(q) }
      if p.location.file != q.location.file { return p.location.file < q.location.file }
      if (p.location.line ?? 0) != (q.location.line ?? 0) { return (p.location.line ?? 0) < (q.location.line ?? 0) }
      if (p.location.column ?? 0) != (q.location.column ?? 0) {
        return (p.location.column ?? 0) < (q.location.column ?? 0)
      }
      return a.0 < b.0
    }.map(\.1)
  }

  // MARK: - Files

  func loadYAML(_ relative: String) -> YNode? {
    let url = folder.appendingPathComponent(relative)
    let file = "\(display)/\(relative)"
    guard let data = FileManager.default.contents(atPath: url.path) else {
      let what = relative == "network.yaml" ? "a network folder with network.yaml (see Networks/FORMAT.md)" : "a file"
      context.fail(SourceLocation(file: file), field: nil, "does not exist or cannot be read; allowed: \(what)")
      return nil
    }
    guard let text = String(data: data, encoding: .utf8) else {
      context.fail(SourceLocation(file: file), field: nil, "is not UTF-8 text; allowed: YAML in UTF-8")
      return nil
    }
    do {
      let root = try YAMLTree.parse(text, file: file)
      guard root.entries != nil else {
        context.fail(root.location, field: nil, "the document is \(root.shown); allowed: a mapping of keys")
        return nil
      }
      return root
    } catch {
      context.problems.append(error)
      return nil
    }
  }

  /// Applies one scenario after those in `applied` (unless it conflicts with them), and adds its claims.
  func applyScenario(_ name: String, to root: inout YNode, after applied: inout [ScenarioClaims]) {
    let base = name.hasSuffix(".yaml") ? String(name.dropLast(5)) : name
    let dir = folder.appendingPathComponent("scenarios")
    let available = ((try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? [])
      .filter { $0.hasSuffix(".yaml") }.map { String($0.dropLast(5)) }.sorted()
    guard !base.isEmpty, !base.contains("/"), available.contains(base) else {
      let allowed = available.isEmpty ? "none (no \(display)/scenarios/*.yaml)" : available.joined(separator: ", ")
      context.fail(
        SourceLocation(file: "--scenario \(name)"), field: nil,
        "scenario \(ValidationProblem.show(name)) does not exist; allowed: \(allowed)")
      return
    }
    guard let tree = loadYAML("scenarios/\(base).yaml") else { return }
    let claims = ScenarioClaims(name: base, tree: tree)
    let conflicts = claims.conflicts(after: applied)
    applied.append(claims)
    guard conflicts.isEmpty else { return context.problems.append(contentsOf: conflicts) }
    ScenarioOverlay.applyScenario(&root, scenario: tree, problems: &context.problems)
  }

  // MARK: - Horizon

  /// The longest horizon a network without profiles may ask for (ten leap years), so that a typo cannot make the
  /// reader build a timeline that does not fit in memory.
  static let maximumHours = 87_840

  /// Picks the timeline (the profiles' snapshots, or study.start onwards when there are none), checks that every
  /// profile file has the same snapshots, selects the window and slices every series.
  mutating func applyHorizon(_ decoder: NetworkDecoder, hours: Int?, start: String?) {
    // Timeline from the profile files in use.
    var reference: ProfileTable? = nil
    var mismatched: Set<String> = []
    for s in decoder.pending {
      guard let file = s.file, let table = decoder.profiles.tables[file], !mismatched.contains(file) else { continue }
      guard let ref = reference else {
        reference = table
        continue
      }
      if table.start != ref.start || table.rowCount != ref.rowCount || table.stepMinutes != ref.stepMinutes {
        mismatched.insert(file)
        context.fail(
          SourceLocation(file: table.file), field: nil,
          "snapshots are \(table.snapshotRange); allowed: "
            + "the same snapshots as \(ref.file), \(ref.snapshotRange)")
      }
    }
    let studyStart = decoder.studyStart
    let studyHours = decoder.studyHours
    // The profiles' rows are evenly spaced (hourly, or every few hours); without profiles, hours_per_snapshot apart.
    // The spacing only labels the snapshots: what a snapshot weighs is study.hours_per_snapshot (as in PyPSA).
    let step = reference?.stepMinutes ?? Int(60 * decoder.network.study.hoursPerSnapshot)
    // Start.
    let startText = start ?? studyStart?.text
    let startLocation = start != nil ? SourceLocation(file: "--start") : studyStart?.location
    let startLabel = start != nil ? "--start" : "study.start"
    var startTime = reference?.start ?? Timestamp("2024-01-01T00:00") ?? Timestamp(minutes: 0)
    var timelineStart = startTime
    var count = reference?.rowCount ?? 0
    var startOK = true
    if let startText {
      if let t = Timestamp(startText) {
        startTime = t
      } else {
        startOK = false
        context.fail(
          startLocation ?? SourceLocation(file: yamlFile), field: "study.start",
          "\(startLabel) is "
            + "\(ValidationProblem.show(startText)); allowed: a time YYYY-MM-DDTHH:MM"
            + (reference.map { " within \($0.snapshotRange)" } ?? ""))
      }
    }
    if reference == nil {
      // No profiles: a synthetic timeline of the requested length from the start.
      timelineStart = startTime
      count = min(max(hours ?? studyHours?.value ?? 8760, 0), Self.maximumHours)
    }
    var index = (startTime.minutes - timelineStart.minutes) / step
    if startOK, let ref = reference,
      (startTime.minutes - timelineStart.minutes) % step != 0 || index < 0 || index >= ref.rowCount
    {
      context.fail(
        startLocation ?? SourceLocation(file: yamlFile), field: "study.start",
        "\(startLabel) is "
          + "\(ValidationProblem.show(startText ?? "")); allowed: a snapshot of the profiles, \(ref.snapshotRange)")
      startOK = false
    }
    if !startOK { index = 0 }
    // Length.
    let remaining = count - index
    var length: Int
    var lengthLocation: SourceLocation
    if let hours {
      length = hours
      lengthLocation = SourceLocation(file: "--hours")
    } else if let h = studyHours {
      length = start != nil ? min(h.value, remaining) : h.value
      lengthLocation = h.location
    } else {
      length = remaining
      lengthLocation = SourceLocation(file: yamlFile)
    }
    if length < 1 || length > remaining {
      let from = Timestamp(minutes: timelineStart.minutes + step * index).text
      let label = hours != nil ? "--hours" : "study.hours"
      context.fail(
        lengthLocation, field: "study.hours",
        "\(label) is \(length) from \(from); allowed: 1 ... "
          + "\(max(remaining, 1))"
          + (reference.map {
            ", the hours left in the profiles (\($0.start.text) to "
              + "\(Timestamp(minutes: $0.start.minutes + step * ($0.rowCount - 1)).text))"
          } ?? ""))
      length = max(1, min(length, remaining))
    }
    length = max(length, 0)
    windowStart = index
    let first = Timestamp(minutes: timelineStart.minutes + step * index)
    decoder.network.study.start = first.text
    decoder.network.study.hours = length
    decoder.network.snapshots = (0..<length).map { Timestamp(minutes: first.minutes + step * $0).text }
    // Slice.
    for s in decoder.pending {
      var values: [Double]
      if let file = s.file, !mismatched.contains(file), index + length <= s.values.count {
        values = Array(s.values[index..<index + length])
      } else {
        values = Array(repeating: s.file == nil ? s.flat : 0, count: length)
      }
      switch s.target {
      case .availability(let g): decoder.network.generators[g].availability = values
      case .demand(let d): decoder.network.loads[d].demandMW = values
      case .schedule(let k): decoder.network.links[k].delivery = .schedule(values)
      case .heatDemand(let d): decoder.network.heat.demands[d].demandMW = values
      case .curve(let k): decoder.network.links[k].delivery = .curve(minPU: values)
      }
    }
    // Curves by hour of day: the hour of each snapshot (local time) picks the value.
    for (k, byHour) in decoder.dailyCurves {
      let values = decoder.network.snapshots.map { s -> Double in
        let h = Int(s.dropFirst(11).prefix(2)) ?? 0
        return byHour[min(max(h, 0), 23)]
      }
      decoder.network.links[k].delivery = .curve(minPU: values)
    }
  }

  // MARK: - Locations

  /// Where a validation problem's field was written: a CSV cell for `X.availability[t]` and the like, else the
  /// YAML line of the field or of the nearest enclosing mapping.
  func locate(_ field: String) -> SourceLocation {
    if field.hasSuffix("]"), let open = field.lastIndex(of: "["),
      let t = Int(field[field.index(after: open)..<field.index(before: field.endIndex)]),
      let origin = decoder?.origins[String(field[..<open])], windowStart + t < origin.rowLines.count
    {
      return SourceLocation(file: origin.file, line: Int(origin.rowLines[windowStart + t]), column: origin.column)
    }
    var path = field
    while true {
      if let l = context.locations[path] { return l }
      guard let parent = Self.parent(of: path) else { break }
      path = parent
    }
    return SourceLocation(file: yamlFile)
  }

  /// `a[b].c` → `a[b]` → `a`; nil at the top.
  static func parent(of path: String) -> String? {
    if path.hasSuffix("]"), let open = path.lastIndex(of: "[") {
      return open == path.startIndex ? nil : String(path[..<open])
    }
    guard let dot = path.lastIndex(of: ".") else { return nil }
    return String(path[..<dot])
  }
}
