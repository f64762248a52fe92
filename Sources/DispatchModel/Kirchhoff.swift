import GridModel
import LinearProgramming

/// AC line flows and Kirchhoff's voltage law in the cycle formulation (as PyPSA): one flow column per line and
/// hour, and one row per independent cycle of the line graph and hour (``CycleBasis``), all in stage t.
///
///     f_<l>@t ∈ [-rating_l, rating_l]      (MW, positive from bus0 to bus1: -1 in bus0's balance, +1 in bus1's)
///     kvl_<c>@t:  Σ_{l ∈ c} o_cl x_l f[l,t] = -100 Σ_{l ∈ c} o_cl φ_l
///
/// with o_cl = ±1 the orientation of line l along cycle c, x_l its reactance in per unit on 100 MVA (0.01 when the
/// line gives none) and φ_l its phase shift in radians (0 except for phase-shifting transformers). No voltage-angle
/// columns: the balance rows and the cycle rows fix the flows.
///
/// The constant: in the linear power flow a branch's flow in MW obeys x_l f_l / 100 = θ_bus0 - θ_bus1 - φ_l (the
/// shift φ_l is an angle the branch adds between its ends; PyPSA: x_pu_eff · s = θ0 - θ1 - phase_shift with x on
/// a 1 MVA base, i.e. x_l / 100). Around a cycle the angle differences Σ o_cl (θ_bus0 - θ_bus1) telescope to 0, so
/// Σ o_cl (x_l f_l / 100 + φ_l) = 0, which is PyPSA's `Kirchhoff-Voltage-Law` row Σ C_lk (x_l s_l + φ_l) = 0 and,
/// times 100, the row above. The right-hand side is the same in every hour (the shift is static).
struct Kirchhoff {
  private let ratings: [Double]
  private let ends: [(Int?, Int?)]
  private let cycles: [[(Int, Double)]]
  private let reactance: [Double]
  /// Right-hand side of each cycle row: -100 Σ o_cl φ_l (radians).
  private let shiftConstant: [Double]
  private let flowStems: [Int32]
  private let cycleStems: [Int32]
  /// Flow column of each line per hour ([line][t]).
  private(set) var columns: [[Int]]

  init(network: Network, busIndex: [String: Int], internalBusIDs: [String], _ lp: inout ProgramBuilder) {
    ratings = network.lines.map(\.ratingMW)
    ends = network.lines.map { (busIndex[$0.bus0], busIndex[$0.bus1]) }
    cycles = CycleBasis.cycles(buses: internalBusIDs, lines: network.lines)
    reactance = network.lines.map { $0.effectiveReactancePU ?? 0.01 }
    let shift = network.lines.map { $0.phaseShiftDegrees * Double.pi / 180 }
    shiftConstant = cycles.map { cycle in -100 * cycle.reduce(0) { $0 + $1.1 * shift[$1.0] } }
    flowStems = network.lines.map { lp.stem("f_\($0.id)") }
    cycleStems = cycles.indices.map { lp.stem("kvl_\($0)") }
    columns = [[Int]](repeating: [], count: network.lines.count)
  }

  func size(hours: Int) -> ProgramSize {
    ProgramSize(columns: ratings.count * hours, rows: cycles.count * hours,
                nonzeros: (2 * ratings.count + cycles.reduce(0) { $0 + $1.count }) * hours)
  }

  /// Hour t's flow columns.
  mutating func addColumns(hour t: Int, _ lp: inout ProgramBuilder, _ balance: inout BusBalance) {
    for (l, rating) in ratings.enumerated() {
      let c = lp.addColumn(flowStems[l], hour: t, stage: t, cost: 0, lower: -rating, upper: rating)
      columns[l].append(c)
      if let a = ends[l].0 { balance.inject(bus: a, column: c, coefficient: -1) }
      if let b = ends[l].1 { balance.inject(bus: b, column: c, coefficient: 1) }
    }
  }

  /// Hour t's cycle rows.
  func addRows(hour t: Int, _ lp: inout ProgramBuilder) {
    for (k, cycle) in cycles.enumerated() {
      for (l, orientation) in cycle { lp.term(columns[l][t], orientation * reactance[l]) }
      lp.closeRow(cycleStems[k], hour: t, stage: t, lower: shiftConstant[k], upper: shiftConstant[k])
    }
  }
}
