/// Cholesky factorisation A = L L' of a dense symmetric positive definite matrix (LAPACK dpotrf / dpotrs).
/// Only the lower triangle of the input is read.
public struct DenseCholesky: Sendable {
  public let order: Int
  /// L in the lower triangle, column-major.
  var factor: [Double]

  public init(_ a: Matrix) throws {
    guard a.rows == a.columns else { throw LinearAlgebraError.dimensionMismatch("Cholesky needs a square matrix") }
    order = a.rows
    factor = a.storage
    let n = order
    let info = factor.withUnsafeMutableBufferPointer { CLA.potrf(n, $0.baseAddress!, max(1, n)) }
    try lapackInfo(Int32(info), routine: "dpotrf")
    if info > 0 { throw LinearAlgebraError.notPositiveDefinite(order: info) }
  }

  /// Solves A x = b.
  public func solve(_ b: [Double]) throws -> [Double] {
    guard b.count == order else { throw LinearAlgebraError.dimensionMismatch("rhs has \(b.count) rows, not \(order)") }
    var x = b
    try solve(inPlace: &x, rightHandSides: 1)
    return x
  }

  /// Solves A X = B in place for `rightHandSides` column-major right-hand sides of length `order`.
  public func solve(inPlace b: inout [Double], rightHandSides nrhs: Int) throws {
    guard b.count == order * nrhs else { throw LinearAlgebraError.dimensionMismatch("rhs size \(b.count)") }
    if order == 0 { return }
    let n = order
    let info = factor.withUnsafeBufferPointer { f in
      b.withUnsafeMutableBufferPointer { CLA.potrs(n, nrhs, f.baseAddress!, n, $0.baseAddress!, n) }
    }
    try lapackInfo(Int32(info), routine: "dpotrs")
  }

  /// The factor L as a matrix (upper triangle zero).
  public var lower: Matrix {
    var m = Matrix(rows: order, columns: order)
    for j in 0..<order { for i in j..<order { m[i, j] = factor[i + j * order] } }
    return m
  }
}
