import ArgumentParser
import Foundation
import GridIO
import GridModel
import Studies

/// `gridplan run [NETWORK]`: the hourly dispatch study.
struct RunCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "run",
    abstract: "Run an hourly dispatch study of a network and write its results as CSV.",
    discussion: """
      Reads NETWORK/network.yaml and its profiles (default Networks/inner-mongolia), builds the dispatch LP \
      (merit order with minimum stable output, CHP must-run in the heating season or, with district heating, CHP \
      output from heat demand, ramping, storage, DC power flow with Kirchhoff's law on AC lines, export corridors \
      against receiving-end prices, load shedding at the value of lost load, flexible and converting loads, carbon \
      price and CO2 cap), solves it with GridPlan's stage-structured interior-point solver, and \
      writes Results/STUDY/:

        summary.csv                         metric,component,unit,value: cost, generation and curtailment by \
      carrier and bus (TWh, %), exports per corridor (TWh, utilisation %), CO2 (Mt), water (million m3), unserved \
      energy, storage cycles, mean prices, solver status, iterations and time; with committable generators their \
      starts, start-up costs and committed hours
        generators-p.csv                    MW per generator and hour
        generators-status.csv               committed share of capacity (committable generators)
        generators-start_up.csv, generators-shut_down.csv   share of capacity started up, shut down
        reserves-up.csv, reserves-down.csv  MW required per area (with reserves); reserves-*-price.csv CNY/MW/h
        generators-curtailment.csv          MW available but not used (renewables)
        storage_units-p.csv                 MW, positive when discharging
        storage_units-state_of_charge.csv   MWh
        lines-p0.csv, links-p0.csv          MW from bus0 to bus1
        buses-marginal_price.csv            CNY/MWh (duals of the bus balances)
        loads-shed.csv                      MW of unserved load
        heat-dispatch_mw.csv                MW of heat per CHP unit, boiler, electric boiler, heat store (with heat)
        heat-price_cny_per_mwh.csv, heat_stores-level_mwh.csv, electric_boilers-p_mw.csv   (with heat)
        loads-served_mw.csv, loads-curtailed_mw.csv, loads-shifted_mw.csv, loads-backlog_mwh.csv,
        loads-drawn_mw.csv                  flexible and converting loads (with them)

      Examples:
        gridplan run                                     full year of the default network
        gridplan run --hours 168 --start 2024-01-15T00:00
        gridplan run --scenario mengxi-bth --out Results/bth
        gridplan run --scenario heat                     district heating instead of the fixed CHP must-run
        gridplan run --set "study.carbon_price_cny_per_t=100"
      """
  )

  @OptionGroup var study: StudyOptions

  @Option(help: "Last snapshot (inclusive), instead of --hours.")
  var end: String?

  @Option(help: "Output folder (default: Results/<network>[-<scenario>]).")
  var out: String?

  @Flag(name: .shortAndLong, help: "Quiet: no progress, only the output folder.")
  var quiet = false

  @OptionGroup var limits: SolverLimits

  func validate() throws {
    if study.hours != nil && end != nil { throw ValidationError("give --hours or --end, not both") }
  }

  func run() throws {
    let folder = try StudyOptions.networkFolder(study.network)
    var horizon = study.hours
    if let e = end {
      let s = study.start ?? "2024-01-01T00:00"
      guard let h = SnapshotTime.hours(from: s, to: e) else {
        throw ValidationError("--end '\(e)' is not an hourly ISO time after --start '\(s)' (format 2024-03-31T23:00)")
      }
      horizon = h
    }
    let name = folder.lastPathComponent + study.scenarioSuffix
    let outFolder = URL(fileURLWithPath: out ?? "Results/\(name)")
    var dispatchStudy = DispatchStudy(
      networkFolder: folder, scenarios: study.scenario, overrides: study.overrides, start: study.start,
      hours: horizon, outputFolder: outFolder)
    dispatchStudy.solverSettings = limits.settings()
    let bar = ProgressLine(enabled: !quiet && isatty(2) != 0)
    let outcome: DispatchStudy.Outcome
    let report: (@Sendable (DispatchStudy.Progress) -> Void)? = quiet ? nil : { @Sendable p in bar.update(p) }
    do {
      outcome = try dispatchStudy.run(progress: report)
    } catch {
      bar.finish()
      throw CommandFailure.from(error)
    }
    bar.finish()
    if quiet {
      print(outFolder.path)
      return
    }
    let r = outcome.result
    let rows = outcome.summary
    func value(_ metric: String, _ component: String) -> String {
      rows.first { $0.metric == metric && $0.component == component }?.value ?? "-"
    }
    print("study:      \(name), \(r.hours) hours from \(r.network.snapshots.first ?? "?")")
    print("model:      \(outcome.lpRows) rows x \(outcome.lpColumns) columns")
    print("solver:     \(r.status.rawValue), \(r.iterations) iterations, \(r.solverBackend) backend, "
      + String(format: "%.2f s (read %.2f s, build %.2f s, write %.2f s)", outcome.seconds["solve"] ?? 0,
               outcome.seconds["read"] ?? 0, outcome.seconds["build"] ?? 0, outcome.seconds["write"] ?? 0))
    print("cost:       \(value("total_cost", "")) CNY")
    for carrier in r.network.carriers.map(\.id) where value("generation", carrier) != "-" {
      let curt = value("curtailment_share", carrier)
      print("generation: \(carrier.padding(toLength: 12, withPad: " ", startingAt: 0)) \(value("generation", carrier)) TWh"
        + (curt == "-" ? "" : ", curtailed \(curt) %"))
    }
    print("exports:    \(value("export", "total")) TWh; CO2 \(value("co2", "")) Mt; water \(value("water", "")) million m3; "
      + "unserved \(value("unserved_energy", "")) TWh")
    let share = value("clean_share", "exports")
    if share != "-" && !share.isEmpty {
      print("clean:      \(share) % of exported energy is clean (flow tracing; per corridor in corridors.csv)")
    }
    let contract = value("clean_share_contract", "exports")
    if contract != "-" && !contract.isEmpty && r.network.links.contains(where: { !$0.supporting.isEmpty }) {
      print("contract:   \(contract) % of exported energy is clean by contract (supporting plants first)")
    }
    print("results:    \(outFolder.path)/ (\(outcome.files.joined(separator: ", ")))")
  }
}

/// A one-line progress display on stderr (only on a terminal).
final class ProgressLine: @unchecked Sendable {
  let enabled: Bool
  private let lock = NSLock()
  private var phase = ""

  init(enabled: Bool) { self.enabled = enabled }

  func update(_ p: DispatchStudy.Progress) {
    guard enabled else { return }
    lock.lock()
    defer { lock.unlock() }
    let line: String
    switch p {
    case .phase(let s):
      phase = s
      line = s
    case .iteration(let log):
      let done = max(0, min(1, -log10(max(log.relativeGap, 1e-8)) / 8))
      let width = 24
      let filled = Int(done * Double(width))
      line = "\(phase) [" + String(repeating: "#", count: filled) + String(repeating: ".", count: width - filled)
        + String(format: "] iteration %d, gap %.1e, %.1f s", log.iteration, log.relativeGap, log.seconds)
    }
    FileHandle.standardError.write(("\r\u{1B}[K" + line).data(using: .utf8)!)
  }

  func finish() {
    guard enabled else { return }
    FileHandle.standardError.write("\r\u{1B}[K".data(using: .utf8)!)
  }
}
