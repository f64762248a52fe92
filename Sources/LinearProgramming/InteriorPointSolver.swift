import Foundation
import LinearAlgebra

/// A primal-dual interior-point solver for linear programs: Mehrotra's predictor-corrector on the standard form
/// `A x = b, l <= x <= u` (see ``StandardForm``), with separate primal and dual step lengths.
///
/// The objective may have a separable convex quadratic term, `c'x + 1/2 x'Qx` with `Q = diag(q) >= 0`
/// (``LinearProgram/quadratic``): Q adds to the diagonal that Θ inverts, `Θ = (Z_l W_l^-1 + Z_u W_u^-1 + ρI + Q)^-1`,
/// and to the dual residual and the objective (see ``IPMCore``).
///
/// Each iteration factors the normal equations `M = A Θ A' + δI`, `Θ = (Z_l W_l^-1 + Z_u W_u^-1 + ρI)^-1`, once,
/// through a ``LinearSystemBackend``, and solves with the factor twice (predictor, corrector), each solve improved by
/// iterative refinement against the unregularised matrix. It stops when the relative primal infeasibility, dual
/// infeasibility and duality gap, all measured on the unscaled problem, are at most `settings.tolerance`.
///
/// Infeasibility is a result, not an error: when the dual iterates approach a Farkas ray
/// (`A'y + z_l - z_u = 0`, `b'y + l'z_l - u'z_u > 0`) the status is `.primalInfeasible`; when the primal iterates
/// approach a ray of descent (`A d = 0`, d within the bounds' recession cone, `c'd < 0`) it is `.dualInfeasible`.
public struct InteriorPointSolver: Sendable {
  public var settings: InteriorPointSettings

  public init(settings: InteriorPointSettings = .init()) {
    self.settings = settings
  }

  /// Solves `lp`. Throws ``LinearProgramError`` for malformed input (NaN data, inconsistent sizes, a stage structure
  /// that does not fit); every other outcome is a status in the returned solution.
  public func solve(_ lp: LinearProgram) throws -> LPSolution {
    var result = try solveDirect(lp)
    guard result.status == .numericalFailure || result.status == .iterationLimit else { return result }
    // The iterations did not converge: decide feasibility and boundedness with the auxiliary LPs.
    var cnorm = 0.0
    for v in lp.objective { cnorm = max(cnorm, abs(v)) }
    if let violation = InfeasibilityCheck.primalViolation(lp, settings: settings), violation > 1e-6 {
      result.status = .primalInfeasible
      result.reason = "no point satisfies the rows and bounds: the least total weighted row violation is "
        + "\(violation) (after: \(result.reason))"
    } else if let ray = InfeasibilityCheck.descentRay(lp, settings: settings), ray < -1e-6 * max(1, cnorm) {
      result.status = .dualInfeasible
      result.reason = "the objective decreases without bound along a direction of recession (c'd = \(ray) for "
        + "|d| <= 1) (after: \(result.reason))"
    }
    return result
  }

  /// ``LinearSystemBackend/automatic(_:)`` considers the general backend only when the staged one's dense blocks cost
  /// more than this many floating-point operations per stage and factorisation (blocks of about 180 rows and more):
  /// below it the staged backend is fast and the sparse analysis would only add set-up time.
  static let stagedFlopsWorthComparing = 2e6

  /// The time of one floating-point operation of the general backend's sparse factorisation in units of one of the
  /// staged backend's dense blocks, measured on the default network with unit commitment (see docs/solver.md,
  /// "Choosing the backend"): CHOLMOD's supernodes there are a few rows wide, its kernels run far below the dense
  /// blocks' rate, and it runs on one thread where the staged chain runs on two.
  static let sparseFlopCost = 15.0

  /// One run of the interior-point method, without the auxiliary infeasibility checks.
  func solveDirect(_ lp: LinearProgram) throws -> LPSolution {
    let clock = ContinuousClock.now
    func elapsed() -> Double {
      let d = ContinuousClock.now - clock
      return Double(d.components.seconds) + Double(d.components.attoseconds) * 1e-18
    }
    var stages: StageStructure? = nil
    var choosing = false
    switch settings.backend {
    case .general: break
    case .staged(let s): stages = s
    case .automatic(let s): (stages, choosing) = (s, true)
    }
    func trivial(_ status: SolveStatus, _ reason: String) -> LPSolution {
      LPSolution(
        status: status, reason: reason, objective: .nan, x: [Double](repeating: .nan, count: lp.columnCount),
        rowDuals: [Double](repeating: .nan, count: lp.rowCount),
        reducedCosts: [Double](repeating: .nan, count: lp.columnCount), iterations: 0, seconds: elapsed(),
        primalInfeasibility: .nan, dualInfeasibility: .nan, relativeGap: .nan)
    }
    let presolveStart = ContinuousClock.now
    var form: StandardForm
    switch try StandardForm.make(lp, stages: stages, scalingPasses: settings.scalingPasses,
                                 parallel: settings.parallelSweeps) {
    case .primalInfeasible(let why): return trivial(.primalInfeasible, "presolve: " + why)
    case .dualInfeasible(let why): return trivial(.dualInfeasible, "presolve: " + why)
    case .reduced(let f): form = f
    }
    let setupStart = ContinuousClock.now
    var equations: any NormalEquations
    var backendName = "staged"
    let names = (lp.rowNames, lp.columnNames)
    if let s = stages {
      var general: GeneralNormalEquations? = nil
      var classes: StagedNormalEquations.RowClasses? = nil
      if choosing {
        let rows = try StagedNormalEquations.classify(form, originalNames: names)
        classes = rows
        let stagedFlops = StagedNormalEquations.estimatedFactorFlops(rows)
        if stagedFlops > Self.stagedFlopsWorthComparing * Double(max(s.stageCount, 1)) {
          let candidate = try GeneralNormalEquations(form.a, transposed: form.at)
          if candidate.factorFlops * Self.sparseFlopCost < stagedFlops { general = candidate }
        }
      }
      if let general {
        equations = general
        backendName = "general"
        // The sparse factor's supernodes are small on these LPs: a second BLAS thread would only spin.
        BLAS.setThreadCount(1)
      } else {
        equations = try StagedNormalEquations(form, structure: s, originalNames: names,
                                              parallel: settings.parallelSweeps, blocks: settings.stagedBlocks,
                                              classes: classes)
      }
    } else {
      equations = try GeneralNormalEquations(form.a, transposed: form.at)
      backendName = "general"
    }
    let core = try IPMCore(form: form, settings: settings)
    // The iterations use the core's 32-bit copies of A and A' (and the general backend its own references): this
    // copy's are freed before the first factorisation touches its memory, which can then reuse their pages.
    form.releaseMatrices()
    core.profile.add("presolve and scaling", since: presolveStart, until: setupStart)
    core.profile.add("setup", since: setupStart)
    core.profile.backend = backendName
    var outcome = core.run(equations: &equations, started: elapsed)
    // Map back.
    let (x, y) = form.recover(x: core.primal, y: core.dual, originalRows: lp.rowCount)
    // Reduced costs: the objective's gradient at x, c + Q x, minus A'y.
    var reduced = lp.objective
    for (j, q) in lp.quadratic.enumerated() where q != 0 { reduced[j] += q * x[j] }
    for i in 0..<lp.rowCount where y[i] != 0 {
      for (j, v) in lp.matrix.row(i) { reduced[j] -= v * y[i] }
    }
    if outcome.status == .optimal && form.rowCount == 0 && form.columnCount == 0 {
      outcome.reason = "solved by presolve"
    }
    return LPSolution(
      status: outcome.status, reason: outcome.reason, objective: lp.objectiveValue(x), x: x, rowDuals: y,
      reducedCosts: reduced, iterations: outcome.iterations, seconds: elapsed(),
      primalInfeasibility: outcome.primalInfeasibility, dualInfeasibility: outcome.dualInfeasibility,
      relativeGap: outcome.gap, profile: core.profile)
  }
}
