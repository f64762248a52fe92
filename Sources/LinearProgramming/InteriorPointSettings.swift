import Foundation

/// Which linear-system backend the interior-point solver uses for its normal equations.
public enum LinearSystemBackend: Sendable, Equatable {
  /// Sparse normal equations with a fill-reducing ordering (approximate minimum degree or nested dissection) and a
  /// supernodal sparse Cholesky factorisation (SuiteSparse's CHOLMOD). Works for any LP.
  case general
  /// Stage-structured normal equations: dense per-stage blocks, a block-tridiagonal chain between neighbouring
  /// stages and a small dense border for rows or columns that touch many stages.
  case staged(StageStructure)
  /// Whichever of the two costs less on this LP, by a count of the floating-point operations of one factorisation
  /// (see ``InteriorPointSolver``): the staged backend for stage blocks of up to about a hundred rows (dispatch
  /// without unit commitment), the general one where the blocks grow large and the sparse factor stays sparse (unit
  /// commitment: hundreds of rows per hour that an ordering across hours mostly eliminates without fill).
  case automatic(StageStructure)
}

extension LinearSystemBackend {
  /// The stage structure of a staged or automatic backend (nil for the general one).
  public var stages: StageStructure? {
    switch self {
    case .general: return nil
    case .staged(let s), .automatic(let s): return s
    }
  }

  /// The same kind of backend for another stage structure (an auxiliary LP with more columns).
  func withStages(_ s: StageStructure) -> LinearSystemBackend {
    switch self {
    case .general: return .general
    case .staged: return .staged(s)
    case .automatic: return .automatic(s)
    }
  }
}

/// How the staged backend factors each stage's block of the normal equations.
public enum StagedBlocks: String, Sendable, CaseIterable {
  /// Dense blocks: one dense Cholesky of each stage's whole block.
  case dense
  /// Sparse leading rows: the rows of a stage that touch no other stage are eliminated by a sparse Cholesky whose
  /// symbolic analysis is done once per block pattern, and the chain works on the dense Schur complement of the
  /// remaining (coupling) rows.
  case sparse
  /// Whichever of the two a timed trial on the largest stage block at set-up finds faster.
  case automatic

  /// The choice named by the environment variable GRIDPLAN_STAGED_BLOCKS (dense, sparse or automatic), if any.
  public static var fromEnvironment: StagedBlocks? {
    guard let name = getenv("GRIDPLAN_STAGED_BLOCKS") else { return nil }
    return StagedBlocks(rawValue: String(cString: name))
  }
}

/// Settings of ``InteriorPointSolver``; every value has a default that suits dispatch LPs.
public struct InteriorPointSettings: Sendable {
  /// Stop when relative primal infeasibility, dual infeasibility and gap are all at most this. Default 1e-8.
  public var tolerance: Double = 1e-8
  /// Give up with `.iterationLimit` after this many iterations. Default 200.
  public var maxIterations: Int = 200
  /// Give up with `.timeLimit` once the solve has run this many seconds (checked before each iteration; the
  /// iterate then reached is returned with its accuracy). Default nil: no limit.
  public var timeLimitSeconds: Double? = nil
  /// Asked before each iteration; `true` stops the solve with `.interrupted` (a Ctrl-C handler sets it). Default nil.
  public var shouldStop: (@Sendable () -> Bool)? = nil
  /// The normal-equations backend. Default `.general`.
  public var backend: LinearSystemBackend = .general
  /// Gondzio centrality correctors tried per iteration after Mehrotra's (each one solve; kept while it lengthens the
  /// step). Default 0 (plain Mehrotra predictor-corrector): on the year-long dispatch LPs two correctors cut the
  /// iterations by about 20% but cost more in solves than they save in factorisations.
  public var centralityCorrectors: Int = 0
  /// Fraction of the distance to the boundary taken by each step. Default 0.995.
  public var stepFraction: Double = 0.995
  /// Dual regularisation added to the diagonal of the normal equations (scaled problem). Default 1e-10.
  public var dualRegularisation: Double = 1e-10
  /// Primal regularisation added to the diagonal of the scaling matrix (scaled problem). Default 1e-10.
  public var primalRegularisation: Double = 1e-10
  /// Steps of iterative refinement on each normal-equations solve, at most. Default 10.
  public var refinementSteps: Int = 10
  /// Iterative refinement stops once the normal-equations residual is at most this times the right-hand side's
  /// largest entry. Default 1e-10.
  public var refinementTolerance: Double = 1e-10
  /// Use two threads: the staged backend factors and solves the stage chain from both ends at once (OpenBLAS is then
  /// set to one thread for the process), and long vector loops run in two halves. Default true. Turn off when
  /// running several solves in parallel (a sweep), so that each solve stays on one thread.
  public var parallelSweeps: Bool = true
  /// How the staged backend factors its stage blocks. Default `.dense` (or GRIDPLAN_STAGED_BLOCKS when set).
  public var stagedBlocks: StagedBlocks = StagedBlocks.fromEnvironment ?? .dense
  /// Passes of Ruiz equilibration of the constraint matrix. 0 turns scaling off. Default 10.
  public var scalingPasses: Int = 10
  /// Called after every iteration with a short progress record; nil for silence.
  public var progress: (@Sendable (IterationLog) -> Void)? = nil

  public init() {}
}

/// One line of the iteration log.
public struct IterationLog: Sendable {
  public var iteration: Int
  public var primalObjective: Double
  public var dualObjective: Double
  public var primalInfeasibility: Double
  public var dualInfeasibility: Double
  public var relativeGap: Double
  public var mu: Double
  public var primalStep: Double
  public var dualStep: Double
  public var seconds: Double
}
