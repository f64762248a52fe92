import Foundation
import GridModel
import LinearProgramming

/// Storage of either kind: a network's storage units (power and energy given) or storage the optimiser builds
/// (``StorageExpansion``: power a border column, energy its duration times the power). Per unit s and hour t, in
/// stage t:
///
///     charge_<s>@t    ∈ [0, P̄_s]                                  -1 in the bus's balance
///     discharge_<s>@t ∈ [0, P̄_s]      cost Δt c_s                 +1 in the bus's balance
///     soc_<s>@t       ∈ [E_min,s, Ē_s]                            (MWh)
///
/// with c_s the cost per MWh discharged (so that cycling surplus away in losses never ties with curtailing it). A
/// network unit has P̄ = power, Ē = energy, E_min = soc_min_pu · energy. A built unit has P̄ = max power (∞ without
/// one), Ē = d · P̄, E_min = 0, no standing loss and a cyclic state of charge, and adds the border column
///
///     cap_<bus>  ∈ [0, max power]      cost = annualised cost · T Δt / 8760
///
/// and per hour the capacity rows (stage t; they touch the border column P = cap_<bus>, d = duration):
///
///     chargecap_<s>@t:     charge[t]    - P   ≤ 0
///     dischargecap_<s>@t:  discharge[t] - P   ≤ 0
///     energycap_<s>@t:     soc[t]       - d P ≤ 0
///
/// Both kinds share one storage balance (``addBalanceRow(_:hour:_:)``), with ρ = (1 - standing loss per hour)^Δt:
///
///     soc_<s>@t (t ≥ 1):  soc[t] - ρ soc[t-1] - Δt η_c charge[t] + Δt discharge[t] / η_d = 0
///
/// and at t = 0, by the unit's initial state:
///
///     fixed fraction e₀:  soc_<s>@0:      soc[0] - Δt η_c charge[0] + Δt discharge[0] / η_d = ρ e₀ Ē
///     cyclic:             soc_cyclic_<s>: soc[0] - ρ soc[T-1] - Δt η_c charge[0] + Δt discharge[0] / η_d = 0
///
/// The cyclic row links the first and the last hour: a border row. With T ≤ 2 hours those are neighbouring stages
/// and it is a row of stage T-1 instead, named `soc_cyclic_<s>@0`.
struct Storage {
  /// One unit as the LP sees it, whichever kind.
  struct Unit {
    var id: String
    var bus: Int?
    var powerMW: Double
    var energyMWh: Double
    var minimumEnergyMWh: Double
    var efficiencyCharge: Double
    var efficiencyDischarge: Double
    var standingLossPerHour: Double
    var initialStateOfCharge: InitialStateOfCharge
    var marginalCostCNYPerMWh: Double
    var isStore = false
    /// A network unit whose capacity the optimiser chooses (``ComponentExpansion`` adds its capacity rows).
    var extendable: CapacityExpansion? = nil
    /// For storage the optimiser builds: its expansion (duration, cost and bounds of the capacity column).
    var expansion: StorageExpansion?

    init(_ unit: StorageUnit, bus: Int?) {
      id = unit.id
      self.bus = bus
      // A store has no power limit of its own, but with efficiencies 1 an optimum never charges or discharges more
      // than its energy in one snapshot (cancel simultaneous charge and discharge; then Δt charge ≤ E - ρ soc ≤ E
      // and Δt discharge ≤ ρ soc ≤ E): its power is bounded by E / Δt in ``Storage/init``, which keeps the interior
      // point iterates off the unbounded ray charge = discharge → ∞. An extendable unit's limits are rows on its
      // capacity (ComponentExpansion).
      isStore = unit.isStore
      powerMW = unit.isStore || unit.expansion != nil ? .infinity : unit.powerMW
      energyMWh = unit.expansion != nil ? .infinity : unit.energyMWh
      minimumEnergyMWh = unit.expansion != nil ? 0 : unit.minimumStateOfChargePU * unit.energyMWh
      efficiencyCharge = unit.efficiencyCharge
      efficiencyDischarge = unit.efficiencyDischarge
      standingLossPerHour = unit.standingLossPerHour
      initialStateOfCharge = unit.initialStateOfCharge
      marginalCostCNYPerMWh = unit.marginalCostCNYPerMWh
      extendable = unit.expansion
      expansion = nil
    }

    init(_ e: StorageExpansion, bus: Int) {
      id = e.id
      self.bus = bus
      powerMW = e.maxPowerMW ?? .infinity
      energyMWh = e.durationH * powerMW
      minimumEnergyMWh = 0
      efficiencyCharge = e.efficiencyCharge
      efficiencyDischarge = e.efficiencyDischarge
      standingLossPerHour = 0
      initialStateOfCharge = .cyclic
      marginalCostCNYPerMWh = e.marginalCostCNYPerMWh
      expansion = e
    }
  }

  private struct Stems {
    var charge, discharge, soc, cyclic: Int32
    /// The capacity column and rows of a built unit.
    var built: (capacity: Int32, chargeCap: Int32, dischargeCap: Int32, energyCap: Int32)?
  }

  let units: [Unit]
  private let hours: Int
  private let hoursPerSnapshot: Double
  private let stems: [Stems]
  /// The border column `cap_<bus>` of each unit the optimiser builds, nil for the others.
  private var capacityColumn: [Int?]
  /// Columns of each unit per hour ([unit][t]).
  private(set) var chargeColumns: [[Int]]
  private(set) var dischargeColumns: [[Int]]
  private(set) var socColumns: [[Int]]

  init(units: [Unit], hours: Int, hoursPerSnapshot: Double, _ lp: inout ProgramBuilder) {
    self.units = units.map { u in
      var u = u
      if u.isStore && u.extendable == nil { u.powerMW = u.energyMWh / hoursPerSnapshot }
      return u
    }
    self.hours = hours
    self.hoursPerSnapshot = hoursPerSnapshot
    stems = units.map { u in
      Stems(
        charge: lp.stem("charge_\(u.id)"), discharge: lp.stem("discharge_\(u.id)"), soc: lp.stem("soc_\(u.id)"),
        cyclic: lp.stem("soc_cyclic_\(u.id)"),
        built: u.expansion.map {
          (lp.stem("cap_\($0.bus)"), lp.stem("chargecap_\(u.id)"), lp.stem("dischargecap_\(u.id)"),
           lp.stem("energycap_\(u.id)"))
        })
    }
    capacityColumn = units.map { _ in nil }
    chargeColumns = [[Int]](repeating: [], count: units.count)
    dischargeColumns = chargeColumns
    socColumns = chargeColumns
  }

  func size() -> ProgramSize {
    let built = units.filter { $0.expansion != nil }.count
    let perHour = ProgramSize(columns: 3 * units.count, rows: units.count + 3 * built,
                              nonzeros: 6 * units.count + 6 * built)
    return ProgramSize(columns: perHour.columns * hours + built, rows: perHour.rows * hours,
                       nonzeros: perHour.nonzeros * hours)
  }

  /// The border capacity columns of the built units; before any hour's columns.
  mutating func addCapacityColumns(_ lp: inout ProgramBuilder) {
    let horizonHours = Double(hours) * hoursPerSnapshot
    for (s, unit) in units.enumerated() {
      guard let e = unit.expansion, let stem = stems[s].built?.capacity else { continue }
      capacityColumn[s] = lp.addColumn(stem, hour: nil, stage: StageStructure.border,
                                       cost: e.cost(powerMW: 1, horizonHours: horizonHours), lower: 0,
                                       upper: e.maxPowerMW ?? .infinity)
    }
  }

  /// The border column `cap_<bus>` of each unit the optimiser builds, in unit order (empty for network storage).
  var capacityColumns: [Int] { capacityColumn.compactMap { $0 } }

  /// Hour t's charge, discharge and state-of-charge columns.
  mutating func addColumns(hour t: Int, _ lp: inout ProgramBuilder, _ balance: inout BusBalance) {
    for (s, unit) in units.enumerated() {
      let charge = lp.addColumn(stems[s].charge, hour: t, stage: t, cost: 0, lower: 0, upper: unit.powerMW)
      let discharge = lp.addColumn(stems[s].discharge, hour: t, stage: t,
                                   cost: hoursPerSnapshot * unit.marginalCostCNYPerMWh, lower: 0,
                                   upper: unit.powerMW)
      let soc = lp.addColumn(stems[s].soc, hour: t, stage: t, cost: 0, lower: unit.minimumEnergyMWh,
                             upper: unit.energyMWh)
      chargeColumns[s].append(charge)
      dischargeColumns[s].append(discharge)
      socColumns[s].append(soc)
      if let b = unit.bus {
        balance.inject(bus: b, column: discharge, coefficient: 1)
        balance.inject(bus: b, column: charge, coefficient: -1)
      }
    }
  }

  /// Hour t's rows: per unit, the capacity rows of a built unit, then (t ≥ 1) the storage balance.
  func addRows(hour t: Int, _ lp: inout ProgramBuilder) {
    for (s, unit) in units.enumerated() {
      if let e = unit.expansion, let stem = stems[s].built, let p = capacityColumn[s] {
        lp.addRow(stem.chargeCap, hour: t, stage: t, lower: -.infinity, upper: 0,
                  terms: [(chargeColumns[s][t], 1), (p, -1)])
        lp.addRow(stem.dischargeCap, hour: t, stage: t, lower: -.infinity, upper: 0,
                  terms: [(dischargeColumns[s][t], 1), (p, -1)])
        lp.addRow(stem.energyCap, hour: t, stage: t, lower: -.infinity, upper: 0,
                  terms: [(socColumns[s][t], 1), (p, -e.durationH)])
      }
      if t > 0 { addBalanceRow(s, hour: t, &lp) }
    }
  }

  /// The first hour's storage balance of every unit (fixed initial state or cyclic); after all hours, since a
  /// cyclic row needs the last hour's state of charge.
  func addFirstHourRows(_ lp: inout ProgramBuilder) {
    for s in units.indices { addBalanceRow(s, hour: 0, &lp) }
  }

  /// The storage balance of unit s in hour t (see the type's comment): energy stored over the snapshot's Δt hours,
  /// less the standing loss of the previous state; at t = 0 against the initial state or, cyclic, the last hour's.
  private func addBalanceRow(_ s: Int, hour t: Int, _ lp: inout ProgramBuilder) {
    let unit = units[s]
    let dt = hoursPerSnapshot
    let retention = pow(1 - unit.standingLossPerHour, dt)
    lp.term(socColumns[s][t], 1)
    if t > 0 { lp.term(socColumns[s][t - 1], -retention) }
    lp.term(chargeColumns[s][t], -(dt * unit.efficiencyCharge))
    lp.term(dischargeColumns[s][t], dt / unit.efficiencyDischarge)
    if t > 0 {
      lp.closeRow(stems[s].soc, hour: t, stage: t, lower: 0, upper: 0)
      return
    }
    switch unit.initialStateOfCharge {
    case .fixed(let pu):
      // An extendable unit starts empty (validation allows no other fixed start).
      let e = unit.extendable != nil ? 0 : retention * pu * unit.energyMWh
      lp.closeRow(stems[s].soc, hour: 0, stage: 0, lower: e, upper: e)
    case .cyclic:
      let T = hours
      lp.term(socColumns[s][T - 1], -retention)
      lp.closeRow(stems[s].cyclic, hour: T > 2 ? nil : 0, stage: T > 2 ? StageStructure.border : T - 1, lower: 0,
                  upper: 0)
    }
  }
}
