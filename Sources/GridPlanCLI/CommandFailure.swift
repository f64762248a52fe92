import ArgumentParser
import Foundation
import LinearProgramming
import Plots
import Studies

/// The exit codes of `gridplan`, as `gridplan --help` and the README list them.
public enum GridPlanExitCode: Int32, CaseIterable, Sendable {
  /// Done.
  case success = 0
  /// An input file or folder (network, scenario, profile, MPS file, MATPOWER case, sweep table, results folder)
  /// cannot be read, does not validate, or an output cannot be written.
  case badInput = 1
  /// The study or solve did not reach an optimum (infeasible, unbounded, iteration limit, numerical failure), or
  /// `size`'s targets cannot be met.
  case notSolved = 2
  /// A mistake in the command line itself (unknown option, missing argument, a value outside the allowed set):
  /// ArgumentParser's usage error, printed with the usage.
  case usage = 64
  /// Stopped by Ctrl-C (128 + SIGINT, the shells' convention).
  case interrupted = 130

  /// The lines of `gridplan --help` that list the codes.
  static let help = """
    Exit codes:
      0   done
      1   bad input: a file that cannot be read or written, or data that does not
          validate (the message names file, line, field, value, what is allowed)
      2   no optimum: infeasible, unbounded, iteration or numerical limit, or
          targets of `size` that cannot be met
      64  a mistake in the command line itself (printed with the usage)
      130 stopped by Ctrl-C (no partial results; a sweep keeps its finished points)
    """
}

/// A failure of the input data or of a study, not of the command line: `gridplan` prints its message alone (no
/// usage block) and exits with the failure's own code.
struct CommandFailure: Error, CustomStringConvertible {
  var code: GridPlanExitCode
  var message: String

  var description: String { message }

  static func badInput(_ message: String) -> CommandFailure { CommandFailure(code: .badInput, message: message) }
  static func notSolved(_ message: String) -> CommandFailure { CommandFailure(code: .notSolved, message: message) }

  /// An error from the libraries, classified: an LP that was not solved or targets that cannot be met are
  /// `notSolved`; everything else (reading, validating, writing) is `badInput`. A `CommandFailure` or an
  /// ArgumentParser error (a usage mistake found late) passes through unchanged.
  static func from(_ error: Error, context: String? = nil) -> Error {
    if error is CommandFailure || error is ValidationError || error is ExitCode { return error }
    let text = context.map { "\($0): \(error)" } ?? String(describing: error)
    switch error {
    case StudyError.notSolved(let status, _) where status == SolveStatus.interrupted.rawValue:
      return CommandFailure(code: .interrupted, message: text)
    case SizingError.notSolved(.interrupted, _):
      return CommandFailure(code: .interrupted, message: text)
    case StudyError.notSolved: return notSolved(text)
    case SizingError.notSolved, SizingError.cannotMeet: return notSolved(text)
    default: return badInput(text)
    }
  }
}

extension GridPlanCommand {
  /// Parses the command line and runs the command. A `CommandFailure` prints `Error: MESSAGE` on standard error and
  /// exits with its code; every other error goes to ArgumentParser (a usage error prints the usage and exits 64).
  public static func main() {
    // The process's Ctrl-C handling belongs to the process: tests that run commands in-process keep SIGINT's default.
    Interruption.install()
    let status = runReportingFailures(Array(CommandLine.arguments.dropFirst()))
    if status != GridPlanExitCode.success.rawValue { Foundation.exit(status) }
  }

  /// What `main()` does, returning the exit status instead of exiting for a `CommandFailure` (for tests);
  /// ArgumentParser's own errors still exit through `exit(withError:)`.
  static func runReportingFailures(_ arguments: [String]) -> Int32 {
    do {
      var command = try parseAsRoot(arguments)
      try command.run()
      return GridPlanExitCode.success.rawValue
    } catch let failure as CommandFailure {
      FileHandle.standardError.write(Data("Error: \(failure.message)\n".utf8))
      return failure.code.rawValue
    } catch {
      exit(withError: error)
    }
  }
}

// Options with a fixed set of values are parsed by ArgumentParser, which lists the allowed values in the help and
// in its error message.
extension Sizing.Method: ExpressibleByArgument {}
extension MPSFormat: ExpressibleByArgument {}
extension SweepCurves.XAxis: ExpressibleByArgument {}
