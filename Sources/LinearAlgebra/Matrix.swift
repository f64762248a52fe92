/// A dense column-major matrix of doubles.
public struct Matrix: Sendable, Equatable {
  public let rows: Int
  public let columns: Int
  /// Entries in column-major order: element (i, j) is `storage[i + j * rows]`.
  public var storage: [Double]

  public init(rows: Int, columns: Int, repeating value: Double = 0) {
    self.rows = rows
    self.columns = columns
    self.storage = [Double](repeating: value, count: rows * columns)
  }

  /// Builds a matrix from rows given as arrays (handy in tests).
  public init(_ rowArrays: [[Double]]) {
    let m = rowArrays.count
    let n = rowArrays.first?.count ?? 0
    self.init(rows: m, columns: n)
    for i in 0..<m {
      precondition(rowArrays[i].count == n, "ragged rows")
      for j in 0..<n { self[i, j] = rowArrays[i][j] }
    }
  }

  public static func identity(_ n: Int) -> Matrix {
    var m = Matrix(rows: n, columns: n)
    for i in 0..<n { m[i, i] = 1 }
    return m
  }

  public subscript(i: Int, j: Int) -> Double {
    get { storage[i + j * rows] }
    set { storage[i + j * rows] = newValue }
  }

  /// self * x
  public func multiply(_ x: [Double]) -> [Double] {
    precondition(x.count == columns)
    var y = [Double](repeating: 0, count: rows)
    for j in 0..<columns where x[j] != 0 {
      for i in 0..<rows { y[i] += storage[i + j * rows] * x[j] }
    }
    return y
  }
}
