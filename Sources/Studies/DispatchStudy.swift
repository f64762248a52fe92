import DispatchModel
import FlowTracing
import Foundation
import GridIO
import GridModel
import LinearProgramming

/// A dispatch study as a user asks for it: which network, scenario and horizon; it reads, builds, solves and writes
/// `Results/STUDY/` (summary.csv, the hourly tables, and the flow tracing's links-clean_share.csv and corridors.csv)
/// through a temporary folder renamed into place.
public struct DispatchStudy: Sendable {
  public var networkFolder: URL
  /// Scenarios applied in order.
  public var scenarios: [String]
  public var overrides: [String]
  public var start: String?
  public var hours: Int?
  public var outputFolder: URL
  /// The solver's settings (time and iteration limits, a stop request); the study sets the backend and progress.
  public var solverSettings = InteriorPointSettings()

  public init(networkFolder: URL, scenario: String? = nil, scenarios: [String] = [], overrides: [String] = [],
              start: String? = nil, hours: Int? = nil, outputFolder: URL) {
    self.networkFolder = networkFolder
    self.scenarios = (scenario.map { [$0] } ?? []) + scenarios
    self.overrides = overrides
    self.start = start
    self.hours = hours
    self.outputFolder = outputFolder
  }

  /// What a run reports as it goes.
  public enum Progress: Sendable {
    case phase(String)
    case iteration(IterationLog)
  }

  public struct Outcome: Sendable {
    public var result: DispatchResult
    /// Clean shares of the corridors and mixes of the buses (flow tracing).
    public var trace: FlowTraceResult
    public var summary: [SummaryRow]
    public var files: [String]
    public var seconds: [String: Double]
    /// Size of the dispatch LP.
    public var lpRows: Int
    public var lpColumns: Int
  }

  public func run(progress: (@Sendable (Progress) -> Void)? = nil) throws -> Outcome {
    var seconds: [String: Double] = [:]
    var clock = ContinuousClock.now
    func lap(_ name: String) {
      let d = ContinuousClock.now - clock
      seconds[name] = Double(d.components.seconds) + Double(d.components.attoseconds) * 1e-18
      clock = ContinuousClock.now
    }
    progress?(.phase("reading \(networkFolder.path)"))
    let network = try NetworkReader.read(folder: networkFolder, scenarios: scenarios, overrides: overrides, hours: hours,
                                         start: start)
    lap("read")
    progress?(.phase("building the LP"))
    let problem = try DispatchProblem(network: network)
    lap("build")
    progress?(.phase("solving \(problem.lp.rowCount) rows x \(problem.lp.columnCount) columns, \(problem.hours) hours"))
    var settings = solverSettings
    if let p = progress { settings.progress = { p(.iteration($0)) } }
    let result = try problem.solve(settings: settings)
    lap("solve")
    guard result.status == .optimal else {
      let why = result.infeasibility.map { "\(result.statusReason); the constraints that cannot hold together: \($0)" }
      throw StudyError.notSolved(result.status.rawValue, why ?? result.statusReason)
    }
    progress?(.phase("tracing the clean share of the corridors"))
    // The tracing goes hour by hour on one core; the tables of the dispatch are formatted on the other meanwhile.
    let (trace, dispatchTables) = BothCores.run({ FlowTracer.trace(result) }, { HourlyTables.dispatchTables(result) })
    lap("trace")
    progress?(.phase("writing \(outputFolder.path)"))
    let summary = Summary.rows(result, trace: trace)
    var tables = dispatchTables
    tables["links-clean_share.csv"] = HourlyTables.cleanShareTable(result, trace: trace)
    tables["links-clean_share_contract.csv"] = HourlyTables.contractCleanShareTable(result, trace: trace)
    tables["summary.csv"] = Summary.csv(summary)
    tables["corridors.csv"] = Summary.corridors(result, trace: trace)
    try ResultsFolder.write(tables: tables, to: outputFolder)
    lap("write")
    return Outcome(result: result, trace: trace, summary: summary, files: tables.keys.sorted(), seconds: seconds,
                   lpRows: problem.lp.rowCount, lpColumns: problem.lp.columnCount)
  }
}

public enum StudyError: Error, CustomStringConvertible {
  case notSolved(String, String)

  public var description: String {
    switch self {
    case .notSolved(let s, let why): return "the dispatch LP was not solved: \(s) (\(why)); no results were written"
    }
  }
}
