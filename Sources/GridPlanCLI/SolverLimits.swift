import ArgumentParser
import Foundation
import LinearProgramming

/// The limits a user can set on every solve of a command (`--time-limit`, `--max-iterations`), and the Ctrl-C stop.
struct SolverLimits: ParsableArguments {
  @Option(help: ArgumentHelp(
    "Stop each solve after this many seconds (status time_limit, exit code 2; the last iterate's accuracy is "
      + "reported).", valueName: "SECONDS"))
  var timeLimit: Double?

  @Option(help: "Stop each solve after this many interior-point iterations (status iteration_limit, exit code 2).")
  var maxIterations: Int = InteriorPointSettings().maxIterations

  func validate() throws {
    if let t = timeLimit, !(t > 0) { throw ValidationError("--time-limit \(t) is not allowed; allowed: seconds > 0") }
    if maxIterations <= 0 {
      throw ValidationError("--max-iterations \(maxIterations) is not allowed; allowed: a positive number")
    }
  }

  /// Solver settings with these limits and a stop request on Ctrl-C (``Interruption``; the handler is installed by
  /// the executable's `main`, so a command run in-process stops only when something else sets the request).
  func settings(_ base: InteriorPointSettings = InteriorPointSettings()) -> InteriorPointSettings {
    var s = base
    s.timeLimitSeconds = timeLimit
    s.maxIterations = maxIterations
    s.shouldStop = Interruption.requested
    return s
  }
}

/// Ctrl-C (SIGINT) during a solve: the first one asks the solver to stop before its next iteration, so that the
/// command ends cleanly (no results folder is half written, a sweep keeps every point it finished) with exit code
/// 130; a second one ends the process at once.
enum Interruption {
  private static let state = InterruptionState()

  /// Installs the handler (once per process; only the executable's entry point calls this).
  static func install() { state.install() }

  /// The question the solver asks before each iteration: has Ctrl-C been pressed?
  static let requested: @Sendable () -> Bool = { state.requested }
}

final class InterruptionState: @unchecked Sendable {
  private let lock = NSLock()
  private var installed = false
  private var flag = false
  private var source: DispatchSourceSignal?

  var requested: Bool {
    lock.lock()
    defer { lock.unlock() }
    return flag
  }

  func install() {
    lock.lock()
    defer { lock.unlock() }
    guard !installed else { return }
    installed = true
    signal(SIGINT, SIG_IGN)
    let source = DispatchSource.makeSignalSource(signal: SIGINT, queue: .global())
    source.setEventHandler { [self] in
      lock.lock()
      let again = flag
      flag = true
      lock.unlock()
      if again { _exit(GridPlanExitCode.interrupted.rawValue) }
      FileHandle.standardError.write(Data("\ninterrupt: stopping after the current iteration (Ctrl-C again to quit)\n".utf8))
    }
    source.resume()
    self.source = source
  }
}
