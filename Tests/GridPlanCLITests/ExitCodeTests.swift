import Foundation
import Plots
import Studies
import Testing

@testable import GridPlanCLI

/// The `gridplan` executable's exit codes and messages (`gridplan --help`, README "Exit codes"): a data error or a
/// failed study prints one message and no usage block; only a command-line mistake prints the usage (64).
@Suite("Exit codes", .serialized)
struct ExitCodeTests {
  static let root = RunCommandTests.root

  /// The `gridplan` executable `swift build` put beside the test bundle.
  static func executable() throws -> URL {
    var folder = Bundle.main.bundleURL
    for _ in 0..<4 {
      let candidate = folder.appendingPathComponent("gridplan")
      if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
      folder.deleteLastPathComponent()
    }
    throw TestFailure("no gridplan executable near \(Bundle.main.bundleURL.path): build it (swift build --build-tests)")
  }

  struct Run {
    var status: Int32
    var standardOutput: String
    var standardError: String
  }

  static func gridplan(_ arguments: [String]) throws -> Run {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("gridplan-exit-\(UUID())")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    let outURL = directory.appendingPathComponent("stdout")
    let errURL = directory.appendingPathComponent("stderr")
    FileManager.default.createFile(atPath: outURL.path, contents: nil)
    FileManager.default.createFile(atPath: errURL.path, contents: nil)
    let process = Process()
    process.executableURL = try executable()
    process.arguments = arguments
    process.standardInput = FileHandle.nullDevice
    process.standardOutput = try FileHandle(forWritingTo: outURL)
    process.standardError = try FileHandle(forWritingTo: errURL)
    try process.run()
    process.waitUntilExit()
    return Run(
      status: process.terminationStatus, standardOutput: try String(contentsOf: outURL, encoding: .utf8),
      standardError: try String(contentsOf: errURL, encoding: .utf8))
  }

  /// A copy of the three-bus example whose first generator has a negative capacity (line 38 of network.yaml).
  static func brokenNetwork() throws -> URL {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("gridplan-negative-\(UUID())")
    try FileManager.default.copyItem(at: URL(fileURLWithPath: RunCommandTests.example), to: folder)
    let file = folder.appendingPathComponent("network.yaml")
    let text = try String(contentsOf: file, encoding: .utf8)
    var lines = text.components(separatedBy: "\n")
    let index = try #require(lines.firstIndex { $0.contains("capacity_mw: 1200") })
    lines[index] = lines[index].replacingOccurrences(of: "capacity_mw: 1200", with: "capacity_mw: -500")
    try lines.joined(separator: "\n").write(to: file, atomically: true, encoding: .utf8)
    return folder
  }

  @Test func negativeCapacityIsBadInputWithoutUsage() throws {
    let network = try Self.brokenNetwork()
    let out = network.appendingPathComponent("results")
    defer { try? FileManager.default.removeItem(at: network) }
    let run = try Self.gridplan(["run", network.path, "--out", out.path])
    #expect(run.status == GridPlanExitCode.badInput.rawValue)
    #expect(run.status == 1)
    let lines = run.standardError.split(separator: "\n")
    #expect(lines.count == 1, "one message: \(run.standardError)")
    let message = try #require(lines.first)
    #expect(message.contains("network.yaml:38:"), "names the file and line: \(message)")
    #expect(message.contains("capacity_mw") && message.contains("-500") && message.contains("allowed"), "\(message)")
    #expect(!run.standardError.contains("Usage") && !run.standardError.contains("USAGE"))
    #expect(!FileManager.default.fileExists(atPath: out.path), "no half-written results")
  }

  @Test func missingNetworkFolderIsBadInput() throws {
    let run = try Self.gridplan(["run", "/nonexistent/network", "--quiet"])
    #expect(run.status == 1)
    #expect(run.standardError.contains("/nonexistent/network") && !run.standardError.contains("Usage"))
  }

  @Test func infeasibleLPIsNotSolved() throws {
    let mps = Self.root.appendingPathComponent("Tests/LinearProgrammingTests/Fixtures/lp/infeasible-energy.mps")
    let run = try Self.gridplan(["solve", mps.path, "--staged"])
    #expect(run.status == GridPlanExitCode.notSolved.rawValue)
    #expect(run.standardOutput.contains("primal_infeasible"), "\(run.standardOutput)")
    #expect(!run.standardError.contains("Usage"))
  }

  @Test func unreadableMPSFileIsBadInput() throws {
    let file = FileManager.default.temporaryDirectory.appendingPathComponent("gridplan-bad-\(UUID()).mps")
    try "NAME x\nROWS\n Q bad\nENDATA\n".write(to: file, atomically: true, encoding: .utf8)
    defer { try? FileManager.default.removeItem(at: file) }
    let run = try Self.gridplan(["solve", file.path])
    #expect(run.status == 1)
    #expect(run.standardError.contains(file.lastPathComponent) && !run.standardError.contains("Usage"),
            "\(run.standardError)")
  }

  @Test func commandLineMistakesAreUsageErrors() throws {
    let unknownOption = try Self.gridplan(["run", "--no-such-option"])
    #expect(unknownOption.status == GridPlanExitCode.usage.rawValue)
    #expect(unknownOption.standardError.contains("Usage"))
    let badMethod = try Self.gridplan(["size", "--at", "XLG", "--target", "unserved==0", "--method", "fastest"])
    #expect(badMethod.status == 64)
    #expect(badMethod.standardError.contains("'auto', 'lp' or 'search'"), "\(badMethod.standardError)")
  }

  @Test func timeLimitIsNotSolvedWithoutResults() throws {
    let out = FileManager.default.temporaryDirectory.appendingPathComponent("gridplan-limit-\(UUID())")
    defer { try? FileManager.default.removeItem(at: out) }
    let run = try Self.gridplan(["run", RunCommandTests.example, "--time-limit", "1e-9", "--out", out.path])
    #expect(run.status == GridPlanExitCode.notSolved.rawValue)
    #expect(run.standardError.contains("time_limit") && run.standardError.contains("primal infeasibility"),
            "\(run.standardError)")
    #expect(!FileManager.default.fileExists(atPath: out.path))
    let iterations = try Self.gridplan(["run", RunCommandTests.example, "--max-iterations", "2", "--out", out.path])
    #expect(iterations.status == 2 && iterations.standardError.contains("iteration_limit"), "\(iterations)")
    let bad = try Self.gridplan(["run", RunCommandTests.example, "--time-limit", "0"])
    #expect(bad.status == 64 && bad.standardError.contains("seconds > 0"), "\(bad.standardError)")
  }

  /// Ctrl-C during a long study: the solver stops at its next iteration, no results folder is left, exit 130.
  @Test func interruptStopsCleanly() throws {
    let out = FileManager.default.temporaryDirectory.appendingPathComponent("gridplan-interrupt-\(UUID())")
    defer { try? FileManager.default.removeItem(at: out) }
    let process = Process()
    process.executableURL = try Self.executable()
    // 3,000 hours of the default network: long enough in a debug build that the interrupt lands before the end.
    process.arguments = ["run", RunCommandTests.innerMongolia, "--hours", "3000", "--out", out.path, "--quiet"]
    process.standardInput = FileHandle.nullDevice
    process.standardOutput = FileHandle.nullDevice
    let errors = Pipe()
    process.standardError = errors
    try process.run()
    Thread.sleep(forTimeInterval: 1.5)
    let stillRunning = process.isRunning
    process.interrupt()
    let text = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    try #require(stillRunning, "the study ended before the interrupt")
    #expect(process.terminationStatus == GridPlanExitCode.interrupted.rawValue, "\(text)")
    #expect(text.contains("interrupted"), "\(text)")
    #expect(!FileManager.default.fileExists(atPath: out.path))
  }

  @Test func helpListsTheExitCodes() throws {
    let run = try Self.gridplan(["--help"])
    #expect(run.status == 0)
    for code in GridPlanExitCode.allCases {
      #expect(run.standardOutput.contains("\n  \(code.rawValue) "), "exit code \(code.rawValue) in --help")
    }
  }

  @Test func unreadableResultsFolderIsBadInput() throws {
    let run = try Self.gridplan(["plot", "/nonexistent/results", "--network", RunCommandTests.example])
    #expect(run.status == 1, "\(run.standardError)")
    #expect(run.standardError.contains("/nonexistent/results") && !run.standardError.contains("Usage"))
  }

  /// A study whose LP was not solved, or targets out of reach, exit 2; reading errors exit 1.
  @Test func failuresAreClassified() throws {
    let notSolved = CommandFailure.from(StudyError.notSolved("primal_infeasible", "no feasible point"))
    #expect((notSolved as? CommandFailure)?.code == .notSolved)
    let cannotMeet = CommandFailure.from(SizingError.cannotMeet("curtailment 0.2 > 0.1", points: []))
    #expect((cannotMeet as? CommandFailure)?.code == .notSolved)
    let unreadable = CommandFailure.from(PlotInputError.missingFile("summary.csv"))
    #expect((unreadable as? CommandFailure)?.code == .badInput)
  }

  /// In-process: the failure a negative capacity throws is a `CommandFailure` with the bad-input code.
  @Test func dataErrorsAreCommandFailures() throws {
    var command = try GridPlanCommand.parseAsRoot([
      "run", RunCommandTests.example, "--set", "generators[A-coal].capacity_mw=-5", "--quiet",
    ])
    let failure = #expect(throws: CommandFailure.self) { try command.run() }
    #expect(failure?.code == .badInput)
  }
}
