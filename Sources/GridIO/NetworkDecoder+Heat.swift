import GridModel

/// The heat lists (`heat_demands`, `chp_units`, `heat_boilers`, `electric_boilers`, `heat_stores`) and the flexible
/// and converting fields of loads. Ranges are left to `Network.validate()`.
extension NetworkDecoder {
  static let loadFlexibilityKeys = [
    "curtailable_share", "curtail_price_cny_per_mwh", "curtail_max_mwh_per_day", "curtail_max_mwh_per_year",
    "shiftable_share", "shift_window_h", "shift_max_mw",
  ]
  static let loadConversionKeys = [
    "capacity_mw", "efficiency", "product_value_cny_per_mwh", "required_output_mwh_per_day",
  ]

  func decodeHeat(_ top: Fields) {
    network.heat.demands = list(top, "heat_demands", noun: "heat demand") { f, index in
      decodeDemand(f, target: .heatDemand(index))
      return HeatDemand(
        id: f.text("id") ?? "", area: f.text("area") ?? "", demandMW: [],
        valueOfLostHeatCNYPerMWh: f.number("value_of_lost_heat_cny_per_mwh", allowed: "a number >= 0")
          ?? HeatDemand.defaultValueOfLostHeatCNYPerMWh)
    }
    network.heat.chp = list(top, "chp_units", noun: "CHP unit") { f, _ in
      var kind = CHPKind.extraction
      if let n = f.node("kind"), let k = f.text("kind") {
        if let known = CHPKind(rawValue: k) {
          kind = known
        } else {
          context.bad(f.field("kind"), n, CHPKind.allCases.map(\.rawValue).joined(separator: " or "))
        }
      } else if !f.has("kind") {
        context.missing(f.field("kind"), at: f.node.location, "back_pressure or extraction")
      }
      let generator = f.text("id") ?? ""
      return CHPUnit(
        generator: generator, area: f.text("area") ?? generator, kind: kind,
        powerToHeatRatio: f.requiredNumber("c_b", allowed: "a number > 0 (MW of power per MW of heat)"),
        condensingLossFactor: f.number("c_v", allowed: "a number from 0 to 1, 1 excluded") ?? 0)
    }
    network.heat.boilers = list(top, "heat_boilers", noun: "heat boiler") { f, _ in
      HeatBoiler(
        id: f.text("id") ?? "", area: f.text("area") ?? "",
        capacityMW: f.requiredNumber("capacity_mw", allowed: "a number >= 0"),
        efficiency: f.number("efficiency", allowed: "0 < efficiency <= 1") ?? 0.85,
        fuelCostCNYPerMWh: f.number("fuel_cost_cny_per_mwh", allowed: "a number >= 0") ?? 0,
        co2TonnesPerMWhFuel: f.number("co2_t_per_mwh_fuel", allowed: "a number >= 0") ?? 0)
    }
    network.heat.electricBoilers = list(top, "electric_boilers", noun: "electric boiler") { f, _ in
      let bus = f.text("bus") ?? ""
      return ElectricBoiler(
        id: f.text("id") ?? "", bus: bus, area: f.text("area") ?? bus,
        capacityMW: f.requiredNumber("capacity_mw", allowed: "a number >= 0"),
        efficiency: f.number("efficiency", allowed: "a number > 0 (heat per unit of electricity)") ?? 0.99,
        marginalCostCNYPerMWh: f.number("marginal_cost_cny_per_mwh", allowed: "a number >= 0")
          ?? ElectricBoiler.defaultMarginalCostCNYPerMWh)
    }
    network.heat.stores = list(top, "heat_stores", noun: "heat store") { f, _ in
      let power = f.requiredNumber("power_mw", allowed: "a number >= 0")
      var energy = f.number("energy_mwh", allowed: "a number >= 0") ?? 0
      if f.has("duration_h") && f.has("energy_mwh") {
        context.fail(
          f.location("duration_h"), field: f.field("duration_h"),
          "\(f.field("duration_h")) is given with energy_mwh; allowed: either duration_h or energy_mwh")
      } else if let d = f.number("duration_h", allowed: "a number >= 0") {
        energy = power * d
        f.recordAlias("energy_mwh", from: "duration_h")
      } else if !f.has("energy_mwh") {
        context.missing(f.field("energy_mwh"), at: f.node.location, "energy_mwh, or duration_h (hours at power_mw)")
      }
      return HeatStore(
        id: f.text("id") ?? "", area: f.text("area") ?? "", powerMW: power, energyMWh: energy,
        standingLossPerHour: f.number("standing_loss_pu_per_h", allowed: "a number from 0 to 1, 1 excluded") ?? 0)
    }
  }

  /// A load's curtailable and shiftable shares (nil when it has none of their fields).
  func decodeFlexibility(_ f: Fields) -> LoadFlexibility? {
    guard Self.loadFlexibilityKeys.contains(where: f.has) else { return nil }
    let share = "a number from 0 to 1"
    let energy = "a number >= 0, or null for no cap"
    return LoadFlexibility(
      curtailableShare: f.number("curtailable_share", allowed: share) ?? 0,
      curtailPriceCNYPerMWh: f.number("curtail_price_cny_per_mwh", allowed: "a number >= 0") ?? 0,
      curtailMaxMWhPerDay: f.number("curtail_max_mwh_per_day", allowed: energy),
      curtailMaxMWhPerYear: f.number("curtail_max_mwh_per_year", allowed: energy),
      shiftableShare: f.number("shiftable_share", allowed: share) ?? 0,
      shiftWindowHours: f.integer("shift_window_h", allowed: "a whole number of hours >= 1") ?? 24,
      shiftMaxMW: f.number("shift_max_mw", allowed: "a number >= 0"))
  }

  /// A converting load's capacity, efficiency and product (nil without `capacity_mw`).
  func decodeConversion(_ f: Fields) -> LoadConversion? {
    guard f.has("capacity_mw") else {
      for key in Self.loadConversionKeys where f.has(key) {
        context.fail(
          f.location(key), field: f.field(key),
          "\(f.field(key)) is given without capacity_mw; allowed: the conversion fields (efficiency, "
            + "product_value_cny_per_mwh, required_output_mwh_per_day) only with capacity_mw")
      }
      return nil
    }
    return LoadConversion(
      capacityMW: f.requiredNumber("capacity_mw", allowed: "a number >= 0"),
      efficiency: f.number("efficiency", allowed: "0 < efficiency <= 1") ?? 1,
      productValueCNYPerMWh: f.number("product_value_cny_per_mwh", allowed: "a number") ?? 0,
      requiredOutputMWhPerDay: f.number("required_output_mwh_per_day", allowed: "a number >= 0"))
  }
}
