import ArgumentParser
import Foundation
import GridIO
import GridModel

/// `gridplan validate [NETWORK]`: read a network folder and print every problem.
struct ValidateCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "validate",
    abstract: "Check a network folder (network.yaml, profiles, a scenario, overrides) and print every problem.",
    discussion: """
      Prints one problem per line, errors first, then warnings, each as FILE:LINE: FIELD is VALUE; allowed: ... \
      (CSV cells as FILE:LINE:COLUMN), then the counts. Exits with 1 when there is any error, 0 otherwise \
      (warnings alone do not fail).

      The format is described in Networks/FORMAT.md. Examples:
        gridplan validate
        gridplan validate Networks/inner-mongolia --scenario mengxi-bth
        gridplan validate --set 'generators[ORD-coal].capacity_mw=15000'
      """
  )

  @Argument(help: "The network folder.", completion: .directory)
  var network: String = "Networks/inner-mongolia"

  @Option(help: "Overlay scenarios/NAME.yaml of the network.")
  var scenario: String?

  @Option(
    name: .customLong("set"),
    help: ArgumentHelp(
      "Override a field, e.g. generators[ORD-coal].capacity_mw=15000 (repeatable).",
      valueName: "PATH=VALUE"))
  var overrides: [String] = []

  @Option(help: "Horizon length in hours (default: study.hours).")
  var hours: Int?

  @Option(help: "First snapshot of the horizon, YYYY-MM-DDTHH:MM (default: study.start).")
  var start: String?

  func run() throws {
    let folder = URL(fileURLWithPath: network)
    let result = NetworkReader.check(
      folder: folder, scenario: scenario, overrides: overrides, hours: hours,
      start: start)
    for p in result.problems { print(p.description) }
    let errors = result.errors.count
    let warnings = result.warnings.count
    let counts = "\(errors) error\(errors == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s")"
    if let n = result.network, errors == 0 {
      let summary =
        "\(n.buses.count) buses, \(n.lines.count) lines, \(n.links.count) links, "
        + "\(n.generators.count) generators, \(n.storageUnits.count) storage units, \(n.loads.count) loads, "
        + "\(n.snapshots.count) hours from \(n.study.start)"
      print("\(network): OK (\(summary)); \(counts)")
    } else {
      print("\(network): \(counts)")
      throw ExitCode(1)
    }
  }
}
