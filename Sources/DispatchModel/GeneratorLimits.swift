import GridModel
import LinearProgramming

/// Generator output: one column per generator and hour, in stage t, injected at the generator's bus.
///
///     p_<g>@t ∈ [min(lower[g,t], upper[g,t]), upper[g,t]]      cost Δt (c_g + carbon price · e_g) p + Δt q_g p²
///     upper[g,t] = max(0, capacity_g · a[g,t])
///     lower[g,t] = capacity_g · max(p_min_pu_g, must-run_g if t is in the heating season) · min(a[g,t], 1)
///
/// A committable generator (``Commitment``) has p_min_pu on its committed capacity instead, so its lower bound is
/// only the must-run floor capacity_g · must-run_g · min(a[g,t], 1) in the heating season.
///
/// with a[g,t] the availability (1 without a profile, 0 past its end), c_g the marginal cost (CNY/MWh), e_g the CO2
/// intensity (t/MWh), q_g the quadratic cost coefficient (CNY/MW²h, PyPSA's `marginal_cost_quadratic`) and Δt the
/// hours per snapshot. The quadratic term is the LP's separable objective 1/2 Q p² with Q = 2 Δt q_g (the solver's
/// convention, see ``LinearProgram/quadratic``). The must-run level applies in the heating season of the grid area
/// of the generator's bus; units kept as backup (`role: backup`) have lower = 0.
struct GeneratorLimits {
  private let generators: [Generator]
  private let bus: [Int?]
  /// Per generator, per hour: whether the hour lies in the heating season of the generator's area.
  private let inHeatingSeason: [[Bool]]
  private let carbonPrice: Double
  private let hoursPerSnapshot: Double
  private let stems: [Int32]
  /// Output column of each generator per hour ([generator][t]).
  private(set) var columns: [[Int]]

  init(network: Network, busIndex: [String: Int], hours: Int, hoursPerSnapshot: Double, _ lp: inout ProgramBuilder) {
    generators = network.generators
    bus = network.generators.map { busIndex[$0.bus] }
    let monthDay: [(Int, Int)] = (0..<hours).map { t in
      t < network.snapshots.count ? Self.monthDay(network.snapshots[t]) : (1, 1)
    }
    inHeatingSeason = zip(network.generators, bus).map { gen, b in
      guard gen.heatingMustRunPU != nil, let b, let season = network.heatingSeasons[network.buses[b].area] else {
        return []
      }
      return monthDay.map { season.contains(month: $0.0, day: $0.1) }
    }
    carbonPrice = network.study.carbonPriceCNYPerTonne
    self.hoursPerSnapshot = hoursPerSnapshot
    stems = network.generators.map { lp.stem("p_\($0.id)") }
    columns = network.generators.map { _ in
      var hourly: [Int] = []
      hourly.reserveCapacity(hours)
      return hourly
    }
  }

  static func size(_ network: Network, hours: Int) -> ProgramSize {
    ProgramSize(columns: network.generators.count * hours)
  }

  /// Hour t's output columns.
  mutating func addColumns(hour t: Int, _ lp: inout ProgramBuilder, _ balance: inout BusBalance) {
    for (g, gen) in generators.enumerated() {
      let availability = gen.availability.map { t < $0.count ? $0[t] : 0 } ?? 1
      let upper = max(0, gen.capacityMW * availability)
      var lower = 0.0
      if gen.role == .operating {
        // A committable generator's minimum stable output is a row on its committed capacity (Commitment).
        lower = gen.commitment == nil ? gen.capacityMW * gen.pMinPU * min(availability, 1) : 0
        if let mustRun = gen.heatingMustRunPU, !inHeatingSeason[g].isEmpty, inHeatingSeason[g][t] {
          lower = max(lower, gen.capacityMW * mustRun * min(availability, 1))
        }
      }
      let cost = hoursPerSnapshot * (gen.marginalCostCNYPerMWh + carbonPrice * gen.co2TonnesPerMWh)
      let c = lp.addColumn(stems[g], hour: t, stage: t, cost: cost, lower: min(lower, upper), upper: upper)
      lp.setQuadraticCost(c, 2 * hoursPerSnapshot * gen.marginalCostQuadraticCNYPerMW2h)
      columns[g].append(c)
      if let b = bus[g] { balance.inject(bus: b, column: c, coefficient: 1) }
    }
  }

  /// Per generator and hour, the CHP must-run share in force (operating committable generators with a must-run;
  /// empty arrays for the others): the floor of their committed share (``Commitment``).
  func committedFloors(hours: Int) -> [[Double]] {
    generators.enumerated().map { g, gen in
      guard gen.commitment != nil, gen.role == .operating, let mustRun = gen.heatingMustRunPU,
        !inHeatingSeason[g].isEmpty
      else { return [] }
      return (0..<hours).map { inHeatingSeason[g][$0] ? mustRun : 0 }
    }
  }

  /// Month and day of an ISO 8601 snapshot "YYYY-MM-DDTHH:MM" (1 January when unreadable).
  static func monthDay(_ snapshot: String) -> (Int, Int) {
    let parts = snapshot.split(separator: "-")
    guard parts.count >= 3, let m = Int(parts[1]), let d = Int(parts[2].prefix(2)) else { return (1, 1) }
    return (m, d)
  }
}
