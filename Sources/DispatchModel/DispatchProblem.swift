import GridModel
import LinearProgramming

/// The hourly dispatch LP of a network over a horizon, with the indices that map its columns and rows back to
/// components.
///
/// ## Formulation by component family
///
/// One type per component family adds that family's columns and rows for every hour; each states its algebra in
/// its doc comment, beside the code that writes the rows:
///
/// | family | type (and file name) | columns | rows |
/// |---|---|---|---|
/// | generator limits | ``GeneratorLimits`` | `p_<g>@t` in [must-run or p_min, available] | (bounds) |
/// | Kirchhoff | ``Kirchhoff`` | `f_<l>@t` in ±rating | `kvl_<cycle>@t` |
/// | corridors | ``Corridors`` | `p_<k>@t` by delivery rule | (bounds) |
/// | storage | ``Storage`` | `(dis)charge_<s>@t`, `soc_<s>@t`, `cap_<bus>` | `soc_<s>@t`, `soc_cyclic_<s>`, caps |
/// | loads and shedding | ``LoadShedding`` | `shed_<d>@t` in [0, demand] | (demand into the balance) |
/// | bus balance | ``BusBalance`` | | `balance_<b>@t` (dual: marginal price) |
/// | ramping | ``Ramping`` | | `ramp_<g>@t` |
/// | unit commitment | ``Commitment`` | `status_<g>@t`, `start_up_<g>@t`, ... | `com_p_lower_<g>@t`, ... |
/// | reserves | ``Reserves`` | `reserve_up_<s>@t`, `reserve_down_<s>@t` | `reserve_up_<a>@t` (dual: price), ... |
/// | emissions | ``Emissions`` | | `co2_cap` |
/// | capacity expansion | ``ComponentExpansion`` | `nom_<kind>_<id>` (border) | `pcap_<g>@t`, `fmax_<l>@t`, ... |
/// | targets | ``Targets`` | | `target_<k>_...` |
/// | heat | ``Heat`` | `h_<g>@t`, `hob_<b>@t`, `eb_<e>@t`, `heat_shed_<d>@t`, stores | `heat_<area>@t`, `chp_*_<g>@t` |
/// | flexible loads | ``FlexibleLoads`` | `curtail_<d>@t`, `defer_<d>@t`, `backlog_<d>@t`, `draw_<d>@t`, ... | `backlog_<d>@t`, ... |
///
/// Storage units of the network and storage the optimiser builds (``StorageExpansion``) are two instances of
/// ``Storage`` with one storage balance. The objective is the sum of cost x column plus a constant (CNY over the
/// horizon): generation with its carbon price, discharge cycling cost, load shedding at the value of lost load, minus
/// export revenue, schedule shortfalls, and the capital cost of built storage. The initialiser calls the families
/// hour by hour; the order of its calls is the order of the LP's columns and rows. A new family (unit commitment,
/// reserves) is a new type of the same shape: its columns and rows of hour t, its rows that close the horizon, its
/// algebra in its doc comment, and its calls in the initialiser.
///
/// ## Time step
///
/// Every snapshot lasts Δt = ``hoursPerSnapshot`` hours (1 for the hourly profiles). Δt multiplies wherever power
/// becomes energy: costs per MWh in the objective, the storage balance (and the standing loss, (1 - loss)^Δt), CO2
/// rows, the curtailment target, the horizon's share of an annualised capital cost, and the ramp limits per hour.
/// Rows in MW (balances, flow and capacity limits) carry no Δt.
///
/// ## The stage rule
///
/// Every row and column is in a stage, the hour t whose name it carries (`<stem>@t`), or in the border
/// (``StageStructure/border``, a name without `@`). The staged backend (``StageStructure``) needs two rows that share
/// a non-border column to lie in the same or in neighbouring stages; it orders rows within a stage itself and takes
/// the border by a dense Schur complement. Every family keeps the rule in this form:
///
/// - a column of hour t is in stage t; a row of stage t touches columns of stage t, of stage t-1 (state of charge,
///   ramping: coupling rows) and border columns only;
/// - a row that touches hours further apart (a cyclic state of charge, a sum over the horizon) is a border row, and
///   a column that rows of many hours touch (a capacity the optimiser chooses) is a border column. Border rows and
///   columns each add a dense row and column to the Schur complement: keep them few, not per hour.
///
/// (A cyclic row over 1 or 2 hours touches neighbouring stages only and is a row of stage T-1, named `@0`.)
/// `StageRuleTests` checks the rule on the LPs built here.
public struct DispatchProblem: Sendable {
  public let network: Network
  public let hours: Int
  /// Δt: the length of every snapshot (hours); see "Time step".
  public let hoursPerSnapshot: Double
  public var lp: LinearProgram
  public var stages: StageStructure
  /// Output column of each generator per hour ([generator][t]).
  public let generatorColumns: [[Int]]
  public let lineColumns: [[Int]]
  public let linkColumns: [[Int]]
  public let chargeColumns: [[Int]]
  public let dischargeColumns: [[Int]]
  public let socColumns: [[Int]]
  public let shedColumns: [[Int]]
  /// Balance row of each internal bus at each hour ([bus][t]); -1 for external buses.
  public let balanceRows: [[Int]]
  /// Indices of internal (non-external) buses in `network.buses`.
  public let internalBuses: [Int]
  public let co2CapRow: Int?
  /// Committable generators (indices into `network.generators`) and their status, start-up and shut-down columns
  /// per hour ([k][t], in the order of `committableGenerators`).
  public let committableGenerators: [Int]
  public let statusColumns: [[Int]]
  public let startUpColumns: [[Int]]
  public let shutDownColumns: [[Int]]
  /// Areas with reserve requirements, their reserve rows and requirements (MW) per hour ([area][t]).
  public let reserveAreas: [String]
  public let reserveUpRows: [[Int]]
  public let reserveDownRows: [[Int]]
  public let reserveUpMW: [[Double]]
  public let reserveDownMW: [[Double]]
  /// The capacity column of each extendable component (``ComponentExpansion``).
  public let capacityColumns: CapacityColumns
  /// Storage the optimiser may build and the linear targets (empty without expansion).
  public let expansion: ExpansionIndex
  /// District heating's columns and rows (empty without heat).
  public let heat: HeatIndex
  /// Flexible and converting loads' columns.
  public let flexible: FlexibleLoadIndex

  /// Builds the LP for the first `hours` snapshots of the network's profiles (each `study.hoursPerSnapshot` hours
  /// long), with storage the optimiser may build at
  /// some buses (`expansion`) and linear targets it must meet (`constraints`).
  public init(network: Network, hours: Int? = nil, expansion: [StorageExpansion] = [],
              constraints: [LinearTarget] = []) throws {
    try self.init(network: network, hours: hours, hoursPerSnapshot: network.study.hoursPerSnapshot, expansion: expansion,
                  constraints: constraints)
  }

  /// As the public initialiser (snapshots of the network's `study.hoursPerSnapshot`), with snapshots of
  /// `hoursPerSnapshot` hours.
  init(network: Network, hours: Int?, hoursPerSnapshot dt: Double, expansion: [StorageExpansion],
       constraints: [LinearTarget]) throws {
    let network = Heat.withoutHeatingMustRun(network)
    let T = hours ?? network.snapshots.count
    guard T > 0 else { throw DispatchModelError.emptyHorizon }
    guard T <= max(network.snapshots.count, 1) || network.snapshots.isEmpty else {
      throw DispatchModelError.horizonTooLong(requested: T, available: network.snapshots.count)
    }
    self.network = network
    self.hours = T
    self.hoursPerSnapshot = dt
    var busIndex: [String: Int] = [:]
    for (i, b) in network.buses.enumerated() { busIndex[b.id] = i }
    let internalIndices = network.buses.indices.filter { !network.buses[$0].external }
    let expansionBus = try StorageExpansion.validate(expansion, network: network, busIndex: busIndex)

    var lp = ProgramBuilder()
    var balance = BusBalance(network: network, &lp)
    var generators = GeneratorLimits(network: network, busIndex: busIndex, hours: T, hoursPerSnapshot: dt, &lp)
    let ramping = Ramping(network: network, hoursPerSnapshot: dt, &lp)
    var commitment = Commitment(network: network, mustRunShare: generators.committedFloors(hours: T),
                                hoursPerSnapshot: dt, &lp)
    var lines = Kirchhoff(network: network, busIndex: busIndex,
                          internalBusIDs: internalIndices.map { network.buses[$0].id }, &lp)
    var corridors = Corridors(network: network, busIndex: busIndex, hoursPerSnapshot: dt, &lp)
    var reserves = Reserves(network: network, busIndex: busIndex, committable: commitment.generators,
                            hoursPerSnapshot: dt, &lp)
    var storage = Storage(units: network.storageUnits.map { Storage.Unit($0, bus: busIndex[$0.bus]) }, hours: T,
                          hoursPerSnapshot: dt, &lp)
    var loads = LoadShedding(network: network, busIndex: busIndex, hoursPerSnapshot: dt, &lp)
    var builtStorage = Storage(units: zip(expansion, expansionBus).map { Storage.Unit($0, bus: $1) }, hours: T,
                               hoursPerSnapshot: dt, &lp)
    var heat = Heat(network: network, busIndex: busIndex, committable: commitment.generators, hours: T,
                    hoursPerSnapshot: dt, &lp)
    var flexible = FlexibleLoads(network: network, busIndex: busIndex, hours: T, hoursPerSnapshot: dt, &lp)
    var extendable = ComponentExpansion(network: network, hoursPerSnapshot: dt, &lp)
    let co2Caps = network.study.co2CapTonnes == nil ? 0 : 1
    lp.reserve(
      BusBalance.size(network, hours: T) + GeneratorLimits.size(network, hours: T) + Ramping.size(network, hours: T)
        + Commitment.size(network, hours: T) + Reserves.size(network, hours: T)
        + lines.size(hours: T) + Corridors.size(network, hours: T) + storage.size() + builtStorage.size()
        + LoadShedding.size(network, hours: T) + Emissions.size(network, hours: T, caps: co2Caps)
        + Targets.size(constraints, network: network, hours: T) + Heat.size(network, hours: T)
        + FlexibleLoads.size(network, hours: T) + extendable.size(hours: T))

    builtStorage.addCapacityColumns(&lp)
    extendable.addCapacityColumns(horizonHours: Double(T) * dt, &lp)
    for t in 0..<T {
      generators.addColumns(hour: t, &lp, &balance)
      commitment.addColumns(hour: t, &lp)
      lines.addColumns(hour: t, &lp, &balance)
      corridors.addColumns(hour: t, &lp, &balance)
      storage.addColumns(hour: t, &lp, &balance)
      loads.addColumns(hour: t, &lp, &balance)
      builtStorage.addColumns(hour: t, &lp, &balance)
      heat.addColumns(hour: t, network: network, &lp, &balance)
      flexible.add(hour: t, &lp, &balance)
      balance.addRows(hour: t, &lp)
      lines.addRows(hour: t, &lp)
      builtStorage.addRows(hour: t, &lp)
      extendable.addRows(hour: t, generatorColumns: generators.columns, linkColumns: corridors.columns,
                         lineColumns: lines.columns, chargeColumns: storage.chargeColumns,
                         dischargeColumns: storage.dischargeColumns, socColumns: storage.socColumns, &lp)
      ramping.addRows(hour: t, generatorColumns: generators.columns, &lp)
      commitment.addRows(hour: t, generatorColumns: generators.columns, &lp)
      heat.addRows(hour: t, network: network, generatorColumns: generators.columns,
                   statusColumns: commitment.statusColumns, &lp)
      storage.addRows(hour: t, &lp)
      reserves.addRows(hour: t, generatorColumns: generators.columns, statusColumns: commitment.statusColumns,
                       chargeColumns: storage.chargeColumns, dischargeColumns: storage.dischargeColumns,
                       socColumns: storage.socColumns, &lp)
    }
    storage.addFirstHourRows(&lp)
    heat.addFirstHourRows(&lp)
    flexible.addHorizonRows(&lp)
    co2CapRow = network.study.co2CapTonnes.map { cap in
      Emissions.addCapRow(lp.stem("co2_cap"), capTonnes: cap, generators: network.generators,
                          generatorColumns: generators.columns, hoursPerSnapshot: dt, &lp)
    }
    builtStorage.addFirstHourRows(&lp)
    let targetRows = try Targets.add(constraints, network: network, generatorColumns: generators.columns,
                                     shedColumns: loads.columns, hoursPerSnapshot: dt, &lp)

    (self.lp, self.stages) = lp.program(name: network.name)
    self.expansion = ExpansionIndex(
      expansions: expansion, constraints: constraints, capacityColumns: builtStorage.capacityColumns,
      chargeColumns: builtStorage.chargeColumns, dischargeColumns: builtStorage.dischargeColumns,
      socColumns: builtStorage.socColumns, targetRows: targetRows)
    self.heat = HeatIndex(heat)
    self.flexible = FlexibleLoadIndex(flexible)
    generatorColumns = generators.columns
    capacityColumns = CapacityColumns(
      generators: extendable.columns(.generator), links: extendable.columns(.link), lines: extendable.columns(.line),
      storageUnits: extendable.columns(.storage))
    committableGenerators = commitment.generators
    statusColumns = commitment.statusColumns
    startUpColumns = commitment.startUpColumns
    shutDownColumns = commitment.shutDownColumns
    reserveAreas = reserves.areaIDs
    reserveUpRows = reserves.upRows
    reserveDownRows = reserves.downRows
    reserveUpMW = reserves.upRequirement
    reserveDownMW = reserves.downRequirement
    lineColumns = lines.columns
    linkColumns = corridors.columns
    chargeColumns = storage.chargeColumns
    dischargeColumns = storage.dischargeColumns
    socColumns = storage.socColumns
    shedColumns = loads.columns
    balanceRows = balance.rows
    internalBuses = internalIndices
  }

  /// Cost of each MWh a scheduled corridor does not deliver (CNY/MWh): above any fuel cost, below the value of lost
  /// load, so the model cuts exports before it sheds load at home.
  public static let scheduleShortfallPenalty = 3_000.0
}

/// The border capacity column of each extendable component, keyed by its index in the network's list.
public struct CapacityColumns: Sendable {
  public let generators: [Int: Int]
  public let links: [Int: Int]
  public let lines: [Int: Int]
  public let storageUnits: [Int: Int]
}

public enum DispatchModelError: Error, Equatable, CustomStringConvertible {
  case emptyHorizon
  case horizonTooLong(requested: Int, available: Int)

  public var description: String {
    switch self {
    case .emptyHorizon: return "the study horizon is empty; allowed: at least 1 hour"
    case .horizonTooLong(let r, let a):
      return "the horizon asks for \(r) hours but the profiles have \(a); allowed: 1...\(a)"
    }
  }
}

extension DispatchProblem {
  /// Replaces the symmetric ±rating of every line in every hour by per-line flow limits (MW, bus0 to bus1): for
  /// networks whose limits differ by direction (a MATPOWER case's one-sided angle limits or phase shifters).
  public mutating func setLineFlowLimits(lowerMW: [Double], upperMW: [Double]) {
    precondition(lowerMW.count == lineColumns.count && upperMW.count == lineColumns.count)
    for (l, columns) in lineColumns.enumerated() {
      for c in columns {
        lp.columnLower[c] = lowerMW[l]
        lp.columnUpper[c] = upperMW[l]
      }
    }
  }
}
