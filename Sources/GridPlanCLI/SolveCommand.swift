import ArgumentParser
import Foundation
import LinearProgramming

/// `gridplan solve MODEL.mps`: solve any LP file.
struct SolveCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "solve",
    abstract: "Solve a linear program from an MPS file and print status, objective, iterations and time.",
    discussion: """
      The file may be free or fixed MPS (detected, or forced with --format). Maximisation (OBJSENSE MAX) is \
      supported; integer markers are rejected. A quadratic objective with a diagonal Q (QUADOBJ, QMATRIX or \
      QSECTION, each for 1/2 x'Qx) is solved as a separable convex QP; an off-diagonal entry is an error.

      With --staged the stage-structured backend is used: every row and column whose name ends in @<t> \
      (for example bal_ORD@17) belongs to stage t, and names without the suffix form the border. This is how \
      GridPlan's own exports carry their hourly structure.

      --solution writes a CSV with one line per column (kind=column, name, value, reduced_cost) and one per row \
      (kind=row, name, activity, dual).
      """
  )

  @Argument(help: "The LP in MPS format.", completion: .file(extensions: ["mps"]))
  var model: String

  @Option(help: "MPS dialect: free or fixed (default: detect).")
  var format: MPSFormat?

  @Flag(help: "Use the stage-structured backend with stages read from names ending in @<t>.")
  var staged = false

  @Option(help: "Write column values and row duals to this CSV file.")
  var solution: String?

  @Option(help: "Relative tolerance for primal and dual infeasibility and gap.")
  var tolerance: Double = 1e-8

  @OptionGroup var limits: SolverLimits

  @Option(help: "Gondzio centrality correctors per iteration (0 = plain Mehrotra).")
  var correctors: Int = InteriorPointSettings().centralityCorrectors

  @Flag(name: .shortAndLong, help: "Print the iteration log on stderr.")
  var verbose = false

  func validate() throws {
    guard tolerance > 0 && tolerance < 1 else {
      throw ValidationError("--tolerance \(tolerance) is out of range; allowed: 0 < tolerance < 1")
    }
  }

  func run() throws {
    let url = URL(fileURLWithPath: model)
    guard FileManager.default.fileExists(atPath: url.path) else {
      throw CommandFailure.badInput("no such file: \(model); allowed: an MPS file (free or fixed format)")
    }
    let lp: LinearProgram
    let readStart = Date()
    do {
      lp = try MPS.read(contentsOf: url, format: format)
    } catch {
      throw CommandFailure.from(error)
    }
    let readSeconds = Date().timeIntervalSince(readStart)
    var settings = limits.settings()
    settings.tolerance = tolerance
    settings.centralityCorrectors = max(0, correctors)
    if staged { settings.backend = .staged(StageStructure.fromNames(lp)) }
    if verbose {
      FileHandle.standardError.write(
        "iter        primal obj          dual obj    p.inf    d.inf      gap       mu  step p  step d   time\n"
          .data(using: .utf8)!)
      settings.progress = { log in
        let line = String(
          format: "%4d %17.9e %17.9e %8.1e %8.1e %8.1e %8.1e %7.4f %7.4f %6.2fs\n", log.iteration,
          log.primalObjective, log.dualObjective, log.primalInfeasibility, log.dualInfeasibility, log.relativeGap,
          log.mu, log.primalStep, log.dualStep, log.seconds)
        FileHandle.standardError.write(line.data(using: .utf8)!)
      }
    }
    let result: LPSolution
    do {
      result = try InteriorPointSolver(settings: settings).solve(lp)
    } catch {
      throw CommandFailure.from(error, context: model)
    }
    print("model:       \(model) (\(lp.rowCount) rows, \(lp.columnCount) columns, \(lp.matrix.nonzeroCount) nonzeros)")
    print("backend:     \(staged ? "staged (\(StageStructure.fromNames(lp).stageCount) stages)" : "general")")
    print("status:      \(result.status.rawValue) (\(result.reason))")
    print("objective:   \(String(format: "%.12g", result.objective))")
    print("iterations:  \(result.iterations)")
    print(String(format: "time:        %.3f s solve, %.3f s read", result.seconds, readSeconds))
    print(String(format: "accuracy:    primal %.2e, dual %.2e, gap %.2e (relative)", result.primalInfeasibility,
                 result.dualInfeasibility, result.relativeGap))
    if verbose {
      let phases = result.profile.seconds.sorted { $0.value > $1.value }
        .map { String(format: "%@ %.3f s", $0.key, $0.value) }.joined(separator: ", ")
      print("profile:     \(result.profile.backend) backend; \(phases); \(result.profile.factorisations) factorisations, "
        + "\(result.profile.solves) solves, "
        + "\(result.profile.correctors) correctors")
    }
    if let path = solution {
      do { try SolutionCSV.write(result, of: lp, to: URL(fileURLWithPath: path)) } catch {
        throw CommandFailure.from(error)
      }
      print("solution:    \(path)")
    }
    if result.status == .interrupted { throw ExitCode(GridPlanExitCode.interrupted.rawValue) }
    if result.status != .optimal { throw ExitCode(GridPlanExitCode.notSolved.rawValue) }
  }
}
