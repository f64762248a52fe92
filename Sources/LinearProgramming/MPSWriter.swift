import Foundation

extension MPS {
  /// Writes an LP as MPS text.
  ///
  /// The file is a minimisation (no `OBJSENSE`); the objective row is named `OBJ` (or `OBJ1`, `OBJ2`, ... if a
  /// constraint row is called `OBJ`) and the objective constant is written as minus the RHS of that row. Rows are
  /// written as `E` (equal bounds), `L` (only an upper bound), `G` (only a lower bound), free rows as `G` with RHS
  /// `-1e+30`, and rows with two different finite bounds as `G` or `L` rows with a `RANGES` entry R chosen so that
  /// reading the file (which computes `rhs + |R|` or `rhs - |R|`) gives back exactly the same bounds. For a few
  /// pairs no double R does that (for `[-0.3, 0.1]`, `-0.3 + R` is never exactly `0.1`); then the closest R is
  /// written and one bound comes back off by at most about half an ulp of `upper - lower`. Bounds differing from the
  /// default `[0, +inf]` go to `BOUNDS` (`FX`, `FR`, `MI`, `LO`, `UP`; an explicit `LO 0` precedes a negative `UP`).
  /// Infinite values are written as `1e+30`, and values of magnitude `1e30` or more are read back as infinite.
  /// Entries of the matrix in the same row and column are summed and zeros are left out; a column without entries is
  /// written with a zero objective coefficient. The model name goes on the `NAME` line with line breaks replaced by
  /// `_` (reading drops its leading and trailing blanks).
  ///
  /// A quadratic objective (``LinearProgram/quadratic``, the diagonal of Q in c'x + 1/2 x'Qx) is written as a
  /// `QUADOBJ` section after `BOUNDS`, one line `column column Q_jj` per nonzero entry, as HiGHS writes it: QUADOBJ
  /// lists the lower triangle of Q for the objective 1/2 x'Qx, so a diagonal entry is Q_jj itself (not half of it).
  ///
  /// Free format: names are used as they are, except that an empty name becomes `_` and whitespace (space, tab,
  /// line feed, carriage return, vertical tab, form feed) is replaced by `_`. Numbers are written with full round-trip
  /// precision (Swift's shortest representation), integers without a fractional part. Fields are aligned to the
  /// fixed-format columns where the names are short enough.
  ///
  /// Fixed format: every row and column name must have 1 to 8 bytes of UTF-8, no control characters and no leading or
  /// trailing space (inner spaces are allowed). Numbers are rounded to fit the 12-character fields when their
  /// shortest round-trip form is longer, so fixed files may lose precision beyond about 7 to 11 significant digits.
  ///
  /// - Throws: ``MPSError`` (line 0) if the LP cannot be written: arrays of inconsistent lengths, a name that fixed
  ///   format cannot hold, duplicate names (after the replacements above), a row named `'MARKER'` (which readers
  ///   take for an integer marker), NaN anywhere, an infinite or too large
  ///   (magnitude 1e30 or more) cost, coefficient or objective constant, a row whose lower bound exceeds its upper
  ///   bound, or a quadratic objective with the wrong length or an entry that is negative or not finite.
  public static func write(_ lp: LinearProgram, format: MPSFormat = .free) throws -> String {
    String(decoding: try encode(lp, format: format, fileName: nil), as: UTF8.self)
  }

  /// Writes an LP to an MPS file, as ``write(_:format:)``.
  ///
  /// The text goes to a temporary file in the same directory, which is then renamed over `url`, so readers never
  /// see a half-written file.
  public static func write(_ lp: LinearProgram, to url: URL, format: MPSFormat = .free) throws {
    let fileName = url.lastPathComponent
    let temporary = url.deletingLastPathComponent().appendingPathComponent(
      ".\(fileName).\(UInt64.random(in: 0...UInt64.max)).tmp")
    let fd = open(temporary.path, O_WRONLY | O_CREAT | O_EXCL, 0o644)
    guard fd >= 0 else {
      throw MPSError(file: fileName, line: 0, message: "cannot write the file: \(String(cString: strerror(errno)))")
    }
    var writer = MPSTextWriter(fixed: format == .fixed, fileName: fileName)
    writer.fd = fd
    do {
      _ = try writer.encode(lp)
    } catch {
      close(fd)
      unlink(temporary.path)
      throw error
    }
    let closed = close(fd)
    let ioError = writer.ioError != 0 ? writer.ioError : (closed != 0 ? errno : 0)
    if ioError != 0 {
      unlink(temporary.path)
      throw MPSError(file: fileName, line: 0, message: "cannot write the file: \(String(cString: strerror(ioError)))")
    }
    if rename(temporary.path, url.path) != 0 {
      let reason = String(cString: strerror(errno))
      unlink(temporary.path)
      throw MPSError(file: fileName, line: 0, message: "cannot move the written file into place: \(reason)")
    }
  }

  static func encode(_ lp: LinearProgram, format: MPSFormat, fileName: String?) throws -> [UInt8] {
    var writer = MPSTextWriter(fixed: format == .fixed, fileName: fileName)
    return try writer.encode(lp)
  }
}

private let infinityThreshold = 1e30

private struct MPSTextWriter {
  let fixed: Bool
  let fileName: String?
  var out: [UInt8] = []
  var lineStart = 0
  /// When >= 0, complete lines are written to this file descriptor in chunks of about 1 MB instead of being kept.
  var fd: Int32 = -1
  /// The first errno of a failed write to `fd`, or 0.
  var ioError: Int32 = 0

  init(fixed: Bool, fileName: String?) {
    self.fixed = fixed
    self.fileName = fileName
  }

  func fail(_ message: String) -> MPSError {
    MPSError(file: fileName, line: 0, message: message)
  }

  // MARK: Checks and names

  func checkShape(_ lp: LinearProgram) throws {
    let n = lp.objective.count
    let m = lp.rowLower.count
    let a = lp.matrix
    guard lp.columnLower.count == n, lp.columnUpper.count == n, lp.columnNames.count == n,
      lp.rowUpper.count == m, lp.rowNames.count == m, a.rowCount == m, a.columnCount == n
    else {
      throw fail(
        "inconsistent LinearProgram: \(n) objective coefficients, \(lp.columnLower.count)/"
          + "\(lp.columnUpper.count) column bounds, \(lp.columnNames.count) column names, \(m)/\(lp.rowUpper.count) "
          + "row bounds, \(lp.rowNames.count) row names, a \(a.rowCount) x \(a.columnCount) matrix")
    }
    guard a.rowStart.count == m + 1, a.rowStart.first == 0, a.rowStart.last == a.columnIndices.count,
      a.values.count == a.columnIndices.count
    else {
      throw fail("inconsistent LinearProgram: the CSR arrays of the matrix do not fit together")
    }
    for i in 0..<m where a.rowStart[i] > a.rowStart[i + 1] {
      throw fail("inconsistent LinearProgram: matrix row \(i) has a negative length")
    }
    for j in a.columnIndices where j < 0 || j >= n {
      throw fail("inconsistent LinearProgram: matrix column index \(j) is outside 0..<\(n)")
    }
    guard lp.quadratic.isEmpty || lp.quadratic.count == n else {
      throw fail(
        "inconsistent LinearProgram: \(lp.quadratic.count) quadratic objective entries for \(n) columns (allowed: "
          + "none, or one per column)")
    }
    for (j, q) in lp.quadratic.enumerated() where !(q.isFinite && q >= 0 && q < infinityThreshold) {
      throw fail(
        "column '\(lp.columnNames[j])' has the quadratic objective coefficient \(q); allowed: finite, >= 0 and below "
          + "1e30")
    }
  }

  /// The bytes of a name as written, after the free-format replacements or the fixed-format checks.
  func encodeName(_ name: String, kind: String, index: Int) throws -> [UInt8] {
    var bytes = Array(name.utf8)
    if fixed {
      guard !bytes.isEmpty, bytes.count <= 8 else {
        throw fail(
          "\(kind) \(index) has the name '\(name)' of \(bytes.count) bytes; fixed MPS allows 1 to 8 characters "
            + "(write free MPS instead)")
      }
      guard bytes.allSatisfy({ $0 >= 32 && $0 != 127 }), bytes.first != 32, bytes.last != 32,
        kind != "row" || name != "'MARKER'"
      else {
        throw fail(
          "\(kind) \(index) has the name '\(name)', which fixed MPS cannot hold (no control characters, no leading "
            + "or trailing spaces); write free MPS instead")
      }
      return bytes
    }
    if bytes.isEmpty { return [95] }
    if kind == "row" && name == "'MARKER'" {
      throw fail("row \(index) is named 'MARKER' with quotes, which MPS readers take for an integer marker")
    }
    for k in bytes.indices where bytes[k] == 32 || (bytes[k] >= 9 && bytes[k] <= 13) { bytes[k] = 95 }
    return bytes
  }

  func encodeNames(_ names: [String], kind: String) throws -> ([[UInt8]], MPSNameTable) {
    var table = MPSNameTable()
    var out = [[UInt8]]()
    out.reserveCapacity(names.count)
    for (index, name) in names.enumerated() {
      let bytes = try encodeName(name, kind: kind, index: index)
      try bytes.withUnsafeBufferPointer { b in
        guard let p = b.baseAddress else { return }
        let h = MPSNameTable.hash(p, b.count)
        if let other = table.find(p, b.count, h) {
          throw fail(
            "\(kind)s \(other) and \(index) are both named '\(table.string(other))' in the MPS file; MPS needs "
              + "unique \(kind) names")
        }
        table.insert(p, b.count, h)
      }
      out.append(bytes)
    }
    return (out, table)
  }

  // MARK: Output

  mutating func newline() {
    out.append(10)
    if fd >= 0 && out.count >= 1 << 20 { flush() }
    lineStart = out.count
  }

  mutating func flush() {
    var failure = ioError
    if fd >= 0 && failure == 0 {
      out.withUnsafeBytes { bytes in
        guard let base = bytes.baseAddress else { return }
        var offset = 0
        while offset < bytes.count {
          let written = write(fd, base + offset, bytes.count - offset)
          if written < 0 {
            if errno == EINTR { continue }
            failure = errno
            return
          }
          offset += written
        }
      }
    }
    ioError = failure
    out.removeAll(keepingCapacity: true)
    lineStart = 0
  }

  mutating func raw(_ s: String) {
    out.append(contentsOf: s.utf8)
  }

  /// Starts a field at the 1-based `column`, padding with spaces; in free format at least one space separates it
  /// from the previous field.
  mutating func column(_ column: Int) {
    let target = lineStart + column - 1
    if out.count < target {
      out.append(contentsOf: repeatElement(32, count: target - out.count))
    } else if out.count > lineStart {
      out.append(32)
    }
  }

  mutating func field(_ col: Int, _ bytes: [UInt8]) {
    column(col)
    out.append(contentsOf: bytes)
  }

  mutating func field(_ col: Int, _ value: Double) {
    column(col)
    appendNumber(value)
  }

  mutating func appendNumber(_ v: Double) {
    if v.isInfinite {
      raw(v > 0 ? "1e+30" : "-1e+30")
      return
    }
    if v == v.rounded(.towardZero) && v.magnitude < 1e15 {
      out.append(contentsOf: String(Int64(v)).utf8)
      return
    }
    let s = v.description
    raw(fixed && s.utf8.count > 12 ? Self.fixedWidthNumber(v) : s)
  }

  /// The most precise form of `v` in at most 12 characters: `%g` or a compact exponent (`-1.234568e20`).
  static func fixedWidthNumber(_ v: Double) -> String {
    for precision in stride(from: 17, through: 1, by: -1) {
      let plain = String(format: "%.\(precision)g", v)
      if plain.utf8.count <= 12 && !plain.contains("e") { return plain }
      let scientific = String(format: "%.\(precision - 1)e", v)
      guard let e = scientific.firstIndex(of: "e") else { continue }
      var mantissa = scientific[..<e]
      if mantissa.contains(".") {
        while mantissa.last == "0" { mantissa.removeLast() }
        if mantissa.last == "." { mantissa.removeLast() }
      }
      let exponent = Int(scientific[scientific.index(after: e)...]) ?? 0
      let compact = exponent == 0 ? String(mantissa) : "\(mantissa)e\(exponent)"
      if compact.utf8.count <= 12 { return compact }
    }
    return v.description
  }

  /// Writes `name row value` entries two to a line (COLUMNS, RHS, RANGES).
  struct PairLine {
    var open = false
  }

  mutating func pair(_ state: inout PairLine, _ first: [UInt8], _ row: [UInt8], _ value: Double) {
    if state.open {
      field(40, row)
      field(50, value)
      newline()
      state.open = false
    } else {
      field(5, first)
      field(15, row)
      field(25, value)
      state.open = true
    }
  }

  mutating func closePairs(_ state: inout PairLine) {
    if state.open { newline() }
    state.open = false
  }

  // MARK: Rows

  /// Row type (E, L, G), RHS and range (NaN = none) such that reading gives back [lower, upper], exactly if possible.
  func rowForm(_ lower: Double, _ upper: Double, _ name: String) throws -> (UInt8, Double, Double) {
    guard !lower.isNaN, !upper.isNaN else { throw fail("row '\(name)' has a NaN bound") }
    if lower == upper { return (69, lower, .nan) }
    guard lower < upper else {
      throw fail("row '\(name)' has lower bound \(lower) above upper bound \(upper), which MPS cannot represent")
    }
    if lower == -.infinity { return upper == .infinity ? (71, -.infinity, .nan) : (76, upper, .nan) }
    if upper == .infinity { return (71, lower, .nan) }
    // Both finite and different: the reader computes upper = lower + R (G) or lower = upper - R (L).
    // Not every pair has an exact form (for [-0.3, 0.1] no double R works); then take the closest one.
    let r0 = upper - lower
    var best: (UInt8, Double, Double) = (71, lower, r0)
    var bestError = Double.infinity
    if r0.isFinite && r0 < infinityThreshold {
      let candidates = [r0, r0.nextUp, r0.nextDown, r0.nextUp.nextUp, r0.nextDown.nextDown]
      for r in candidates where r > 0 && r < infinityThreshold {
        let errorG = abs((lower + r) - upper)
        if errorG < bestError { (best, bestError) = ((71, lower, r), errorG) }
        let errorL = abs((upper - r) - lower)
        if errorL < bestError { (best, bestError) = ((76, upper, r), errorL) }
        if bestError == 0 { break }
      }
    }
    return best
  }

  // MARK: Whole file

  mutating func encode(_ lp: LinearProgram) throws -> [UInt8] {
    try checkShape(lp)
    let n = lp.columnCount
    let m = lp.rowCount
    let (columnNames, _) = try encodeNames(lp.columnNames, kind: "column")
    let (rowNames, rowTable) = try encodeNames(lp.rowNames, kind: "row")
    var objectiveName = Array("OBJ".utf8)
    var suffix = 0
    while objectiveName.withUnsafeBufferPointer({ b in
      b.baseAddress.map { rowTable.find($0, b.count, MPSNameTable.hash($0, b.count)) != nil } ?? false
    }) {
      suffix += 1
      objectiveName = Array("OBJ\(suffix)".utf8)
    }
    guard lp.objectiveConstant.isFinite, lp.objectiveConstant.magnitude < infinityThreshold else {
      throw fail("objective constant \(lp.objectiveConstant) cannot be written (magnitude must be below 1e30)")
    }
    var forms = [(UInt8, Double, Double)]()
    forms.reserveCapacity(m)
    for i in 0..<m { forms.append(try rowForm(lp.rowLower[i], lp.rowUpper[i], lp.rowNames[i])) }

    // Transpose the matrix; entries of a column come in ascending row order, duplicates next to each other.
    let a = lp.matrix
    let nnz = a.values.count
    var columnStart = [Int](repeating: 0, count: n + 1)
    for j in a.columnIndices { columnStart[j + 1] += 1 }
    for j in 0..<n { columnStart[j + 1] += columnStart[j] }
    var next = columnStart
    var entryRow = [Int](repeating: 0, count: nnz)
    var entryValue = [Double](repeating: 0, count: nnz)
    for i in 0..<m {
      for k in a.rowStart[i]..<a.rowStart[i + 1] {
        let j = a.columnIndices[k]
        let p = next[j]
        entryRow[p] = i
        entryValue[p] = a.values[k]
        next[j] = p + 1
      }
    }

    out.reserveCapacity(fd >= 0 ? 1 << 21 : 64 * (n + m) + 24 * nnz + 256)
    raw("NAME")
    let modelName = String(lp.name.map { $0 == "\n" || $0 == "\r" || $0 == "\r\n" ? "_" : $0 })
    if !modelName.isEmpty {
      column(15)
      raw(modelName)
    }
    newline()
    raw("ROWS")
    newline()
    raw(" N  ")
    out.append(contentsOf: objectiveName)
    newline()
    for i in 0..<m {
      out.append(32)
      out.append(forms[i].0)
      field(5, rowNames[i])
      newline()
    }

    raw("COLUMNS")
    newline()
    var pairs = PairLine()
    for j in 0..<n {
      let name = columnNames[j]
      let cost = lp.objective[j]
      guard cost.isFinite, cost.magnitude < infinityThreshold else {
        throw fail("column '\(lp.columnNames[j])' has cost \(cost); MPS needs finite costs below 1e30")
      }
      var written = false
      if cost != 0 {
        pair(&pairs, name, objectiveName, cost)
        written = true
      }
      var k = columnStart[j]
      let end = columnStart[j + 1]
      while k < end {
        let i = entryRow[k]
        var v = entryValue[k]
        k += 1
        while k < end && entryRow[k] == i {
          v += entryValue[k]
          k += 1
        }
        guard v.isFinite, v.magnitude < infinityThreshold else {
          throw fail(
            "column '\(lp.columnNames[j])' has coefficient \(v) in row '\(lp.rowNames[i])'; MPS needs finite "
              + "coefficients below 1e30")
        }
        if v != 0 {
          pair(&pairs, name, rowNames[i], v)
          written = true
        }
      }
      if !written { pair(&pairs, name, objectiveName, 0) }
      closePairs(&pairs)
    }

    let rhsName = Array("RHS".utf8)
    raw("RHS")
    newline()
    if lp.objectiveConstant != 0 { pair(&pairs, rhsName, objectiveName, 0 - lp.objectiveConstant) }
    for i in 0..<m where forms[i].1 != 0 { pair(&pairs, rhsName, rowNames[i], forms[i].1) }
    closePairs(&pairs)

    let rangeName = Array("RNG".utf8)
    if forms.contains(where: { !$0.2.isNaN }) {
      raw("RANGES")
      newline()
      for i in 0..<m where !forms[i].2.isNaN { pair(&pairs, rangeName, rowNames[i], forms[i].2) }
      closePairs(&pairs)
    }

    let boundName = Array("BND".utf8)
    var boundsHeader = false
    func bound(_ w: inout MPSTextWriter, _ type: String, _ j: Int, _ value: Double?) {
      if !boundsHeader {
        w.raw("BOUNDS")
        w.newline()
        boundsHeader = true
      }
      w.raw(" " + type)
      w.field(5, boundName)
      w.field(15, columnNames[j])
      if let value { w.field(25, value) }
      w.newline()
    }
    for j in 0..<n {
      let l = lp.columnLower[j]
      let u = lp.columnUpper[j]
      guard !l.isNaN, !u.isNaN else { throw fail("column '\(lp.columnNames[j])' has a NaN bound") }
      if l == 0 && u == .infinity { continue }
      if l == u {
        bound(&self, "FX", j, l)
      } else if l == -.infinity && u == .infinity {
        bound(&self, "FR", j, nil)
      } else if l == -.infinity {
        bound(&self, "MI", j, nil)
        if u != .infinity { bound(&self, "UP", j, u) }
      } else {
        // An explicit LO 0 keeps a negative UP from making the lower bound -inf.
        if l != 0 || u < 0 { bound(&self, "LO", j, l) }
        if u != .infinity { bound(&self, "UP", j, u) }
      }
    }
    if lp.isQuadratic {
      raw("QUADOBJ")
      newline()
      for (j, q) in lp.quadratic.enumerated() where q != 0 {
        out.append(32)
        field(5, columnNames[j])
        field(15, columnNames[j])
        field(25, q)
        newline()
      }
    }
    raw("ENDATA")
    newline()
    if fd >= 0 { flush() }
    return out
  }
}
