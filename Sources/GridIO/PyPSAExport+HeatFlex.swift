import GridModel

extension PyPSANames {
  /// Carrier of the heat buses.
  public static let heat = "heat"
  /// Carrier of the generator that stands for heat not served (`DEMAND heat shedding`).
  public static let heatShedding = "heat shedding"
  /// Carrier of the generator that takes heat beyond the demand (`heat AREA heat vent`): GridPlan's heat balance is
  /// an inequality.
  public static let heatVent = "heat vent"
  /// Carrier of heat-only boilers, electric boilers and heat stores, and of a CHP generator's heat (`GEN chp heat`).
  public static let heatSupply = "heat supply"
  /// Carrier of the generator that curtails a flexible load at its price (`LOAD load curtailment`).
  public static let loadCurtailment = "load curtailment"
  /// Carrier of the generator that only consumes, at a converting load's product value (`LOAD conversion`).
  public static let conversion = "conversion"

  static let heatAndFlexibleCarriers = [
    (heat, "#c0392b"), (heatShedding, "#ff0000"), (heatVent, "#aaaaaa"), (heatSupply, "#e67e22"),
    (loadCurtailment, "#ff66cc"), (conversion, "#16a085"),
  ]

  /// The bus of a heat area.
  public static func heatBus(_ area: String) -> String { "heat \(area)" }
}

/// District heating and flexible loads in the PyPSA export (docs/pypsa.md):
///
/// - a heat area is a bus `heat AREA` (carrier heat); a heat demand a load there with a shedding generator at the
///   value of lost heat; a vent generator (p_min_pu -1, p_max_pu 0, no cost) takes heat beyond the demand;
/// - a heat-only boiler is a generator at the heat bus, an electric boiler a link from its bus to the heat bus with
///   its efficiency and its cost per MWh drawn (on p0, as GridPlan's), a heat store a storage unit at the heat bus (cyclic, no losses but its standing loss);
/// - a CHP unit's heat is a generator `GEN chp heat` at the heat bus with the cost c_v (c_g + carbon price e_g) and
///   p_nom = P / (c_b + c_v) (P / c_b back-pressure); its operating region (p - c_b h ≥ 0 or = 0,
///   p + c_v h ≤ P a(t) or ≤ P a(t) status) has no PyPSA attribute: the columns gridplan_chp_of, gridplan_chp_kind,
///   gridplan_c_b and gridplan_c_v carry it, and Scripts/pypsa_optimize.py adds it as extra_functionality;
/// - a curtailable share is a generator at the load's bus (p_nom = share × peak, p_max_pu = demand / peak) at the
///   curtailment price, its horizon cap PyPSA's e_sum_max; a converting load a generator that only consumes, at
///   efficiency × product value per MWh.
///
/// Daily curtailment caps, shiftable shares and required outputs have no PyPSA form: the export stops with an error
/// naming the field.
extension Exporter {
  /// Whether the network has heat or a flexible or converting load (their helper carriers are written only then).
  var usesHeatOrFlexibleLoads: Bool {
    !network.heat.isEmpty || network.loads.contains { $0.flexibility != nil || $0.conversion != nil }
  }

  mutating func addHeatAndFlexibleLoads(
    buses: inout CSVTable, generators gens: inout ComponentTables, links: inout ComponentTables,
    storage: inout ComponentTables, loads: inout ComponentTables
  ) throws {
    let heat = network.heat
    let carbon = network.study.carbonPriceCNYPerTonne
    func flat(_ values: [Double]) -> Bool { values.allSatisfy { $0 == values.first } }
    for load in network.loads {
      let name = "loads[\(load.id)]"
      if let f = load.flexibility {
        for (key, given) in [
          ("curtail_max_mwh_per_day", f.curtailMaxMWhPerDay != nil), ("shiftable_share", f.shiftableShare > 0),
        ] where given {
          throw NetworkWriteError(
            field: "\(name).\(key)",
            "\(name).\(key) has no PyPSA form; allowed for a PyPSA export: curtailable_share with "
              + "curtail_price_cny_per_mwh and curtail_max_mwh_per_year (see docs/pypsa.md)")
        }
        if f.curtailableShare > 0 {
          let peak = load.demandMW.map { max(0, $0) }.max() ?? 0
          let pu = load.demandMW.map { peak > 0 ? max(0, $0) / peak : 0 }
          let generator = "\(load.id) \(PyPSANames.loadCurtailment)"
          if !flat(pu) { gens.addSeries("p_max_pu", generator, pu) }
          let cells = [
            generator, load.bus, PyPSANames.loadCurtailment, csvNumber(f.curtailableShare * peak), "0",
            flat(pu) ? csvNumber(pu.first ?? 0) : "1", csvNumber(f.curtailPriceCNYPerMWh), "1",
          ]
          gens.add(Self.cells(cells, header: gens.header, ["e_sum_max": f.curtailMaxMWhPerYear.map(csvNumber) ?? "inf"]))
        }
      }
      if let c = load.conversion {
        if c.requiredOutputMWhPerDay != nil {
          throw NetworkWriteError(
            field: "\(name).required_output_mwh_per_day",
            "\(name).required_output_mwh_per_day has no PyPSA form; allowed for a PyPSA export: "
              + "product_value_cny_per_mwh only (see docs/pypsa.md)")
        }
        gens.add([
          "\(load.id) \(PyPSANames.conversion)", load.bus, PyPSANames.conversion, csvNumber(c.capacityMW), "-1", "0",
          csvNumber(c.efficiency * c.productValueCNYPerMWh), "1",
        ])
      }
    }
    guard !heat.isEmpty else { return }
    for area in heat.areas {
      buses.rows.append([PyPSANames.heatBus(area), csvNumber(PyPSANames.busVoltageKV), PyPSANames.heat, "0", "0", "", ""])
    }
    var supplyMW: [String: Double] = [:]
    for d in heat.demands {
      let peak = d.demandMW.map { max(0, $0) }.max() ?? 0
      let pu = d.demandMW.map { peak > 0 ? max(0, $0) / peak : 0 }
      let shed = "\(d.id) \(PyPSANames.heatShedding)"
      if !flat(pu) { gens.addSeries("p_max_pu", shed, pu) }
      gens.add([
        shed, PyPSANames.heatBus(d.area), PyPSANames.heatShedding, csvNumber(peak), "0",
        flat(pu) ? csvNumber(pu.first ?? 0) : "1", csvNumber(d.valueOfLostHeatCNYPerMWh), "1",
      ])
      let demand = d.demandMW.map { max(0, $0) }
      if !flat(demand) { loads.addSeries("p_set", d.id, demand) }
      loads.add([d.id, PyPSANames.heatBus(d.area), PyPSANames.heat, flat(demand) ? csvNumber(demand.first ?? 0) : "0"])
    }
    var generatorIndex: [String: Int] = [:]
    for (g, gen) in network.generators.enumerated() { generatorIndex[gen.id] = g }
    for unit in heat.chp {
      guard let g = generatorIndex[unit.generator] else {
        throw NetworkWriteError(
          field: "chp_units[\(unit.generator)].id", "chp_units[\(unit.generator)].id names no generator")
      }
      let gen = network.generators[g]
      let cv = unit.kind == .extraction ? unit.condensingLossFactor : 0
      let pNom = gen.capacityMW / (unit.powerToHeatRatio + cv)
      let pu = (0..<T).map { t in max(0, gen.availability?[t] ?? 1) }
      let name = "\(gen.id) chp heat"
      if !flat(pu) { gens.addSeries("p_max_pu", name, pu) }
      let cells = [
        name, PyPSANames.heatBus(unit.area), PyPSANames.heatSupply, csvNumber(pNom), "0",
        flat(pu) ? csvNumber(pu.first ?? 1) : "1",
        csvNumber(cv * (gen.marginalCostCNYPerMWh + carbon * gen.co2TonnesPerMWh)), "1",
      ]
      let chp = [
        "gridplan_chp_of": gen.id, "gridplan_chp_kind": unit.kind.rawValue,
        "gridplan_c_b": csvNumber(unit.powerToHeatRatio), "gridplan_c_v": csvNumber(cv),
      ]
      gens.add(Self.cells(cells, header: gens.header, chp))
      supplyMW[unit.area, default: 0] += pNom
    }
    for b in heat.boilers {
      gens.add([
        b.id, PyPSANames.heatBus(b.area), PyPSANames.heatSupply, csvNumber(b.capacityMW), "0", "1",
        csvNumber((b.fuelCostCNYPerMWh + carbon * b.co2TonnesPerMWhFuel) / b.efficiency), "1",
      ])
      supplyMW[b.area, default: 0] += b.capacityMW
    }
    for e in heat.electricBoilers {
      links.add([
        e.id, e.bus, PyPSANames.heatBus(e.area), "", PyPSANames.heatSupply, csvNumber(e.capacityMW),
        csvNumber(e.efficiency), "", "0", "1", csvNumber(e.marginalCostCNYPerMWh), "0",
      ])
      supplyMW[e.area, default: 0] += e.capacityMW * e.efficiency
    }
    for s in heat.stores {
      if s.powerMW == 0 && s.energyMWh > 0 {
        throw NetworkWriteError(
          field: "heat_stores[\(s.id)].power_mw",
          "heat_stores[\(s.id)].power_mw is 0 with energy_mwh \(csvNumber(s.energyMWh)); allowed for a PyPSA export: "
            + "power_mw > 0 when energy_mwh > 0 (PyPSA sizes the store as max_hours x p_nom)")
      }
      storage.add([
        s.id, PyPSANames.heatBus(s.area), PyPSANames.heatSupply, csvNumber(s.powerMW),
        csvNumber(s.powerMW > 0 ? s.energyMWh / s.powerMW : 0), "1", "1", csvNumber(s.standingLossPerHour), "true",
        "0", "0", "-1", "1", "0", "0",
      ])
      supplyMW[s.area, default: 0] += s.powerMW
    }
    for area in heat.areas {
      gens.add([
        "\(PyPSANames.heatBus(area)) \(PyPSANames.heatVent)", PyPSANames.heatBus(area), PyPSANames.heatVent,
        csvNumber(max(supplyMW[area] ?? 0, 1)), "-1", "0", "0", "1",
      ])
    }
  }

  /// A row's leading cells, padded to the header, with `named` cells set by column name.
  static func cells(_ leading: [String], header: [String], _ named: [String: String]) -> [String] {
    var row = leading + [String](repeating: "", count: max(0, header.count - leading.count))
    for (key, value) in named {
      if let c = header.firstIndex(of: key) { row[c] = value }
    }
    return row
  }
}
