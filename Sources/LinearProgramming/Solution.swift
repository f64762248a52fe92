/// How a solve ended, apart from errors in the input: an infeasible LP is a result, not an error.
public enum SolveStatus: String, Sendable, Equatable, CaseIterable {
  /// Primal and dual feasible within tolerance, gap closed within tolerance.
  case optimal
  /// No x satisfies the rows and bounds (a Farkas certificate was found).
  case primalInfeasible = "primal_infeasible"
  /// The objective is unbounded below (a primal ray of descent was found), or the dual is infeasible.
  case dualInfeasible = "dual_infeasible"
  /// The iteration limit was reached before the tolerances were met.
  case iterationLimit = "iteration_limit"
  /// The linear algebra broke down or the iterates stalled; `reason` says how.
  case numericalFailure = "numerical_failure"
  /// The time limit (``InteriorPointSettings/timeLimitSeconds``) was reached before the tolerances were met.
  case timeLimit = "time_limit"
  /// ``InteriorPointSettings/shouldStop`` asked the solver to stop (Ctrl-C).
  case interrupted
}

/// The result of ``InteriorPointSolver/solve(_:)``.
public struct LPSolution: Sendable {
  public var status: SolveStatus
  /// A readable sentence on why the solver stopped.
  public var reason: String
  /// c'x + 1/2 x'Qx + constant at the returned x (meaningful when `status == .optimal`).
  public var objective: Double
  /// Primal values, one per column of the original LP.
  public var x: [Double]
  /// Row duals y (prices): for a minimisation, d objective / d row bound. One per row of the original LP.
  public var rowDuals: [Double]
  /// Reduced costs c + Qx - A'y, one per column of the original LP.
  public var reducedCosts: [Double]
  public var iterations: Int
  /// Wall-clock seconds of the whole solve (presolve, scaling, iterations, postsolve).
  public var seconds: Double
  /// Final relative primal infeasibility, dual infeasibility and duality gap.
  public var primalInfeasibility: Double
  public var dualInfeasibility: Double
  public var relativeGap: Double
  /// Seconds per phase (factor, solve, refinement residual, setup) and counts of factorisations and solves.
  public var profile = SolveProfile()
}
