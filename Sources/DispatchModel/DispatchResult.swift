import GridModel
import LinearProgramming

/// The solved dispatch, component by component and hour by hour (arrays indexed [component][hour]), in MW, MWh and
/// CNY/MWh. Signs follow PyPSA: line and link flows are positive from bus0 to bus1 (p0), storage power is positive
/// when discharging.
///
/// With storage expansion (``StorageExpansion``), `network` is the problem's network with the storage built at the
/// chosen powers appended to its storage units (id `<bus>-expansion`), and the storage arrays include them, so
/// summaries, tables and flow tracing see them as any storage; the objective includes their capital cost.
public struct DispatchResult: Sendable {
  public let network: Network
  public let hours: Int
  public let status: SolveStatus
  public let statusReason: String
  /// Total cost over the horizon (CNY): generation, carbon, load shedding, minus export revenue.
  public let objectiveCNY: Double
  public let iterations: Int
  public let solveSeconds: Double
  /// The interior-point backend that solved it: "staged" or "general" (see ``LinearSystemBackend``).
  public let solverBackend: String
  public let generatorP: [[Double]]
  /// The capacity the optimiser chose for each extendable component, by index in the network's lists (MW; MWh for a
  /// store): PyPSA's `p_nom_opt`, `s_nom_opt`, `e_nom_opt`.
  public let optimalGeneratorMW: [Int: Double]
  public let optimalLinkMW: [Int: Double]
  public let optimalLineMW: [Int: Double]
  public let optimalStorage: [Int: Double]
  /// Available minus dispatched output (MW): curtailment for renewables, spare capacity for the rest.
  public let generatorCurtailment: [[Double]]
  public let storageP: [[Double]]
  public let storageCharge: [[Double]]
  public let storageDischarge: [[Double]]
  public let stateOfCharge: [[Double]]
  public let lineP0: [[Double]]
  public let linkP0: [[Double]]
  /// Scheduled minus delivered flow for links with the schedule rule (MW, zero otherwise).
  public let linkShortfall: [[Double]]
  /// Marginal price at internal buses ([bus][hour]; NaN rows for external buses).
  public let busMarginalPrice: [[Double]]
  public let loadShed: [[Double]]
  /// Dual of the CO2 cap (CNY per t), when there is one.
  public let co2ShadowPriceCNYPerTonne: Double?
  /// Committable generators (indices into `network.generators`) and, per hour, their committed share of capacity
  /// (status), start-ups and shut-downs (shares of capacity), in the order of `committableGenerators`.
  public let committableGenerators: [Int]
  public let generatorStatus: [[Double]]
  public let generatorStartUp: [[Double]]
  public let generatorShutDown: [[Double]]
  /// Areas with reserve requirements; per area and hour the upward and downward requirement (MW) and its price, the
  /// dual of the reserve row (CNY per MW held for an hour).
  public let reserveAreas: [String]
  public let reserveUpMW: [[Double]]
  public let reserveDownMW: [[Double]]
  public let reserveUpPrice: [[Double]]
  public let reserveDownPrice: [[Double]]
  /// The power built by each storage expansion (MW), in the order of `problem.expansion.expansions`.
  public let expansionPowerMW: [Double]
  /// Dual of each linear target's row (d objective / d row bound; NaN for `unserved==0`, which is a bound).
  public let targetDuals: [Double]
  /// For an infeasible dispatch, the constraints that cannot hold together (``DispatchProblem/explainInfeasibility(rowDuals:limit:)``).
  public let infeasibility: String?
  /// District heating (empty without heat) and flexible loads.
  public let heat: HeatResult
  public let flexible: FlexibleLoadResult

  /// Power each load consumes (MW): demand - shed - curtailed - shifted + drawn by a converting load.
  public var loadServed: [[Double]] {
    network.loads.indices.map { d in
      let demand = network.loads[d].demandMW
      return (0..<hours).map { t -> Double in
        let base: Double = t < demand.count ? demand[t] : 0
        let reduced: Double = loadShed[d][t] + flexible.curtailed[d][t] + flexible.shifted[d][t]
        return base - reduced + flexible.drawn[d][t]
      }
    }
  }

  public init(problem: DispatchProblem, solution s: LPSolution) {
    let net = problem.network
    let T = problem.hours
    expansionPowerMW = problem.expansion.capacityColumns.map { max(0, s.x[$0]) }
    targetDuals = problem.expansion.targetRows.map { $0.map { s.rowDuals[$0] } ?? .nan }
    infeasibility = s.status == .primalInfeasible && s.rowDuals.count == problem.lp.rowCount
      ? problem.explainInfeasibility(rowDuals: s.rowDuals) : nil
    network = problem.networkWithExpansion(powersMW: expansionPowerMW)
    hours = T
    status = s.status
    statusReason = s.reason
    objectiveCNY = s.objective
    iterations = s.iterations
    solveSeconds = s.seconds
    solverBackend = s.profile.backend
    func values(_ cols: [[Int]]) -> [[Double]] { cols.map { $0.map { s.x[$0] } } }
    generatorP = values(problem.generatorColumns)
    let capacity = problem.capacityColumns
    optimalGeneratorMW = capacity.generators.mapValues { s.x[$0] }
    optimalLinkMW = capacity.links.mapValues { s.x[$0] }
    optimalLineMW = capacity.lines.mapValues { s.x[$0] }
    optimalStorage = capacity.storageUnits.mapValues { s.x[$0] }
    generatorCurtailment = problem.generatorColumns.enumerated().map { g, cols in
      // An extendable generator's available output is its hour's availability times the capacity chosen.
      if let built = capacity.generators[g].map({ s.x[$0] }) {
        let a = net.generators[g].availability
        return cols.enumerated().map { t, c in max(0, (a.map { t < $0.count ? $0[t] : 0 } ?? 1) * built - s.x[c]) }
      }
      return cols.map { max(0, problem.lp.columnUpper[$0] - s.x[$0]) }
    }
    storageCharge = values(problem.chargeColumns + problem.expansion.chargeColumns)
    storageDischarge = values(problem.dischargeColumns + problem.expansion.dischargeColumns)
    storageP = zip(storageDischarge, storageCharge).map { d, c in zip(d, c).map { $0 - $1 } }
    stateOfCharge = values(problem.socColumns + problem.expansion.socColumns)
    lineP0 = values(problem.lineColumns)
    linkP0 = values(problem.linkColumns)
    linkShortfall = net.links.indices.map { k in
      guard case .schedule(let sched) = net.links[k].delivery else { return [Double](repeating: 0, count: T) }
      return (0..<T).map { t in
        let scheduled = min(max(t < sched.count ? sched[t] : 0, 0), net.links[k].ratingMW)
        return max(0, scheduled - s.x[problem.linkColumns[k][t]])
      }
    }
    // The balance row is in MW and its costs are Δt x CNY/MWh: the price per MWh is the dual over Δt.
    let dt = problem.hoursPerSnapshot
    busMarginalPrice = problem.balanceRows.map { rows in rows.map { $0 >= 0 ? s.rowDuals[$0] / dt : .nan } }
    loadShed = values(problem.shedColumns)
    committableGenerators = problem.committableGenerators
    generatorStatus = values(problem.statusColumns)
    generatorStartUp = values(problem.startUpColumns)
    generatorShutDown = values(problem.shutDownColumns)
    reserveAreas = problem.reserveAreas
    reserveUpMW = problem.reserveUpMW
    reserveDownMW = problem.reserveDownMW
    reserveUpPrice = problem.reserveUpRows.map { $0.map { s.rowDuals[$0] } }
    reserveDownPrice = problem.reserveDownRows.map { $0.map { s.rowDuals[$0] } }
    co2ShadowPriceCNYPerTonne = problem.co2CapRow.map { -s.rowDuals[$0] }
    heat = HeatResult(problem: problem, solution: s)
    flexible = FlexibleLoadResult(problem: problem, solution: s)
  }
}

extension DispatchProblem {
  /// Solves the LP with the interior-point backend that costs less (``LinearSystemBackend/automatic(_:)``): the staged
  /// one for dispatch with stage blocks of up to about a hundred rows, the general one where unit commitment makes
  /// the blocks large. A single hour (a DC-OPF) always goes to the general one: it has no chain for the staged backend
  /// to exploit, and its one dense block grows with the square of the network (3 GB for 9,241 buses), where the
  /// general backend's sparse factor grows with its fill.
  public func solve(settings: InteriorPointSettings = InteriorPointSettings()) throws -> DispatchResult {
    var s = settings
    s.backend = stages.stageCount <= 1 ? .general : .automatic(stages)
    let solution = try InteriorPointSolver(settings: s).solve(lp)
    return DispatchResult(problem: self, solution: solution)
  }
}
