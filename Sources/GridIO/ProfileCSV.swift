import Foundation
import GridModel

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// An hourly profile file, `snapshot,COL1,COL2,...`, parsed from bytes in one pass (no regular expressions, no
/// per-cell strings): the snapshots, and every column as numbers. Structural problems (header, ragged rows,
/// snapshots that are not hourly) make the file unusable; bad cells are kept per column and reported only for the
/// columns that something uses.
struct ProfileTable {
  /// A cell that is not a finite number: its place and text.
  struct BadCell {
    var line: Int
    var column: Int
    /// Data row, from 0.
    var row: Int
    var text: String
    /// How many bad cells the column has in all.
    var count: Int
  }

  let file: String
  var columns: [String] = []
  var columnIndex: [String: Int] = [:]
  /// Column-major values; NaN where a cell is bad.
  var values: [[Double]] = []
  var badCells: [BadCell?] = []
  /// First snapshot; rows follow hourly.
  var start = Timestamp(minutes: 0)
  var rowCount = 0
  /// Minutes between consecutive snapshots: 60 (hourly) unless the first two rows say otherwise; then constant.
  var stepMinutes = 60
  /// Line number of each data row (blank lines are skipped).
  var rowLines: [Int32] = []
  /// Structural problems; when any, the file's values must not be used.
  var problems: [InputProblem] = []

  var snapshotRange: String {
    rowCount == 0
      ? "no snapshots"
      : "\(start.text) to \(Timestamp(minutes: start.minutes + stepMinutes * (rowCount - 1)).text) (\(rowCount) "
        + (stepMinutes == 60 ? "hours)" : "snapshots of \(stepMinutes / 60) hours)")
  }

  init(file: String, contents data: Data) {
    self.file = file
    data.withUnsafeBytes { parse($0) }
  }

  init(file: String, problem: InputProblem) {
    self.file = file
    problems = [problem]
  }

  private mutating func fail(_ line: Int?, _ column: Int? = nil, _ message: String) {
    problems.append(InputProblem(at: SourceLocation(file: file, line: line, column: column), message))
  }

  private mutating func parse(_ b: UnsafeRawBufferPointer) {
    let n = b.count
    var pos = 0
    if n >= 3 && b[0] == 0xEF && b[1] == 0xBB && b[2] == 0xBF { pos = 3 }
    var line = 0
    var cells: [(Int, Int)] = []
    cells.reserveCapacity(64)
    var headerDone = false
    var ragged = 0
    var previous: Timestamp? = nil
    var hourlyFailed = false
    while pos < n {
      line += 1
      var end = pos
      while end < n && b[end] != 10 { end += 1 }
      let next = end + 1
      if end > pos && b[end - 1] == 13 { end -= 1 }
      defer { pos = next }
      if ProfileTable.isBlank(b, pos, end) { continue }
      ProfileTable.split(b, pos, end, into: &cells)
      if !headerDone {
        headerDone = true
        readHeader(b, cells, line: line)
        if !problems.isEmpty { return }
        estimateRows(byteCount: n, lineLength: end - pos)
        continue
      }
      if cells.count != columns.count + 1 {
        ragged += 1
        if ragged <= 3 {
          fail(line, nil, "row has \(cells.count) cells; allowed: \(columns.count + 1), as in the header")
        }
        continue
      }
      // Snapshot.
      let (s0, s1) = ProfileTable.trim(b, cells[0].0, cells[0].1)
      guard let t = Timestamp(bytes: b, s0, s1) else {
        if !hourlyFailed {
          hourlyFailed = true
          fail(
            line, 1,
            "snapshot is \(ValidationProblem.show(ProfileTable.text(b, s0, s1)));"
              + " allowed: a time YYYY-MM-DDTHH:MM")
        }
        continue
      }
      if let p = previous, rowCount == 1, t.minutes > p.minutes, (t.minutes - p.minutes) % 60 == 0 {
        stepMinutes = t.minutes - p.minutes
      }
      if let p = previous, t.minutes != p.minutes + stepMinutes, !hourlyFailed {
        hourlyFailed = true
        let expected = Timestamp(minutes: p.minutes + stepMinutes).text
        fail(
          line, 1,
          "snapshot \(t.text) follows \(p.text); allowed: snapshots evenly spaced by whole hours (\(expected))")
      }
      if previous == nil { start = t }
      previous = t
      rowLines.append(Int32(truncatingIfNeeded: line))
      for c in 1..<cells.count {
        let (c0, c1) = ProfileTable.trim(b, cells[c].0, cells[c].1)
        let v = ProfileTable.number(b, c0, c1)
        if let v, v.isFinite {
          values[c - 1].append(v)
        } else {
          values[c - 1].append(.nan)
          if badCells[c - 1] == nil {
            let shown = c1 > c0 ? ValidationProblem.show(ProfileTable.text(b, c0, c1)) : "empty"
            badCells[c - 1] = BadCell(line: line, column: c + 1, row: rowCount, text: shown, count: 1)
          } else {
            badCells[c - 1]?.count += 1
          }
        }
      }
      rowCount += 1
    }
    if !headerDone { fail(nil, nil, "the file is empty; allowed: a header `snapshot,NAME,...` and hourly rows") }
    if ragged > 3 { fail(nil, nil, "\(ragged - 3) more rows have the wrong number of cells") }
    if headerDone && rowCount == 0 && problems.isEmpty { fail(nil, nil, "the file has no rows; allowed: hourly rows") }
  }

  private mutating func readHeader(_ b: UnsafeRawBufferPointer, _ cells: [(Int, Int)], line: Int) {
    var names: [String] = []
    for (c0, c1) in cells {
      let (t0, t1) = ProfileTable.trim(b, c0, c1)
      var s = ProfileTable.text(b, t0, t1)
      if s.hasPrefix("\""), s.hasSuffix("\""), s.count >= 2 {
        s = String(s.dropFirst().dropLast()).replacingOccurrences(of: "\"\"", with: "\"")
      }
      names.append(s)
    }
    guard names.first == "snapshot" else {
      fail(line, 1, "the first column is \(ValidationProblem.show(names.first ?? "")); allowed: snapshot")
      return
    }
    columns = Array(names.dropFirst())
    for (i, name) in columns.enumerated() {
      if name.isEmpty { fail(line, i + 2, "column \(i + 2) has no name; allowed: a name") }
      if columnIndex[name] != nil {
        fail(line, i + 2, "the column \(ValidationProblem.show(name)) appears twice; allowed: each name once")
      }
      columnIndex[name] = i
    }
    values = Array(repeating: [], count: columns.count)
    badCells = Array(repeating: nil, count: columns.count)
  }

  private mutating func estimateRows(byteCount: Int, lineLength: Int) {
    let estimate = min(byteCount / max(lineLength / 2, 8) + 16, 1 << 20)
    for i in values.indices { values[i].reserveCapacity(estimate) }
    rowLines.reserveCapacity(estimate)
  }

  // MARK: - Bytes

  static func isBlank(_ b: UnsafeRawBufferPointer, _ s: Int, _ e: Int) -> Bool {
    var i = s
    while i < e {
      if b[i] != 32 && b[i] != 9 { return false }
      i += 1
    }
    return true
  }

  /// Cell ranges of one line, split at commas outside double quotes.
  static func split(_ b: UnsafeRawBufferPointer, _ s: Int, _ e: Int, into cells: inout [(Int, Int)]) {
    cells.removeAll(keepingCapacity: true)
    var start = s
    var i = s
    var quoted = false
    while i < e {
      let c = b[i]
      if c == 34 {
        quoted.toggle()
      } else if c == 44 && !quoted {
        cells.append((start, i))
        start = i + 1
      }
      i += 1
    }
    cells.append((start, e))
  }

  static func trim(_ b: UnsafeRawBufferPointer, _ s: Int, _ e: Int) -> (Int, Int) {
    var s = s
    var e = e
    while s < e && (b[s] == 32 || b[s] == 9) { s += 1 }
    while e > s && (b[e - 1] == 32 || b[e - 1] == 9) { e -= 1 }
    if e - s >= 2 && b[s] == 34 && b[e - 1] == 34 { return (s + 1, e - 1) }
    return (s, e)
  }

  static func text(_ b: UnsafeRawBufferPointer, _ s: Int, _ e: Int) -> String {
    String(decoding: UnsafeRawBufferPointer(rebasing: b[s..<e]), as: UTF8.self)
  }

  private static let powers: [Double] = (0...22).map { pow(10.0, Double($0)) }

  /// A decimal number: exact fast path (mantissa < 2^53, |exponent| <= 22, Clinger), `strtod` otherwise.
  /// Returns nil for anything that is not a number; `nan`/`inf` come back non-finite.
  static func number(_ b: UnsafeRawBufferPointer, _ s: Int, _ e: Int) -> Double? {
    guard e > s else { return nil }
    var i = s
    var negative = false
    if b[i] == 45 || b[i] == 43 {
      negative = b[i] == 45
      i += 1
    }
    var mantissa: UInt64 = 0
    var digits = 0
    var scale = 0
    var significant = 0
    while i < e && b[i] >= 48 && b[i] <= 57 {
      if significant < 19 {
        mantissa = mantissa &* 10 &+ UInt64(b[i] - 48)
        if mantissa > 0 { significant += 1 }
      } else {
        scale += 1
      }
      digits += 1
      i += 1
    }
    if i < e && b[i] == 46 {
      i += 1
      while i < e && b[i] >= 48 && b[i] <= 57 {
        if significant < 19 {
          mantissa = mantissa &* 10 &+ UInt64(b[i] - 48)
          if mantissa > 0 { significant += 1 }
          scale -= 1
        }
        digits += 1
        i += 1
      }
    }
    if digits == 0 { return special(b, s, e) }
    if i < e && (b[i] == 101 || b[i] == 69) {
      i += 1
      var expNegative = false
      if i < e && (b[i] == 45 || b[i] == 43) {
        expNegative = b[i] == 45
        i += 1
      }
      var exponent = 0
      var expDigits = 0
      while i < e && b[i] >= 48 && b[i] <= 57 {
        if exponent < 100_000 { exponent = exponent * 10 + Int(b[i] - 48) }
        expDigits += 1
        i += 1
      }
      if expDigits == 0 { return nil }
      scale += expNegative ? -exponent : exponent
    }
    guard i == e else { return nil }
    if mantissa < (1 << 53) && scale >= -22 && scale <= 22 {
      let m = Double(mantissa)
      let v = scale >= 0 ? m * powers[scale] : m / powers[-scale]
      return negative ? -v : v
    }
    return strtodFallback(b, s, e)
  }

  private static func special(_ b: UnsafeRawBufferPointer, _ s: Int, _ e: Int) -> Double? {
    switch text(b, s, e).lowercased() {
    case "nan", "+nan", "-nan": return .nan
    case "inf", "+inf", "infinity", "+infinity": return .infinity
    case "-inf", "-infinity": return -.infinity
    default: return nil
    }
  }

  private static func strtodFallback(_ b: UnsafeRawBufferPointer, _ s: Int, _ e: Int) -> Double? {
    var bytes = [CChar](repeating: 0, count: e - s + 1)
    for i in s..<e { bytes[i - s] = CChar(bitPattern: b[i]) }
    return bytes.withUnsafeBufferPointer { p -> Double? in
      guard let base = p.baseAddress else { return nil }
      var endPointer: UnsafeMutablePointer<CChar>? = nil
      let v = strtod(base, &endPointer)
      guard let endPointer, endPointer - UnsafeMutablePointer(mutating: base) == e - s else { return nil }
      return v
    }
  }
}

/// The profile files of one network folder, each read and parsed once, with the column references made so far.
struct ProfileStore {
  let folder: URL
  let displayFolder: String
  private(set) var tables: [String: ProfileTable] = [:]
  /// File names in the order first referenced.
  private(set) var order: [String] = []

  init(folder: URL, displayFolder: String) {
    self.folder = folder
    self.displayFolder = displayFolder
  }

  func display(_ name: String) -> String { "\(displayFolder)/profiles/\(name)" }

  /// The parsed table of `profiles/NAME`; nil when the file does not exist.
  mutating func table(_ name: String) -> ProfileTable? {
    if let t = tables[name] { return t }
    let url = folder.appendingPathComponent("profiles").appendingPathComponent(name)
    var isDirectory: ObjCBool = false
    guard !name.isEmpty, !name.contains(".."),
      FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory),
      !isDirectory.boolValue
    else { return nil }
    let table: ProfileTable
    if let data = FileManager.default.contents(atPath: url.path) {
      table = ProfileTable(file: display(name), contents: data)
    } else {
      table = ProfileTable(
        file: display(name),
        problem: InputProblem(
          at: SourceLocation(file: display(name)), "cannot be read; allowed: a readable CSV file"))
    }
    tables[name] = table
    order.append(name)
    return table
  }

  /// The CSV files present in profiles/, for messages.
  func available() -> [String] {
    let dir = folder.appendingPathComponent("profiles")
    let names = (try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []
    return names.filter { $0.hasSuffix(".csv") }.sorted()
  }
}
