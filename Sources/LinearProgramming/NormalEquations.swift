/// A factorisation of the interior-point normal equations
///
///     M = A diag(theta) A' + delta I
///
/// behind one interface, so the solver does not know which backend it runs on.
protocol NormalEquations {
  /// Factors M for the given column weights theta (> 0) and dual regularisation delta.
  /// Returns the number of pivots or blocks that had to be perturbed (0 in a healthy factorisation).
  mutating func factor(theta: [Double], delta: Double) throws -> Int
  /// Solves M y = r in place, r indexed by standard-form rows.
  func solve(_ r: inout [Double])
  /// Factors M (as ``factor(theta:delta:)``) and solves M y = r in place with the new factor. A backend may fuse the
  /// two: the staged one applies the forward half of the solve block by block while the factorisation has the block
  /// in cache, which saves one pass over the factor.
  mutating func factor(theta: [Double], delta: Double, solving r: inout [Double]) throws -> Int
}

extension NormalEquations {
  mutating func factor(theta: [Double], delta: Double, solving r: inout [Double]) throws -> Int {
    let shifted = try factor(theta: theta, delta: delta)
    solve(&r)
    return shifted
  }
}
