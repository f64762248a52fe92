import Foundation

/// The two layouts of MPS files.
public enum MPSFormat: String, Sendable, CaseIterable {
  /// Fields separated by whitespace; names of any length without spaces.
  case free
  /// Fields in the fixed columns 2-3, 5-12, 15-22, 25-36, 40-47 and 50-61 (1-based); names of at most 8 characters,
  /// which may contain spaces.
  case fixed
}

/// Reading and writing ``LinearProgram``s as MPS files.
///
/// Supported sections: `NAME`, `OBJSENSE` (`MIN`, `MINIMIZE`, `MAX`, `MAXIMIZE`, on the header line or the next
/// line), `ROWS`, `COLUMNS`, `RHS`, `RANGES`, `BOUNDS`, the quadratic objective sections `QUADOBJ`, `QMATRIX` and
/// `QSECTION` when Q is diagonal, and `ENDATA`. Integer markers, integer and semi-continuous bounds, quadratic
/// constraints (`QCMATRIX`, a `QSECTION` of a constraint row), SOS sections and a non-diagonal Q are rejected with an
/// ``MPSError``, since GridPlan's solver cannot honour them.
///
/// Quadratic objectives, minimise c'x + 1/2 x'Qx, Q symmetric; each data line is `column1 column2 value`:
/// - `QUADOBJ` (HiGHS, Gurobi): the lower triangle of Q (either order of the two columns), objective 1/2 x'Qx;
/// - `QMATRIX` (CPLEX): every nonzero of Q, both triangles, objective 1/2 x'Qx;
/// - `QSECTION` (older CPLEX; HiGHS reads `QSECTION <objective row>` as `QMATRIX`): as `QMATRIX`, for the objective
///   row named on its header line (or no name).
/// For a diagonal Q the three agree: the line `x x 2` adds x^2 (1/2 * 2 * x^2) to the objective. GridPlan's solver
/// takes diagonal (separable) Q >= 0 only: an off-diagonal entry other than 0 is an error naming the line, the two
/// columns and the value; so is a negative diagonal entry (after a maximisation's sign change: a maximised objective
/// needs Q <= 0) and a diagonal entry given twice.
///
/// Conventions, as in CPLEX and HiGHS unless noted:
/// - The first `N` row is the objective; later `N` rows and everything that refers to them are ignored.
/// - A maximisation is turned into the equivalent minimisation by negating the objective and its constant, since
///   ``LinearProgram`` always minimises.
/// - An RHS entry on the objective row sets ``LinearProgram/objectiveConstant`` to minus its value.
/// - Numbers with magnitude `1e30` or more in `RHS`, `RANGES` and `BOUNDS` mean an infinite bound; in `COLUMNS` they
///   are an error.
/// - Columns default to `[0, +inf]`. An `UP` bound with a negative value on a column whose lower bound was not set
///   (by `LO`, `FX`, `MI` or `FR`) makes the lower bound `-inf`, as CPLEX does (HiGHS 1.15 keeps 0 in free MPS).
/// - `RANGES`: an `E` row gets `[rhs, rhs + |R|]` for `R > 0` and `[rhs - |R|, rhs]` for `R < 0`, an `L` row
///   `[rhs - |R|, rhs]` and a `G` row `[rhs, rhs + |R|]`.
/// - Only the first RHS, RANGES and BOUNDS vector (set name) is used; lines of other sets are ignored.
/// - The entries of a column must be contiguous in `COLUMNS`, and a (row, column) pair may appear only once.
///   Explicit zero coefficients are dropped; the rows of the matrix list their columns in ascending order.
public enum MPS {
  /// Reads an MPS file.
  ///
  /// - Parameters:
  ///   - url: The file to read.
  ///   - format: `.free` or `.fixed`; `nil` detects the format: the file is read as free MPS and, if that fails,
  ///     as fixed MPS (names with spaces, fields in fixed columns). If both fail, the error of the attempt that got
  ///     further is thrown.
  /// - Throws: ``MPSError`` naming the file, the line and the offending token.
  public static func read(contentsOf url: URL, format: MPSFormat? = nil) throws -> LinearProgram {
    let fileName = url.lastPathComponent
    if let result = try readMapped(url, fileName: fileName, format: format) { return result }
    let data: Data
    do {
      data = try Data(contentsOf: url, options: .mappedIfSafe)
    } catch {
      throw MPSError(file: fileName, line: 0, message: "cannot read the file: \(error.localizedDescription)")
    }
    return try data.withUnsafeBytes { raw in
      try read(bytes: raw.bindMemory(to: UInt8.self), fileName: fileName, format: format)
    }
  }

  /// Reads a regular file through mmap, or returns nil to let the caller read it another way. (Like `Data`'s mapped
  /// reading, this assumes that no other process truncates the file while it is read.)
  private static func readMapped(_ url: URL, fileName: String, format: MPSFormat?) throws -> LinearProgram? {
    guard url.isFileURL else { return nil }
    let fd = open(url.path, O_RDONLY)
    guard fd >= 0 else { return nil }
    defer { close(fd) }
    var info = stat()
    guard fstat(fd, &info) == 0, info.st_mode & S_IFMT == S_IFREG, info.st_size > 0 else { return nil }
    let size = Int(info.st_size)
    guard let map = mmap(nil, size, PROT_READ, MAP_PRIVATE, fd, 0), map != MAP_FAILED else { return nil }
    defer { munmap(map, size) }
    _ = madvise(map, size, MADV_SEQUENTIAL)
    let bytes = UnsafeBufferPointer(start: map.assumingMemoryBound(to: UInt8.self), count: size)
    return try read(bytes: bytes, fileName: fileName, format: format)
  }

  /// Reads MPS text.
  ///
  /// - Parameters:
  ///   - string: The MPS text.
  ///   - fileName: The name used in error messages, if any.
  ///   - format: `.free`, `.fixed`, or `nil` to detect it as in ``read(contentsOf:format:)``.
  /// - Throws: ``MPSError`` naming the line and the offending token.
  public static func read(string: String, fileName: String? = nil, format: MPSFormat? = nil) throws -> LinearProgram {
    var text = string
    return try text.withUTF8 { try read(bytes: $0, fileName: fileName, format: format) }
  }

  static func read(bytes: UnsafeBufferPointer<UInt8>, fileName: String?, format: MPSFormat?) throws -> LinearProgram {
    if let format {
      return try parse(bytes, fileName: fileName, fixed: format == .fixed)
    }
    do {
      return try parse(bytes, fileName: fileName, fixed: false)
    } catch let freeError as MPSError {
      do {
        return try parse(bytes, fileName: fileName, fixed: true)
      } catch let fixedError as MPSError {
        throw fixedError.line > freeError.line ? fixedError : freeError
      }
    }
  }

  private static func parse(_ bytes: UnsafeBufferPointer<UInt8>, fileName: String?, fixed: Bool) throws
    -> LinearProgram
  {
    guard let base = bytes.baseAddress, bytes.count > 0 else {
      throw MPSError(file: fileName, line: 0, message: "the file is empty (an MPS file ends with ENDATA)")
    }
    let slots = UnsafeMutablePointer<Int>.allocate(capacity: 32)
    defer { slots.deallocate() }
    var parser = MPSParser(base: base, count: bytes.count, fileName: fileName, fixed: fixed, slots: slots)
    try parser.run()
    return try parser.finish()
  }
}

// MARK: - Parser

private let infinityThreshold = 1e30

@inline(__always) private func isBlank(_ b: UInt8) -> Bool {
  b == 32 || b == 9 || b == 13 || b == 11 || b == 12
}

/// Which constraint row an id of the row name table stands for.
private let objectiveRow = -1
private let ignoredRow = -2

private struct MPSParser {
  enum Section: String {
    case none = "(before any section)"
    case name = "NAME"
    case objsense = "OBJSENSE"
    case rows = "ROWS"
    case columns = "COLUMNS"
    case rhs = "RHS"
    case ranges = "RANGES"
    case bounds = "BOUNDS"
    case quadobj = "QUADOBJ"
    case qmatrix = "QMATRIX"
    case qsection = "QSECTION"
  }

  enum BoundType {
    case up, lo, fx, fr, mi, pl
  }

  let base: UnsafePointer<UInt8>
  let count: Int
  let fileName: String?
  let fixed: Bool

  // Tokens of the current line (free format) and the logical fields 1...6 (both formats).
  let tokenStart: UnsafeMutablePointer<Int>
  let tokenEnd: UnsafeMutablePointer<Int>
  let fieldStart: UnsafeMutablePointer<Int>
  let fieldEnd: UnsafeMutablePointer<Int>
  static let maxTokens = 8
  var tokenCount = 0

  var line = 0
  var lineStart = 0
  var lineEnd = 0
  var section = Section.none
  var ended = false
  var senseGiven = true

  var name = ""
  var maximize = false

  // Rows: every name of ROWS has an id in `rowNames`; `rowIndexOfId` maps it to a constraint index,
  // `objectiveRow` or `ignoredRow`.
  var rowNames = MPSNameTable()
  var rowDeclarationLine: [Int] = []
  var rowIndexOfId: [Int] = []
  var rowTypes: [UInt8] = []
  var rhs: [Double] = []  // NaN = not given
  var ranges: [Double] = []  // NaN = not given
  var lastColumnOfRow: [Int] = []
  var hasObjectiveRow = false
  var lastRowId = -1
  var rowCacheHash = [UInt64](repeating: 0, count: 4096)
  var rowCacheId = [Int32](repeating: -1, count: 4096)
  var lastColumnId = -1

  // Columns, in the order of COLUMNS; entries are stored column by column.
  var columnNames = MPSNameTable()
  var columnDeclarationLine: [Int] = []
  var columnStart: [Int] = []
  var entryRow: [Int32] = []
  var entryValue: [Double] = []
  var objective: [Double] = []
  var columnLower: [Double] = []
  var columnUpper: [Double] = []
  var lowerGiven: [Bool] = []
  var currentColumn = -1
  var objectiveColumnSeen = -1
  var objectiveConstant = 0.0
  var objectiveRHSLine = 0

  /// The diagonal of Q as read (before a maximisation's sign change) and the line of each entry (0: none).
  var quadratic: [Double] = []
  var quadraticEntryLine: [Int] = []

  var rhsSet: [UInt8]?
  var rangeSet: [UInt8]?
  var boundSet: [UInt8]?

  init(base: UnsafePointer<UInt8>, count: Int, fileName: String?, fixed: Bool, slots: UnsafeMutablePointer<Int>) {
    self.base = base
    self.count = count
    self.fileName = fileName
    self.fixed = fixed
    tokenStart = slots
    tokenEnd = slots + 8
    fieldStart = slots + 16
    fieldEnd = slots + 24
    for k in 0..<32 { slots[k] = 0 }
  }

  // MARK: Errors and text

  func fail(_ message: String) -> MPSError {
    MPSError(file: fileName, line: line, message: message)
  }

  func text(_ start: Int, _ end: Int) -> String {
    let n = min(end - start, 80)
    let s = String(decoding: UnsafeBufferPointer(start: base + start, count: max(n, 0)), as: UTF8.self)
    return end - start > n ? s + "..." : s
  }

  func fieldText(_ k: Int) -> String { text(fieldStart[k], fieldEnd[k]) }
  func has(_ k: Int) -> Bool { fieldEnd[k] > fieldStart[k] }
  func fieldEquals(_ k: Int, _ literal: StaticString) -> Bool {
    let n = literal.utf8CodeUnitCount
    return fieldEnd[k] - fieldStart[k] == n && memcmp(base + fieldStart[k], literal.utf8Start, n) == 0
  }

  // MARK: Lines

  mutating func run() throws {
    var pos = 0
    while pos < count, !ended {
      var end = count
      if let nl = memchr(base + pos, 10, count - pos) {
        end = UnsafePointer<UInt8>(nl.assumingMemoryBound(to: UInt8.self)) - base
      }
      let next = end + 1
      while end > pos, isBlank(base[end - 1]) { end -= 1 }
      line += 1
      lineStart = pos
      lineEnd = end
      pos = next
      if end == lineStart || base[lineStart] == 42 { continue }  // blank line or '*' comment
      if !isBlank(base[lineStart]) {
        if try header() { continue }
      }
      try dataLine()
    }
    guard ended else {
      throw fail("the file ends without ENDATA (is it truncated?)")
    }
    if section == .objsense && !senseGiven {
      throw fail("OBJSENSE section without a sense (allowed: MAX MAXIMIZE MIN MINIMIZE)")
    }
  }

  /// Handles a line that starts in column 1. Returns false if it is a data line after all (free format and
  /// OBJSENSE data may start in column 1).
  mutating func header() throws -> Bool {
    var e = lineStart
    while e < lineEnd, !isBlank(base[e]) { e += 1 }
    let keyword = text(lineStart, e)
    var restStart = e
    while restStart < lineEnd, isBlank(base[restStart]) { restStart += 1 }
    let rest = text(restStart, lineEnd)
    let newSection: Section
    switch keyword {
    case "NAME": newSection = .name
    case "OBJSENSE": newSection = .objsense
    case "ROWS": newSection = .rows
    case "COLUMNS":
      newSection = .columns
      // Reserve for the entries that the rest of the file can hold at most one per ~24 bytes (address space only).
      let estimate = min((count - lineEnd) / 24, 1 << 27)
      if entryRow.capacity < estimate {
        entryRow.reserveCapacity(estimate)
        entryValue.reserveCapacity(estimate)
      }
    case "RHS": newSection = .rhs
    case "RANGES": newSection = .ranges
    case "BOUNDS": newSection = .bounds
    case "ENDATA":
      if section == .objsense && !senseGiven {
        throw fail("OBJSENSE section without a sense (allowed: MAX MAXIMIZE MIN MINIMIZE)")
      }
      ended = true
      return true
    case "QUADOBJ": newSection = .quadobj
    case "QMATRIX": newSection = .qmatrix
    case "QSECTION":
      newSection = .qsection
      // `QSECTION row`: only the objective row's Q is an objective; another row's would be a quadratic constraint.
      if !rest.isEmpty {
        let (p, n) = (base + restStart, lineEnd - restStart)
        guard let id = rowNames.find(p, n, MPSNameTable.hash(p, n)), rowIndexOfId[id] == objectiveRow else {
          throw fail(
            "QSECTION for row '\(rest)', which is not the objective row: quadratic constraints are not supported "
              + "(allowed: QSECTION for the objective row, QUADOBJ, QMATRIX)")
        }
      }
    case "OBJNAME", "SOS", "QCMATRIX", "CSECTION", "INDICATORS",
      "LAZYCONS", "USERCUTS", "GENCONS", "PWLOBJ", "BRANCH", "SETS":
      throw fail(
        "section '\(keyword)' is not supported (allowed: NAME OBJSENSE ROWS COLUMNS RHS RANGES BOUNDS QUADOBJ "
          + "QMATRIX QSECTION ENDATA); GridPlan reads linear programs and separable quadratic objectives only")
    default:
      // Free MPS data lines may start in column 1; a single word there is a misspelt section header.
      let isData = !fixed && restStart < lineEnd && section != .none && section != .name
      if section == .objsense || isData { return false }
      throw fail(
        "unknown section '\(keyword)' (allowed: NAME OBJSENSE ROWS COLUMNS RHS RANGES BOUNDS QUADOBJ QMATRIX "
          + "QSECTION ENDATA; "
          + "data lines must be indented)")
    }
    if section == .objsense && !senseGiven {
      throw fail("OBJSENSE section without a sense (allowed: MAX MAXIMIZE MIN MINIMIZE)")
    }
    section = newSection
    switch newSection {
    case .name:
      name = String(decoding: UnsafeBufferPointer(start: base + restStart, count: lineEnd - restStart), as: UTF8.self)
    case .objsense:
      senseGiven = false
      if !rest.isEmpty { try setSense(rest) }
    default:
      break
    }
    return true
  }

  mutating func setSense(_ word: String) throws {
    switch word.uppercased() {
    case "MAX", "MAXIMIZE", "MAXIMISE": maximize = true
    case "MIN", "MINIMIZE", "MINIMISE": maximize = false
    default: throw fail("objective sense '\(word)' (allowed: MAX MAXIMIZE MIN MINIMIZE)")
    }
    senseGiven = true
  }

  mutating func dataLine() throws {
    switch section {
    case .columns: try columnsLine()
    case .rows: try rowsLine()
    case .rhs: try rhsLine()
    case .ranges: try rangesLine()
    case .bounds: try boundsLine()
    case .quadobj, .qmatrix, .qsection: try quadraticEntry()
    case .objsense:
      var s = lineStart
      while s < lineEnd, isBlank(base[s]) { s += 1 }
      try setSense(text(s, lineEnd))
    case .name:
      throw fail("unexpected data line '\(text(lineStart, lineEnd))' in NAME section (expected ROWS next)")
    case .none:
      throw fail("data line '\(text(lineStart, lineEnd))' before any section (an MPS file starts with NAME or ROWS)")
    }
  }

  // MARK: Fields

  /// Splits a free-format line into whitespace-separated tokens.
  mutating func tokenize() {
    var n = 0
    var i = lineStart
    while i < lineEnd {
      while i < lineEnd, isBlank(base[i]) { i += 1 }
      if i >= lineEnd { break }
      let s = i
      while i < lineEnd, !isBlank(base[i]) { i += 1 }
      if n < Self.maxTokens {
        tokenStart[n] = s
        tokenEnd[n] = i
      }
      n += 1
    }
    tokenCount = n
    for k in 0..<8 {
      fieldStart[k] = 0
      fieldEnd[k] = 0
    }
  }

  @inline(__always) func setField(_ k: Int, token t: Int) {
    fieldStart[k] = tokenStart[t]
    fieldEnd[k] = tokenEnd[t]
  }

  static let fixedFieldStart = [0, 2, 5, 15, 25, 40, 50]
  static let fixedFieldEnd = [0, 3, 12, 22, 36, 47, 61]
  static let fixedGaps = [1, 4, 13, 14, 23, 24, 37, 38, 39, 48, 49]

  /// Cuts a fixed-format line into the fields 1...6, trimming spaces; text outside the fields is an error.
  mutating func splitFixed() throws {
    let n = lineEnd - lineStart
    for i in lineStart..<lineEnd where base[i] == 9 {
      throw fail("tab character in column \(i - lineStart + 1) of a fixed-format line (fixed MPS needs spaces)")
    }
    for column in Self.fixedGaps where column <= n {
      let b = base[lineStart + column - 1]
      if b != 32 {
        throw outsideFields(column)
      }
    }
    if n > 61 {
      var column = 62
      while base[lineStart + column - 1] == 32 { column += 1 }  // the line ends in a non-blank byte
      throw outsideFields(column)
    }
    for k in 1...6 {
      var s = lineStart + Self.fixedFieldStart[k] - 1
      var e = min(lineStart + Self.fixedFieldEnd[k], lineEnd)
      while s < e, base[s] == 32 { s += 1 }
      while e > s, base[e - 1] == 32 { e -= 1 }
      fieldStart[k] = s
      fieldEnd[k] = max(e, s)
    }
  }

  func outsideFields(_ column: Int) -> MPSError {
    var s = lineStart + column - 1
    var e = s
    while s > lineStart, base[s - 1] != 32 { s -= 1 }
    while e < lineEnd, base[e] != 32 { e += 1 }
    return fail(
      "text '\(text(s, e))' in column \(column) lies outside the fixed MPS fields "
        + "(columns 2-3, 5-12, 15-22, 25-36, 40-47, 50-61); use free MPS for longer names or numbers")
  }

  /// Free format: maps `[set] row value [row value]` (RHS and RANGES) to fields 2...6.
  mutating func loadVectorLine() throws {
    if fixed {
      try splitFixed()
      return
    }
    tokenize()
    switch tokenCount {
    case 2, 4:
      for t in 0..<tokenCount { setField(3 + t, token: t) }
    case 3, 5:
      for t in 0..<tokenCount { setField(2 + t, token: t) }
    default:
      throw fail(
        "\(section.rawValue) line has \(tokenCount) fields (expected: [set name] row value [row value])")
    }
  }

  // MARK: Numbers

  func number(_ k: Int) throws -> Double {
    guard let v = parseMPSNumber(base + fieldStart[k], fieldEnd[k] - fieldStart[k]) else {
      throw fail("value '\(fieldText(k))' in \(section.rawValue) is not a number")
    }
    return v
  }

  /// A bound value: magnitudes of 1e30 or more are infinite.
  func boundNumber(_ k: Int) throws -> Double {
    let v = try number(k)
    return v.magnitude >= infinityThreshold ? (v < 0 ? -.infinity : .infinity) : v
  }

  // MARK: Names

  /// Looks up a row name. Files list RHS, RANGES and BOUNDS mostly in declaration order and COLUMNS entries of
  /// nearby columns share rows, so the row after the last one found and a small cache of recent rows are tried before
  /// the (large, cache-missing) hash table.
  mutating func findRow(_ k: Int) -> Int? {
    let p = base + fieldStart[k]
    let n = fieldEnd[k] - fieldStart[k]
    if section != .columns {
      let next = lastRowId + 1
      if next < rowNames.count && rowNames.equals(next, p, n) {
        lastRowId = next
        return next
      }
    }
    let h = MPSNameTable.hash(p, n)
    let c = Int(truncatingIfNeeded: h >> 52)
    let cached = Int(rowCacheId[c])
    if cached >= 0 && rowCacheHash[c] == h && rowNames.equals(cached, p, n) {
      lastRowId = cached
      return cached
    }
    guard let id = rowNames.find(p, n, h) else { return nil }
    rowCacheHash[c] = h
    rowCacheId[c] = Int32(truncatingIfNeeded: id)
    lastRowId = id
    return id
  }

  /// Looks up a column name, trying the column after the last one found first.
  mutating func findColumn(_ k: Int) -> Int? {
    let p = base + fieldStart[k]
    let n = fieldEnd[k] - fieldStart[k]
    var guess = max(lastColumnId, 0)
    while guess <= lastColumnId + 1 && guess < columnNames.count {
      if columnNames.equals(guess, p, n) {
        lastColumnId = guess
        return guess
      }
      guess += 1
    }
    guard let id = columnNames.find(p, n, MPSNameTable.hash(p, n)) else { return nil }
    lastColumnId = id
    return id
  }

  mutating func rowIndex(_ k: Int) throws -> Int {
    guard has(k) else {
      throw fail("\(section.rawValue) line has a value '\(fieldText(k + 1))' without a row name")
    }
    guard let id = findRow(k) else {
      throw fail("unknown row '\(fieldText(k))' in \(section.rawValue) (declare it in ROWS)")
    }
    return rowIndexOfId[id]
  }

  // MARK: ROWS

  mutating func rowsLine() throws {
    if fixed {
      try splitFixed()
    } else {
      tokenize()
      guard tokenCount == 2 else {
        throw fail("ROWS line has \(tokenCount) fields (expected: type and row name, like ' L  R1')")
      }
      setField(1, token: 0)
      setField(2, token: 1)
    }
    var type: UInt8 = 0
    if fieldEnd[1] - fieldStart[1] == 1 {
      let b = base[fieldStart[1]]
      type = b >= 97 && b <= 122 ? b - 32 : b
    }
    guard type == 78 || type == 69 || type == 76 || type == 71 else {  // N E L G
      throw fail("row type '\(fieldText(1))' (allowed: N E L G)")
    }
    guard has(2) else { throw fail("ROWS line without a row name") }
    let p = base + fieldStart[2]
    let n = fieldEnd[2] - fieldStart[2]
    let h = MPSNameTable.hash(p, n)
    if let id = rowNames.find(p, n, h) {
      throw fail("duplicate row name '\(fieldText(2))' (first declared on line \(rowDeclarationLine[id]))")
    }
    rowNames.insert(p, n, h)
    rowDeclarationLine.append(line)
    if type == 78 {
      if !hasObjectiveRow {
        rowIndexOfId.append(objectiveRow)
        hasObjectiveRow = true
      } else {
        rowIndexOfId.append(ignoredRow)
      }
    } else {
      rowIndexOfId.append(rowTypes.count)
      rowTypes.append(type)
      rhs.append(.nan)
      ranges.append(.nan)
      lastColumnOfRow.append(-1)
    }
  }

  // MARK: COLUMNS

  mutating func columnsLine() throws {
    if fixed {
      try splitFixed()
      if fieldEquals(3, "'MARKER'") { throw markerError(fieldText(5)) }
    } else {
      tokenize()
      if tokenCount >= 2, tokenEnd[1] - tokenStart[1] == 8,
        memcmp(base + tokenStart[1], ("'MARKER'" as StaticString).utf8Start, 8) == 0
      {
        throw markerError(tokenCount >= 3 ? text(tokenStart[2], tokenEnd[2]) : "")
      }
      guard tokenCount == 3 || tokenCount == 5 else {
        throw fail("COLUMNS line has \(tokenCount) fields (expected: column row value [row value])")
      }
      for t in 0..<tokenCount { setField(2 + t, token: t) }
    }
    guard has(2) else { throw fail("COLUMNS line without a column name") }
    let p = base + fieldStart[2]
    let n = fieldEnd[2] - fieldStart[2]
    if currentColumn < 0 || !columnNames.equals(currentColumn, p, n) {
      let h = MPSNameTable.hash(p, n)
      if let id = columnNames.find(p, n, h) {
        throw fail(
          "column '\(fieldText(2))' appears again after other columns (first seen on line "
            + "\(columnDeclarationLine[id])); the entries of a column must be contiguous in COLUMNS")
      }
      currentColumn = columnNames.insert(p, n, h)
      columnDeclarationLine.append(line)
      columnStart.append(entryRow.count)
      objective.append(0)
      columnLower.append(0)
      columnUpper.append(.infinity)
      lowerGiven.append(false)
    }
    try entry(3)
    if has(5) || has(6) { try entry(5) }
  }

  func markerError(_ kind: String) -> MPSError {
    fail(
      "MARKER line\(kind.isEmpty ? "" : " (\(kind))") in COLUMNS: integer variables are not supported by an LP "
        + "solver; remove the MARKER lines to solve the LP relaxation")
  }

  mutating func entry(_ k: Int) throws {
    let r = try rowIndex(k)
    guard has(k + 1) else {
      throw fail("missing value for row '\(fieldText(k))' in column '\(fieldText(2))'")
    }
    let v = try number(k + 1)
    guard v.magnitude < infinityThreshold else {
      throw fail(
        "coefficient '\(fieldText(k + 1))' of column '\(fieldText(2))' in row '\(fieldText(k))' is infinite or too "
          + "large (COLUMNS values must have magnitude below 1e30)")
    }
    if r >= 0 {
      if lastColumnOfRow[r] == currentColumn {
        throw fail("duplicate entry for row '\(fieldText(k))' in column '\(fieldText(2))'")
      }
      lastColumnOfRow[r] = currentColumn
      if v != 0 {
        entryRow.append(Int32(truncatingIfNeeded: r))
        entryValue.append(v)
      }
    } else if r == objectiveRow {
      if objectiveColumnSeen == currentColumn {
        throw fail("duplicate entry for objective row '\(fieldText(k))' in column '\(fieldText(2))'")
      }
      objectiveColumnSeen = currentColumn
      objective[currentColumn] = v
    }
  }

  // MARK: RHS and RANGES

  /// Whether field 2 names the set in use (the first one seen); records it if none was seen yet.
  static func inSet(_ set: inout [UInt8]?, _ p: UnsafePointer<UInt8>, _ n: Int) -> Bool {
    guard let s = set else {
      set = Array(UnsafeBufferPointer(start: p, count: n))
      return true
    }
    return s.count == n && s.withUnsafeBufferPointer { b in b.baseAddress.map { memcmp($0, p, n) == 0 } ?? true }
  }

  mutating func rhsLine() throws {
    try loadVectorLine()
    guard Self.inSet(&rhsSet, base + fieldStart[2], fieldEnd[2] - fieldStart[2]) else { return }
    if !has(3) && !has(4) { throw fail("RHS line without a row name and value") }
    try rhsEntry(3)
    if has(5) || has(6) { try rhsEntry(5) }
  }

  mutating func rhsEntry(_ k: Int) throws {
    let r = try rowIndex(k)
    guard has(k + 1) else { throw fail("missing value for row '\(fieldText(k))' in RHS") }
    if r >= 0 {
      let v = try boundNumber(k + 1)
      guard rhs[r].isNaN else { throw fail("duplicate RHS for row '\(fieldText(k))'") }
      rhs[r] = v
    } else if r == objectiveRow {
      let v = try number(k + 1)
      guard v.magnitude < infinityThreshold else {
        throw fail(
          "RHS '\(fieldText(k + 1))' on objective row '\(fieldText(k))' would make the objective constant "
            + "infinite (magnitude must be below 1e30)")
      }
      guard objectiveRHSLine == 0 else {
        throw fail("duplicate RHS for objective row '\(fieldText(k))' (first on line \(objectiveRHSLine))")
      }
      objectiveRHSLine = line
      objectiveConstant = -v
    }
  }

  mutating func rangesLine() throws {
    try loadVectorLine()
    guard Self.inSet(&rangeSet, base + fieldStart[2], fieldEnd[2] - fieldStart[2]) else { return }
    if !has(3) && !has(4) { throw fail("RANGES line without a row name and value") }
    try rangeEntry(3)
    if has(5) || has(6) { try rangeEntry(5) }
  }

  mutating func rangeEntry(_ k: Int) throws {
    let r = try rowIndex(k)
    guard has(k + 1) else { throw fail("missing value for row '\(fieldText(k))' in RANGES") }
    let v = try boundNumber(k + 1)
    if r >= 0 {
      guard ranges[r].isNaN else { throw fail("duplicate RANGES entry for row '\(fieldText(k))'") }
      ranges[r] = v
    } else if r == objectiveRow {
      throw fail("RANGES entry for objective row '\(fieldText(k))' (ranges apply to E, L and G rows)")
    }
  }

  // MARK: BOUNDS

  func boundType(_ s: Int, _ e: Int) throws -> BoundType {
    var word = ""
    if e - s == 2 {
      let a = base[s] & 0xDF
      let b = base[s + 1] & 0xDF
      word = String(decoding: [a, b], as: UTF8.self)
    }
    switch word {
    case "UP": return .up
    case "LO": return .lo
    case "FX": return .fx
    case "FR": return .fr
    case "MI": return .mi
    case "PL": return .pl
    case "BV", "LI", "UI", "SC", "SI":
      throw fail(
        "bound type '\(text(s, e))' declares an integer or semi-continuous variable, which an LP solver does not "
          + "support (allowed: UP LO FX FR MI PL)")
    default:
      throw fail("bound type '\(text(s, e))' (allowed: UP LO FX FR MI PL)")
    }
  }

  mutating func boundsLine() throws {
    let type: BoundType
    if fixed {
      try splitFixed()
      type = try boundType(fieldStart[1], fieldEnd[1])
    } else {
      tokenize()
      type = try boundType(tokenStart[0], tokenEnd[0])
      let needsValue = type == .up || type == .lo || type == .fx
      switch (tokenCount, needsValue) {
      case (3, true):
        // `type column value`, or `type set column` with the value missing.
        if parseMPSNumber(base + tokenStart[2], tokenEnd[2] - tokenStart[2]) != nil {
          setField(3, token: 1)
          setField(4, token: 2)
        } else {
          setField(2, token: 1)
          setField(3, token: 2)
        }
      case (4, _):
        setField(2, token: 1)
        setField(3, token: 2)
        setField(4, token: 3)
      case (2, false):
        setField(3, token: 1)
      case (3, false):
        setField(2, token: 1)
        setField(3, token: 2)
      default:
        throw fail(
          "BOUNDS line has \(tokenCount) fields (expected: type [bound set] column"
            + (needsValue ? " value)" : ")"))
      }
    }
    guard Self.inSet(&boundSet, base + fieldStart[2], fieldEnd[2] - fieldStart[2]) else { return }
    guard has(3) else { throw fail("BOUNDS line without a column name") }
    guard let j = findColumn(3) else {
      throw fail("unknown column '\(fieldText(3))' in BOUNDS (columns are declared in COLUMNS)")
    }
    switch type {
    case .up, .lo, .fx:
      guard has(4) else {
        throw fail("missing value for bound \("\(type)".uppercased()) on column '\(fieldText(3))'")
      }
      let v = try boundNumber(4)
      if type == .up {
        columnUpper[j] = v
        if v < 0 && !lowerGiven[j] { columnLower[j] = -.infinity }
      } else if type == .lo {
        columnLower[j] = v
        lowerGiven[j] = true
      } else {
        columnLower[j] = v
        columnUpper[j] = v
        lowerGiven[j] = true
      }
    case .fr:
      columnLower[j] = -.infinity
      columnUpper[j] = .infinity
      lowerGiven[j] = true
    case .mi:
      columnLower[j] = -.infinity
      lowerGiven[j] = true
    case .pl:
      columnUpper[j] = .infinity
    }
  }

  // MARK: Quadratic objective

  /// A line `column1 column2 value` of QUADOBJ, QMATRIX or QSECTION (fields 2, 3, 4 in fixed format).
  mutating func quadraticEntry() throws {
    if fixed {
      try splitFixed()
    } else {
      tokenize()
      guard tokenCount == 3 else {
        throw fail(
          "\(section.rawValue) line has \(tokenCount) fields (expected: column column value, like '    x  x  2')")
      }
      setField(2, token: 0)
      setField(3, token: 1)
      setField(4, token: 2)
    }
    guard has(2), has(3), has(4) else {
      throw fail("\(section.rawValue) line '\(text(lineStart, lineEnd))' needs two column names and a value")
    }
    let value = try number(4)
    guard value.isFinite, value.magnitude < infinityThreshold else {
      throw fail("value \(fieldText(4)) in \(section.rawValue) (allowed: finite, magnitude below 1e30)")
    }
    guard let j = findColumn(2) else {
      throw fail("unknown column '\(fieldText(2))' in \(section.rawValue) (columns are declared in COLUMNS)")
    }
    guard let k = findColumn(3) else {
      throw fail("unknown column '\(fieldText(3))' in \(section.rawValue) (columns are declared in COLUMNS)")
    }
    if j != k {
      if value == 0 { return }
      throw fail(
        "off-diagonal entry (\(fieldText(2)), \(fieldText(3))) = \(fieldText(4)) in \(section.rawValue): GridPlan "
          + "solves separable quadratic objectives only, a diagonal Q (lines naming the same column twice, like "
          + "'\(fieldText(2)) \(fieldText(2)) 2'); a Q with off-diagonal entries needs a general QP solver such as "
          + "HiGHS")
    }
    // Sized to the columns declared so far (a later COLUMNS section, however unusual, may add more).
    if quadratic.count < columnNames.count {
      quadratic += [Double](repeating: 0, count: columnNames.count - quadratic.count)
      quadraticEntryLine += [Int](repeating: 0, count: columnNames.count - quadraticEntryLine.count)
    }
    guard quadraticEntryLine[j] == 0 else {
      throw fail(
        "diagonal entry (\(fieldText(2)), \(fieldText(2))) given twice in the quadratic objective (first on line "
          + "\(quadraticEntryLine[j])); allowed: once")
    }
    quadratic[j] = value
    quadraticEntryLine[j] = line
  }

  // MARK: Result

  func finish() throws -> LinearProgram {
    let m = rowTypes.count
    let n = columnNames.count
    var lp = LinearProgram(name: name)
    lp.rowLower = [Double](repeating: 0, count: m)
    lp.rowUpper = [Double](repeating: 0, count: m)
    for r in 0..<m {
      let b = rhs[r].isNaN ? 0 : rhs[r]
      let range = ranges[r]
      let a = range.magnitude
      var lower = b
      var upper = b
      switch rowTypes[r] {
      case 69:  // E
        if range > 0 { upper = a.isInfinite ? .infinity : b + a }
        if range < 0 { lower = a.isInfinite ? -.infinity : b - a }
      case 76:  // L
        lower = range.isNaN || a.isInfinite ? -.infinity : b - a
      default:  // G
        upper = range.isNaN || a.isInfinite ? .infinity : b + a
      }
      lp.rowLower[r] = lower
      lp.rowUpper[r] = upper
    }
    // Column-wise entries to CSR by a counting sort on the row; columns come out ascending within each row.
    let nnz = entryRow.count
    var rowStart = [Int](repeating: 0, count: m + 1)
    for r in entryRow { rowStart[Int(r) + 1] += 1 }
    for r in 0..<m { rowStart[r + 1] += rowStart[r] }
    var next = rowStart
    var columnIndices = [Int](repeating: 0, count: nnz)
    var values = [Double](repeating: 0, count: nnz)
    var starts = columnStart
    starts.append(nnz)
    for j in 0..<n {
      for k in starts[j]..<starts[j + 1] {
        let r = Int(entryRow[k])
        let p = next[r]
        columnIndices[p] = j
        values[p] = entryValue[k]
        next[r] = p + 1
      }
    }
    lp.matrix = SparseMatrix(
      rowCount: m, columnCount: n, rowStart: rowStart, columnIndices: columnIndices, values: values)
    lp.objective = objective
    lp.objectiveConstant = objectiveConstant
    if maximize {
      for j in 0..<n { lp.objective[j] = 0 - lp.objective[j] }
      lp.objectiveConstant = 0 - objectiveConstant
    }
    lp.columnLower = columnLower
    lp.columnUpper = columnUpper
    lp.columnNames = columnNames.strings()
    if quadratic.contains(where: { $0 != 0 }) {
      lp.quadratic = maximize ? quadratic.map { 0 - $0 } : quadratic
      lp.quadratic += [Double](repeating: 0, count: n - quadratic.count)
      for (j, q) in lp.quadratic.enumerated() where q < 0 {
        throw MPSError(
          file: fileName, line: quadraticEntryLine[j],
          message: "diagonal entry (\(lp.columnNames[j]), \(lp.columnNames[j])) = \(quadratic[j]) makes the "
            + (maximize ? "maximised objective convex, not concave (allowed with OBJSENSE MAX: <= 0)"
               : "objective nonconvex (allowed: >= 0; GridPlan solves convex quadratic objectives only)"))
      }
    }
    var rowNameList = [String]()
    rowNameList.reserveCapacity(m)
    for id in 0..<rowIndexOfId.count where rowIndexOfId[id] >= 0 { rowNameList.append(rowNames.string(id)) }
    lp.rowNames = rowNameList
    return lp
  }
}

// MARK: - Number parsing

private let exactPowersOfTen: [Double] = [
  1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19,
  1e20, 1e21, 1e22,
]

/// Parses `[+-]digits[.digits][(e|E)[+-]digits]` (at least one digit in the mantissa) or `[+-]inf`/`infinity`
/// (any case). Correctly rounded: short numbers take Clinger's exact fast path, others the standard library.
/// Returns nil for anything else, including `nan` and hexadecimal numbers.
private func parseMPSNumber(_ p: UnsafePointer<UInt8>, _ n: Int) -> Double? {
  var i = 0
  var negative = false
  if i < n, p[i] == 43 || p[i] == 45 {
    negative = p[i] == 45
    i += 1
  }
  var mantissa: UInt64 = 0
  var digits = 0
  var exponent = 0
  var sawDigit = false
  var inexact = false
  while i < n {
    let d = p[i] &- 48
    if d > 9 { break }
    sawDigit = true
    if mantissa == 0 && d == 0 {
      // leading zero
    } else if digits < 19 {
      mantissa = mantissa * 10 + UInt64(d)
      digits += 1
    } else {
      exponent += 1
      inexact = true
    }
    i += 1
  }
  if i < n, p[i] == 46 {
    i += 1
    while i < n {
      let d = p[i] &- 48
      if d > 9 { break }
      sawDigit = true
      if mantissa == 0 && d == 0 {
        exponent -= 1
      } else if digits < 19 {
        mantissa = mantissa * 10 + UInt64(d)
        digits += 1
        exponent -= 1
      } else {
        inexact = true
      }
      i += 1
    }
  }
  guard sawDigit else { return parseInfinity(p + i, n - i, negative: negative) }
  if i < n, p[i] == 101 || p[i] == 69 {
    i += 1
    var exponentNegative = false
    if i < n, p[i] == 43 || p[i] == 45 {
      exponentNegative = p[i] == 45
      i += 1
    }
    var e = 0
    var sawExponentDigit = false
    while i < n {
      let d = p[i] &- 48
      if d > 9 { break }
      sawExponentDigit = true
      if e < 100_000 { e = e * 10 + Int(d) }
      i += 1
    }
    guard sawExponentDigit else { return nil }
    exponent += exponentNegative ? -e : e
  }
  guard i == n else { return nil }
  if mantissa == 0 && !inexact { return negative ? -0.0 : 0.0 }
  if !inexact && mantissa <= 1 << 53 && exponent >= -22 && exponent <= 22 {
    let m = Double(mantissa)
    let v = exponent >= 0 ? m * exactPowersOfTen[exponent] : m / exactPowersOfTen[-exponent]
    return negative ? -v : v
  }
  return Double(String(decoding: UnsafeBufferPointer(start: p, count: n), as: UTF8.self))
}

private func parseInfinity(_ p: UnsafePointer<UInt8>, _ n: Int, negative: Bool) -> Double? {
  guard n == 3 || n == 8 else { return nil }
  let word: [UInt8] = Array("INFINITY".utf8)
  for k in 0..<n where p[k] & 0xDF != word[k] { return nil }
  return negative ? -.infinity : .infinity
}

// MARK: - Name table

/// An open-addressing hash table from names (byte strings) to dense ids 0, 1, 2, ... in insertion order.
struct MPSNameTable {
  private var arena: [UInt8] = []
  private var ends: [Int] = []
  private var hashes: [UInt64] = []
  private var slots = [UInt64](repeating: 0, count: 1024)

  var count: Int { ends.count }

  @inline(__always) static func hash(_ p: UnsafePointer<UInt8>, _ n: Int) -> UInt64 {
    var h: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(truncatingIfNeeded: n)
    let raw = UnsafeRawPointer(p)
    var i = 0
    while i + 8 <= n {
      let w = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
      h = (h ^ w) &* 0xBF58_476D_1CE4_E5B9
      h ^= h >> 31
      i += 8
    }
    var w: UInt64 = 0
    var shift: UInt64 = 0
    while i < n {
      w |= UInt64(p[i]) << shift
      shift += 8
      i += 1
    }
    h = (h ^ w) &* 0x94D0_49BB_1331_11EB
    h ^= h >> 29
    h = h &* 0xBF58_476D_1CE4_E5B9
    h ^= h >> 32
    return h
  }

  @inline(__always) func equals(_ id: Int, _ p: UnsafePointer<UInt8>, _ n: Int) -> Bool {
    let s = id == 0 ? 0 : ends[id - 1]
    guard ends[id] - s == n else { return false }
    if n == 0 { return true }
    return arena.withUnsafeBufferPointer { b in b.baseAddress.map { memcmp($0 + s, p, n) == 0 } ?? false }
  }

  func find(_ p: UnsafePointer<UInt8>, _ n: Int, _ h: UInt64) -> Int? {
    slots.withUnsafeBufferPointer { slots in
      let mask = slots.count - 1
      let tag = h & 0xFFFF_FFFF_0000_0000
      var s = Int(truncatingIfNeeded: h) & mask
      while true {
        let entry = slots[s]
        if entry == 0 { return nil }
        if entry & 0xFFFF_FFFF_0000_0000 == tag {
          let id = Int(truncatingIfNeeded: entry & 0xFFFF_FFFF) - 1
          if equals(id, p, n) { return id }
        }
        s = (s + 1) & mask
      }
    }
  }

  /// Adds a name that is not in the table yet and returns its id.
  @discardableResult
  mutating func insert(_ p: UnsafePointer<UInt8>, _ n: Int, _ h: UInt64) -> Int {
    let id = ends.count
    arena.append(contentsOf: UnsafeBufferPointer(start: p, count: n))
    ends.append(arena.count)
    hashes.append(h)
    if 2 * (id + 1) > slots.count {
      slots = [UInt64](repeating: 0, count: slots.count * 2)
      for k in 0..<id { place(k) }
    }
    place(id)
    return id
  }

  /// Slot entries hold the upper 32 bits of the hash and id + 1 (0 = empty).
  private mutating func place(_ id: Int) {
    let h = hashes[id]
    let entry = (h & 0xFFFF_FFFF_0000_0000) | UInt64(truncatingIfNeeded: id + 1)
    slots.withUnsafeMutableBufferPointer { slots in
      let mask = slots.count - 1
      var s = Int(truncatingIfNeeded: h) & mask
      while slots[s] != 0 { s = (s + 1) & mask }
      slots[s] = entry
    }
  }

  func string(_ id: Int) -> String {
    let s = id == 0 ? 0 : ends[id - 1]
    return arena.withUnsafeBufferPointer {
      String(decoding: UnsafeBufferPointer(rebasing: $0[s..<ends[id]]), as: UTF8.self)
    }
  }

  func strings() -> [String] {
    arena.withUnsafeBufferPointer { b in
      var out = [String]()
      out.reserveCapacity(ends.count)
      var s = 0
      for e in ends {
        out.append(String(decoding: UnsafeBufferPointer(rebasing: b[s..<e]), as: UTF8.self))
        s = e
      }
      return out
    }
  }
}
