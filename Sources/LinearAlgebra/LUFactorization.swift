/// LU factorisation with partial pivoting, P A = L U, of a square matrix (LAPACK dgetrf / dgetrs).
public struct LUFactorization: Sendable {
  public let order: Int
  var factors: [Double]
  var pivots: [Int32]

  public init(_ a: Matrix) throws {
    guard a.rows == a.columns else { throw LinearAlgebraError.dimensionMismatch("LU needs a square matrix") }
    order = a.rows
    factors = a.storage
    pivots = [Int32](repeating: 0, count: max(1, order))
    let n = order
    if n == 0 { return }
    let info = factors.withUnsafeMutableBufferPointer { f in
      pivots.withUnsafeMutableBufferPointer { CLA.getrf(n, n, f.baseAddress!, n, $0.baseAddress!) }
    }
    try lapackInfo(Int32(info), routine: "dgetrf")
    if info > 0 { throw LinearAlgebraError.singular(index: info) }
  }

  /// Solves A x = b, or A' x = b when `transpose` is true.
  public func solve(_ b: [Double], transpose: Bool = false) throws -> [Double] {
    var x = b
    try solve(inPlace: &x, rightHandSides: 1, transpose: transpose)
    return x
  }

  /// Solves A X = B in place for column-major right-hand sides.
  public func solve(inPlace b: inout [Double], rightHandSides nrhs: Int, transpose: Bool = false) throws {
    guard b.count == order * nrhs else { throw LinearAlgebraError.dimensionMismatch("rhs size \(b.count)") }
    if order == 0 || nrhs == 0 { return }
    let n = order
    let info = factors.withUnsafeBufferPointer { f in
      pivots.withUnsafeBufferPointer { p in
        b.withUnsafeMutableBufferPointer {
          CLA.getrs(n, nrhs, transpose: transpose, f.baseAddress!, n, p.baseAddress!, $0.baseAddress!, n)
        }
      }
    }
    try lapackInfo(Int32(info), routine: "dgetrs")
  }
}
