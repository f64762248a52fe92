/// Failures of the factorisations, as typed values.
public enum LinearAlgebraError: Error, Equatable, CustomStringConvertible {
  /// The matrix is not (numerically) positive definite: the leading minor of this order (1-based) failed.
  case notPositiveDefinite(order: Int)
  /// The matrix is singular: U(index, index) is exactly zero (1-based), from LU.
  case singular(index: Int)
  /// LAPACK rejected argument number `index` of `routine` (a programming error, reported rather than crashing).
  case illegalArgument(routine: String, index: Int)
  /// Shapes do not fit together.
  case dimensionMismatch(String)

  public var description: String {
    switch self {
    case .notPositiveDefinite(let k): return "matrix is not positive definite: leading minor of order \(k) failed"
    case .singular(let i): return "matrix is singular: zero pivot at position \(i)"
    case .illegalArgument(let r, let i): return "LAPACK \(r): argument \(i) has an illegal value"
    case .dimensionMismatch(let s): return "dimension mismatch: \(s)"
    }
  }
}
