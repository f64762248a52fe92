import ArgumentParser
import Foundation
import GridIO
import GridModel
import Plots

/// `gridplan plot RESULTS_DIR`: SVG charts of a results folder (no dependency beyond GridPlan itself).
struct PlotCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "plot",
    abstract: "Write SVG charts of a results folder: dispatch week, duration curves, clean share, sweep curves.",
    discussion: """
      Reads the CSV tables that `gridplan run` wrote into RESULTS_DIR and writes, into RESULTS_DIR/plots/:

        dispatch-week.svg          seven days of dispatch: generation stacked by carrier, storage discharge and \
      curtailment above zero, charging and exports below, the load as a line (GW)
        duration-curves.svg        load, net load (load - available wind and solar) and each corridor's flow, sorted \
      from the highest hour to the lowest (GW against hours)
        clean-share-by-month.svg   each corridor's energy-weighted clean share by month and over the horizon \
      (needs links-clean_share.csv)
        sweep-curves.svg           clean share, curtailment, cost and fossil output of a storage sweep against the \
      storage added (needs sweep.csv, or --sweep FILE)

      A chart whose tables are missing is skipped with a note. The network (--network, --scenario) gives each \
      generator's carrier and colour, which corridors are exports, and the hourly load.

      Examples:
        gridplan plot Results/inner-mongolia
        gridplan plot Results/inner-mongolia --week 2024-04-08 --out /tmp/plots
        gridplan plot Results/sweep-xlg --sweep Results/sweep-xlg/sweep.csv --sweep-x power
      """
  )

  @Argument(help: "Results folder written by gridplan run.", completion: .directory)
  var results: String

  @Option(help: "Network folder the results came from.", completion: .directory)
  var network: String = "Networks/inner-mongolia"

  @Option(help: "Scenario the results came from (NETWORK/scenarios/NAME.yaml).")
  var scenario: String?

  @Option(help: "First day of the dispatch week, YYYY-MM-DD (default: the week with the most curtailment).")
  var week: String?

  @Option(help: "Sweep table (default: RESULTS_DIR/sweep.csv when there is one).", completion: .file())
  var sweep: String?

  @Option(name: .customLong("sweep-x"), help: "Sweep x axis: energy (GWh) or power (GW).")
  var sweepX: SweepCurves.XAxis = .energy

  @Option(help: "Output folder (default: RESULTS_DIR/plots).", completion: .directory)
  var out: String?

  func validate() throws {
    if let w = week, !Self.isDay(w) {
      throw ValidationError("--week \(w) is not allowed; allowed: a day YYYY-MM-DD, e.g. 2024-07-01")
    }
  }

  static func isDay(_ s: String) -> Bool {
    let u = Array(s.utf8)
    return u.count == 10 && u[4] == UInt8(ascii: "-") && u[7] == UInt8(ascii: "-")
      && u.enumerated().allSatisfy { $0.offset == 4 || $0.offset == 7 || (48...57).contains($0.element) }
  }

  func run() throws {
    let folder = URL(fileURLWithPath: network)
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isDirectory), isDirectory.boolValue else {
      throw CommandFailure.badInput(
        "no network folder at '\(network)'; allowed: a folder with network.yaml (give it with --network)")
    }
    let net: Network
    do {
      net = try NetworkReader.read(folder: folder, scenario: scenario)
    } catch {
      throw CommandFailure.badInput("reading the network for the plots: \(error)")
    }
    let outFolder = URL(fileURLWithPath: out ?? URL(fileURLWithPath: results).appendingPathComponent("plots").path)
    let options = PlotOptions(
      week: week, sweep: sweep.map { URL(fileURLWithPath: $0) }, sweepX: sweepX)
    let report: PlotReport
    do {
      report = try ResultsPlots.plot(
        results: URL(fileURLWithPath: results), out: outFolder, network: Self.info(net), options: options)
    } catch {
      throw CommandFailure.from(error)
    }
    for n in report.notes { print("note:    \(n)") }
    for w in report.written { print("written: \(outFolder.appendingPathComponent(w).path)") }
  }

  /// Carriers, colours, export corridors and the hourly load of a network, for the plots.
  static func info(_ net: Network) -> NetworkInfo {
    let external = Set(net.buses.filter(\.external).map(\.id))
    var demand: [String: Double] = [:]
    for (t, s) in net.snapshots.enumerated() {
      demand[s] = net.loads.reduce(0) { $0 + (t < $1.demandMW.count ? $1.demandMW[t] : 0) }
    }
    return NetworkInfo(
      carriers: net.carriers.map { NetworkInfo.CarrierStyle(id: $0.id, color: $0.color, clean: $0.clean) },
      generatorCarrier: Dictionary(net.generators.map { ($0.id, $0.carrier) }, uniquingKeysWith: { a, _ in a }),
      storageCarrier: Dictionary(net.storageUnits.map { ($0.id, $0.carrier) }, uniquingKeysWith: { a, _ in a }),
      links: net.links.map(\.id),
      exportLinks: Set(net.links.filter { external.contains($0.bus1) && !external.contains($0.bus0) }.map(\.id)),
      demandMW: demand)
  }
}
