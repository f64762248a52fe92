/// What the network tells the plots about the results' columns. Built by the CLI from `network.yaml`; tests build it
/// by hand. Ids not found here fall back to their suffix (`ORD-coal-chp` is coal) and a palette colour.
public struct NetworkInfo: Sendable {
  public struct CarrierStyle: Sendable, Equatable {
    public var id: String
    public var color: String
    public var clean: Bool

    public init(id: String, color: String, clean: Bool) {
      self.id = id
      self.color = color
      self.clean = clean
    }
  }

  /// Carriers in the network's order (the order of the dispatch stack, bottom first).
  public var carriers: [CarrierStyle]
  public var generatorCarrier: [String: String]
  public var storageCarrier: [String: String]
  /// Link ids in the network's order (fixes each corridor's colour in every chart).
  public var links: [String]
  /// Links that deliver outside the modelled grid (exports); nil when unknown: every link counts.
  public var exportLinks: Set<String>?
  /// Total demand of all loads per snapshot, MW; empty when unknown.
  public var demandMW: [String: Double]

  public init(
    carriers: [CarrierStyle] = [], generatorCarrier: [String: String] = [:], storageCarrier: [String: String] = [:],
    links: [String] = [], exportLinks: Set<String>? = nil, demandMW: [String: Double] = [:]
  ) {
    self.carriers = carriers
    self.generatorCarrier = generatorCarrier
    self.storageCarrier = storageCarrier
    self.links = links
    self.exportLinks = exportLinks
    self.demandMW = demandMW
  }

  /// A qualitative palette for corridors and unknown carriers (Tableau 10, then darker tones).
  public static let palette = [
    "#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2", "#7f7f7f", "#bcbd22", "#17becf",
    "#393b79", "#ad494a", "#637939", "#7b4173",
  ]

  /// The carrier of a generator or storage unit: the network's, else the last part of its id that names a known
  /// carrier, else the last part that is not "chp".
  public func carrier(of id: String, storage: Bool = false) -> String {
    if let c = (storage ? storageCarrier : generatorCarrier)[id] { return c }
    let parts = id.split(separator: "-").map(String.init)
    let known = Set(carriers.map(\.id))
    if let k = parts.reversed().first(where: { known.contains($0) }) { return k }
    return parts.reversed().first { $0.lowercased() != "chp" } ?? id
  }

  public func color(ofCarrier id: String) -> String {
    carriers.first { $0.id == id }?.color ?? NetworkInfo.palette[stableIndex(id) % NetworkInfo.palette.count]
  }

  /// Colour of a corridor: by its position among the network's links, else among `others`.
  public func color(ofLink id: String, others: [String] = []) -> String {
    if let i = links.firstIndex(of: id) { return NetworkInfo.palette[i % NetworkInfo.palette.count] }
    let i = links.count + (others.firstIndex(of: id) ?? stableIndex(id))
    return NetworkInfo.palette[i % NetworkInfo.palette.count]
  }

  func stableIndex(_ s: String) -> Int { s.unicodeScalars.reduce(0) { ($0 &* 31 &+ Int($1.value)) & 0xFFFF } }
}

/// An hourly wide results table: `snapshot` then one column per component.
struct HourlyTable {
  let file: CSVFile
  let snapshots: [String]
  let columns: [String]
  /// values[c][t], NaN for empty cells.
  let values: [[Double]]

  init(_ file: CSVFile) throws {
    self.file = file
    let s = try file.index(of: "snapshot")
    snapshots = file.rows.map { $0[s] }
    for (r, snap) in snapshots.enumerated() where Snapshot(snap) == nil {
      throw PlotInputError.malformed(
        file: file.path, line: file.lines[r], problem: "snapshot is \"\(snap)\"", allowed: "YYYY-MM-DDTHH:MM")
    }
    let others = file.header.indices.filter { $0 != s }
    columns = others.map { file.header[$0] }
    values = try others.map { try file.numbers(at: $0) }
  }

  func column(_ name: String) -> [Double]? { columns.firstIndex(of: name).map { values[$0] } }

  /// Checks that `other` has the same snapshots, line by line.
  func requireSameSnapshots(_ other: HourlyTable) throws {
    for t in 0..<max(snapshots.count, other.snapshots.count) {
      let a = t < snapshots.count ? snapshots[t] : "(none)"
      let b = t < other.snapshots.count ? other.snapshots[t] : "(none)"
      guard a != b else { continue }
      let line = t < other.file.lines.count ? other.file.lines[t] : (other.file.lines.last ?? 1) + 1
      throw PlotInputError.malformed(
        file: other.file.path, line: line, problem: "snapshot is \(b), \(file.path) has \(a) on that row",
        allowed: "the same snapshots, in the same order, in every table of a results folder")
    }
  }

  /// Sum of the given columns per hour (zero where a cell is empty).
  func sum(_ names: [String], scale: Double = 1) -> [Double] {
    var out = [Double](repeating: 0, count: snapshots.count)
    for n in names {
      guard let c = column(n) else { continue }
      for t in c.indices where c[t].isFinite { out[t] += c[t] * scale }
    }
    return out
  }
}

/// "YYYY-MM-DDTHH:MM" taken apart.
struct Snapshot {
  let year: Int
  let month: Int
  let day: Int
  let hour: Int

  init?(_ s: String) {
    let u = Array(s.utf8)
    guard u.count >= 13, u[4] == UInt8(ascii: "-"), u[7] == UInt8(ascii: "-"), u[10] == UInt8(ascii: "T") else {
      return nil
    }
    func number(_ r: Range<Int>) -> Int? {
      var v = 0
      for i in r {
        guard u[i] >= 48 && u[i] <= 57 else { return nil }
        v = v * 10 + Int(u[i] - 48)
      }
      return v
    }
    guard let y = number(0..<4), let m = number(5..<7), let d = number(8..<10), let h = number(11..<13),
      (1...12).contains(m), (1...31).contains(d), (0...23).contains(h)
    else { return nil }
    (year, month, day, hour) = (y, m, d, h)
  }

  static let monthNames = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

  /// "YYYY-MM-DD".
  static func date(_ s: String) -> String { String(s.prefix(10)) }
  /// "YYYY-MM".
  static func month(_ s: String) -> String { String(s.prefix(7)) }

  /// "Jul 08".
  var dayLabel: String { "\(Snapshot.monthNames[month - 1]) \(day < 10 ? "0" : "")\(day)" }
}
