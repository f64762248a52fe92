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
}
