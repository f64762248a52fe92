import ArgumentParser
import Foundation
import GridIO
import GridModel

/// What `gridplan import` reads.
enum ImportFormat: String, CaseIterable, ExpressibleByArgument {
  /// A PyPSA 1.4 CSV folder (docs/pypsa.md).
  case pypsa
}

/// `gridplan import --format pypsa DIR OUT`: another tool's network as a GridPlan network folder.
struct ImportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "import",
    abstract: "Import a network from another tool's format and write it as a GridPlan network folder.",
    discussion: """
      --format pypsa: DIR is a PyPSA CSV folder (buses, carriers, lines, links, generators, storage_units, loads, \
      global_constraints, snapshots and the time-varying generators-p_max_pu, generators-p_min_pu, loads-p_set, \
      links-p_min_pu). Anything GridPlan does not model (transformers, stores, shunt impedances, unit commitment, \
      extendable components, time-varying marginal costs, ...) is an error naming the file, line, component, \
      attribute, value and what is allowed. A folder written by `gridplan export --format pypsa` imports to a \
      network with the same dispatch objective. The mapping is in docs/pypsa.md.

      OUT (a folder, replaced as a whole) gets network.yaml and profiles/*.csv (Networks/FORMAT.md); run it with \
      `gridplan run OUT`.

      Examples:
        gridplan import --format pypsa out/pypsa-week Networks/imported-week
      """
  )

  @Option(help: ArgumentHelp("Input format: \(ImportFormat.allCases.map(\.rawValue).joined(separator: " or ")).",
                             valueName: "format"))
  var format: ImportFormat

  @Argument(help: "The folder to import.", completion: .directory)
  var input: String

  @Argument(help: "The GridPlan network folder to write.", completion: .directory)
  var out: String

  func run() throws {
    let network: Network
    do {
      switch format {
      case .pypsa: network = try PyPSAImport.read(folder: URL(fileURLWithPath: input))
      }
      try NetworkWriter.write(network, to: URL(fileURLWithPath: out))
    } catch {
      throw ValidationError(String(describing: error))
    }
    print("imported \(network.name) (\(network.buses.count) buses, \(network.generators.count) generators, "
      + "\(network.snapshots.count) hours) into \(out)")
  }
}
