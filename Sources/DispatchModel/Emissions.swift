import GridModel
import LinearProgramming

/// CO2 over the horizon, for the network's cap (`co2_cap`, its dual the CO2 shadow price) and for a CO2 target
/// (`target_<k>_co2`, ``LinearTarget/co2(maxTonnes:)``): one row that sums every hour, so a border row.
///
///     Σ_g Σ_t Δt e_g p[g,t] ≤ cap      (t CO2; e_g the CO2 intensity in t/MWh, generators with e_g > 0)
enum Emissions {
  /// Adds the row and returns its index.
  static func addCapRow(_ stem: Int32, capTonnes: Double, generators: [Generator], generatorColumns: [[Int]],
                        hoursPerSnapshot: Double, _ lp: inout ProgramBuilder) -> Int {
    for (g, gen) in generators.enumerated() where gen.co2TonnesPerMWh > 0 {
      let tonnesPerMW = hoursPerSnapshot * gen.co2TonnesPerMWh
      for c in generatorColumns[g] { lp.term(c, tonnesPerMW) }
    }
    return lp.closeRow(stem, hour: nil, stage: StageStructure.border, lower: -.infinity, upper: capTonnes)
  }

  static func size(_ network: Network, hours: Int, caps: Int) -> ProgramSize {
    ProgramSize(rows: caps, nonzeros: caps * network.generators.filter { $0.co2TonnesPerMWh > 0 }.count * hours)
  }
}
