import GridModel
import LinearProgramming

/// Operating reserves per synchronous area (``ReserveRequirement``, the buses' `area`): each hour an upward and a
/// downward requirement, met by the headroom of the area's generators that are not variable renewables (coal, gas,
/// hydro) and of its storage units. Per area a and hour t, in stage t (duals: the reserve prices, CNY per MW and hour):
///
///     reserve_up_<a>@t:    Σ_g up_g[t] + Σ_s rup_s[t]  ≥ R_up[a,t]
///     reserve_down_<a>@t:  Σ_g down_g[t] + Σ_s rdn_s[t] ≥ R_down[a,t]
///
/// with R = load share · load + variable share · available variable output (MW), and the headroom of generator g
/// (output column p, bounds [lower, upper] from ``GeneratorLimits``):
///
///     always online:   up = upper[t] - p[t],        down = p[t] - lower[t]
///     committable:     up = U[t] u[t] - p[t],       down = p[t] - max(L[t] u[t], F[t])
///
/// (``Commitment``: U, L, u; F the CHP floor, the column's lower bound). Where 0 < F[t] < L[t] the maximum is a
/// column `reserve_down_<g>@t` ≤ p - L u and ≤ p - F; otherwise it is p - F (F ≥ L ≥ L u) or p - L u (F = 0). Each
/// storage unit s of the network (not storage the optimiser builds) offers power and energy headroom through
///
///     reserve_up_<s>@t   rup[t] ≥ 0:  rup - c[t] + d[t] ≤ P,      Δt rup / η_d - soc[t] ≤ -E_min
///     reserve_down_<s>@t rdn[t] ≥ 0:  rdn + c[t] - d[t] ≤ P,      Δt η_c rdn + soc[t] ≤ E
///
/// (c, d charge and discharge, P power, E energy, E_min the minimum state of charge: a reserve held for one snapshot).
struct Reserves {
  private struct Area {
    var id: String
    var requirement: ReserveRequirement
    var generators: [Int]
    var variable: [Int]
    var loads: [Int]
    var storage: [Int]
    var upStem: Int32
    var downStem: Int32
  }

  private let network: Network
  private let areas: [Area]
  private let hoursPerSnapshot: Double
  /// Per generator: its index among the committable generators, if any.
  private let cluster: [Int?]
  private let generatorDownStem: [Int32]
  private let storageStems: [(up: Int32, down: Int32, upPower: Int32, upEnergy: Int32, downPower: Int32,
                               downEnergy: Int32)]
  /// Reserve rows of each area per hour ([area][t]) and the requirements (MW).
  private(set) var upRows: [[Int]]
  private(set) var downRows: [[Int]]
  private(set) var upRequirement: [[Double]]
  private(set) var downRequirement: [[Double]]
  /// The areas with a requirement, in the order of the arrays.
  var areaIDs: [String] { areas.map(\.id) }

  init(network: Network, busIndex: [String: Int], committable: [Int], hoursPerSnapshot: Double,
       _ lp: inout ProgramBuilder) {
    self.network = network
    self.hoursPerSnapshot = hoursPerSnapshot
    func area(_ bus: String) -> String? {
      guard let b = busIndex[bus], !network.buses[b].external else { return nil }
      return network.buses[b].area
    }
    areas = network.reserves.keys.sorted().compactMap { id in
      guard let r = network.reserves[id] else { return nil }
      let gens = network.generators.indices.filter { area(network.generators[$0].bus) == id }
      let variable = gens.filter { r.variableCarriers.contains(network.generators[$0].carrier) }
      return Area(
        id: id, requirement: r, generators: gens.filter { !variable.contains($0) }, variable: variable,
        loads: network.loads.indices.filter { area(network.loads[$0].bus) == id },
        storage: network.storageUnits.indices.filter { area(network.storageUnits[$0].bus) == id },
        upStem: lp.stem("reserve_up_\(id)"), downStem: lp.stem("reserve_down_\(id)"))
    }
    var cluster = [Int?](repeating: nil, count: network.generators.count)
    for (k, g) in committable.enumerated() { cluster[g] = k }
    self.cluster = cluster
    let active = !areas.isEmpty
    generatorDownStem = active ? network.generators.map { lp.stem("reserve_down_\($0.id)") } : []
    storageStems = active
      ? network.storageUnits.map { s in
        (lp.stem("reserve_up_\(s.id)"), lp.stem("reserve_down_\(s.id)"), lp.stem("reserve_up_power_\(s.id)"),
         lp.stem("reserve_up_energy_\(s.id)"), lp.stem("reserve_down_power_\(s.id)"),
         lp.stem("reserve_down_energy_\(s.id)"))
      } : []
    upRows = areas.map { _ in [] }
    downRows = upRows
    upRequirement = areas.map { _ in [] }
    downRequirement = upRequirement
  }

  static func size(_ network: Network, hours: Int) -> ProgramSize {
    guard !network.reserves.isEmpty else { return ProgramSize() }
    let n = network.generators.count + 2 * network.storageUnits.count
    return ProgramSize(columns: 2 * network.storageUnits.count * hours,
                       rows: (2 * network.reserves.count + 4 * network.storageUnits.count) * hours,
                       nonzeros: 4 * n * hours)
  }

  /// Hour t's reserve columns and rows (after every column of hour t exists).
  mutating func addRows(hour t: Int, generatorColumns: [[Int]], statusColumns: [[Int]], chargeColumns: [[Int]],
                        dischargeColumns: [[Int]], socColumns: [[Int]], _ lp: inout ProgramBuilder) {
    let dt = hoursPerSnapshot
    for (k, area) in areas.enumerated() {
      let r = area.requirement
      var load = 0.0
      for d in area.loads {
        let demand = network.loads[d].demandMW
        load += t < demand.count ? max(0, demand[t]) : 0
      }
      var variable = 0.0
      for g in area.variable {
        let gen = network.generators[g]
        variable += gen.capacityMW * max(0, gen.availability.map { t < $0.count ? $0[t] : 0 } ?? 1)
      }
      let up = r.upLoadPU * load + r.upVariablePU * variable
      let down = r.downLoadPU * load + r.downVariablePU * variable
      upRequirement[k].append(up)
      downRequirement[k].append(down)

      // Storage headroom columns and their power and energy rows.
      var storageUp: [Int] = []
      var storageDown: [Int] = []
      for s in area.storage {
        let unit = network.storageUnits[s]
        let stems = storageStems[s]
        let (c, d, soc) = (chargeColumns[s][t], dischargeColumns[s][t], socColumns[s][t])
        let rup = lp.addColumn(stems.up, hour: t, stage: t, cost: 0, lower: 0, upper: .infinity)
        let rdn = lp.addColumn(stems.down, hour: t, stage: t, cost: 0, lower: 0, upper: .infinity)
        lp.addRow(stems.upPower, hour: t, stage: t, lower: -.infinity, upper: unit.powerMW,
                  terms: [(rup, 1), (c, -1), (d, 1)])
        lp.addRow(stems.upEnergy, hour: t, stage: t, lower: -.infinity,
                  upper: -unit.minimumStateOfChargePU * unit.energyMWh,
                  terms: [(rup, dt / unit.efficiencyDischarge), (soc, -1)])
        lp.addRow(stems.downPower, hour: t, stage: t, lower: -.infinity, upper: unit.powerMW,
                  terms: [(rdn, 1), (c, 1), (d, -1)])
        lp.addRow(stems.downEnergy, hour: t, stage: t, lower: -.infinity, upper: unit.energyMWh,
                  terms: [(rdn, dt * unit.efficiencyCharge), (soc, 1)])
        storageUp.append(rup)
        storageDown.append(rdn)
      }

      // Upward: Σ (upper - p) or (U u - p), constants to the right-hand side.
      var rhs = up
      for g in area.generators {
        let p = generatorColumns[g][t]
        lp.term(p, -1)
        if let c = cluster[g] {
          lp.term(statusColumns[c][t], Self.bounds(network.generators[g], hour: t).upper)
        } else {
          rhs -= lp.columnUpper[p]
        }
      }
      for rup in storageUp { lp.term(rup, 1) }
      upRows[k].append(lp.closeRow(area.upStem, hour: t, stage: t, lower: rhs, upper: .infinity))

      // Downward: Σ (p - lower) or (p - max(L u, F)).
      rhs = down
      var terms: [(Int, Double)] = []
      for g in area.generators {
        let p = generatorColumns[g][t]
        let floor = lp.columnLower[p]
        guard let c = cluster[g] else {
          terms.append((p, 1))
          rhs += floor
          continue
        }
        let lower = Self.bounds(network.generators[g], hour: t).lower
        if floor >= lower {
          terms.append((p, 1))
          rhs += floor
        } else if floor <= 0 {
          terms.append((p, 1))
          terms.append((statusColumns[c][t], -lower))
        } else {
          let r = lp.addColumn(generatorDownStem[g], hour: t, stage: t, cost: 0, lower: 0, upper: .infinity)
          lp.addRow(generatorDownStem[g], hour: t, stage: t, lower: -.infinity, upper: 0,
                    terms: [(r, 1), (p, -1), (statusColumns[c][t], lower)])
          lp.addRow(generatorDownStem[g], hour: t, stage: t, lower: -.infinity, upper: -floor,
                    terms: [(r, 1), (p, -1)])
          terms.append((r, 1))
        }
      }
      for rdn in storageDown { terms.append((rdn, 1)) }
      downRows[k].append(lp.addRow(area.downStem, hour: t, stage: t, lower: rhs, upper: .infinity, terms: terms))
    }
  }

  /// U[t] and L[t] of a committable generator (``Commitment``): its available and its minimum output at full
  /// commitment.
  static func bounds(_ gen: Generator, hour t: Int) -> (upper: Double, lower: Double) {
    let a = gen.availability.map { t < $0.count ? $0[t] : 0 } ?? 1
    return (gen.capacityMW * max(0, a), gen.capacityMW * gen.pMinPU * min(max(a, 0), 1))
  }
}
