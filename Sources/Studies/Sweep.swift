import DispatchModel
import Dispatch
import Foundation
import GridIO
import GridModel
import LinearProgramming
import LinearAlgebra

/// One point of a storage sweep: a storage size added at a bus or spread over a group of buses.
public struct SweepPoint: Sendable, Hashable {
  /// Position in the full grid (groups x durations x powers, in that nesting order), stable across shards.
  public var index: Int
  public var buses: [String]
  /// Total power over the group, MW (split equally between its buses).
  public var powerMW: Double
  public var durationH: Double

  /// The key of the point in `sweep.csv`: `BUS+BUS|POWER|DURATION`.
  public var id: String { "\(buses.joined(separator: "+"))|\(Fixed.format(powerMW, decimals: 3))|\(Fixed.format(durationH, decimals: 3))" }
}

/// What to sweep: the network and horizon, the groups of buses, and the grid of powers and durations.
public struct SweepSpec: Sendable {
  public var networkFolder: URL
  /// Scenarios applied in order.
  public var scenarios: [String]
  public var overrides: [String]
  public var start: String?
  public var hours: Int?
  public var groups: [[String]]
  public var powersMW: [Double]
  public var durationsH: [Double]
  public var efficiencyCharge = 0.92
  public var efficiencyDischarge = 0.92

  public init(networkFolder: URL, scenario: String? = nil, scenarios: [String] = [], overrides: [String] = [],
              start: String? = nil, hours: Int? = nil, groups: [[String]], powersMW: [Double], durationsH: [Double]) {
    self.networkFolder = networkFolder
    self.scenarios = (scenario.map { [$0] } ?? []) + scenarios
    self.overrides = overrides
    self.start = start
    self.hours = hours
    self.groups = groups
    self.powersMW = powersMW
    self.durationsH = durationsH
  }

  /// Every point of the grid, in a fixed order.
  public func points() -> [SweepPoint] {
    var out: [SweepPoint] = []
    for g in groups {
      for d in durationsH {
        for p in powersMW { out.append(SweepPoint(index: out.count, buses: g, powerMW: p, durationH: d)) }
      }
    }
    return out
  }
}

public enum SweepError: Error, CustomStringConvertible, Equatable {
  case unknownBus(String, allowed: [String])
  case emptyGrid(String)
  case badShard(String)
  case badTable(file: String, line: Int, message: String)

  public var description: String {
    switch self {
    case .unknownBus(let b, let allowed):
      return "--at \(b): no internal bus with that id; allowed: \(allowed.joined(separator: ", "))"
    case .emptyGrid(let s): return "the sweep has no points: \(s)"
    case .badShard(let s): return "--shard \(s) is not allowed; allowed: I/N with 0 <= I < N (I is 0-based, as in Kubernetes indexed jobs)"
    case .badTable(let f, let l, let m): return "\(f):\(l): \(m)"
    }
  }
}

/// The sweep table: one row per point, the point's coordinates, then every KPI of `summary.csv` as a column named
/// `metric[component] (unit)` (or `metric (unit)` without a component). Timings are left out so that the table is
/// the same however the points were run (in parallel, resumed, sharded and merged).
public struct SweepTable: Sendable, Equatable {
  public static let keyColumns = ["point", "index", "buses", "power_mw", "duration_h", "energy_mwh"]
  /// Rows keyed by point id, each a column -> value map.
  public var rows: [String: [String: String]] = [:]

  public init() {}

  /// The KPI columns of a solved point.
  public static func row(point: SweepPoint, summary: [SummaryRow]) -> [String: String] {
    var r: [String: String] = [
      "point": point.id, "index": String(point.index), "buses": point.buses.joined(separator: "+"),
      "power_mw": Fixed.format(point.powerMW, decimals: 3), "duration_h": Fixed.format(point.durationH, decimals: 3),
      "energy_mwh": Fixed.format(point.powerMW * point.durationH, decimals: 3),
    ]
    for s in summary where s.metric != "solver_time" {
      let name = s.metric + (s.component.isEmpty ? "" : "[\(s.component)]") + (s.unit.isEmpty ? "" : " (\(s.unit))")
      r[name] = s.value
    }
    return r
  }

  /// Columns: the key columns, then every other column in sorted order.
  public var header: [String] {
    var others = Set<String>()
    for r in rows.values { others.formUnion(r.keys) }
    others.subtract(Self.keyColumns)
    return Self.keyColumns + others.sorted()
  }

  public var csv: String {
    let h = header
    var out = h.map(CSVTable.quote).joined(separator: ",") + "\n"
    let ordered = rows.values.sorted { (Int($0["index"] ?? "") ?? 0) < (Int($1["index"] ?? "") ?? 0) }
    for r in ordered { out += h.map { CSVTable.quote(r[$0] ?? "") }.joined(separator: ",") + "\n" }
    return out
  }

  /// Reads a table written by ``csv`` (quoted cells allowed); a missing file is an empty table.
  public static func read(_ url: URL) throws -> SweepTable {
    var table = SweepTable()
    guard FileManager.default.fileExists(atPath: url.path) else { return table }
    let text = try String(contentsOf: url, encoding: .utf8)
    let (rows, lines) = CSVTable.parse(text)
    guard let header = rows.first else { return table }
    guard let pointColumn = header.firstIndex(of: "point") else {
      throw SweepError.badTable(file: url.path, line: lines[0], message: "header has no 'point' column; allowed: a sweep.csv written by gridplan sweep")
    }
    for (cells, line) in zip(rows, lines).dropFirst() {
      guard cells.count == header.count else {
        throw SweepError.badTable(file: url.path, line: line,
                                  message: "\(cells.count) cells, the header has \(header.count)")
      }
      var r: [String: String] = [:]
      for (c, v) in zip(header, cells) where !v.isEmpty { r[c] = v }
      table.rows[cells[pointColumn]] = r
    }
    return table
  }

  /// Writes through a temporary file renamed into place: a crash leaves the previous complete table.
  public func write(to url: URL) throws {
    try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
    try Data(csv.utf8).write(to: url, options: .atomic)
  }

  /// Joins tables (shards); a point present in several must have identical rows.
  public static func merge(_ tables: [SweepTable]) throws -> SweepTable {
    var out = SweepTable()
    for t in tables {
      for (id, r) in t.rows {
        if let existing = out.rows[id], existing != r {
          throw SweepError.badTable(file: "merge", line: 0, message: "point \(id) appears twice with different values")
        }
        out.rows[id] = r
      }
    }
    return out
  }
}

/// Runs a storage sweep: every point adds storage to the network, solves the full dispatch and records the KPIs.
/// Points run in parallel (`jobs` at once, each solve single-threaded so that OpenBLAS is not oversubscribed); the
/// network is read once and shared. The table is rewritten (atomically) after every point, and points already in it
/// are skipped: an interrupted sweep resumes where it stopped. `shard = (i, n)` runs the points whose index is
/// i mod n, so a Slurm job array or a Kubernetes indexed job can spread the grid over machines (`gridplan merge`).
public enum Sweep {
  public struct Outcome: Sendable {
    public var table: SweepTable
    public var solved: Int
    public var skipped: Int
    public var seconds: Double
  }

  public static func run(
    _ spec: SweepSpec, output: URL, shard: (index: Int, count: Int)? = nil, jobs: Int = 2,
    settings: InteriorPointSettings = InteriorPointSettings(), progress: (@Sendable (String) -> Void)? = nil
  ) throws -> Outcome {
    let start = ContinuousClock.now
    let network = try NetworkReader.read(folder: spec.networkFolder, scenarios: spec.scenarios,
                                         overrides: spec.overrides, hours: spec.hours, start: spec.start)
    let internalBuses = network.buses.filter { !$0.external }.map(\.id)
    for g in spec.groups { for b in g where !internalBuses.contains(b) { throw SweepError.unknownBus(b, allowed: internalBuses) } }
    var points = spec.points()
    if points.isEmpty { throw SweepError.emptyGrid("give at least one bus group, power and duration") }
    if let s = shard {
      guard s.count > 0, s.index >= 0, s.index < s.count else { throw SweepError.badShard("\(s.index)/\(s.count)") }
      points = points.filter { $0.index % s.count == s.index }
    }
    let existing = try SweepTable.read(output)
    let todo = points.filter { existing.rows[$0.id] == nil }
    let state = SweepState(table: existing)
    let workers = max(1, min(jobs, todo.count))
    BLAS.setThreadCount(1)
    let counter = SweepState.Counter()
    // Each worker takes the next point not yet taken (points differ in cost, so a fixed split would idle a core).
    let queue = SweepState.Counter()
    DispatchQueue.concurrentPerform(iterations: workers) { _ in
      // A stop request (Ctrl-C) ends the sweep after the points being solved: no new point starts.
      while settings.shouldStop?() != true {
        let k = queue.next() - 1
        guard k < todo.count else { break }
        let point = todo[k]
        do {
          let row = try evaluate(network: network, point: point, spec: spec, settings: settings)
          try state.record(point: point, row: row, output: output)
          let n = counter.next()
          progress?("point \(n)/\(todo.count) \(point.id): done")
        } catch {
          state.fail(point: point, error: error)
          progress?("point \(point.id): \(error)")
        }
      }
    }
    if let failure = state.firstFailure { throw failure }
    let d = ContinuousClock.now - start
    return Outcome(table: state.table, solved: todo.count, skipped: points.count - todo.count,
                   seconds: Double(d.components.seconds) + Double(d.components.attoseconds) * 1e-18)
  }

  /// The network with the point's storage added (power split equally over the group's buses).
  public static func network(_ base: Network, adding point: SweepPoint, spec: SweepSpec) -> Network {
    var net = base
    guard point.powerMW > 0, !point.buses.isEmpty else { return net }
    let carrier = net.carriers.contains { $0.id == "battery" } ? "battery" : "sweep-battery"
    if !net.carriers.contains(where: { $0.id == carrier }) {
      net.carriers.append(Carrier(id: carrier, clean: false, color: "#9467bd"))
    }
    let each = point.powerMW / Double(point.buses.count)
    for b in point.buses {
      net.storageUnits.append(StorageUnit(
        id: "sweep-\(b)", bus: b, carrier: carrier, powerMW: each, energyMWh: each * point.durationH,
        efficiencyCharge: spec.efficiencyCharge, efficiencyDischarge: spec.efficiencyDischarge))
    }
    return net
  }

  /// Solves one point and returns its table row.
  public static func evaluate(
    network base: Network, point: SweepPoint, spec: SweepSpec, settings solver: InteriorPointSettings = .init()
  ) throws -> [String: String] {
    let net = network(base, adding: point, spec: spec)
    let problem = try DispatchProblem(network: net)
    var settings = solver
    settings.parallelSweeps = false
    let result = try problem.solve(settings: settings)
    guard result.status == .optimal else { throw StudyError.notSolved(result.status.rawValue, result.statusReason) }
    return SweepTable.row(point: point, summary: Summary.rows(result))
  }
}

/// Shared state of a running sweep, guarded by a lock.
final class SweepState: @unchecked Sendable {
  private let lock = NSLock()
  private(set) var table: SweepTable
  private(set) var firstFailure: Error?

  init(table: SweepTable) { self.table = table }

  func record(point: SweepPoint, row: [String: String], output: URL) throws {
    lock.lock()
    defer { lock.unlock() }
    table.rows[point.id] = row
    try table.write(to: output)
  }

  func fail(point: SweepPoint, error: Error) {
    lock.lock()
    defer { lock.unlock() }
    if firstFailure == nil { firstFailure = error }
  }

  final class Counter: @unchecked Sendable {
    private let lock = NSLock()
    private var n = 0
    func next() -> Int {
      lock.lock()
      defer { lock.unlock() }
      n += 1
      return n
    }
  }
}
