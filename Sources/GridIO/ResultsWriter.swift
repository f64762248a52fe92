import Foundation

/// A CSV table: a header and rows of cells (already formatted, e.g. with ``csvNumber(_:)``).
public struct CSVTable: Sendable, Equatable {
  public var header: [String]
  public var rows: [[String]]

  public init(header: [String], rows: [[String]] = []) {
    self.header = header
    self.rows = rows
  }

  /// RFC 4180 text: cells with a comma, a double quote or a line break are quoted; lines end in "\n".
  public var text: String {
    var out = ""
    out.reserveCapacity(16 * header.count * (rows.count + 1))
    func append(_ cells: [String]) {
      for (i, c) in cells.enumerated() {
        if i > 0 { out += "," }
        out += CSVTable.quote(c)
      }
      out += "\n"
    }
    append(header)
    for r in rows { append(r) }
    return out
  }

  /// An hourly table: a `snapshot` column, then one column of numbers per (name, values), a row per snapshot.
  public static func hourly(snapshots: [String], columns: [(String, [Double])]) -> CSVTable {
    var table = CSVTable(header: ["snapshot"] + columns.map(\.0))
    table.rows.reserveCapacity(snapshots.count)
    for (t, s) in snapshots.enumerated() { table.rows.append([s] + columns.map { csvNumber($0.1[t]) }) }
    return table
  }

  public static func quote(_ cell: String) -> String {
    guard cell.utf8.contains(where: { $0 == 44 || $0 == 34 || $0 == 10 || $0 == 13 }) else { return cell }
    return "\"" + cell.replacingOccurrences(of: "\"", with: "\"\"") + "\""
  }

  /// Reads RFC 4180 text, the inverse of ``text``: the rows (the header first) and the line each row starts on.
  /// Quoted cells may hold commas, `""` and line breaks; CRLF and a UTF-8 BOM are accepted; blank lines are skipped.
  public static func parse(_ text: String) -> (rows: [[String]], lines: [Int]) {
    var rows: [[String]] = []
    var lines: [Int] = []
    var cells: [String] = []
    var cell = ""
    var quoted = false
    var line = 1
    var rowLine = 1
    var chars = Array(text.unicodeScalars)
    if chars.first == "\u{FEFF}" { chars.removeFirst() }
    var i = 0
    func endRow() {
      cells.append(cell)
      cell = ""
      if !(cells.count == 1 && cells[0].isEmpty) {
        rows.append(cells)
        lines.append(rowLine)
      }
      cells = []
    }
    while i < chars.count {
      let c = chars[i]
      if quoted {
        if c == "\"" {
          if i + 1 < chars.count && chars[i + 1] == "\"" {
            cell.unicodeScalars.append("\"")
            i += 1
          } else {
            quoted = false
          }
        } else {
          if c == "\n" { line += 1 }
          cell.unicodeScalars.append(c)
        }
      } else if c == "\"" {
        quoted = true
      } else if c == "," {
        cells.append(cell)
        cell = ""
      } else if c == "\n" || c == "\r" {
        if c == "\r" && i + 1 < chars.count && chars[i + 1] == "\n" { i += 1 }
        endRow()
        line += 1
        rowLine = line
      } else {
        cell.unicodeScalars.append(c)
      }
      i += 1
    }
    if !cell.isEmpty || !cells.isEmpty { endRow() }
    return (rows, lines)
  }
}

/// A number for a CSV cell: the shortest text that reads back to the same Double, integers without ".0",
/// `inf`/`-inf` for infinities, and an empty cell for NaN (never "nan").
public func csvNumber(_ v: Double) -> String {
  if v.isNaN { return "" }
  if v == 0 { return "0" }
  if v.isInfinite { return v > 0 ? "inf" : "-inf" }
  let s = v.description
  if s.hasSuffix(".0") { return String(s.dropLast(2)) }
  return s
}

/// Problems writing a results folder.
public enum ResultsFolderError: Error, Sendable, Equatable, CustomStringConvertible {
  /// A file name with a path separator, `..`, or empty.
  case badFileName(String)
  /// The destination exists and is not a folder.
  case notAFolder(String)

  public var description: String {
    switch self {
    case .badFileName(let n):
      return "results file name \"\(n)\" is not allowed; allowed: a plain file name such as generators-p.csv"
    case .notAFolder(let p): return "\(p) exists and is not a folder; allowed: a folder path or a new name"
    }
  }
}

/// Writes a study's results as a whole (through ``FolderWriter``): into a temporary sibling folder `.NAME.tmp-PID`,
/// which replaces the destination by rename only once every file is written. A crash or an error leaves the previous
/// results (or none), never half of them. Results are flat: plain file names only.
public enum ResultsFolder {
  /// - Parameters:
  ///   - tables: file name (e.g. `generators-p.csv`) → file text.
  ///   - folder: the destination; created or replaced.
  public static func write(tables: [String: String], to folder: URL) throws {
    for name in tables.keys where name.isEmpty || name.contains("/") || name == "." || name == ".." {
      throw ResultsFolderError.badFileName(name)
    }
    do {
      try FolderWriter.write(files: tables, to: folder)
    } catch FolderWriteError.notAFolder(let path) {
      throw ResultsFolderError.notAFolder(path)
    }
  }
}
