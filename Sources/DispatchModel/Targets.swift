import GridModel
import LinearProgramming

/// A target that is linear in the dispatch LP's columns, so the LP can meet it by choosing storage capacity.
public enum LinearTarget: Sendable, Equatable, CustomStringConvertible {
  /// Curtailment of the generators with a profile (at `bus`, or all of them) at most `maxShare` (0...1) of their
  /// available energy over the horizon. One border row: sum of p >= (1 - maxShare) x available.
  case curtailment(maxShare: Double, bus: String?)
  /// No unserved load: every load-shedding column's upper bound is set to 0 (no row). A network that cannot serve its
  /// load whatever storage is built then makes the LP primal infeasible, which `gridplan size` reports as a target
  /// that cannot be met; a penalty would instead return a dispatch that still sheds load.
  case noUnservedLoad
  /// Total CO2 over the horizon at most `maxTonnes` (t). One border row, like the network's own CO2 cap.
  case co2(maxTonnes: Double)

  public var description: String {
    switch self {
    case .curtailment(let x, nil): return "curtailment<=\(x)"
    case .curtailment(let x, let bus?): return "curtailment(\(bus))<=\(x)"
    case .noUnservedLoad: return "unserved==0"
    case .co2(let t): return "co2<=\(t)"
    }
  }
}

/// The linear targets' rows, after all hours (each sums the whole horizon: border rows), in the order given:
///
///     target_<k>_curtailment[_<bus>]:  Σ_g Σ_t Δt p[g,t] ≥ (1 - max share) Σ_g Σ_t Δt upper[g,t]
///                                      (generators with a profile, at the bus or everywhere)
///     target_<k>_co2:                  the CO2 row of ``Emissions`` with the target's limit
///     unserved==0:                     no row; the upper bound of every shed[d,t] becomes 0
enum Targets {
  /// Adds the targets' rows and bounds; returns the row of each target (nil for `unserved==0`).
  static func add(
    _ targets: [LinearTarget], network: Network, generatorColumns: [[Int]], shedColumns: [[Int]],
    hoursPerSnapshot: Double, _ lp: inout ProgramBuilder
  ) throws -> [Int?] {
    let dt = hoursPerSnapshot
    var rows: [Int?] = []
    let busIDs = Set(network.buses.map(\.id))
    for (k, target) in targets.enumerated() {
      switch target {
      case .curtailment(let share, let bus):
        guard share >= 0 && share <= 1 else {
          throw ExpansionError.badTarget(
            target.description, allowed: "the curtailment share is \(share); allowed: 0...1")
        }
        if let bus, !busIDs.contains(bus) {
          throw ExpansionError.badTarget(target.description, allowed: "no bus '\(bus)'; allowed: a bus of the network")
        }
        var terms: [(Int, Double)] = []
        var available = 0.0
        for (g, gen) in network.generators.enumerated()
        where gen.availability != nil && (bus == nil || gen.bus == bus) {
          for c in generatorColumns[g] {
            terms.append((c, dt))
            available += dt * lp.columnUpper[c]
          }
        }
        guard !terms.isEmpty else {
          throw ExpansionError.badTarget(
            target.description,
            allowed: "no generator with a profile" + (bus.map { " at bus '\($0)'" } ?? "")
              + "; allowed: a bus with wind, solar or other profiled generators")
        }
        let stem = lp.stem("target_\(k)_curtailment" + (bus.map { "_\($0)" } ?? ""))
        rows.append(lp.addRow(stem, hour: nil, stage: StageStructure.border, lower: (1 - share) * available,
                              upper: .infinity, terms: terms))
      case .noUnservedLoad:
        for columns in shedColumns { for c in columns { lp.columnUpper[c] = 0 } }
        rows.append(nil)
      case .co2(let cap):
        guard cap >= 0 else {
          throw ExpansionError.badTarget(target.description, allowed: "the CO2 limit is \(cap) t; allowed: >= 0")
        }
        rows.append(Emissions.addCapRow(lp.stem("target_\(k)_co2"), capTonnes: cap, generators: network.generators,
                                        generatorColumns: generatorColumns, hoursPerSnapshot: dt, &lp))
      }
    }
    return rows
  }

  static func size(_ targets: [LinearTarget], network: Network, hours: Int) -> ProgramSize {
    ProgramSize(rows: targets.count, nonzeros: targets.count * network.generators.count * hours)
  }
}
