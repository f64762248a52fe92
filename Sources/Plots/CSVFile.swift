import Foundation

/// Problems with the files `gridplan plot` reads. Each names the file (and line), the value and what is allowed.
public enum PlotInputError: Error, Sendable, Equatable, CustomStringConvertible {
  case missingFolder(String)
  case missingFile(String)
  case missingColumn(file: String, column: String, header: [String])
  /// A cell, a row or the file's structure is not what is allowed.
  case malformed(file: String, line: Int, problem: String, allowed: String)
  /// A command-line value that is not allowed.
  case badOption(option: String, value: String, allowed: String)

  public var description: String {
    switch self {
    case .missingFolder(let p):
      return
        "no results folder at '\(p)'; allowed: a folder written by gridplan run (generators-p.csv, links-p0.csv, ...)"
    case .missingFile(let p):
      return "no file at \(p); allowed: an existing CSV file "
        + "(gridplan run writes the hourly tables, gridplan sweep writes sweep.csv)"
    case .missingColumn(let f, let c, let h):
      let shown = h.prefix(12).joined(separator: ", ") + (h.count > 12 ? ", ... (\(h.count) columns)" : "")
      return "\(f):1: no column '\(c)'; the header has: \(shown)"
    case .malformed(let f, let l, let p, let a):
      return "\(f):\(l): \(p); allowed: \(a)"
    case .badOption(let o, let v, let a):
      return "\(o) \(v) is not allowed; allowed: \(a)"
    }
  }
}

/// A CSV file read whole: a header line and rows of text cells (RFC 4180: cells may be quoted, `""` inside quotes is
/// a quote). Numbers are read per column with ``numbers(_:)``.
public struct CSVFile: Sendable {
  /// The path as given, for messages.
  public let path: String
  public let header: [String]
  public let rows: [[String]]
  /// The line (1-based, the header is line 1) on which each row starts.
  public let lines: [Int]

  /// Reads a file; a missing file is ``PlotInputError/missingFile(_:)``.
  public static func read(_ url: URL) throws -> CSVFile {
    guard FileManager.default.fileExists(atPath: url.path) else { throw PlotInputError.missingFile(url.relativePath) }
    let data = try Data(contentsOf: url)
    return try CSVFile(bytes: [UInt8](data), path: url.relativePath)
  }

  public init(text: String, path: String) throws { try self.init(bytes: Array(text.utf8), path: path) }

  init(bytes: [UInt8], path: String) throws {
    self.path = path
    var records: [[String]] = []
    var starts: [Int] = []
    var cells: [String] = []
    var cell: [UInt8] = []
    var quoted = false
    var line = 1
    var rowStart = 1
    var i = 0
    let quote = UInt8(ascii: "\""), comma = UInt8(ascii: ","), lf = UInt8(ascii: "\n"), cr = UInt8(ascii: "\r")
    func endCell() {
      cells.append(String(decoding: cell, as: UTF8.self))
      cell.removeAll(keepingCapacity: true)
    }
    while i < bytes.count {
      let b = bytes[i]
      if quoted {
        if b == quote {
          if i + 1 < bytes.count && bytes[i + 1] == quote {
            cell.append(quote)
            i += 1
          } else {
            quoted = false
          }
        } else {
          if b == lf { line += 1 }
          cell.append(b)
        }
      } else if b == quote && cell.isEmpty {
        quoted = true
      } else if b == comma {
        endCell()
      } else if b == lf || b == cr {
        if b == cr && i + 1 < bytes.count && bytes[i + 1] == lf { i += 1 }
        endCell()
        records.append(cells)
        starts.append(rowStart)
        cells = []
        line += 1
        rowStart = line
      } else {
        cell.append(b)
      }
      i += 1
    }
    if quoted {
      throw PlotInputError.malformed(
        file: path, line: rowStart, problem: "a quoted cell is not closed",
        allowed: "cells in double quotes with \"\" for a quote inside")
    }
    if !cell.isEmpty || !cells.isEmpty {
      endCell()
      records.append(cells)
      starts.append(rowStart)
    }
    // Blank lines at the end are not rows.
    while let last = records.last, last == [""] {
      records.removeLast()
      starts.removeLast()
    }
    guard let first = records.first, first != [""] else {
      throw PlotInputError.malformed(
        file: path, line: 1, problem: "the file is empty", allowed: "a header line, then one line per row")
    }
    header = first
    for (r, s) in zip(records.dropFirst(), starts.dropFirst()) where r.count != first.count {
      throw PlotInputError.malformed(
        file: path, line: s, problem: "\(r.count) cell\(r.count == 1 ? "" : "s"), the header has \(first.count)",
        allowed: "one cell per header column on every line")
    }
    rows = Array(records.dropFirst())
    lines = Array(starts.dropFirst())
  }

  public func hasColumn(_ name: String) -> Bool { header.contains(name) }

  /// The index of a column, or ``PlotInputError/missingColumn(file:column:header:)``.
  public func index(of name: String) throws -> Int {
    guard let i = header.firstIndex(of: name) else {
      throw PlotInputError.missingColumn(file: path, column: name, header: header)
    }
    return i
  }

  public func strings(_ name: String) throws -> [String] {
    let c = try index(of: name)
    return rows.map { $0[c] }
  }

  /// A numeric column: empty cells are NaN; `inf` and `-inf` are allowed; anything else that is not a number is
  /// ``PlotInputError/malformed(file:line:problem:allowed:)`` with its line.
  public func numbers(_ name: String) throws -> [Double] { try numbers(at: index(of: name)) }

  public func numbers(at c: Int) throws -> [Double] {
    var out: [Double] = []
    out.reserveCapacity(rows.count)
    for (r, row) in rows.enumerated() {
      let s = row[c].trimmingCharacters(in: .whitespaces)
      if s.isEmpty {
        out.append(.nan)
      } else if let v = Double(s), !v.isNaN {
        out.append(v)
      } else {
        throw PlotInputError.malformed(
          file: path, line: lines[r], problem: "column \(header[c]) is \"\(row[c])\"",
          allowed: "a number (e.g. 1250.5, -3, 2e-4), inf, -inf or an empty cell")
      }
    }
    return out
  }
}
