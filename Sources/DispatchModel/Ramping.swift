import GridModel
import LinearProgramming

/// Ramp limits between consecutive hours, one row per generator with a ramp rate and hour t ≥ 1, in stage t (it
/// touches the output columns of hours t and t-1):
///
///     ramp_<g>@t:  -r_g Δt ≤ p[g,t] - p[g,t-1] ≤ r_g Δt,     r_g = ramp_pu_per_h · capacity_g (MW per hour)
///
/// with Δt the hours per snapshot. There is no row at t = 0: the state before the horizon is free. Committable
/// generators ramp by their committed capacity instead (``Commitment``).
struct Ramping {
  private let limits: [(generator: Int, mwPerHour: Double)]
  private let hoursPerSnapshot: Double
  private let stems: [Int32]

  init(network: Network, hoursPerSnapshot: Double, _ lp: inout ProgramBuilder) {
    limits = network.generators.enumerated().compactMap { g, gen in
      gen.commitment == nil ? gen.rampPUPerHour.map { (g, $0 * gen.capacityMW) } : nil
    }
    self.hoursPerSnapshot = hoursPerSnapshot
    stems = limits.map { lp.stem("ramp_\(network.generators[$0.generator].id)") }
  }

  static func size(_ network: Network, hours: Int) -> ProgramSize {
    let ramping = network.generators.filter { $0.rampPUPerHour != nil && $0.commitment == nil }.count
    return ProgramSize(rows: ramping * hours, nonzeros: 2 * ramping * hours)
  }

  /// Hour t's ramp rows (none at t = 0).
  func addRows(hour t: Int, generatorColumns: [[Int]], _ lp: inout ProgramBuilder) {
    guard t > 0 else { return }
    for (k, (g, mwPerHour)) in limits.enumerated() {
      let r = mwPerHour * hoursPerSnapshot
      lp.term(generatorColumns[g][t], 1)
      lp.term(generatorColumns[g][t - 1], -1)
      lp.closeRow(stems[k], hour: t, stage: t, lower: -r, upper: r)
    }
  }
}
