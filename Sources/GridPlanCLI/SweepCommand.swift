import ArgumentParser
import Foundation
import GridIO
import Studies

/// `gridplan sweep`: a grid of storage sizes, solved in parallel, resumable and shardable.
struct SweepCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "sweep",
    abstract: "Run the dispatch study for a grid of storage sizes (power x duration) at buses or groups of buses.",
    discussion: """
      Every point adds a battery (efficiency 0.92 each way, cyclic) of the given total power and duration, split \
      equally over the buses of its group, solves the full dispatch and writes one row of OUT/sweep.csv with every \
      KPI of summary.csv as a column named metric[component] (unit). Points run in parallel (--jobs, default all \
      cores, each solve on one thread).

      Resuming: points already in the output table are skipped, and the table is rewritten after every point \
      (through a temporary file), so rerunning the same command after a crash finishes the sweep.

      Sharding: --shard I/N runs the points whose index is I modulo N (I from 0), for a Slurm job array \
      (--shard $SLURM_ARRAY_TASK_ID/N) or a Kubernetes indexed job (--shard $JOB_COMPLETION_INDEX/N); each shard \
      writes its own table and `gridplan merge` joins them into the table one unsharded sweep writes.

      Examples:
        gridplan sweep --at ORD --at XLG,ULQ --power 0,2000,4000 --duration 2,4
        gridplan sweep --file sweep.yaml --out Results/sweep-bases
        gridplan sweep --at ORD --power 0,1000,2000,4000 --duration 4 --shard 0/4 --out Results/sweep/shard-0
        gridplan merge Results/sweep/shard-*/sweep.csv --out Results/sweep/sweep.csv
      """
  )

  @OptionGroup var study: StudyOptions

  @OptionGroup var limits: SolverLimits

  @Option(help: "A bus, or a comma-separated group of buses, to add storage at (repeatable).")
  var at: [String] = []

  @Option(help: "Total power of the added storage, MW, comma-separated list.")
  var power: String?

  @Option(help: "Duration of the added storage, hours, comma-separated list.")
  var duration: String?

  @Option(help: "A sweep YAML file (at, power_mw, duration_h, and optionally network, scenario, hours, start).")
  var file: String?

  @Option(help: "Output folder (default Results/sweep-<network>).")
  var out: String?

  @Option(help: "Run only shard I of N (I from 0 to N-1).")
  var shard: String?

  @Option(help: "Points solved at once (default: the number of cores).")
  var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

  @Flag(name: .shortAndLong, help: "No progress lines.")
  var quiet = false

  static func numbers(_ text: String, _ option: String) throws -> [Double] {
    try text.split(separator: ",").map {
      guard let v = Double($0.trimmingCharacters(in: .whitespaces)), v.isFinite, v >= 0 else {
        throw ValidationError("\(option) has '\($0)'; allowed: comma-separated numbers >= 0, e.g. 0,1000,2000")
      }
      return v
    }
  }

  func run() throws {
    var groups = at.map { $0.split(separator: ",").map { String($0).trimmingCharacters(in: .whitespaces) } }
    var powers = try power.map { try Self.numbers($0, "--power") } ?? []
    var durations = try duration.map { try Self.numbers($0, "--duration") } ?? []
    var folder = study.network
    var scen = study.scenario
    var fileScenario: String? = nil
    var h = study.hours
    var s = study.start
    if let f = file {
      let spec: SweepFile
      do { spec = try SweepFile.read(URL(fileURLWithPath: f)) } catch { throw CommandFailure.from(error) }
      if groups.isEmpty { groups = spec.at }
      if powers.isEmpty { powers = spec.powerMW }
      if durations.isEmpty { durations = spec.durationH }
      folder = spec.network ?? folder
      fileScenario = spec.scenario
      h = h ?? spec.hours
      s = s ?? spec.start
    }
    if durations.contains(0) { throw ValidationError("--duration 0 is not allowed; allowed: hours > 0") }
    guard !groups.isEmpty, !powers.isEmpty, !durations.isEmpty else {
      throw ValidationError("a sweep needs --at, --power and --duration (or a --file with at, power_mw, duration_h)")
    }
    var shardPair: (Int, Int)? = nil
    if let sh = shard {
      let parts = sh.split(separator: "/").compactMap { Int($0) }
      guard parts.count == 2, parts[1] > 0, parts[0] >= 0, parts[0] < parts[1] else {
        throw ValidationError("--shard '\(sh)' is not allowed; allowed: I/N with 0 <= I < N, e.g. 0/4")
      }
      shardPair = (parts[0], parts[1])
    }
    let networkURL = URL(fileURLWithPath: folder)
    let outFolder = URL(fileURLWithPath: out ?? "Results/sweep-\(networkURL.lastPathComponent)")
    if scen.isEmpty, let f = fileScenario { scen = [f] }
    let spec = SweepSpec(networkFolder: networkURL, scenarios: scen, overrides: study.overrides, start: s, hours: h,
                         groups: groups, powersMW: powers, durationsH: durations)
    let table = outFolder.appendingPathComponent("sweep.csv")
    let report: (@Sendable (String) -> Void)? = quiet ? nil : { @Sendable line in
      FileHandle.standardError.write((line + "\n").data(using: .utf8)!)
    }
    let outcome: Sweep.Outcome
    do {
      outcome = try Sweep.run(
        spec, output: table, shard: shardPair, jobs: max(1, jobs), settings: limits.settings(), progress: report)
    } catch let error as SweepError {
      // A bus or shard the command line named wrongly is a usage error; a sweep table that cannot be read is not.
      if case .badTable = error { throw CommandFailure.badInput(error.description) }
      throw ValidationError(error.description)
    } catch {
      throw CommandFailure.from(error)
    }
    print(String(format: "sweep: %d points solved, %d already in the table, %.1f s (%.1f s per point, %d at once)",
                 outcome.solved, outcome.skipped, outcome.seconds,
                 outcome.solved > 0 ? outcome.seconds / Double(outcome.solved) : 0, max(1, jobs)))
    print("table: \(table.path) (\(outcome.table.rows.count) rows)")
  }
}

/// `gridplan merge`: joins sweep tables (shards) into one.
struct MergeCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "merge",
    abstract: "Join sweep tables written by sharded sweeps into one sweep.csv.",
    discussion: "A point found in several tables must have the same values in each; rows come out in grid order."
  )

  @Argument(help: "sweep.csv files to join.")
  var tables: [String]

  @Option(help: "Output table.")
  var out: String

  func run() throws {
    guard !tables.isEmpty else { throw ValidationError("give at least one sweep.csv to merge") }
    do {
      let parts = try tables.map { path -> SweepTable in
        guard FileManager.default.fileExists(atPath: path) else {
          throw CommandFailure.badInput("\(path): no such file; allowed: a sweep.csv written by gridplan sweep")
        }
        return try SweepTable.read(URL(fileURLWithPath: path))
      }
      let merged = try SweepTable.merge(parts)
      try merged.write(to: URL(fileURLWithPath: out))
      print("merged \(tables.count) tables: \(merged.rows.count) points -> \(out)")
    } catch {
      throw CommandFailure.from(error)
    }
  }
}
