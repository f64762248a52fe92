/// A linear program, or a separable convex quadratic program
///
///     minimise    c'x + 1/2 x'Qx + objectiveConstant,   Q = diag(quadratic) >= 0
///     subject to  rowLower <= A x <= rowUpper
///                 columnLower <= x <= columnUpper
///
/// Infinite bounds are `-.infinity` / `.infinity`. A row whose lower and upper bounds are equal is an equality.
/// Rows and columns carry names (used by MPS files and solution reports). `quadratic` is empty for an LP, else it
/// holds one diagonal entry Q_jj >= 0 per column (the objective term of column j is c_j x_j + 1/2 Q_jj x_j^2).
public struct LinearProgram: Sendable, Equatable {
  public var name: String
  public var objective: [Double]
  public var objectiveConstant: Double
  public var columnLower: [Double]
  public var columnUpper: [Double]
  public var columnNames: [String]
  public var rowLower: [Double]
  public var rowUpper: [Double]
  public var rowNames: [String]
  /// The constraint matrix, one CSR row per constraint row.
  public var matrix: SparseMatrix
  /// The diagonal of Q: empty (an LP) or one entry >= 0 per column. Set entries with ``setQuadratic(_:_:)``, which
  /// keeps the array the length of the columns.
  public var quadratic: [Double] = []

  public init(name: String = "LP") {
    self.name = name
    self.objective = []
    self.objectiveConstant = 0
    self.columnLower = []
    self.columnUpper = []
    self.columnNames = []
    self.rowLower = []
    self.rowUpper = []
    self.rowNames = []
    self.matrix = SparseMatrix(columnCount: 0)
  }

  public var columnCount: Int { objective.count }
  public var rowCount: Int { rowLower.count }

  /// Adds a column and returns its index.
  @discardableResult
  public mutating func addColumn(
    name: String? = nil, cost: Double = 0, lower: Double = 0, upper: Double = .infinity
  ) -> Int {
    let j = objective.count
    objective.append(cost)
    columnLower.append(lower)
    columnUpper.append(upper)
    columnNames.append(name ?? "c\(j)")
    matrix.columnCount += 1
    if !quadratic.isEmpty { quadratic.append(0) }
    return j
  }

  /// Whether the objective has a quadratic term (a nonzero Q_jj).
  public var isQuadratic: Bool { quadratic.contains { $0 != 0 } }

  /// Q_jj, 0 for an LP.
  public func quadraticCoefficient(_ j: Int) -> Double { quadratic.isEmpty ? 0 : quadratic[j] }

  /// Sets Q_jj (the objective term of column j becomes c_j x_j + 1/2 value x_j^2).
  public mutating func setQuadratic(_ j: Int, _ value: Double) {
    if quadratic.isEmpty {
      if value == 0 { return }
      quadratic = [Double](repeating: 0, count: columnCount)
    }
    quadratic[j] = value
  }

  /// Adds a row `lower <= sum(value * x[column]) <= upper` and returns its index.
  @discardableResult
  public mutating func addRow(
    name: String? = nil, lower: Double, upper: Double, terms: [(Int, Double)]
  ) -> Int {
    let i = rowLower.count
    rowLower.append(lower)
    rowUpper.append(upper)
    rowNames.append(name ?? "r\(i)")
    matrix.appendRow(terms)
    return i
  }

  /// The objective value c'x + 1/2 x'Qx + constant.
  public func objectiveValue(_ x: [Double]) -> Double {
    var s = objectiveConstant
    for j in 0..<columnCount { s += objective[j] * x[j] }
    for (j, q) in quadratic.enumerated() where q != 0 { s += 0.5 * q * x[j] * x[j] }
    return s
  }

  /// The largest violation of rows and bounds by `x`, relative to 1 + the largest finite bound of the LP (the
  /// norm-wise measure the solver's tolerance refers to).
  public func normRelativeViolation(_ x: [Double]) -> Double {
    var scale = 0.0
    for v in rowLower + rowUpper + columnLower + columnUpper where v.isFinite { scale = max(scale, abs(v)) }
    let ax = matrix.multiply(x)
    var worst = 0.0
    for i in 0..<rowCount {
      worst = max(worst, rowLower[i] - ax[i], ax[i] - rowUpper[i])
    }
    for j in 0..<columnCount {
      worst = max(worst, columnLower[j] - x[j], x[j] - columnUpper[j])
    }
    return worst / (1 + scale)
  }

  /// The largest violation of rows and bounds by `x`, each relative to 1 + |bound|.
  public func maximumRelativeViolation(_ x: [Double]) -> Double {
    let ax = matrix.multiply(x)
    var worst = 0.0
    for i in 0..<rowCount {
      if ax[i] < rowLower[i] { worst = max(worst, (rowLower[i] - ax[i]) / (1 + abs(rowLower[i]))) }
      if ax[i] > rowUpper[i] { worst = max(worst, (ax[i] - rowUpper[i]) / (1 + abs(rowUpper[i]))) }
    }
    for j in 0..<columnCount {
      if x[j] < columnLower[j] { worst = max(worst, (columnLower[j] - x[j]) / (1 + abs(columnLower[j]))) }
      if x[j] > columnUpper[j] { worst = max(worst, (x[j] - columnUpper[j]) / (1 + abs(columnUpper[j]))) }
    }
    return worst
  }
}
