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

  @OptionGroup var study: StudyOptions

  func run() throws {
    let network = study.network
    let result = NetworkReader.check(
      folder: URL(fileURLWithPath: network), scenarios: study.scenario, overrides: study.overrides, hours: study.hours,
      start: study.start)
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
      throw ExitCode(GridPlanExitCode.badInput.rawValue)
    }
  }
}
