import Testing
import GridModel
import LinearProgramming
@testable import DispatchModel

/// Flexible and converting loads on one-bus networks solved by hand (the reasoning is in each comment).
@Suite("Flexible loads")
struct FlexibleLoadTests {
  static let carriers = [
    Carrier(id: "coal", clean: false), Carrier(id: "gas", clean: false), Carrier(id: "wind", clean: true),
  ]

  static func snapshots(_ n: Int) -> [String] { (0..<n).map { String(format: "2024-07-01T%02d:00", $0) } }

  static func solve(_ net: Network) throws -> DispatchResult {
    #expect(net.validate().filter { $0.severity == .error }.isEmpty, "\(net.validate())")
    let r = try DispatchProblem(network: net).solve()
    #expect(r.status == .optimal, "\(r.statusReason)")
    return r
  }

  /// Two hours: wind 100 MW in hour 1 only, gas 200 MW at 500 CNY/MWh, load 80 then 40 MW with half of it
  /// shiftable within 2 hours (at most 40 MW deferred in hour 0, served back at up to 0.5 · 80 = 40 MW). Deferring
  /// 40 MW from hour 0 into the windy hour 1 saves 40 · 500 and costs 40 · 1 (the shifting cost): gas 40 in hour 0,
  /// wind 80 in hour 1, backlog 40 after hour 0 and 0 after hour 1. Cost 40 · 500 + 40 = 20,040 (40,000 without).
  /// With a window of 1 hour the backlog must be empty at the end of every hour: nothing moves, cost 40,000.
  @Test func shiftableLoadMovesIntoTheWindyHour() throws {
    var net = Network(
      name: "shift", carriers: Self.carriers, buses: [Bus(id: "A")],
      generators: [
        Generator(id: "gas", bus: "A", carrier: "gas", capacityMW: 200, marginalCostCNYPerMWh: 500),
        Generator(id: "wind", bus: "A", carrier: "wind", capacityMW: 100, availability: [0, 1]),
      ],
      loads: [Load(id: "d", bus: "A", demandMW: [80, 40])], snapshots: Self.snapshots(2))
    net.loads[0].flexibility = LoadFlexibility(shiftableShare: 0.5, shiftWindowHours: 2)
    let r = try Self.solve(net)
    #expect(abs(r.generatorP[0][0] - 40) < 1e-4 && abs(r.generatorP[0][1]) < 1e-4)
    #expect(abs(r.generatorP[1][1] - 80) < 1e-4)
    #expect(abs(r.flexible.shifted[0][0] - 40) < 1e-4 && abs(r.flexible.shifted[0][1] + 40) < 1e-4)
    #expect(abs(r.flexible.backlogMWh[0][0] - 40) < 1e-4 && abs(r.flexible.backlogMWh[0][1]) < 1e-4)
    #expect(abs(r.loadServed[0][0] - 40) < 1e-4 && abs(r.loadServed[0][1] - 80) < 1e-4)
    #expect(abs(r.objectiveCNY - 20_040) < 1e-2)

    net.loads[0].flexibility?.shiftWindowHours = 1
    let rigid = try Self.solve(net)
    #expect(abs(rigid.flexible.shifted[0][0]) < 1e-4)
    #expect(abs(rigid.objectiveCNY - 40_000) < 1e-2)
  }

  /// Coal 50 MW at 200, gas 100 MW at 500; load 120 MW then 45 MW, a quarter curtailable at 400 CNY/MWh. Hour 0:
  /// the last 70 MW would come from gas at 500 > 400, so the load sheds its whole curtailable 30 MW and gas makes
  /// 40 (the price stays 500: gas is still marginal). Hour 1: coal serves 45 MW at 200 < 400, nothing is curtailed.
  /// Cost 50·200 + 40·500 + 30·400 + 45·200 = 51,000. With a cap of 20 MWh a day only 20 MW is shed (gas 50;
  /// cost 50·200 + 50·500 + 20·400 + 45·200 = 52,000), and the same with a cap of 20 MWh over the horizon (a border
  /// row).
  @Test func curtailableLoadShedsAtItsPrice() throws {
    var net = Network(
      name: "curtail", carriers: Self.carriers, buses: [Bus(id: "A")],
      generators: [
        Generator(id: "coal", bus: "A", carrier: "coal", capacityMW: 50, marginalCostCNYPerMWh: 200),
        Generator(id: "gas", bus: "A", carrier: "gas", capacityMW: 100, marginalCostCNYPerMWh: 500),
      ],
      loads: [Load(id: "d", bus: "A", demandMW: [120, 45])], snapshots: Self.snapshots(2))
    net.loads[0].flexibility = LoadFlexibility(curtailableShare: 0.25, curtailPriceCNYPerMWh: 400)
    let r = try Self.solve(net)
    #expect(abs(r.flexible.curtailed[0][0] - 30) < 1e-4 && abs(r.flexible.curtailed[0][1]) < 1e-4)
    #expect(abs(r.generatorP[1][0] - 40) < 1e-4)
    #expect(abs(r.busMarginalPrice[0][0] - 500) < 1e-3)
    #expect(abs(r.objectiveCNY - 51_000) < 1e-2)

    for cap in [LoadFlexibility(curtailableShare: 0.25, curtailPriceCNYPerMWh: 400, curtailMaxMWhPerDay: 20),
                LoadFlexibility(curtailableShare: 0.25, curtailPriceCNYPerMWh: 400, curtailMaxMWhPerYear: 20)] {
      net.loads[0].flexibility = cap
      let capped = try Self.solve(net)
      #expect(abs(capped.flexible.curtailed[0][0] - 20) < 1e-4)
      #expect(abs(capped.objectiveCNY - 52_000) < 1e-2)
    }
  }

  /// Coal 100 MW at 200, gas 100 MW at 500, wind 100 MW in hour 0 only; load 50, 50, 100 MW; an electrolyser of
  /// 60 MW, efficiency 0.5, hydrogen worth 700 CNY/MWh: it pays up to 0.5 · 700 = 350 CNY per MWh of electricity.
  /// Hour 0: 50 MW of spare wind and coal at 200 < 350: it runs at 60 (wind 100, coal 10). Hour 1: coal has 50 MW
  /// spare at 200 < 350, gas costs 500 > 350: it draws 50 and sets the price at 350. Hour 2: coal is used up by the
  /// load, gas at 500 > 350: it stays off. Cost (10 + 100 + 100) · 200 - 350 · (60 + 50) = 3,500.
  /// With 50 MW, no product value and a required output of 320 MWh of hydrogen a day, the 3-hour horizon (a part
  /// day) must make 320 · 3/24 = 40 MWh of hydrogen, 80 MWh of electricity: the cheapest are 50 MWh of spare wind in
  /// hour 0 and 30 from coal in hour 1; cost (0 + 80 + 100) · 200 = 36,000.
  @Test func electrolyserRunsOnlyBelowItsProductValue() throws {
    var net = Network(
      name: "electrolyser", carriers: Self.carriers, buses: [Bus(id: "A")],
      generators: [
        Generator(id: "coal", bus: "A", carrier: "coal", capacityMW: 100, marginalCostCNYPerMWh: 200),
        Generator(id: "gas", bus: "A", carrier: "gas", capacityMW: 100, marginalCostCNYPerMWh: 500),
        Generator(id: "wind", bus: "A", carrier: "wind", capacityMW: 100, availability: [1, 0, 0]),
      ],
      loads: [
        Load(id: "d", bus: "A", demandMW: [50, 50, 100]),
        Load(id: "h2", bus: "A", demandMW: [0, 0, 0]),
      ], snapshots: Self.snapshots(3))
    net.loads[1].conversion = LoadConversion(capacityMW: 60, efficiency: 0.5, productValueCNYPerMWh: 700)
    let r = try Self.solve(net)
    #expect(abs(r.flexible.drawn[1][0] - 60) < 1e-4)
    #expect(abs(r.flexible.drawn[1][1] - 50) < 1e-4)
    #expect(abs(r.flexible.drawn[1][2]) < 1e-4)
    #expect(abs(r.busMarginalPrice[0][1] - 350) < 1e-3)
    #expect(abs(r.objectiveCNY - 3_500) < 1e-2)

    net.loads[1].conversion = LoadConversion(capacityMW: 50, efficiency: 0.5, requiredOutputMWhPerDay: 320)
    let required = try Self.solve(net)
    #expect(abs(required.flexible.drawn[1][0] - 50) < 1e-4)
    #expect(abs(required.flexible.drawn[1][1] - 30) < 1e-4)
    #expect(abs(required.flexible.drawn[1][2]) < 1e-4)
    #expect(abs(required.objectiveCNY - 36_000) < 1e-2)
  }
}
