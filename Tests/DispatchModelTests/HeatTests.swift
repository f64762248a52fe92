import Testing
import GridModel
import LinearProgramming
@testable import DispatchModel

/// District heating on networks small enough to solve by hand (the reasoning is in each comment).
@Suite("Heat")
struct HeatTests {
  static let carriers = [Carrier(id: "coal", clean: false), Carrier(id: "wind", clean: true)]

  /// One bus A in one heat area H, one hour in July (so the heating season below covers it): wind 100 MW (free),
  /// an extraction CHP of 100 MW at 200 CNY/MWh with c_b = 0.5, c_v = 0.15 and no minimum output, electric load
  /// 80 MW, heat demand 60 MW. The CHP also carries the old fixed must-run (0.5 all year), which the heat model
  /// replaces.
  static func network(electricBoilerMW: Double?) -> Network {
    var net = Network(
      name: "heat", heatingSeasons: ["MX": HeatingSeason(startMonth: 1, startDay: 1, endMonth: 12, endDay: 31)],
      carriers: carriers, buses: [Bus(id: "A", area: "MX")],
      generators: [
        Generator(id: "chp", bus: "A", carrier: "coal", capacityMW: 100, heatingMustRunPU: 0.5,
                  marginalCostCNYPerMWh: 200),
        Generator(id: "wind", bus: "A", carrier: "wind", capacityMW: 100, availability: [1]),
      ],
      loads: [Load(id: "d", bus: "A", demandMW: [80])], snapshots: ["2024-07-01T12:00"])
    net.heat = HeatSystem(
      demands: [HeatDemand(id: "H-heat", area: "H", demandMW: [60])],
      chp: [CHPUnit(generator: "chp", area: "H", kind: .extraction, powerToHeatRatio: 0.5, condensingLossFactor: 0.15)],
      electricBoilers: electricBoilerMW.map { [ElectricBoiler(id: "eb", bus: "A", area: "H", capacityMW: $0,
                                                              efficiency: 1)] } ?? [])
    return net
  }

  static func solve(_ net: Network) throws -> DispatchResult {
    #expect(net.validate().filter { $0.severity == .error }.isEmpty, "\(net.validate())")
    let r = try DispatchProblem(network: net).solve()
    #expect(r.status == .optimal, "\(r.statusReason)")
    return r
  }

  /// The CHP's heat costs c_v · 200 = 30 CNY/MWh_th (the power it displaces at full fuel).
  ///
  /// Without the boiler the CHP is the only heat source: h = 60, so p ≥ c_b h = 30 (not the old must-run's 50);
  /// wind serves 80 - 30 = 50 and 50 MW of wind is curtailed. Cost 30 · 200 + 60 · 30 = 7,800.
  ///
  /// With a 40 MW electric boiler (efficiency 1, 1 CNY per MWh drawn) the boiler's heat e lets the CHP make 60 - e, so
  /// p ≥ 0.5 (60 - e) = 30 - 0.5 e; the bus balance is wind + p = 80 + e with wind ≤ 100. Cost 200 p falls as e
  /// rises (so does 30 h = 30 (60 - e)), until wind hits 100: wind = 80 + e - (30 - 0.5 e) = 50 + 1.5 e ≤ 100, so
  /// e = 33.33 (< 40), p = 13.33, h = 26.67, no wind curtailed; cost 200 · 13.33 + 30 · 26.67 + 33.33 = 3,500. The boiler
  /// absorbs the 50 MW the CHP floor spilled: 33.33 MW directly, 16.67 MW by lowering the CHP.
  @Test func electricBoilerAbsorbsWindTheCHPFloorCurtails() throws {
    let without = try Self.solve(Self.network(electricBoilerMW: nil))
    #expect(abs(without.generatorP[0][0] - 30) < 1e-4)
    #expect(abs(without.heat.chpHeat[0][0] - 60) < 1e-4)
    #expect(abs(without.generatorCurtailment[1][0] - 50) < 1e-4)
    #expect(abs(without.objectiveCNY - 7_800) < 1e-2)

    let with = try Self.solve(Self.network(electricBoilerMW: 40))
    #expect(abs(with.heat.electricBoilerPower[0][0] - 100.0 / 3) < 1e-4)
    #expect(abs(with.generatorP[0][0] - 40.0 / 3) < 1e-4)
    #expect(abs(with.heat.chpHeat[0][0] - 80.0 / 3) < 1e-4)
    #expect(abs(with.generatorCurtailment[1][0]) < 1e-4)
    #expect(abs(with.objectiveCNY - 3_500) < 1e-2)
  }

  /// A back-pressure unit has p = c_b h exactly (and its heat no cost of its own): heat 60 with c_b = 0.5 gives p = 30, and the heat price is the
  /// CHP's cost of that power less what it is worth to the grid: the power at A is worth 0 (wind is spilled), so one
  /// more MW of heat costs c_b · 200 = 100 CNY/MWh_th.
  @Test func backPressureRunsInItsFixedRatio() throws {
    var net = Self.network(electricBoilerMW: nil)
    net.heat.chp[0] = CHPUnit(generator: "chp", area: "H", kind: .backPressure, powerToHeatRatio: 0.5)
    let r = try Self.solve(net)
    #expect(abs(r.generatorP[0][0] - 30) < 1e-4)
    #expect(abs(r.heat.chpHeat[0][0] - 60) < 1e-4)
    #expect(abs(r.heat.price[0][0] - 100) < 1e-3)
  }

  /// Two hours, heat 60 MW in each, load 80 MW in both, wind (free) 80 MW in hour 0 only; a 100 MW electric boiler
  /// and a 60 MW / 60 MWh lossless heat store (cyclic). Without the store, hour 0 needs p ≥ 30 - 0.5 e with the
  /// boiler's e fed by p (wind = 80 + e - p ≤ 80, so e ≤ p): p = e = 20, h = 40 (each MWh of heat saved in hour 0
  /// then saves (200 + 2 · 30 + 1) / 3 = 87 CNY); hour 1 has no wind, p = 80, h = 60. Cost 200 · 20 + 30 · 40 + 20
  /// (the boiler's 1 CNY/MWh) + 200 · 80 + 30 · 60 = 23,020. With the store: at p = 80 in hour 1 the CHP can make up to
  /// min(p / c_b, (100 - p) / c_v) = min(160, 133.3) MW of heat at 30 CNY/MWh_th (< 87), 60 for the demand and
  /// 60 into the store; hour 0 takes its heat from the store, the CHP is off (p = 0) and wind serves the load. Cost
  /// 200 · 80 + 30 · 120 = 19,600. The store's level: 0 after hour 0, 60 after hour 1 (cyclic).
  @Test func heatStoreMovesCHPHeatIntoTheWindyHour() throws {
    var net = Self.network(electricBoilerMW: 100)
    net.generators[1].availability = [0.8, 0]
    net.loads[0].demandMW = [80, 80]
    net.heat.demands[0].demandMW = [60, 60]
    net.snapshots = ["2024-07-01T12:00", "2024-07-01T13:00"]
    let withoutStore = try Self.solve(net)
    #expect(abs(withoutStore.objectiveCNY - 23_020) < 1e-2)
    net.heat.stores = [HeatStore(id: "tank", area: "H", powerMW: 60, energyMWh: 60)]
    let r = try Self.solve(net)
    #expect(abs(r.objectiveCNY - 19_600) < 1e-2)
    #expect(abs(r.generatorP[0][0]) < 1e-4 && abs(r.generatorP[0][1] - 80) < 1e-4)
    #expect(abs(r.heat.storeP[0][0] - 60) < 1e-4 && abs(r.heat.storeP[0][1] + 60) < 1e-4)
    #expect(abs(r.heat.storeLevel[0][0]) < 1e-4 && abs(r.heat.storeLevel[0][1] - 60) < 1e-4)
  }
}
