import GridModel
import LinearProgramming

/// Loads and load shedding: each load's demand d[t] goes to the right-hand side of its bus's balance, and one
/// shedding column per load and hour, in stage t, serves what the network does not:
///
///     shed_<d>@t ∈ [0, max(0, d[t])]      cost Δt · value of lost load        +1 in the bus's balance
///
/// Demand past the end of a load's profile is 0.
struct LoadShedding {
  private let loads: [Load]
  private let bus: [Int?]
  private let hoursPerSnapshot: Double
  private let stems: [Int32]
  /// Shedding column of each load per hour ([load][t]).
  private(set) var columns: [[Int]]

  init(network: Network, busIndex: [String: Int], hoursPerSnapshot: Double, _ lp: inout ProgramBuilder) {
    loads = network.loads
    bus = network.loads.map { busIndex[$0.bus] }
    self.hoursPerSnapshot = hoursPerSnapshot
    stems = network.loads.map { lp.stem("shed_\($0.id)") }
    columns = [[Int]](repeating: [], count: network.loads.count)
  }

  static func size(_ network: Network, hours: Int) -> ProgramSize {
    ProgramSize(columns: network.loads.count * hours, nonzeros: network.loads.count * hours)
  }

  /// Hour t's shedding columns and demand.
  mutating func addColumns(hour t: Int, _ lp: inout ProgramBuilder, _ balance: inout BusBalance) {
    for (d, load) in loads.enumerated() {
      let demand = t < load.demandMW.count ? load.demandMW[t] : 0
      let c = lp.addColumn(stems[d], hour: t, stage: t, cost: hoursPerSnapshot * load.valueOfLostLoadCNYPerMWh,
                           lower: 0, upper: max(0, demand))
      columns[d].append(c)
      if let b = bus[d] {
        balance.inject(bus: b, column: c, coefficient: 1)
        balance.addDemand(bus: b, demand)
      }
    }
  }
}
