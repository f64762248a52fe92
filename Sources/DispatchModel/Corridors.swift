import GridModel
import LinearProgramming

/// Controllable corridors (HVDC and UHVAC export links, outside Kirchhoff's law): one flow column per link and hour,
/// in stage t, withdrawn at bus0 and delivered at bus1 after losses:
///
///     p_<k>@t ∈ [p_min_pu_k · rating_k, rating_k]           -1 in bus0's balance, +η_k in bus1's
///
/// and by delivery rule:
/// - price: into an external bus with price π (CNY/MWh), the delivered energy earns it: cost -Δt η_k π;
/// - schedule s[t] (MW): p ∈ [min(p_min_pu_k · rating_k, v), v] with v = min(max(s[t], 0), rating_k); each MWh short
///   of v costs the shortfall penalty P: cost -Δt P and objective constant +Δt P v, so that the objective carries
///   P (v - p) Δt;
/// - firm with min_pu m: p ≥ m · rating_k;
/// - curve with hourly min_pu m[t]: p ≥ m[t] · rating_k (a hard bound: an hour the network cannot supply makes the
///   LP infeasible, which is how `gridplan size` finds the storage a curve needs).
struct Corridors {
  private let links: [Link]
  private let ends: [(Int?, Int?)]
  /// Price of the receiving end when bus1 is external, nil otherwise.
  private let receivingPrice: [Double?]
  private let hoursPerSnapshot: Double
  private let stems: [Int32]
  /// Flow column of each link per hour ([link][t]).
  private(set) var columns: [[Int]]

  init(network: Network, busIndex: [String: Int], hoursPerSnapshot: Double, _ lp: inout ProgramBuilder) {
    links = network.links
    ends = network.links.map { (busIndex[$0.bus0], busIndex[$0.bus1]) }
    receivingPrice = ends.map { _, b1 in
      guard let b1, network.buses[b1].external else { return nil }
      return network.buses[b1].priceCNYPerMWh ?? 0
    }
    self.hoursPerSnapshot = hoursPerSnapshot
    stems = network.links.map { lp.stem("p_\($0.id)") }
    columns = [[Int]](repeating: [], count: network.links.count)
  }

  static func size(_ network: Network, hours: Int) -> ProgramSize {
    ProgramSize(columns: network.links.count * hours, nonzeros: 2 * network.links.count * hours)
  }

  /// Hour t's flow columns (and, for scheduled corridors, the objective constant of hour t).
  mutating func addColumns(hour t: Int, _ lp: inout ProgramBuilder, _ balance: inout BusBalance) {
    let dt = hoursPerSnapshot
    for (k, link) in links.enumerated() {
      var lower = link.pMinPU * link.ratingMW
      var upper = link.ratingMW
      var cost = 0.0
      switch link.delivery {
      case .price: break
      case .schedule(let s):
        let v = min(max(t < s.count ? s[t] : 0, 0), link.ratingMW)
        lower = min(lower, v)
        upper = v
        cost -= dt * DispatchProblem.scheduleShortfallPenalty
        lp.objectiveConstant += dt * DispatchProblem.scheduleShortfallPenalty * v
      case .firm(let minPU): lower = max(lower, minPU * link.ratingMW)
      case .curve(let minPU): lower = max(lower, (t < minPU.count ? minPU[t] : 0) * link.ratingMW)
      }
      if let price = receivingPrice[k] { cost -= dt * link.efficiency * price }
      let c = lp.addColumn(stems[k], hour: t, stage: t, cost: cost, lower: lower, upper: upper)
      columns[k].append(c)
      if let a = ends[k].0 { balance.inject(bus: a, column: c, coefficient: -1) }
      if let b = ends[k].1 { balance.inject(bus: b, column: c, coefficient: link.efficiency) }
    }
  }
}
