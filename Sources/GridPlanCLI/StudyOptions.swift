import ArgumentParser
import Foundation

/// The options every study command shares: which network, scenario, overrides and horizon.
struct StudyOptions: ParsableArguments {
  @Argument(help: "Network folder (network.yaml, profiles/, scenarios/).", completion: .directory)
  var network: String = StudyOptions.defaultNetwork

  /// The network a study command uses when none is given.
  static let defaultNetwork = "Networks/inner-mongolia"

  /// The folder at `path`, or a clear error when there is no folder there.
  static func networkFolder(_ path: String) throws -> URL {
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue else {
      throw CommandFailure.badInput("no network folder at '\(path)'; allowed: a folder with network.yaml")
    }
    return URL(fileURLWithPath: path)
  }

  @Option(
    help: ArgumentHelp(
      "Scenario overlay: NETWORK/scenarios/NAME.yaml (repeatable: applied in order; two that set the same "
        + "field differently, add the same id, or remove what another adds or sets are an error).",
      valueName: "NAME"))
  var scenario: [String] = []

  /// `-a+b` for scenarios a and b (results folder names), empty without a scenario.
  var scenarioSuffix: String { scenario.isEmpty ? "" : "-" + scenario.joined(separator: "+") }

  @Option(
    name: .customLong("set"),
    help: ArgumentHelp("Override a field (repeatable), e.g. generators[ORD-coal].capacity_mw=15000.",
                       valueName: "PATH=VALUE"))
  var overrides: [String] = []

  @Option(help: "First snapshot, e.g. 2024-01-15T00:00 (default: the network's study start).")
  var start: String?

  @Option(help: "Number of hours (default: the network's study horizon).")
  var hours: Int?

  func validate() throws {
    if let h = hours, h <= 0 { throw ValidationError("--hours \(h) is not allowed; allowed: a positive number of hours") }
  }
}
