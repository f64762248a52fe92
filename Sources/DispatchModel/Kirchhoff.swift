import GridModel
import LinearProgramming

/// AC line flows and Kirchhoff's voltage law in the cycle formulation (as PyPSA): one flow column per line and
/// hour, and one row per independent cycle of the line graph and hour (``CycleBasis``), all in stage t.
///
///     f_<l>@t ∈ [-rating_l, rating_l]      (MW, positive from bus0 to bus1: -1 in bus0's balance, +1 in bus1's)
///     kvl_<c>@t:  Σ_{l ∈ c} o_cl x_l f[l,t] = 0
///
/// with o_cl = ±1 the orientation of line l along cycle c and x_l its reactance in per unit (0.01 when the line
/// gives none). No voltage-angle columns: the balance rows and the cycle rows fix the flows.
struct Kirchhoff {
  private let ratings: [Double]
  private let ends: [(Int?, Int?)]
  private let cycles: [[(Int, Double)]]
  private let reactance: [Double]
  private let flowStems: [Int32]
  private let cycleStems: [Int32]
  /// Flow column of each line per hour ([line][t]).
  private(set) var columns: [[Int]]

  init(network: Network, busIndex: [String: Int], internalBusIDs: [String], _ lp: inout ProgramBuilder) {
    ratings = network.lines.map(\.ratingMW)
    ends = network.lines.map { (busIndex[$0.bus0], busIndex[$0.bus1]) }
    cycles = CycleBasis.cycles(buses: internalBusIDs, lines: network.lines)
    reactance = network.lines.map { $0.effectiveReactancePU ?? 0.01 }
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
      lp.closeRow(cycleStems[k], hour: t, stage: t, lower: 0, upper: 0)
    }
  }
}
