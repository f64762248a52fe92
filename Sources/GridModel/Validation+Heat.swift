/// The checks of the heat lists and of flexible and converting loads (see `Networks/FORMAT.md`, "Heat" and
/// "Flexible loads").
extension NetworkValidator {
  mutating func checkHeat() {
    let heat = network.heat
    checkIDs("heat_demands", heat.demands.map(\.id), noun: "heat demand")
    checkIDs("chp_units", heat.chp.map(\.generator), noun: "CHP unit")
    checkIDs("heat_boilers", heat.boilers.map(\.id), noun: "heat boiler")
    checkIDs("electric_boilers", heat.electricBoilers.map(\.id), noun: "electric boiler")
    checkIDs("heat_stores", heat.stores.map(\.id), noun: "heat store")
    let sources = Set(heat.chp.map(\.area) + heat.boilers.map(\.area) + heat.electricBoilers.map(\.area))
    let demanded = Set(heat.demands.map(\.area))
    let sourceList = ValidationProblem.listing(sources.sorted())
    for (i, d) in heat.demands.enumerated() {
      let name = Self.name("heat_demands", d.id, i)
      if d.area.isEmpty {
        error("\(name).area", "missing", "the name of a heat area (a city's district-heating network)")
      } else if !sources.contains(d.area) {
        error(
          "\(name).area", "\(ValidationProblem.show(d.area)), an area with no heat source",
          "an area that a CHP unit, heat boiler or electric boiler serves: \(sourceList)")
      }
      demand(name, d.demandMW, allowed: "a heat demand in MW >= 0")
      nonNegative("\(name).value_of_lost_heat_cny_per_mwh", d.valueOfLostHeatCNYPerMWh)
    }
    let generators = network.generators.map(\.id)
    for (i, u) in heat.chp.enumerated() {
      let name = Self.name("chp_units", u.generator, i)
      if !u.generator.isEmpty && !generators.contains(u.generator) {
        let hint = ValidationProblem.suggestion(for: u.generator, among: generators).map { " (did you mean \($0)?)" }
        error(
          "\(name).id", ValidationProblem.show(u.generator) + (hint ?? ""),
          "the id of a generator that makes the heat: \(ValidationProblem.listing(generators))")
      }
      number(
        "\(name).c_b", u.powerToHeatRatio, min: 0, max: 10, minOpen: true,
        allowed: "a power-to-heat ratio > 0 and <= 10 (MW of power per MW of heat; about 0.5-1.2 for coal CHP)")
      number(
        "\(name).c_v", u.condensingLossFactor, min: 0, max: 1, maxOpen: true,
        allowed: "a condensing loss factor from 0 to 1, 1 excluded (about 0.1-0.2)")
      if u.kind == .backPressure && u.condensingLossFactor != 0 {
        error(
          "\(name).c_v", ValidationProblem.show(u.condensingLossFactor),
          "no c_v for kind back_pressure (power and heat in the fixed ratio c_b); c_v is for kind extraction")
      }
      heatArea("\(name).area", u.area, demanded: demanded)
    }
    for (i, b) in heat.boilers.enumerated() {
      let name = Self.name("heat_boilers", b.id, i)
      nonNegative("\(name).capacity_mw", b.capacityMW)
      number("\(name).efficiency", b.efficiency, min: 0, max: 1, minOpen: true, allowed: "0 < efficiency <= 1")
      nonNegative("\(name).fuel_cost_cny_per_mwh", b.fuelCostCNYPerMWh)
      nonNegative("\(name).co2_t_per_mwh_fuel", b.co2TonnesPerMWhFuel)
      heatArea("\(name).area", b.area, demanded: demanded)
    }
    for (i, e) in heat.electricBoilers.enumerated() {
      let name = Self.name("electric_boilers", e.id, i)
      _ = internalBus("\(name).bus", e.bus)
      nonNegative("\(name).capacity_mw", e.capacityMW)
      number(
        "\(name).efficiency", e.efficiency, min: 0, max: 6, minOpen: true,
        allowed: "a number > 0 and <= 6 (heat per unit of electricity: about 0.99 for a boiler, 2-4 for a heat pump)")
      nonNegative("\(name).marginal_cost_cny_per_mwh", e.marginalCostCNYPerMWh)
      heatArea("\(name).area", e.area, demanded: demanded)
    }
    for (i, s) in heat.stores.enumerated() {
      let name = Self.name("heat_stores", s.id, i)
      nonNegative("\(name).power_mw", s.powerMW)
      nonNegative("\(name).energy_mwh", s.energyMWh)
      number(
        "\(name).standing_loss_pu_per_h", s.standingLossPerHour, min: 0, max: 1, maxOpen: true,
        allowed: "a number from 0 to 1, 1 excluded")
      heatArea("\(name).area", s.area, demanded: demanded)
    }
  }

  /// A heat unit's area: required; a warning when no heat demand is in it (the unit would only vent heat).
  private mutating func heatArea(_ field: String, _ area: String, demanded: Set<String>) {
    if area.isEmpty {
      error(field, "missing", "the name of a heat area (a city's district-heating network)")
    } else if !demanded.contains(area) {
      warning(
        field, "\(ValidationProblem.show(area)), an area with no heat demand",
        "an area named by a heat demand: \(ValidationProblem.listing(demanded.sorted()))")
    }
  }

  mutating func checkFlexibleLoads() {
    for (i, l) in network.loads.enumerated() {
      let name = Self.name("loads", l.id, i)
      if let f = l.flexibility {
        fraction("\(name).curtailable_share", f.curtailableShare)
        fraction("\(name).shiftable_share", f.shiftableShare)
        if f.curtailableShare + f.shiftableShare > 1 + 1e-12 {
          error(
            "\(name).shiftable_share", ValidationProblem.show(f.shiftableShare),
            "a share that, with curtailable_share (\(ValidationProblem.show(f.curtailableShare))), adds up to at "
              + "most 1")
        }
        nonNegative("\(name).curtail_price_cny_per_mwh", f.curtailPriceCNYPerMWh)
        if let cap = f.curtailMaxMWhPerDay { nonNegative("\(name).curtail_max_mwh_per_day", cap) }
        if let cap = f.curtailMaxMWhPerYear { nonNegative("\(name).curtail_max_mwh_per_year", cap) }
        if f.shiftableShare > 0 && (f.shiftWindowHours < 1 || f.shiftWindowHours > max(hours, 1)) {
          error(
            "\(name).shift_window_h", String(f.shiftWindowHours),
            "a whole number of hours from 1 to the horizon's \(hours)")
        }
        if let m = f.shiftMaxMW { nonNegative("\(name).shift_max_mw", m) }
      }
      if let c = l.conversion {
        nonNegative("\(name).capacity_mw", c.capacityMW)
        number("\(name).efficiency", c.efficiency, min: 0, max: 1, minOpen: true, allowed: "0 < efficiency <= 1")
        number("\(name).product_value_cny_per_mwh", c.productValueCNYPerMWh, allowed: "a finite number")
        if let q = c.requiredOutputMWhPerDay {
          let most = c.capacityMW * c.efficiency * 24
          number(
            "\(name).required_output_mwh_per_day", q, min: 0, max: most.isFinite ? most : nil,
            allowed: "a number from 0 to capacity_mw x efficiency x 24 (\(ValidationProblem.show(most)))")
        }
      }
    }
  }
}
