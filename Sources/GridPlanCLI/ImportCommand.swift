import ArgumentParser
import Foundation
import GridIO
import GridModel

/// What `gridplan import` reads.
enum ImportFormat: String, CaseIterable, ExpressibleByArgument {
  /// A PyPSA 1.4 CSV folder (docs/pypsa.md).
  case pypsa
  /// A MATPOWER case file (version 1 or 2), as a one-hour network whose dispatch is the DC optimal power flow.
  case matpower
}

/// `gridplan import --format pypsa DIR OUT`, `gridplan import --format matpower CASE.m OUT`: another tool's network
/// as a GridPlan network folder.
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

      --format matpower: INPUT is a MATPOWER case file (version 2 `mpc.*` or version 1). The network has one \
      snapshot; `gridplan run OUT` on it solves MATPOWER's DC optimal power flow (rundcopf): branch reactance \
      x·tap, rateA ratings, angle-difference limits folded into the ratings, Pd + Gs as load, polynomial costs \
      of degree 2 at most (c2 becomes marginal_cost_quadratic_cny_per_mw2h) or piecewise-linear costs (a \
      piecewise-linear generator becomes one generator per segment; degree 3 or more is an error). MATPOWER's objective is run's total_cost plus the constant this command prints (cost \
      constants c0 and the cost at Pmin of piecewise-linear units). Cases whose limits differ by direction (phase \
      shifters, one-sided angle limits) or that GridPlan's network rules reject (e.g. negative Pmin) are refused: \
      `gridplan dcopf CASE.m` solves those exactly.

      OUT (a folder, replaced as a whole) gets network.yaml and profiles/*.csv (Networks/FORMAT.md); run it with \
      `gridplan run OUT`.

      Examples:
        gridplan import --format pypsa out/pypsa-week Networks/imported-week
        gridplan import --format matpower case5.m Networks/case5 && gridplan run Networks/case5
      """
  )

  @Option(help: ArgumentHelp("Input format: \(ImportFormat.allCases.map(\.rawValue).joined(separator: " or ")).",
                             valueName: "format"))
  var format: ImportFormat

  @Argument(help: "The folder (pypsa) or case file (matpower) to import.", completion: .file())
  var input: String

  @Argument(help: "The GridPlan network folder to write.", completion: .directory)
  var out: String

  func run() throws {
    let network: Network
    do {
      switch format {
      case .pypsa: network = try PyPSAImport.read(folder: URL(fileURLWithPath: input))
      case .matpower: network = try matpower()
      }
      try NetworkWriter.write(network, to: URL(fileURLWithPath: out))
    } catch {
      throw CommandFailure.from(error)
    }
    print("imported \(network.name) (\(network.buses.count) buses, \(network.generators.count) generators, "
      + "\(network.snapshots.count) hours) into \(out)")
  }

  /// The MATPOWER case as a network, refused where the network alone would not be its exact DC-OPF.
  private func matpower() throws -> Network {
    let mpc = try MATPOWERCase.read(contentsOf: URL(fileURLWithPath: input), file: input)
    let converted = try mpc.dispatchNetwork()
    if converted.hasAsymmetricLineBounds {
      throw CommandFailure.badInput(
        "\(input): some branch limits differ by direction (phase shifters or one-sided angle limits); allowed for "
          + "import: symmetric limits, since a network's line rating is symmetric. `gridplan dcopf \(input)` "
          + "solves this case's DC-OPF exactly.")
    }
    let problems = converted.network.validate().filter { $0.severity == .error }
    if !problems.isEmpty {
      throw CommandFailure.badInput(
        "\(input): the converted network breaks GridPlan's network rules; `gridplan dcopf \(input)` solves "
          + "this case's DC-OPF exactly:\n" + problems.map { "  \($0)" }.joined(separator: "\n"))
    }
    for note in converted.notes { print("note: \(note)") }
    print("objective constant: \(converted.objectiveConstant) $/h (MATPOWER's f = run's total_cost + this)")
    return converted.network
  }
}
