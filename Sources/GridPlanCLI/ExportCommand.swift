import ArgumentParser
import DispatchModel
import Foundation
import GridIO
import GridModel
import LinearProgramming

/// What `gridplan export` writes.
enum ExportFormat: String, CaseIterable, ExpressibleByArgument {
  /// A PyPSA 1.4 CSV folder (docs/pypsa.md).
  case pypsa
  /// The dispatch LP that `gridplan run` solves, in free MPS.
  case mps
}

/// `gridplan export --format pypsa|mps [NETWORK] OUT`: the network of a study horizon for other tools.
struct ExportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "export",
    abstract: "Export a network for a study horizon as a PyPSA CSV folder or as the dispatch LP in MPS.",
    discussion: """
      Reads NETWORK (default Networks/inner-mongolia) with the same scenario, --set overrides and horizon \
      (--start, --hours) as `gridplan run`, and writes OUT:

        --format pypsa   OUT is a folder (replaced as a whole): buses.csv, carriers.csv, lines.csv, links.csv, \
      generators.csv, storage_units.csv, loads.csv, global_constraints.csv, snapshots.csv, network.csv and the \
      time-varying tables (generators-p_max_pu.csv, generators-p_min_pu.csv, loads-p_set.csv, links-p_min_pu.csv). \
      In PyPSA 1.4: n = pypsa.Network(); n.import_from_csv_folder(OUT); n.optimize(solver_name="highs") gives \
      the objective of `gridplan run` (load shedding, export sales and schedule shortfalls are helper generators; \
      the mapping is in docs/pypsa.md). Scripts/pypsa_optimize.py OUT does this and prints JSON.
        --format mps     the LP `gridplan run` solves, in free MPS, with the objective constant as the objective \
      row's RHS and every hourly row and column named NAME@HOUR: OUT/model.mps, or OUT itself when it ends in \
      .mps. `gridplan solve OUT --staged` (or HiGHS) solves it to run's total cost.

      Examples:
        gridplan export --format pypsa out/pypsa-week --hours 168          default network, first week
        gridplan export --format pypsa Networks/examples/three-bus out/three-bus
        gridplan export --format mps --scenario mengxi-bth --hours 720 out/bth.mps
      """
  )

  @Option(help: ArgumentHelp("Output format: \(ExportFormat.allCases.map(\.rawValue).joined(separator: " or ")).",
                             valueName: "format"))
  var format: ExportFormat

  @OptionGroup var study: StudyOptions

  @Argument(help: ArgumentHelp(
    "Output: a folder (pypsa; mps writes OUT/model.mps) or, for mps, a file ending in .mps. With a single path, "
      + "that path is OUT and NETWORK is the default.", valueName: "out"))
  var out: String?

  /// The network folder and the output, allowing `export OUT` with the default network.
  var paths: (network: String, out: String) {
    if let out { return (study.network, out) }
    return (StudyOptions.defaultNetwork, study.network)
  }

  func validate() throws {
    if out == nil && study.network == StudyOptions.defaultNetwork {
      throw ValidationError("OUT is missing; allowed: gridplan export --format \(format.rawValue) [NETWORK] OUT")
    }
  }

  func run() throws {
    let (networkPath, outPath) = paths
    let folder = try StudyOptions.networkFolder(networkPath)
    let network: Network
    do {
      network = try NetworkReader.read(
        folder: folder, scenarios: study.scenario, overrides: study.overrides, hours: study.hours, start: study.start)
    } catch {
      throw CommandFailure.from(error)
    }
    let horizon = "\(network.snapshots.count) hours from \(network.snapshots.first ?? network.study.start)"
    switch format {
    case .pypsa:
      do {
        try PyPSAExport.write(network, to: URL(fileURLWithPath: outPath))
      } catch {
        throw CommandFailure.from(error)
      }
      print("exported \(network.name), \(horizon), as a PyPSA CSV folder: \(outPath)")
    case .mps:
      let lpSize: (rows: Int, columns: Int)
      let file = outPath.hasSuffix(".mps")
        ? URL(fileURLWithPath: outPath) : URL(fileURLWithPath: outPath).appendingPathComponent("model.mps")
      do {
        try FileManager.default.createDirectory(
          at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        let problem = try DispatchProblem(network: network)
        try MPS.write(problem.lp, to: file)
        lpSize = (problem.lp.rowCount, problem.lp.columnCount)
      } catch {
        throw CommandFailure.from(error)
      }
      print("exported \(network.name), \(horizon), as an LP of \(lpSize.rows) rows x \(lpSize.columns) columns: "
        + file.path)
    }
  }
}
