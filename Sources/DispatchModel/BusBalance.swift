import GridModel
import LinearProgramming

/// Power balance of every internal bus, one row per bus and hour, in stage t; its dual is the bus's marginal price
/// (CNY/MWh):
///
///     balance_<b>@t:  Σ_g p[g,t] + Σ_l ±f[l,t] + Σ_k (η_k p[k,t] into b, -p[k,t] out of b)
///                     + Σ_s (discharge[s,t] - charge[s,t]) + Σ_d shed[d,t]  =  Σ_d demand[d,t]
///
/// (MW; lines: +1 at bus1, -1 at bus0). The families that add hour t's columns inject their terms and the loads
/// their demand; ``addRows(hour:_:)`` then writes the hour's rows in bus order, each row's terms in the order they
/// were injected. External buses (receiving ends with a price) have no row.
struct BusBalance {
  private let external: [Bool]
  private let stems: [Int32]
  /// Terms and demand of each bus in the hour being built (buffers reused from hour to hour).
  private var terms: [[(Int, Double)]]
  private var demand: [Double]
  /// Balance row of each bus per hour ([bus][t]), -1 for external buses.
  private(set) var rows: [[Int]]

  init(network: Network, _ lp: inout ProgramBuilder) {
    external = network.buses.map(\.external)
    stems = network.buses.map { lp.stem("balance_\($0.id)") }
    terms = [[(Int, Double)]](repeating: [], count: network.buses.count)
    demand = [Double](repeating: 0, count: network.buses.count)
    rows = [[Int]](repeating: [], count: network.buses.count)
  }

  static func size(_ network: Network, hours: Int) -> ProgramSize {
    ProgramSize(rows: network.buses.filter { !$0.external }.count * hours)
  }

  /// Adds `coefficient` x `column` to the balance of `bus` in the hour being built.
  mutating func inject(bus: Int, column: Int, coefficient: Double) {
    terms[bus].append((column, coefficient))
  }

  /// Adds demand (MW) to the right-hand side of the balance of `bus` in the hour being built.
  mutating func addDemand(bus: Int, _ mw: Double) {
    demand[bus] += mw
  }

  /// Hour t's balance rows, from the terms and demand injected since the previous hour's.
  mutating func addRows(hour t: Int, _ lp: inout ProgramBuilder) {
    for b in terms.indices {
      if external[b] {
        rows[b].append(-1)
      } else {
        rows[b].append(lp.addRow(stems[b], hour: t, stage: t, lower: demand[b], upper: demand[b], terms: terms[b]))
      }
      terms[b].removeAll(keepingCapacity: true)
      demand[b] = 0
    }
  }
}
