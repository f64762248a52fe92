import Foundation

/// A MATPOWER case file as written: the base MVA and the bus, gen, branch and gencost matrices, row by row, with the
/// line each row starts on (for located errors).
///
/// Both case formats are read: version 2 (`function mpc = NAME`, `mpc.version = '2'`, `mpc.bus = [ ... ];`) and
/// version 1 (`function [baseMVA, bus, gen, branch, areas, gencost] = NAME`, `bus = [ ... ];`). Syntax: `%`
/// comments, rows ended by `;` or a new line, values separated by spaces, tabs or commas, `...` continues a line,
/// numbers such as `1`, `-2.5`, `1e-3`, `Inf`. Other fields (`mpc.areas`, `mpc.bus_name = { ... }`, `mpc.dcline`,
/// `mpc.gentype`, ...) are skipped: they play no part in a DC optimal power flow. Column meanings are MATPOWER's
/// (`caseformat`); ``MATPOWERCase/dispatchNetwork()`` interprets them.
public struct MATPOWERCase: Sendable, Equatable {
  /// The file as given (shown in errors).
  public var file: String
  /// The function name.
  public var name: String
  /// "1" or "2".
  public var version: String
  public var baseMVA: Double
  public var bus: Matrix
  public var gen: Matrix
  public var branch: Matrix
  /// Empty when the file has no cost data (then no optimal power flow can be set up).
  public var gencost: Matrix
  /// Fields of `mpc` read but not used (`areas`, `bus_name`, `dcline`, ...), in file order.
  public var ignoredFields: [String]

  /// One matrix of the case: rows of numbers and the 1-based line each row starts on.
  public struct Matrix: Sendable, Equatable {
    /// `mpc.bus` (version 2) or `bus` (version 1), for messages.
    public var field: String
    public var rows: [[Double]]
    public var lines: [Int]
    /// The line of the `=` that opens the matrix.
    public var line: Int

    public init(field: String, rows: [[Double]] = [], lines: [Int] = [], line: Int = 0) {
      self.field = field
      self.rows = rows
      self.lines = lines
      self.line = line
    }
  }

  public init(file: String, name: String, version: String, baseMVA: Double, bus: Matrix, gen: Matrix,
              branch: Matrix, gencost: Matrix, ignoredFields: [String] = []) {
    self.file = file
    self.name = name
    self.version = version
    self.baseMVA = baseMVA
    self.bus = bus
    self.gen = gen
    self.branch = branch
    self.gencost = gencost
    self.ignoredFields = ignoredFields
  }

  /// Reads a case file; `file` is how errors name it (default: the path as given).
  ///
  /// - Throws: ``NetworkReadError`` with every problem found (file, line, field, value, what is allowed).
  public static func read(contentsOf url: URL, file: String? = nil) throws -> MATPOWERCase {
    let shown = file ?? url.path
    let text: String
    do {
      text = try String(contentsOf: url, encoding: .utf8)
    } catch {
      guard let data = try? Data(contentsOf: url) else {
        throw NetworkReadError(problems: [
          InputProblem(at: SourceLocation(file: shown), "cannot read the file; allowed: a readable MATPOWER case (.m)")
        ])
      }
      text = String(decoding: data, as: UTF8.self)
    }
    return try parse(text, file: shown)
  }

  /// Parses the text of a case file; `file` names it in errors.
  public static func parse(_ text: String, file: String) throws -> MATPOWERCase {
    var parser = MATPOWERParser(text: text, file: file)
    return try parser.parse()
  }
}

/// The statement scanner behind ``MATPOWERCase/parse(_:file:)``.
struct MATPOWERParser {
  let file: String
  /// Lines with comments removed (quote-aware), 0-based index = line - 1.
  let lines: [String]
  var problems: [InputProblem] = []

  init(text: String, file: String) {
    self.file = file
    lines = text.split(separator: "\n", omittingEmptySubsequences: false).map {
      MATPOWERParser.stripComment(String($0.hasSuffix("\r") ? $0.dropLast() : $0))
    }
  }

  /// The line without its `%` comment; a `%` inside a quoted string stays. A `'` after a letter, digit, `]`, `)`
  /// or `'` is a transpose, not a quote (MATLAB's rule).
  static func stripComment(_ line: String) -> String {
    var out = ""
    var quoted = false
    var previous: Character = " "
    for ch in line {
      if ch == "'" {
        if quoted {
          quoted = false
        } else if !(previous.isLetter || previous.isNumber || previous == "]" || previous == ")" || previous == "'") {
          quoted = true
        }
      } else if ch == "%" && !quoted {
        break
      }
      out.append(ch)
      previous = ch
    }
    return out
  }

  func location(_ line: Int) -> SourceLocation { SourceLocation(file: file, line: line) }

  mutating func problem(_ line: Int, field: String? = nil, _ message: String) {
    problems.append(InputProblem(at: location(line), field: field, message))
  }

  mutating func parse() throws -> MATPOWERCase {
    var version: String? = nil
    var name = ""
    var baseMVA: Double? = nil
    var matrices: [String: MATPOWERCase.Matrix] = [:]
    var ignored: [String] = []
    var headerLine = 0
    // The function header decides the format.
    for (i, raw) in lines.enumerated() {
      let line = raw.trimmingCharacters(in: .whitespaces)
      guard !line.isEmpty else { continue }
      headerLine = i + 1
      if line.hasPrefix("function") {
        let rest = line.dropFirst("function".count)
        let parts = rest.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
        if parts.count == 2 {
          name = parts[1].trimmingCharacters(in: CharacterSet(charactersIn: "; "))
          if parts[0] == "mpc" {
            version = "2"
          } else if parts[0].hasPrefix("[") {
            version = "1"
          }
        }
      }
      break
    }
    guard let format = version else {
      problem(
        max(headerLine, 1),
        "the file does not start with a MATPOWER case function; allowed: 'function mpc = NAME' (version 2) or "
          + "'function [baseMVA, bus, gen, branch, areas, gencost] = NAME' (version 1)")
      throw NetworkReadError(problems: problems)
    }
    let prefix = format == "2" ? "mpc." : ""
    var i = headerLine  // 0-based index of the line after the header
    while i < lines.count {
      var statement = lines[i].trimmingCharacters(in: .whitespaces)
      let start = i + 1
      i += 1
      if statement.isEmpty { continue }
      // `...` continues a statement on the next line.
      while statement.hasSuffix("..."), i < lines.count {
        statement = String(statement.dropLast(3)) + " " + lines[i].trimmingCharacters(in: .whitespaces)
        i += 1
      }
      guard let eq = statement.firstIndex(of: "="), !statement[..<eq].contains("(") else { continue }
      let lhs = statement[..<eq].trimmingCharacters(in: .whitespaces)
      var rhs = statement[statement.index(after: eq)...].trimmingCharacters(in: .whitespaces)
      let field = lhs.hasPrefix(prefix) ? String(lhs.dropFirst(prefix.count)) : nil
      if rhs.hasPrefix("[") || rhs.hasPrefix("{") {
        // Gather up to the closing bracket (quote-aware), possibly over several lines.
        let open: Character = rhs.first!
        let close: Character = open == "[" ? "]" : "}"
        var body: [(String, Int)] = []
        var current = String(rhs.dropFirst())
        var currentLine = start
        var closed = false
        while true {
          if let end = MATPOWERParser.closingIndex(of: close, in: current) {
            body.append((String(current[..<end]), currentLine))
            closed = true
            break
          }
          body.append((current, currentLine))
          guard i < lines.count else { break }
          current = lines[i]
          currentLine = i + 1
          i += 1
        }
        guard closed else {
          problem(
            start, field: lhs,
            "\(lhs) opened with '\(open)' on line \(start) is never closed; allowed: a matrix ending with '\(close);'")
          throw NetworkReadError(problems: problems)
        }
        guard open == "[", let f = field, ["bus", "gen", "branch", "gencost"].contains(f) else {
          if field != nil { ignored.append(lhs) }
          continue
        }
        matrices[f] = matrix(lhs, body, openLine: start)
        continue
      }
      guard let f = field else { continue }
      rhs = rhs.trimmingCharacters(in: CharacterSet(charactersIn: "; "))
      switch f {
      case "version":
        let v = rhs.trimmingCharacters(in: CharacterSet(charactersIn: "'\""))
        if format == "2" && v != "2" {
          problem(start, field: lhs, "\(lhs) is '\(v)'; allowed: '2' (or a version 1 file, 'function [baseMVA, ...] = NAME')")
        }
      case "baseMVA":
        if let v = MATPOWERParser.number(rhs), v.isFinite, v > 0 {
          baseMVA = v
        } else {
          problem(start, field: lhs, "\(lhs) is '\(rhs)'; allowed: a number > 0 (MVA)")
        }
      default:
        ignored.append(lhs)
      }
    }
    if baseMVA == nil && !problems.contains(where: { $0.field == prefix + "baseMVA" }) {
      problem(max(headerLine, 1), field: prefix + "baseMVA",
              "\(prefix)baseMVA is missing; allowed: a MATPOWER case defines \(prefix)baseMVA = NUMBER;")
    }
    for f in ["bus", "gen", "branch"] where matrices[f] == nil {
      problem(
        max(headerLine, 1), field: prefix + f,
        "\(prefix)\(f) is missing; allowed: a MATPOWER case defines \(prefix)bus, \(prefix)gen and \(prefix)branch "
          + "matrices ('\(prefix)\(f) = [ ... ];')")
    }
    // Column counts (MATPOWER's caseformat): bus 13, gen 10 (up to PMIN), branch 11 (13 with ANGMIN/ANGMAX).
    let minimumColumns = ["bus": 13, "gen": 10, "branch": 11, "gencost": 4]
    for (f, m) in matrices {
      guard let need = minimumColumns[f] else { continue }
      // Row 1 only: the other rows already have its length (or an error saying they do not).
      for (r, row) in m.rows.prefix(1).enumerated() where row.count < need {
        problem(m.lines[r], field: "\(m.field) row \(r + 1)",
                "\(m.field) row \(r + 1) has \(row.count) columns; allowed: at least \(need) (MATPOWER's caseformat)")
      }
    }
    guard problems.isEmpty, let base = baseMVA else { throw NetworkReadError(problems: problems) }
    return MATPOWERCase(
      file: file, name: name, version: format, baseMVA: base,
      bus: matrices["bus"]!, gen: matrices["gen"]!, branch: matrices["branch"]!,
      gencost: matrices["gencost"] ?? MATPOWERCase.Matrix(field: prefix + "gencost"), ignoredFields: ignored)
  }

  /// Rows of numbers from the text between `[` and `]`: rows end at `;` or a line end; every row the same length.
  mutating func matrix(_ field: String, _ body: [(String, Int)], openLine: Int) -> MATPOWERCase.Matrix {
    var m = MATPOWERCase.Matrix(field: field, line: openLine)
    // `...` at the end of a line continues the row on the next line.
    var joined: [(String, Int)] = []
    var pending: (String, Int)? = nil
    for (text, line) in body {
      let t = text.trimmingCharacters(in: .whitespaces)
      let piece = pending.map { ($0.0 + " " + t, $0.1) } ?? (t, line)
      if t.hasSuffix("...") {
        pending = (String(piece.0.dropLast(3)), piece.1)
      } else {
        joined.append(piece)
        pending = nil
      }
    }
    if let p = pending { joined.append(p) }
    for (text, line) in joined {
      for chunk in text.split(separator: ";", omittingEmptySubsequences: false) {
        let tokens = chunk.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "," || $0 == "\r" })
        guard !tokens.isEmpty else { continue }
        var row: [Double] = []
        for (c, token) in tokens.enumerated() {
          if let v = MATPOWERParser.number(String(token)) {
            row.append(v)
          } else {
            problem(
              line, field: "\(field) row \(m.rows.count + 1) column \(c + 1)",
              "\(field) row \(m.rows.count + 1), column \(c + 1) is '\(token)'; allowed: a number (1, -2.5, 1e-3, Inf)")
            row.append(.nan)
          }
        }
        if let first = m.rows.first, first.count != row.count {
          problem(
            line, field: "\(field) row \(m.rows.count + 1)",
            "\(field) row \(m.rows.count + 1) has \(row.count) columns; allowed: \(first.count), as row 1 (a matrix is "
              + "rectangular)")
        }
        m.rows.append(row)
        m.lines.append(line)
      }
    }
    return m
  }

  /// A MATLAB number: decimal, exponent, `Inf`, `-Inf`; NaN is refused (nil).
  static func number(_ s: String) -> Double? {
    switch s {
    case "Inf", "inf", "+Inf": return .infinity
    case "-Inf", "-inf": return -.infinity
    default:
      guard let first = s.first, first.isNumber || first == "-" || first == "+" || first == "." else { return nil }
      guard let v = Double(s), !v.isNaN else { return nil }
      return v
    }
  }

  /// Index of the first `close` outside quotes.
  static func closingIndex(of close: Character, in s: String) -> String.Index? {
    var quoted = false
    var idx = s.startIndex
    while idx < s.endIndex {
      let ch = s[idx]
      if ch == "'" { quoted.toggle() } else if ch == close && !quoted { return idx }
      idx = s.index(after: idx)
    }
    return nil
  }
}
