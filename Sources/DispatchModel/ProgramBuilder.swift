import LinearProgramming

/// Assembles a ``LinearProgram`` and its ``StageStructure`` straight into their final arrays.
///
/// A year's dispatch LP has over a million columns and three million nonzeros. The arrays are reserved at their
/// final size (``reserve(columns:rows:nonzeros:)``), so that no array grows by doubling and copies itself into fresh
/// pages. Names are not interpolated per hour: a name is a stem (`p_ORD-coal`, registered once per component) and the
/// hour of its `@t` suffix, written straight into the String's storage.
struct ProgramBuilder {
  private var stems: [[UInt8]] = []
  private(set) var objective: [Double] = []
  /// Columns with a quadratic objective term 1/2 Q_jj x_j² and their Q_jj (see ``LinearProgram/quadratic``).
  private var quadraticTerms: [(column: Int, value: Double)] = []
  var objectiveConstant = 0.0
  private(set) var columnLower: [Double] = []
  /// Mutable after the fact: targets tighten bounds of columns already added.
  var columnUpper: [Double] = []
  private var columnNames: [String] = []
  private var columnStage: [Int] = []
  private var rowLower: [Double] = []
  private var rowUpper: [Double] = []
  private var rowNames: [String] = []
  /// Mutable after the fact: a cyclic row's stage depends on the horizon.
  var rowStage: [Int] = []
  private var rowStart: [Int] = [0]
  private var columnIndices: [Int] = []
  private var values: [Double] = []

  var columnCount: Int { objective.count }
  var rowCount: Int { rowLower.count }

  /// Reserves room for the whole program; counts may be estimates (the arrays grow past them if need be).
  mutating func reserve(_ size: ProgramSize) {
    let (columns, rows, nonzeros) = (size.columns, size.rows, size.nonzeros)
    objective.reserveCapacity(columns)
    columnLower.reserveCapacity(columns)
    columnUpper.reserveCapacity(columns)
    columnNames.reserveCapacity(columns)
    columnStage.reserveCapacity(columns)
    rowLower.reserveCapacity(rows)
    rowUpper.reserveCapacity(rows)
    rowNames.reserveCapacity(rows)
    rowStage.reserveCapacity(rows)
    rowStart.reserveCapacity(rows + 1)
    columnIndices.reserveCapacity(nonzeros)
    values.reserveCapacity(nonzeros)
  }

  /// Registers the fixed part of a family of names (one per component) and returns its handle.
  mutating func stem(_ text: String) -> Int32 {
    stems.append(Array(text.utf8))
    return Int32(stems.count - 1)
  }

  /// Adds a column named `stem@hour` (just `stem` when `hour` is nil) in `stage` and returns its index.
  @discardableResult
  mutating func addColumn(_ stem: Int32, hour: Int?, stage: Int, cost: Double, lower: Double, upper: Double) -> Int {
    objective.append(cost)
    columnLower.append(lower)
    columnUpper.append(upper)
    columnNames.append(spell(stem, hour: hour))
    columnStage.append(stage)
    return objective.count - 1
  }

  /// Gives a column the objective term 1/2 value · x² (value >= 0), besides its linear cost.
  mutating func setQuadraticCost(_ column: Int, _ value: Double) {
    if value != 0 { quadraticTerms.append((column, value)) }
  }

  /// Replaces a column's bounds (a family that bounds a column by rows instead, such as ``ComponentExpansion``).
  mutating func setBounds(_ column: Int, lower: Double, upper: Double) {
    columnLower[column] = lower
    columnUpper[column] = upper
  }

  /// Adds one term to the row that the next ``closeRow(_:hour:stage:lower:upper:)`` closes.
  mutating func term(_ column: Int, _ value: Double) {
    precondition(column >= 0 && column < columnCount, "column index \(column) out of range 0..<\(columnCount)")
    columnIndices.append(column)
    values.append(value)
  }

  /// Closes the row of the terms added since the last row, `lower <= sum <= upper`, and returns its index.
  @discardableResult
  mutating func closeRow(_ stem: Int32, hour: Int?, stage: Int, lower: Double, upper: Double) -> Int {
    rowLower.append(lower)
    rowUpper.append(upper)
    rowNames.append(spell(stem, hour: hour))
    rowStage.append(stage)
    rowStart.append(columnIndices.count)
    return rowLower.count - 1
  }

  /// Adds a row with the given terms (``term(_:_:)`` then ``closeRow(_:hour:stage:lower:upper:)``).
  @discardableResult
  mutating func addRow(_ stem: Int32, hour: Int?, stage: Int, lower: Double, upper: Double, terms: [(Int, Double)])
    -> Int
  {
    for (c, v) in terms { term(c, v) }
    return closeRow(stem, hour: hour, stage: stage, lower: lower, upper: upper)
  }

  /// The program and its stages.
  func program(name: String) -> (LinearProgram, StageStructure) {
    var lp = LinearProgram(name: name)
    lp.objective = objective
    lp.objectiveConstant = objectiveConstant
    lp.columnLower = columnLower
    lp.columnUpper = columnUpper
    lp.rowLower = rowLower
    lp.rowUpper = rowUpper
    lp.columnNames = columnNames
    lp.rowNames = rowNames
    lp.matrix = SparseMatrix(rowCount: rowCount, columnCount: columnCount, rowStart: rowStart,
                             columnIndices: columnIndices, values: values)
    for (j, q) in quadraticTerms { lp.setQuadratic(j, lp.quadraticCoefficient(j) + q) }
    return (lp, StageStructure(rowStage: rowStage, columnStage: columnStage))
  }

  /// `stem@hour` as a String, its bytes written in place (one of up to 15 bytes is stored inline, not allocated).
  private func spell(_ stem: Int32, hour: Int?) -> String {
    let stem = stems[Int(stem)]
    guard let hour, hour >= 0 else { return String(decoding: stem, as: UTF8.self) }
    var digits = 1
    var rest = hour / 10
    while rest > 0 {
      digits += 1
      rest /= 10
    }
    let length = stem.count + 1 + digits
    return String(unsafeUninitializedCapacity: length) { out in
      _ = out.initialize(fromContentsOf: stem)
      out[stem.count] = UInt8(ascii: "@")
      var hour = hour
      for k in stride(from: length - 1, to: stem.count, by: -1) {
        out[k] = UInt8(ascii: "0") + UInt8(hour % 10)
        hour /= 10
      }
      return length
    }
  }
}

/// How much a component family adds to the LP over the whole horizon, as an estimate for
/// ``ProgramBuilder/reserve(_:)``.
struct ProgramSize {
  var columns = 0
  var rows = 0
  var nonzeros = 0

  static func + (a: ProgramSize, b: ProgramSize) -> ProgramSize {
    ProgramSize(columns: a.columns + b.columns, rows: a.rows + b.rows, nonzeros: a.nonzeros + b.nonzeros)
  }
}
