import Testing
import GridModel
import LinearProgramming
@testable import DispatchModel

/// Linearised unit commitment on networks small enough to solve by hand (the reasoning is in each comment). One bus,
/// a load of 100 MW, wind at zero cost (curtailment is free), a committable coal cluster of 100 MW at 200 CNY/MWh with
/// minimum stable output 0.5 of its committed capacity, and gas at 1,000 CNY/MWh as the expensive alternative.
@Suite("Unit commitment, hand-solved")
struct CommitmentTests {
  static let carriers = HandSolvedDispatchTests.carriers

  static func network(wind: [Double], commitment: UnitCommitment?, mustRun: Double? = nil, month: Int = 7,
                      load: Double = 100) -> Network {
    Network(
      name: "commitment", heatingSeasons: ["MX": HeatingSeason(startMonth: 10, startDay: 15, endMonth: 4, endDay: 15)],
      carriers: carriers, buses: [Bus(id: "A", area: "MX")],
      generators: [
        Generator(id: "coal", bus: "A", carrier: "coal", capacityMW: 100, pMinPU: 0.5, heatingMustRunPU: mustRun,
                  marginalCostCNYPerMWh: 200, commitment: commitment),
        Generator(id: "wind", bus: "A", carrier: "wind", capacityMW: 100, availability: wind),
        Generator(id: "gas", bus: "A", carrier: "gas", capacityMW: 100, marginalCostCNYPerMWh: 1_000),
      ],
      loads: [Load(id: "d", bus: "A", demandMW: [Double](repeating: load, count: wind.count))],
      snapshots: HandSolvedDispatchTests.snapshots(wind.count, month: month))
  }

  static func solve(_ net: Network) throws -> DispatchResult {
    let r = try DispatchProblem(network: net).solve()
    #expect(r.status == .optimal, "\(r.statusReason)")
    return r
  }

  /// Hour 0: wind 120 MW covers the 100 MW load, so the residual load (0) is below coal's minimum output (50): the
  /// cluster shuts down (u = 0), wind gives 100. Hour 1: wind 70, residual 30: coal commits 30% (start-up
  /// 0.3 · 100 MW · 10 CNY/MW = 300; committing more only costs more start-up) and runs it at full output, 30 MW,
  /// 6,000; keeping 30% committed through hour 0 instead would cost p ≥ 15 MW · 200 = 3,000 > 300, and gas costs
  /// 30,000. Objective 6,300. Without commitment the coal runs at 50 MW in hour 0 and curtails 70 of wind.
  @Test func minimumOutputAboveResidualLoadKeepsUnitOff() throws {
    let uc = UnitCommitment(startUpCostCNYPerMW: 10)
    let r = try Self.solve(Self.network(wind: [1.2, 0.7], commitment: uc))
    #expect(abs(r.generatorStatus[0][0]) < 1e-6 && abs(r.generatorP[0][0]) < 1e-5)
    #expect(abs(r.generatorP[1][0] - 100) < 1e-5)
    #expect(abs(r.generatorShutDown[0][0] - 1) < 1e-6)
    #expect(abs(r.generatorStatus[0][1] - 0.3) < 1e-6 && abs(r.generatorStartUp[0][1] - 0.3) < 1e-6)
    #expect(abs(r.generatorP[0][1] - 30) < 1e-5)
    #expect(abs(r.objectiveCNY - 6_300) < 1e-3)
    let always = try Self.solve(Self.network(wind: [1.2, 0.7], commitment: nil))
    #expect(abs(always.generatorP[0][0] - 50) < 1e-5 && abs(always.generatorCurtailment[1][0] - 70) < 1e-5)
  }

  /// Wind (0, 1, 0) x 100 MW against a load of 100: coal must give 100 in hours 0 and 2, nothing is needed from it in
  /// hour 1. Staying committed through the dip costs its minimum output, 50 MW · 200 = 10,000; shutting down costs a
  /// restart of the whole 100 MW, 100 · S. The relaxation is linear in the share kept on, so it keeps all or none:
  /// S = 150 CNY/MW (15,000 > 10,000) keeps the unit on, cost 20,000 + 10,000 + 20,000 = 50,000; S = 50 (5,000)
  /// shuts it down and restarts, cost 20,000 + 0 + 5,000 + 20,000 = 45,000.
  @Test(arguments: [150.0, 50.0]) func startUpCostKeepsUnitOnThroughShortDip(startUpCost: Double) throws {
    let r = try Self.solve(Self.network(wind: [0, 1, 0], commitment: UnitCommitment(startUpCostCNYPerMW: startUpCost)))
    if startUpCost > 100 {
      #expect(abs(r.generatorStatus[0][1] - 1) < 1e-6 && abs(r.generatorP[0][1] - 50) < 1e-5)
      #expect(abs(r.generatorStartUp[0][2]) < 1e-6)
      #expect(abs(r.objectiveCNY - 50_000) < 1e-3)
    } else {
      #expect(abs(r.generatorStatus[0][1]) < 1e-6 && abs(r.generatorP[0][1]) < 1e-5)
      #expect(abs(r.generatorStartUp[0][2] - 1) < 1e-6)
      #expect(abs(r.objectiveCNY - 45_000) < 1e-3)
    }
  }

  /// The cluster was off before the horizon (5 hours down) and must start in hour 0 (wind 0; gas at 1,000 is the
  /// only other source: starting x of the coal saves 80,000 x in hour 0 and its minimum output costs at most
  /// 20,000 x later). A minimum up time of 3 hours keeps it committed in hours 1 and 2 although wind covers the load
  /// there: 50 MW of coal, 50 MW of wind curtailed; in hour 3 it may shut down. Cost 200 · (100 + 50 + 50) = 40,000.
  /// With a minimum up time of 1 it shuts down in hour 1: cost 20,000.
  @Test(arguments: [3, 1]) func minimumUpTimeKeepsUnitOn(minUp: Int) throws {
    let uc = UnitCommitment(minUpTimeHours: minUp, downTimeBeforeHours: 5)
    let r = try Self.solve(Self.network(wind: [0, 1, 1, 1], commitment: uc))
    #expect(abs(r.generatorStartUp[0][0] - 1) < 1e-6)
    if minUp == 3 {
      for t in 1...2 {
        #expect(abs(r.generatorStatus[0][t] - 1) < 1e-6 && abs(r.generatorP[0][t] - 50) < 1e-5)
        #expect(abs(r.generatorCurtailment[1][t] - 50) < 1e-5)
      }
      #expect(abs(r.generatorStatus[0][3]) < 1e-6)
      #expect(abs(r.objectiveCNY - 40_000) < 1e-3)
    } else {
      #expect(abs(r.generatorStatus[0][1]) < 1e-6)
      #expect(abs(r.objectiveCNY - 20_000) < 1e-3)
    }
  }

  /// A cluster that started 1 hour before the horizon (up time before 1) with a minimum up time of 3 must stay
  /// committed in hours 0 and 1 (PyPSA's `up_time_before`): with wind covering the load it runs at its minimum,
  /// 50 MW, in both, then shuts down: cost 2 · 50 · 200 = 20,000.
  @Test func upTimeBeforeCarriesIntoHorizon() throws {
    let uc = UnitCommitment(minUpTimeHours: 3, upTimeBeforeHours: 1)
    let r = try Self.solve(Self.network(wind: [1, 1, 1, 1], commitment: uc))
    #expect(abs(r.generatorStatus[0][1] - 1) < 1e-6 && abs(r.generatorStatus[0][2]) < 1e-6)
    #expect(abs(r.objectiveCNY - 20_000) < 1e-3)
  }

  /// A CHP cluster with must-run 0.3 and minimum stable output 0.5; load 80, wind 80 at zero cost. In January (heating
  /// season) the floor holds on committed capacity: status ≥ 0.3 and output ≥ 0.3 · 100 = 30 MW (the committed 30%
  /// at its minimum would allow 15), so coal 30, wind 50, 30 curtailed, cost 6,000. In July the cluster is off and
  /// wind covers the load. Without commitment the whole fleet is online in January at max(0.5, 0.3) · 100 = 50 MW.
  @Test(arguments: [1, 7]) func chpFloorHoldsOnCommittedCapacity(month: Int) throws {
    let net = Self.network(wind: [0.8], commitment: UnitCommitment(), mustRun: 0.3, month: month, load: 80)
    let r = try Self.solve(net)
    if month == 1 {
      #expect(r.generatorStatus[0][0] >= 0.3 - 1e-6)
      #expect(abs(r.generatorP[0][0] - 30) < 1e-5 && abs(r.generatorCurtailment[1][0] - 30) < 1e-5)
      #expect(abs(r.objectiveCNY - 6_000) < 1e-3)
      let always = try Self.solve(Self.network(wind: [0.8], commitment: nil, mustRun: 0.3, month: 1, load: 80))
      #expect(abs(always.generatorP[0][0] - 50) < 1e-5)
    } else {
      #expect(abs(r.generatorP[0][0]) < 1e-5 && abs(r.generatorStatus[0][0]) < 1e-6)
      #expect(abs(r.objectiveCNY) < 1e-3)
    }
  }
}

/// Operating reserves solved by hand.
@Suite("Reserves, hand-solved")
struct ReserveTests {
  /// One bus of area MX, load 100 MW; two committable coal clusters of 100 MW with minimum output 0.5 of committed
  /// capacity: A at 200 CNY/MWh, B at 300. Without reserves A alone runs, 100 MW, cost 20,000. An upward reserve of
  /// 30% of load (30 MW) needs committed headroom 100 (u_A + u_B) - 100 ≥ 30, so u_B ≥ 0.3 (u_A ≤ 1) and B must make
  /// at least 0.5 · 30 = 15 MW: A 85, B 15, cost 85 · 200 + 15 · 300 = 21,500. One more MW of reserve commits 1% more
  /// of B, whose 0.5 MW more output displaces 0.5 MW of A: the reserve price is 0.5 · (300 - 200) = 50 CNY per MW.
  @Test(arguments: [0.0, 0.3]) func reserveCommitsExtraUnitAndIsPriced(share: Double) throws {
    var net = Network(
      name: "reserve", carriers: HandSolvedDispatchTests.carriers, buses: [Bus(id: "A", area: "MX")],
      generators: [
        Generator(id: "A", bus: "A", carrier: "coal", capacityMW: 100, pMinPU: 0.5, marginalCostCNYPerMWh: 200,
                  commitment: UnitCommitment()),
        Generator(id: "B", bus: "A", carrier: "coal", capacityMW: 100, pMinPU: 0.5, marginalCostCNYPerMWh: 300,
                  commitment: UnitCommitment()),
      ],
      loads: [Load(id: "d", bus: "A", demandMW: [100])], snapshots: HandSolvedDispatchTests.snapshots(1))
    net.reserves = ["MX": ReserveRequirement(upLoadPU: share)]
    let r = try DispatchProblem(network: net).solve()
    #expect(r.status == .optimal, "\(r.statusReason)")
    if share > 0 {
      #expect(abs(r.generatorStatus[1][0] - 0.3) < 1e-6 && abs(r.generatorP[1][0] - 15) < 1e-5)
      #expect(abs(r.objectiveCNY - 21_500) < 1e-3)
      #expect(abs(r.reserveUpMW[0][0] - 30) < 1e-9 && abs(r.reserveUpPrice[0][0] - 50) < 1e-4)
    } else {
      // No requirement: the row holds with equality (no headroom is left) but costs nothing; its dual is not unique.
      #expect(abs(r.generatorP[1][0]) < 1e-5 && abs(r.objectiveCNY - 20_000) < 1e-3)
    }
  }

  /// Storage holds reserve within its stored energy: one bus, load 100, coal always online (100 MW at 200 CNY/MWh;
  /// its headroom is 100 - p), a lossless 50 MW battery holding 10 MWh (full at the start, free to discharge), an
  /// upward reserve of 20% of load, 20 MW. The battery's reserve is at most its energy left, 10 - discharge, so
  /// discharge and reserve share the same 10 MWh: 100 - p_coal + 10 - d ≥ 20 means p_coal + d ≤ 90, and 10 MW of load
  /// is shed. The battery discharges its 10 MWh (free) and coal makes 80: cost 80 · 200 + 10 · 10,000 = 116,000.
  /// One more MW of reserve sheds one more MW instead of coal: the reserve price is 10,000 - 200 = 9,800. Without
  /// the energy row the battery's 50 MW would cover the reserve and nothing would be shed.
  @Test func storageEnergyLimitsItsReserve() throws {
    var net = Network(
      name: "storage-reserve", carriers: HandSolvedDispatchTests.carriers, buses: [Bus(id: "A", area: "MX")],
      generators: [Generator(id: "coal", bus: "A", carrier: "coal", capacityMW: 100, marginalCostCNYPerMWh: 200)],
      storageUnits: [StorageUnit(id: "bat", bus: "A", carrier: "battery", powerMW: 50, energyMWh: 10,
                                 initialStateOfCharge: .fixed(1), marginalCostCNYPerMWh: 0)],
      loads: [Load(id: "d", bus: "A", demandMW: [100])], snapshots: HandSolvedDispatchTests.snapshots(1))
    net.reserves = ["MX": ReserveRequirement(upLoadPU: 0.2)]
    let r = try DispatchProblem(network: net).solve()
    #expect(r.status == .optimal, "\(r.statusReason)")
    #expect(abs(r.generatorP[0][0] - 80) < 1e-5 && abs(r.loadShed[0][0] - 10) < 1e-5)
    #expect(abs(r.storageP[0][0] - 10) < 1e-5)
    #expect(abs(r.objectiveCNY - 116_000) < 1e-2)
    #expect(abs(r.reserveUpPrice[0][0] - 9_800) < 1e-2)
  }
}
