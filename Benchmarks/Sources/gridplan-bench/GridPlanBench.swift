import ArgumentParser
import Foundation
import LinearAlgebra
import LinearProgramming

/// `gridplan-bench`: benchmarks of GridPlan's solver against reference solvers. Not part of `make test`.
@main
struct GridPlanBench: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "gridplan-bench",
    abstract: "Benchmarks of GridPlan's LP solver (see Benchmarks/README.md).",
    subcommands: [LPBenchmark.self]
  )

  /// Huge pages on request, as `gridplan` has them (the HiGHS subprocesses inherit the setting too).
  static func main() {
    HugePages.reexecuteWithHugePagesIfAsked()
    main(nil)
  }
}

/// `gridplan-bench lp`: the synthetic hourly dispatch LP solved by GridPlan's staged interior-point solver and by
/// HiGHS (dual simplex and IPM, one thread each, in subprocesses).
struct LPBenchmark: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "lp",
    abstract: "Build the synthetic dispatch LP, write it as MPS, solve it with GridPlan and HiGHS, print a table.",
    discussion: """
      Writes OUT/synthetic-<hours>h.mps, .md (the table) and .json (all figures). GridPlan's peak memory in this mode
      is the process's VmHWM and includes building the LP and writing the MPS file; for a fair figure run
      `gridplan-bench lp --solve-only OUT/synthetic-<hours>h.mps` in a fresh process.
      """
  )

  @Option(help: "Hourly stages of the synthetic LP (at least 2).")
  var hours: Int = 8760

  @Option(help: "Random seed of the synthetic LP.")
  var seed: UInt64 = 1

  @Option(help: "Output directory.")
  var out: String = "Benchmarks/out"

  @Flag(help: "Do not run HiGHS.")
  var skipHighs = false

  @Flag(help: "Do not solve with GridPlan (only build, write and run HiGHS).")
  var skipGridplan = false

  @Option(help: "Only read this MPS file, derive stages from the names, solve it with GridPlan and report.")
  var solveOnly: String?

  @Option(help: "The HiGHS driver script.")
  var highsScript: String = "Scripts/highs_solve.py"

  @Option(help: "The Python interpreter for the HiGHS driver (default: $GRIDPLAN_PYTHON, else .venv/bin/python).")
  var python: String = ProcessInfo.processInfo.environment["GRIDPLAN_PYTHON"] ?? ".venv/bin/python"

  @Option(help: "Time limit in seconds for each HiGHS run.")
  var highsTimeLimit: Double?

  @Flag(help: "Print GridPlan's iteration log to standard error.")
  var progress = false

  func validate() throws {
    if hours < 2 { throw ValidationError("--hours must be at least 2 (got \(hours))") }
    if let limit = highsTimeLimit, !(limit > 0) { throw ValidationError("--highs-time-limit must be positive") }
  }

  func run() throws {
    if let file = solveOnly {
      try runSolveOnly(file)
      return
    }
    try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)

    say("Building the synthetic dispatch LP: \(hours) hours, seed \(seed) ...")
    let ((lp, structure), buildSeconds) = timed { SyntheticDispatch.build(hours: hours, seed: seed) }
    let size = "\(lp.rowCount) rows, \(lp.columnCount) columns, \(lp.matrix.nonzeroCount) nonzeros"
    say("  built in \(fixed(buildSeconds, 2)) s: \(size), \(structure.stageCount) stages")
    let (namesMatch, checkSeconds) = timed { StageStructure.fromNames(lp) == structure }
    guard namesMatch else { throw BenchError("the stage structure does not match StageStructure.fromNames") }
    say("  stage structure equals StageStructure.fromNames (checked in \(fixed(checkSeconds, 2)) s)")

    let base = "synthetic-\(hours)h"
    let mpsPath = (out as NSString).appendingPathComponent(base + ".mps")
    let (_, writeSeconds) = try timed { try MPS.write(lp, to: URL(fileURLWithPath: mpsPath), format: .free) }
    let mpsBytes = try? URL(fileURLWithPath: mpsPath).resourceValues(forKeys: [.fileSizeKey]).fileSize
    say("  wrote \(mpsPath) (\(fixed(Double(mpsBytes ?? 0) / 1e6, 1)) MB) in \(fixed(writeSeconds, 2)) s")

    var results: [SolverResult] = []
    if !skipGridplan {
      say("Solving with GridPlan (staged interior point) ...")
      let result = solveWithGridPlan(lp, structure: structure, name: "GridPlan IPM (staged)")
      say("  " + result.summary)
      results.append(result)
    }
    if !skipHighs {
      for solver in ["simplex", "ipm", "hipo"] {
        say("Solving with HiGHS \(solver) (one thread) ...")
        let result = runHighs(mpsPath, solver: solver)
        say("  " + result.summary)
        results.append(result)
      }
    }
    let reference = highsBest(results)
    let gridplanSeconds = results.first { $0.solver.hasPrefix("GridPlan") }?.solveSeconds
    for i in results.indices {
      if let ref = reference, let objective = results[i].objective {
        results[i].relDiffVsHighsBest = abs(objective - ref) / max(1, abs(ref))
      }
      if let g = gridplanSeconds, g > 0, let s = results[i].solveSeconds { results[i].speedUp = s / g }
    }

    var table = "LP: \(base) (seed \(seed)): \(size), \(structure.stageCount) stages\n\n"
    table += markdownTable(results)
    table += "\nrel. diff: |objective - HiGHS best| / max(1, |HiGHS best|), HiGHS best = the dual simplex objective "
    table += "(the IPM one if the simplex did not finish). speed-up: solve time / GridPlan's solve time "
    table += "(> 1: GridPlan is faster). Peak MB: GridPlan's VmHWM includes the LP build and MPS write; HiGHS's is "
    table += "ru_maxrss of its Python process. One thread each.\n"
    for r in results { if let n = r.note { table += "\nNote on \(r.solver): \(n)\n" } }
    say("")
    say(table)

    let record = BenchRecord(
      benchmark: "lp", lp: base, hours: hours, seed: seed, rows: lp.rowCount, columns: lp.columnCount,
      nonzeros: lp.matrix.nonzeroCount, stages: structure.stageCount, buildSeconds: buildSeconds,
      mpsFile: mpsPath, mpsBytes: mpsBytes, mpsWriteSeconds: writeSeconds, highsBestObjective: reference,
      results: results)
    let mdPath = (out as NSString).appendingPathComponent(base + ".md")
    let jsonPath = (out as NSString).appendingPathComponent(base + ".json")
    try table.write(toFile: mdPath, atomically: true, encoding: .utf8)
    try encodeJSON(record).write(to: URL(fileURLWithPath: jsonPath))
    say("Wrote \(mdPath) and \(jsonPath)")
  }

  /// `--solve-only FILE.mps`: read, derive stages from names, solve; peak RSS of this fresh process.
  func runSolveOnly(_ file: String) throws {
    say("Reading \(file) ...")
    let (lp, readSeconds) = try timed { try MPS.read(contentsOf: URL(fileURLWithPath: file)) }
    let structure = StageStructure.fromNames(lp)
    let size = "\(lp.rowCount) rows, \(lp.columnCount) columns, \(lp.matrix.nonzeroCount) nonzeros"
    say("  read in \(fixed(readSeconds, 2)) s: \(size), \(structure.stageCount) stages")
    var result = solveWithGridPlan(lp, structure: structure, name: "GridPlan IPM (staged, solve only)")
    result.readSeconds = readSeconds
    say("")
    say(markdownTable([result]))
    if let n = result.note { say("Note: \(n)") }
    say("Peak MB: VmHWM of this fresh process (reading the MPS file and the solve).")
    say(String(decoding: try encodeJSON(result, pretty: false), as: UTF8.self))
  }

  func solveWithGridPlan(_ lp: LinearProgram, structure: StageStructure, name: String) -> SolverResult {
    var settings = InteriorPointSettings()
    settings.backend = .staged(structure)
    if progress {
      settings.progress = { log in
        let line =
          "  it \(log.iteration): pobj \(log.primalObjective) pinf \(log.primalInfeasibility) "
          + "dinf \(log.dualInfeasibility) gap \(log.relativeGap) t \(fixed(log.seconds, 1)) s\n"
        FileHandle.standardError.write(Data(line.utf8))
      }
    }
    var result = SolverResult(solver: name, status: "error")
    do {
      let (solution, seconds) = try timed { try InteriorPointSolver(settings: settings).solve(lp) }
      result.status = solution.status.rawValue
      result.objective = solution.status == .optimal && solution.objective.isFinite ? solution.objective : nil
      result.iterations = solution.iterations
      result.solveSeconds = seconds
      if solution.status != .optimal { result.note = solution.reason }
    } catch {
      result.note = "\(error)"
    }
    result.peakMB = peakResidentMegabytes()
    return result
  }

  /// Runs `PYTHON Scripts/highs_solve.py MPS --solver S --threads 1` and parses the JSON line it prints last.
  func runHighs(_ mpsPath: String, solver: String) -> SolverResult {
    let titles = [
      "simplex": "HiGHS dual simplex", "ipm": "HiGHS IPM (no crossover)", "hipo": "HiGHS HiPO (no crossover)",
    ]
    let title = titles[solver] ?? "HiGHS \(solver)"
    var result = SolverResult(solver: title, status: "error")
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    var arguments = [python, highsScript, mpsPath, "--solver", solver, "--threads", "1"]
    if let limit = highsTimeLimit { arguments += ["--time-limit", "\(limit)"] }
    process.arguments = arguments
    let pipe = Pipe()
    process.standardOutput = pipe
    do {
      try process.run()
    } catch {
      result.note = "cannot run \(python) \(highsScript): \(error)"
      return result
    }
    let data = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    let text = String(decoding: data, as: UTF8.self)
    let lastLine = text.split(separator: "\n").last { $0.hasPrefix("{") }.map(String.init) ?? ""
    do {
      let decoder = JSONDecoder()
      decoder.keyDecodingStrategy = .convertFromSnakeCase
      let output = try decoder.decode(HighsOutput.self, from: Data(lastLine.utf8))
      result.status = output.status
      result.objective = output.objective
      result.iterations = output.iterations
      result.readSeconds = output.readSeconds
      result.solveSeconds = output.solveSeconds
      result.peakMB = output.peakRssMb
      result.note = output.error
      result.options = output.options
    } catch {
      result.note = "exit status \(process.terminationStatus); cannot parse the output '\(lastLine)': \(error)"
    }
    return result
  }
}

/// HiGHS' objective: the dual simplex one if it finished optimal, else the IPM one, else none.
func highsBest(_ results: [SolverResult]) -> Double? {
  let optimal = results.filter { $0.solver.hasPrefix("HiGHS") && $0.status == "optimal" && $0.objective != nil }
  return (optimal.first { $0.solver.contains("simplex") } ?? optimal.first)?.objective
}

/// One row of the results table.
struct SolverResult: Codable {
  var solver: String
  var status: String
  var objective: Double?
  var relDiffVsHighsBest: Double?
  var iterations: Int?
  var readSeconds: Double?
  var solveSeconds: Double?
  var peakMB: Double?
  var speedUp: Double?
  var options: [String: JSONValue]?
  var note: String?

  init(solver: String, status: String) {
    self.solver = solver
    self.status = status
  }

  var summary: String {
    var s = "\(status)"
    if let o = objective { s += ", objective \(scientific(o))" }
    if let i = iterations { s += ", \(i) iterations" }
    if let t = solveSeconds { s += ", \(fixed(t, 2)) s" }
    if let m = peakMB { s += ", peak \(fixed(m, 0)) MB" }
    if let n = note { s += " (\(n))" }
    return s
  }
}

/// The output line of Scripts/highs_solve.py.
struct HighsOutput: Decodable {
  var solver: String
  var status: String
  var objective: Double?
  var iterations: Int?
  var readSeconds: Double?
  var solveSeconds: Double?
  var peakRssMb: Double?
  var options: [String: JSONValue]?
  var error: String?
}

/// A JSON scalar (the option values passed to HiGHS).
enum JSONValue: Codable {
  case number(Double)
  case string(String)
  case bool(Bool)

  init(from decoder: Decoder) throws {
    let c = try decoder.singleValueContainer()
    if let b = try? c.decode(Bool.self) {
      self = .bool(b)
    } else if let d = try? c.decode(Double.self) {
      self = .number(d)
    } else {
      self = .string(try c.decode(String.self))
    }
  }

  func encode(to encoder: Encoder) throws {
    var c = encoder.singleValueContainer()
    switch self {
    case .number(let d): try c.encode(d)
    case .string(let s): try c.encode(s)
    case .bool(let b): try c.encode(b)
    }
  }
}

/// Everything measured by one `gridplan-bench lp` run (written as OUT/synthetic-<hours>h.json).
struct BenchRecord: Codable {
  var benchmark: String
  var lp: String
  var hours: Int
  var seed: UInt64
  var rows: Int
  var columns: Int
  var nonzeros: Int
  var stages: Int
  var buildSeconds: Double
  var mpsFile: String
  var mpsBytes: Int?
  var mpsWriteSeconds: Double
  var highsBestObjective: Double?
  var results: [SolverResult]
}

struct BenchError: Error, CustomStringConvertible {
  var description: String
  init(_ description: String) { self.description = description }
}

func markdownTable(_ results: [SolverResult]) -> String {
  var s = "| solver | status | objective | rel. diff vs HiGHS best | iterations | solve s | peak MB | speed-up |\n"
  s += "|---|---|---:|---:|---:|---:|---:|---:|\n"
  for r in results {
    let cells = [
      r.solver, r.status, r.objective.map { scientific($0) } ?? "–",
      r.relDiffVsHighsBest.map { String(format: "%.1e", $0) } ?? "–", r.iterations.map(String.init) ?? "–",
      r.solveSeconds.map { fixed($0, 2) } ?? "–", r.peakMB.map { fixed($0, 0) } ?? "–",
      r.speedUp.map { fixed($0, 2) + "×" } ?? "–",
    ]
    s += "| " + cells.joined(separator: " | ") + " |\n"
  }
  return s
}

/// The process's peak resident set size (VmHWM) in MB, or nil where /proc is not available.
func peakResidentMegabytes() -> Double? {
  guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return nil }
  for line in status.split(separator: "\n") where line.hasPrefix("VmHWM:") {
    let fields = line.split(separator: " ", omittingEmptySubsequences: true)
    if fields.count >= 2, let kB = Double(fields[1]) { return kB / 1024 }
  }
  return nil
}

/// Runs `body` and returns its value with the wall-clock seconds it took.
func timed<T>(_ body: () throws -> T) rethrows -> (T, Double) {
  let clock = ContinuousClock()
  let start = clock.now
  let value = try body()
  let d = clock.now - start
  return (value, Double(d.components.seconds) + Double(d.components.attoseconds) * 1e-18)
}

func fixed(_ x: Double, _ digits: Int) -> String { String(format: "%.\(digits)f", x) }

func scientific(_ x: Double) -> String { String(format: "%.10e", x) }

func encodeJSON<T: Encodable>(_ value: T, pretty: Bool = true) throws -> Data {
  let encoder = JSONEncoder()
  encoder.outputFormatting = pretty ? [.prettyPrinted, .sortedKeys] : [.sortedKeys]
  encoder.nonConformingFloatEncodingStrategy = .convertToString(
    positiveInfinity: "inf", negativeInfinity: "-inf", nan: "nan")
  return try encoder.encode(value)
}

/// Writes a line to standard output at once (unbuffered, so progress shows when the output is piped).
func say(_ line: String) {
  FileHandle.standardOutput.write(Data((line + "\n").utf8))
}
