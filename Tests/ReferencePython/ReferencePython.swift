import Foundation

/// The Python interpreter and scripts that the reference tests (HiGHS, PyPSA) run, found in one place.
///
/// The interpreter is `$GRIDPLAN_PYTHON` when it is set (the Makefile sets it to the project's `.venv/bin/python`,
/// which holds the pinned packages of `Scripts/requirements.txt`), else `.venv/bin/python` in the package when it
/// exists, else `python3` on the PATH.
///
/// Under `make test` (`GRIDPLAN_PYTHON` set) the reference tests are required: a missing package is a test failure
/// with Python's message, not a skip. Without it (a bare `swift test`), tests whose packages are missing are skipped.
///
/// A reference script prints one JSON object as the last line of its standard output; anything before it (a
/// banner, warnings) is ignored. A script that fails, or prints no JSON object last, gives a `ReferenceFailure`
/// carrying its exit status and standard error, so the test fails with Python's own message.
public enum ReferencePython {
  /// The package root (this file is `Tests/ReferencePython/ReferencePython.swift`).
  public static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()

  /// Whether the environment asks for the reference tests (set by `make test`).
  public static let required: Bool = {
    guard let value = ProcessInfo.processInfo.environment["GRIDPLAN_PYTHON"] else { return false }
    return !value.isEmpty
  }()

  /// The interpreter's path or name, as described above.
  public static let interpreter: String = {
    if let value = ProcessInfo.processInfo.environment["GRIDPLAN_PYTHON"], !value.isEmpty { return value }
    let venv = root.appendingPathComponent(".venv/bin/python").path
    if FileManager.default.isExecutableFile(atPath: venv) { return venv }
    return "python3"
  }()

  /// A script of `Scripts/`, by file name.
  public static func script(_ name: String) -> String { root.appendingPathComponent("Scripts/\(name)").path }

  /// What one run of the interpreter left.
  public struct Output: Sendable {
    public var status: Int32
    public var standardOutput: String
    public var standardError: String
  }

  /// Runs the interpreter with the arguments; standard output and standard error go to temporary files (so neither
  /// pipe can fill and block the script), read once it has exited. A launch failure is status -1 with its reason.
  public static func run(_ arguments: [String]) -> Output {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("gridplan-python-\(UUID())")
    defer { try? FileManager.default.removeItem(at: directory) }
    do {
      try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
      let outURL = directory.appendingPathComponent("stdout")
      let errURL = directory.appendingPathComponent("stderr")
      FileManager.default.createFile(atPath: outURL.path, contents: nil)
      FileManager.default.createFile(atPath: errURL.path, contents: nil)
      let out = try FileHandle(forWritingTo: outURL)
      let err = try FileHandle(forWritingTo: errURL)
      let process = Process()
      process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
      process.arguments = [interpreter] + arguments
      process.standardInput = FileHandle.nullDevice
      process.standardOutput = out
      process.standardError = err
      try process.run()
      process.waitUntilExit()
      try? out.close()
      try? err.close()
      return Output(
        status: process.terminationStatus,
        standardOutput: (try? String(contentsOf: outURL, encoding: .utf8)) ?? "",
        standardError: (try? String(contentsOf: errURL, encoding: .utf8)) ?? "")
    } catch {
      return Output(status: -1, standardOutput: "", standardError: "cannot run \(interpreter): \(error)")
    }
  }

  /// Whether the interpreter imports every module (checked once per set of modules and process).
  public static func has(_ modules: [String]) -> Bool {
    let key = modules.joined(separator: ",")
    return cache.withLock { known in
      if let value = known[key] { return value }
      let value = run(["-c", "import " + key]).status == 0
      known[key] = value
      return value
    }
  }

  private static let cache = Locked<[String: Bool]>([:])

  /// Whether a test needing these modules runs: always under `make test`, else only when they import.
  public static func enabled(_ modules: String...) -> Bool { required || has(modules) }

  /// Runs a script (or `-c CODE`) and returns the JSON object on the last non-empty line of its standard output.
  public static func json(_ arguments: [String]) throws -> [String: Any] {
    let output = run(arguments)
    let lastLine = output.standardOutput.split(separator: "\n").last { !$0.allSatisfy(\.isWhitespace) }
    guard output.status == 0, let line = lastLine,
      let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
    else {
      throw ReferenceFailure(arguments: arguments, output: output)
    }
    return object
  }
}

/// A reference script that failed or printed no JSON object last: its command, exit status, standard error and the
/// end of its standard output.
public struct ReferenceFailure: Error, CustomStringConvertible {
  public var arguments: [String]
  public var output: ReferencePython.Output

  public var description: String {
    let command = ([ReferencePython.interpreter] + arguments.map { $0.count > 80 ? "<code>" : $0 })
      .joined(separator: " ")
    return """
      \(command) exited with status \(output.status) \
      \(output.status == 0 ? "but printed no JSON object on its last line" : "")
      standard error:
      \(output.standardError.suffix(4000))
      standard output (end):
      \(output.standardOutput.suffix(1000))
      """
  }
}

/// A value behind a lock, for the module cache (tests run in parallel).
final class Locked<Value>: @unchecked Sendable {
  private var value: Value
  private let lock = NSLock()
  init(_ value: Value) { self.value = value }
  func withLock<R>(_ body: (inout Value) -> R) -> R {
    lock.lock()
    defer { lock.unlock() }
    return body(&value)
  }
}
