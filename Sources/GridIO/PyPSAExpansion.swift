import Foundation
import GridModel

extension PyPSAReader {
  /// The ``CapacityExpansion`` of a component with `<nom>_extendable` True (nil otherwise): bounds `<nom>_min` (0)
  /// and `<nom>_max` (empty or inf: none), and `capital_cost`, PyPSA's cost of one unit over the optimised horizon,
  /// as an annualised cost: capital_cost x 8760 / (T Δt), which the LP charges pro rata of the horizon again.
  mutating func readExpansion(_ t: PyPSATable, _ r: Int, _ c: String, _ nom: String, T: Int) -> CapacityExpansion? {
    let flag = t.cell(r, "\(nom)_extendable")
    guard let flag, let extendable = Self.bool(flag) else {
      if let flag {
        fail(t.file, t.lines[r], "\(c).\(nom)_extendable",
             "\(c).\(nom)_extendable is \(ValidationProblem.show(flag)); allowed: True or False")
      }
      return nil
    }
    guard extendable else { return nil }
    let minimum = number(t, r, c, "\(nom)_min", default: 0, allowed: "a number >= 0")
    var maximum: Double? = nil
    if let s = t.cell(r, "\(nom)_max"), s.lowercased() != "inf" {
      let v = number(t, r, c, "\(nom)_max", default: .infinity, allowed: "a number >= \(nom)_min, or inf")
      if v < minimum {
        fail(t.file, t.lines[r], "\(c).\(nom)_max",
             "\(c).\(nom)_max is \(csvNumber(v)), below \(nom)_min \(csvNumber(minimum)); allowed: >= \(nom)_min, or inf")
      }
      maximum = v.isFinite ? v : nil
    }
    if minimum < 0 {
      fail(t.file, t.lines[r], "\(c).\(nom)_min", "\(c).\(nom)_min is \(csvNumber(minimum)); allowed: a number >= 0")
    }
    let capital = number(t, r, c, "capital_cost", default: 0)
    if capital < 0 {
      fail(t.file, t.lines[r], "\(c).capital_cost",
           "\(c).capital_cost is \(csvNumber(capital)); allowed: a cost >= 0 per unit of \(nom)")
    }
    let horizonHours = Double(max(T, 1)) * hoursPerSnapshot
    return CapacityExpansion(minimum: max(0, minimum), maximum: maximum,
                             annualisedCost: capital * 8760 / horizonHours)
  }

  /// Whether a generator of carrier `load shedding` is GridPlan's shedding of a load: named `LOAD load shedding`
  /// for a load LOAD of loads.csv. Any other generator of that carrier is an ordinary generator.
  mutating func isLoadShedding(_ name: String) -> Bool {
    let suffix = " \(PyPSANames.shedding)"
    guard name.hasSuffix(suffix), let loads = table("loads") else { return false }
    let load = String(name.dropLast(suffix.count))
    return loads.rows.contains { $0.first == load }
  }

  /// PyPSA stores: energy `e_nom` (MWh) at a bus, charged and discharged without a power limit or loss, a standing
  /// loss per hour, cyclic (`e_cyclic`) or starting at `e_initial` (MWh). GridPlan keeps a store as a storage unit
  /// with ``StorageUnit/isStore``: efficiencies 1, no minimum state of charge, no cost per MWh. Refused: e_min_pu
  /// other than 0, e_max_pu other than 1, marginal costs, a set power (p_set), and (extendable) an e_initial other
  /// than 0.
  mutating func readStores(_ network: inout Network) {
    guard let t = table("stores") else { return }
    let T = network.snapshots.count
    for r in t.rows.indices {
      let id = t.rows[r].first ?? ""
      let c = "stores[\(id)]"
      requireDefault(t, r, c, "e_min_pu", Self.isZero, allowed: "0")
      requireDefault(t, r, c, "e_max_pu", Self.isOne, allowed: "1")
      requireDefault(t, r, c, "marginal_cost", Self.isZero, allowed: "0 (GridPlan's stores have no cost per MWh)")
      requireDefault(t, r, c, "marginal_cost_storage", Self.isZero, allowed: "0")
      requireDefault(t, r, c, "marginal_cost_quadratic", Self.isZero, allowed: "0")
      requireDefault(t, r, c, "p_set", { _ in false }, allowed: "empty (GridPlan's stores are dispatched)")
      requireDefault(t, r, c, "e_initial_per_period", Self.isFalse, allowed: "False")
      requireDefault(t, r, c, "sign", Self.isOne, allowed: "1")
      let energy = number(t, r, c, "e_nom", default: 0)
      let expansion = readExpansion(t, r, c, "e_nom", T: T)
      var initial = InitialStateOfCharge.cyclic
      if Self.bool(t.cell(r, "e_cyclic")) != true {
        let e0 = number(t, r, c, "e_initial", default: 0)
        if e0 != 0 && (expansion != nil || energy <= 0 || e0 > energy) {
          fail(t.file, t.lines[r], "\(c).e_initial",
               "\(c).e_initial is \(csvNumber(e0)); allowed: 0 to e_nom (\(csvNumber(energy))), 0 when extendable, "
                 + "or e_cyclic True")
        }
        initial = .fixed(energy > 0 ? e0 / energy : 0)
      }
      var unit = StorageUnit(
        id: Self.gridID(id), bus: Self.gridID(t.cell(r, "bus") ?? ""), carrier: Self.gridID(t.cell(r, "carrier") ?? ""),
        powerMW: 0, energyMWh: energy, standingLossPerHour: number(t, r, c, "standing_loss", default: 0),
        initialStateOfCharge: initial, marginalCostCNYPerMWh: 0)
      unit.isStore = true
      unit.expansion = expansion
      network.storageUnits.append(unit)
    }
  }
}
