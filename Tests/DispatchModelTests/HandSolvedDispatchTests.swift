import Testing
import GridModel
import LinearProgramming
@testable import DispatchModel

/// Small networks whose optimal dispatch can be worked out by hand (the reasoning is in each comment).
@Suite("Hand-solved dispatch")
struct HandSolvedDispatchTests {
  static let carriers = [
    Carrier(id: "coal", clean: false), Carrier(id: "gas", clean: false), Carrier(id: "wind", clean: true),
    Carrier(id: "battery", clean: false),
  ]

  static func snapshots(_ n: Int, month: Int = 7) -> [String] {
    (0..<n).map { String(format: "2024-%02d-01T%02d:00", month, $0 % 24) }
  }

  static func solve(_ net: Network) throws -> DispatchResult {
    let r = try DispatchProblem(network: net).solve()
    #expect(r.status == .optimal, "\(r.statusReason)")
    return r
  }

  /// One bus, 150 MW of load, coal 100 MW at 200 and gas 100 MW at 500: coal runs flat out, gas gives the last
  /// 50 MW and sets the price (500); cost = 100·200 + 50·500 = 45,000 per hour.
  @Test func meritOrder() throws {
    let net = Network(
      name: "merit", carriers: Self.carriers, buses: [Bus(id: "A")],
      generators: [
        Generator(id: "coal", bus: "A", carrier: "coal", capacityMW: 100, marginalCostCNYPerMWh: 200),
        Generator(id: "gas", bus: "A", carrier: "gas", capacityMW: 100, marginalCostCNYPerMWh: 500),
      ],
      loads: [Load(id: "d", bus: "A", demandMW: [150, 150])], snapshots: Self.snapshots(2))
    let r = try Self.solve(net)
    #expect(abs(r.generatorP[0][0] - 100) < 1e-5 && abs(r.generatorP[1][0] - 50) < 1e-5)
    #expect(abs(r.busMarginalPrice[0][0] - 500) < 1e-4)
    #expect(abs(r.objectiveCNY - 2 * 45_000) < 1e-3)
  }

  /// Two buses joined by a 60 MW line: cheap coal (100 at 200) at A, load 100 at B with gas (100 at 500).
  /// The line carries 60 MW, gas makes 40; prices split: A = 200 (coal marginal), B = 500 (gas marginal).
  @Test func congestionSplitsPrices() throws {
    let net = Network(
      name: "congestion", carriers: Self.carriers, buses: [Bus(id: "A"), Bus(id: "B")],
      lines: [Line(id: "AB", bus0: "A", bus1: "B", ratingMW: 60, reactanceOhm: 10, voltageKV: 500)],
      generators: [
        Generator(id: "coal", bus: "A", carrier: "coal", capacityMW: 100, marginalCostCNYPerMWh: 200),
        Generator(id: "gas", bus: "B", carrier: "gas", capacityMW: 100, marginalCostCNYPerMWh: 500),
      ],
      loads: [Load(id: "d", bus: "B", demandMW: [100])], snapshots: Self.snapshots(1))
    let r = try Self.solve(net)
    #expect(abs(r.lineP0[0][0] - 60) < 1e-5)
    #expect(abs(r.generatorP[1][0] - 40) < 1e-5)
    #expect(abs(r.busMarginalPrice[0][0] - 200) < 1e-4)
    #expect(abs(r.busMarginalPrice[1][0] - 500) < 1e-4)
  }

  /// A triangle A-B-C with equal reactances: 90 MW injected at A and taken at C splits 2:1 between the direct
  /// line A-C (60) and the path A-B-C (30), as KVL demands.
  @Test func kirchhoffSplitsFlows() throws {
    let lines = [
      Line(id: "AB", bus0: "A", bus1: "B", ratingMW: 1000, reactanceOhm: 10, voltageKV: 500),
      Line(id: "BC", bus0: "B", bus1: "C", ratingMW: 1000, reactanceOhm: 10, voltageKV: 500),
      Line(id: "AC", bus0: "A", bus1: "C", ratingMW: 1000, reactanceOhm: 10, voltageKV: 500),
    ]
    let net = Network(
      name: "kvl", carriers: Self.carriers, buses: [Bus(id: "A"), Bus(id: "B"), Bus(id: "C")], lines: lines,
      generators: [Generator(id: "g", bus: "A", carrier: "coal", capacityMW: 200, marginalCostCNYPerMWh: 100)],
      loads: [Load(id: "d", bus: "C", demandMW: [90])], snapshots: Self.snapshots(1))
    let r = try Self.solve(net)
    #expect(abs(r.lineP0[2][0] - 60) < 1e-5)
    #expect(abs(r.lineP0[0][0] - 30) < 1e-5 && abs(r.lineP0[1][0] - 30) < 1e-5)
  }

  /// Storage arbitrage: load 100 in both hours; coal 100 MW at 100 in hour 0 but only 50 MW available in hour 1
  /// (availability 0.5); gas at 1000. A lossless 50 MW / 50 MWh battery, starting empty (fixed 0): the coal
  /// can't run above 100 in hour 0, so the battery can't charge there either... give coal 150 MW and availability
  /// (1, 1/3): hour 0 coal 150 = load 100 + charge 50; hour 1 coal 50 + discharge 50 = load 100; no gas at all.
  @Test func storageArbitrage() throws {
    let net = Network(
      name: "arbitrage", carriers: Self.carriers, buses: [Bus(id: "A")],
      generators: [
        Generator(id: "coal", bus: "A", carrier: "coal", capacityMW: 150, availability: [1, 1.0 / 3],
                  marginalCostCNYPerMWh: 100),
        Generator(id: "gas", bus: "A", carrier: "gas", capacityMW: 100, marginalCostCNYPerMWh: 1000),
      ],
      storageUnits: [StorageUnit(id: "bat", bus: "A", carrier: "battery", powerMW: 50, energyMWh: 50,
                                 initialStateOfCharge: .fixed(0))],
      loads: [Load(id: "d", bus: "A", demandMW: [100, 100])], snapshots: Self.snapshots(2))
    let r = try Self.solve(net)
    #expect(abs(r.storageP[0][0] - -50) < 1e-5 && abs(r.storageP[0][1] - 50) < 1e-5)
    #expect(abs(r.generatorP[1][0]) < 1e-5 && abs(r.generatorP[1][1]) < 1e-5)
    #expect(abs(r.stateOfCharge[0][0] - 50) < 1e-5)
  }

  /// CHP must-run forces curtailment: in January (heating season) a 100 MW CHP unit must make 50 MW; load is 80 and
  /// wind offers 60 at zero cost, so wind can only give 30 and 30 MW is curtailed. In July the same unit may drop
  /// to its p_min (0), so wind gives 60 and coal 20.
  @Test(arguments: [1, 7]) func chpMustRunForcesCurtailment(month: Int) throws {
    let net = Network(
      name: "chp", heatingSeasons: ["MX": HeatingSeason(startMonth: 10, startDay: 15, endMonth: 4, endDay: 15)],
      carriers: Self.carriers, buses: [Bus(id: "A", area: "MX")],
      generators: [
        Generator(id: "chp", bus: "A", carrier: "coal", capacityMW: 100, heatingMustRunPU: 0.5,
                  marginalCostCNYPerMWh: 250),
        Generator(id: "wind", bus: "A", carrier: "wind", capacityMW: 100, availability: [0.6]),
      ],
      loads: [Load(id: "d", bus: "A", demandMW: [80])], snapshots: Self.snapshots(1, month: month))
    let r = try Self.solve(net)
    if month == 1 {
      #expect(abs(r.generatorP[0][0] - 50) < 1e-5 && abs(r.generatorP[1][0] - 30) < 1e-5)
      #expect(abs(r.generatorCurtailment[1][0] - 30) < 1e-5)
    } else {
      #expect(abs(r.generatorP[0][0] - 20) < 1e-5 && abs(r.generatorP[1][0] - 60) < 1e-5)
      #expect(abs(r.generatorCurtailment[1][0]) < 1e-5)
    }
  }

  /// Supply short by 30 MW: 30 MW of load is shed and the price is the value of lost load (10,000).
  @Test func loadSheddingWhenShort() throws {
    let net = Network(
      name: "short", carriers: Self.carriers, buses: [Bus(id: "A")],
      generators: [Generator(id: "g", bus: "A", carrier: "coal", capacityMW: 70, marginalCostCNYPerMWh: 300)],
      loads: [Load(id: "d", bus: "A", demandMW: [100], valueOfLostLoadCNYPerMWh: 10_000)],
      snapshots: Self.snapshots(1))
    let r = try Self.solve(net)
    #expect(abs(r.loadShed[0][0] - 30) < 1e-5)
    #expect(abs(r.busMarginalPrice[0][0] - 10_000) < 1e-3)
  }

  /// Export against a receiving-end price: coal at 200 can sell over a 95%-efficient link to an external bus paying
  /// 400, worth 380 > 200 per MW sent, so the link runs at its 50 MW rating on top of the 30 MW local load.
  @Test func exportAgainstReceivingPrice() throws {
    let net = Network(
      name: "export", carriers: Self.carriers,
      buses: [Bus(id: "A"), Bus(id: "X", external: true, priceCNYPerMWh: 400)],
      links: [Link(id: "ux", bus0: "A", bus1: "X", ratingMW: 50, efficiency: 0.95)],
      generators: [Generator(id: "g", bus: "A", carrier: "coal", capacityMW: 100, marginalCostCNYPerMWh: 200)],
      loads: [Load(id: "d", bus: "A", demandMW: [30])], snapshots: Self.snapshots(1))
    let r = try Self.solve(net)
    #expect(abs(r.linkP0[0][0] - 50) < 1e-5 && abs(r.generatorP[0][0] - 80) < 1e-5)
    #expect(abs(r.objectiveCNY - (80 * 200 - 0.95 * 400 * 50)) < 1e-3)
  }
}

extension HandSolvedDispatchTests {
  /// A scheduled corridor: 60 MW scheduled in both hours; the sending bus has coal 120 MW and a 50 MW load, so in hour
  /// 0 it delivers the 60 MW (coal 110); in hour 1 coal is only 80 MW available (availability 2/3) and the load is
  /// served first, so 30 MW go out and 30 MW are short (3,000 each, cheaper than shedding load at 10,000).
  @Test func scheduledCorridorWithShortfall() throws {
    let net = Network(
      name: "schedule", carriers: Self.carriers,
      buses: [Bus(id: "A"), Bus(id: "X", external: true, priceCNYPerMWh: 300)],
      links: [Link(id: "ux", bus0: "A", bus1: "X", ratingMW: 100, delivery: .schedule([60, 60]))],
      generators: [Generator(id: "g", bus: "A", carrier: "coal", capacityMW: 120, availability: [1, 2.0 / 3],
                             marginalCostCNYPerMWh: 200)],
      loads: [Load(id: "d", bus: "A", demandMW: [50, 50])], snapshots: Self.snapshots(2))
    let r = try Self.solve(net)
    #expect(abs(r.linkP0[0][0] - 60) < 1e-5 && abs(r.linkP0[0][1] - 30) < 1e-5)
    #expect(abs(r.linkShortfall[0][1] - 30) < 1e-5 && abs(r.loadShed[0][1]) < 1e-5)
    // Cost: coal 110·200 + 80·200, revenue 90·300, shortfall 30·3000.
    #expect(abs(r.objectiveCNY - (190 * 200 - 90 * 300 + 30 * 3000)) < 1e-3)
  }
}

extension HandSolvedDispatchTests {
  static func carbonNetwork(price: Double, cap: Double?, load: Double = 100) -> Network {
    Network(
      name: "carbon", study: StudySettings(carbonPriceCNYPerTonne: price, co2CapTonnes: cap), carriers: Self.carriers,
      buses: [Bus(id: "A")],
      generators: [
        Generator(id: "coal", bus: "A", carrier: "coal", capacityMW: 100, marginalCostCNYPerMWh: 200,
                  co2TonnesPerMWh: 1.0),
        Generator(id: "gas", bus: "A", carrier: "gas", capacityMW: 100, marginalCostCNYPerMWh: 350,
                  co2TonnesPerMWh: 0.4),
      ],
      loads: [Load(id: "d", bus: "A", demandMW: [load, load, load])], snapshots: Self.snapshots(3))
  }

  /// A carbon price of 300 CNY/t makes coal 200 + 300 = 500 and gas 350 + 120 = 470: gas takes the 90 MW load and,
  /// being marginal below its capacity, sets the price at 470.
  @Test func carbonPriceReordersMeritOrder() throws {
    let r = try Self.solve(Self.carbonNetwork(price: 300, cap: nil, load: 90))
    #expect(abs(r.generatorP[1][0] - 90) < 1e-5 && abs(r.generatorP[0][0]) < 1e-5)
    #expect(abs(r.busMarginalPrice[0][0] - 470) < 1e-4)
  }

  /// A CO2 cap of 180 t over three hours of 100 MW: coal x MWh, gas 300 - x, CO2 = x + 0.4 (300 - x) <= 180 gives
  /// x <= 100. The cap binds; each tonne saved by replacing coal with gas costs (350 - 200) / 0.6 = 250 CNY/t.
  @Test func co2CapBinds() throws {
    let r = try Self.solve(Self.carbonNetwork(price: 0, cap: 180))
    let coal = r.generatorP[0].reduce(0, +)
    #expect(abs(coal - 100) < 1e-4)
    #expect(abs((r.co2ShadowPriceCNYPerTonne ?? 0) - 250) < 1e-3)
  }
}

extension HandSolvedDispatchTests {
  /// A four-hour study with a large cyclic battery on one bus (a degenerate border for the staged backend): wind
  /// 0, 100, 0, 100 MW, load 50 MW flat, coal at 300. The battery stores wind surplus (50 MW in hours 1 and 3) and
  /// returns it in hours 2 and 0 (cyclically): no coal at all; the cost is the 100 MWh discharged at the default
  /// cycling cost of 1 CNY/MWh.
  @Test func tinyCyclicBatteryStudy() throws {
    let net = Network(
      name: "tiny", carriers: Self.carriers, buses: [Bus(id: "A")],
      generators: [
        Generator(id: "wind", bus: "A", carrier: "wind", capacityMW: 100, availability: [0, 1, 0, 1]),
        Generator(id: "coal", bus: "A", carrier: "coal", capacityMW: 100, marginalCostCNYPerMWh: 300),
      ],
      storageUnits: [StorageUnit(id: "bat", bus: "A", carrier: "battery", powerMW: 200, energyMWh: 800)],
      loads: [Load(id: "d", bus: "A", demandMW: [50, 50, 50, 50])], snapshots: Self.snapshots(4))
    let r = try Self.solve(net)
    #expect(abs(r.objectiveCNY - 100 * StorageUnit.defaultMarginalCostCNYPerMWh) < 1e-4)
    #expect(r.generatorP[1].allSatisfy { abs($0) < 1e-5 })
  }
}

extension HandSolvedDispatchTests {
  /// Curtailment is unique once discharging costs something: wind offers 200 MW in two hours, load is 100 MW, and a
  /// 100 MW / 100 MWh battery (0.9 x 0.9) could burn part of the 100 MW surplus in its losses by charging and
  /// discharging in the same hour. At 0 CNY/MWh that ties with curtailing; at the default 1 CNY/MWh the only optimum
  /// curtails 100 MW in both hours and never discharges (objective 0).
  @Test func cyclingCostMakesCurtailmentUnique() throws {
    let net = Network(
      name: "surplus", carriers: Self.carriers, buses: [Bus(id: "A")],
      generators: [Generator(id: "wind", bus: "A", carrier: "wind", capacityMW: 200)],
      storageUnits: [StorageUnit(id: "bat", bus: "A", carrier: "battery", powerMW: 100, energyMWh: 100,
                                 efficiencyCharge: 0.9, efficiencyDischarge: 0.9)],
      loads: [Load(id: "d", bus: "A", demandMW: [100, 100])], snapshots: Self.snapshots(2))
    let r = try Self.solve(net)
    #expect(abs(r.objectiveCNY) < 1e-5)
    #expect(abs(r.generatorCurtailment[0][0] - 100) < 1e-4 && abs(r.generatorCurtailment[0][1] - 100) < 1e-4)
    #expect(r.storageCharge[0].allSatisfy { abs($0) < 1e-4 }, "\(r.storageCharge[0])")
    #expect(r.storageDischarge[0].allSatisfy { abs($0) < 1e-4 }, "\(r.storageDischarge[0])")
  }
}
