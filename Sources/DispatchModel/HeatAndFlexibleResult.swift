import GridModel
import LinearProgramming

/// The heat side of a solved dispatch ([unit][hour]; all empty without heat). MW_th unless said otherwise.
public struct HeatResult: Sendable {
  /// Heat areas, sorted; the heat price of each area per hour (CNY/MWh_th, the dual of its heat balance).
  public let areas: [String]
  public let price: [[Double]]
  /// Heat of each CHP unit (order of `network.heat.chp`), heat-only boiler, electric boiler (heat delivered).
  public let chpHeat: [[Double]]
  public let boilerHeat: [[Double]]
  public let electricBoilerHeat: [[Double]]
  /// Electricity drawn by each electric boiler (MW_e).
  public let electricBoilerPower: [[Double]]
  /// Heat store output (discharge - charge, MW_th) and level (MWh_th).
  public let storeP: [[Double]]
  public let storeLevel: [[Double]]
  /// Heat not served, per heat demand.
  public let unserved: [[Double]]

  init(problem: DispatchProblem, solution s: LPSolution) {
    let h = problem.heat
    let heat = problem.network.heat
    func values(_ cols: [[Int]]) -> [[Double]] { cols.map { $0.map { s.x[$0] } } }
    areas = h.areas
    price = h.balanceRows.map { $0.map { s.rowDuals[$0] } }
    chpHeat = values(h.chpHeatColumns)
    boilerHeat = values(h.boilerColumns)
    electricBoilerPower = values(h.electricBoilerColumns)
    electricBoilerHeat = zip(electricBoilerPower, heat.electricBoilers).map { p, e in p.map { $0 * e.efficiency } }
    storeP = zip(values(h.storeDischargeColumns), values(h.storeChargeColumns)).map { d, c in
      zip(d, c).map { $0 - $1 }
    }
    storeLevel = values(h.storeLevelColumns)
    unserved = values(h.shedColumns)
  }
}

/// Flexible and converting loads in a solved dispatch, one entry per network load ([load][hour], MW; zeros for the
/// parts a load does not have).
public struct FlexibleLoadResult: Sendable {
  /// Demand curtailed at the load's price.
  public let curtailed: [[Double]]
  /// Net demand moved: deferred minus served from the backlog (positive: the load consumes less now).
  public let shifted: [[Double]]
  /// Deferred energy waiting to be served (MWh).
  public let backlogMWh: [[Double]]
  /// Electricity a converting load draws.
  public let drawn: [[Double]]

  init(problem: DispatchProblem, solution s: LPSolution) {
    let f = problem.flexible
    let T = problem.hours
    func values(_ cols: [[Int]]) -> [[Double]] {
      cols.map { $0.isEmpty ? [Double](repeating: 0, count: T) : $0.map { s.x[$0] } }
    }
    curtailed = values(f.curtailColumns)
    let deferred = values(f.deferColumns)
    let recovered = values(f.recoverColumns)
    shifted = zip(deferred, recovered).map { d, r in zip(d, r).map { $0 - $1 } }
    backlogMWh = values(f.backlogColumns)
    drawn = values(f.drawColumns)
  }
}
