import Testing

@testable import FlowTracing

/// The mixing tank, on flows given directly (a `FlowTraceInput` built by hand, no LP): one bus A whose sources
/// change from hour to hour, one storage unit at A. Sources: coal (0), wind (1), battery (2, the unknown origin).
@Suite("Storage as a mixing tank")
struct StorageTankTests {
  static let sources = [
    FlowTraceInput.Source(id: "coal", clean: false), FlowTraceInput.Source(id: "wind", clean: true),
    FlowTraceInput.Source(id: "battery", clean: false),
  ]

  static func close(_ a: Double, _ b: Double, _ tol: Double = 1e-12) -> Bool { abs(a - b) <= tol }

  static func check(_ input: FlowTraceInput) -> FlowTraceResult {
    let tr = FlowTracer.trace(input)
    #expect(tr.diagnostics.holds(mixTolerance: 1e-12, balanceTolerance: 1e-12), "\(tr.diagnostics)")
    let lu = FlowTracer.trace(input, settings: FlowTraceSettings(method: .lu))
    for (a, b) in zip(tr.tankMixStorage, lu.tankMixStorage) { #expect(a.isNaN == b.isNaN && !(abs(a - b) > 1e-12)) }
    return tr
  }

  /// The tank formula with losses. Efficiencies 0.8 (charge) and 0.9 (discharge), standing loss 0.1 per hour,
  /// empty at the start. Hour 0: coal 50 at A, all charged: 40 MWh of coal in the tank. Hour 1: wind 50, all
  /// charged: mix = (40 · 0.9 · coal + 50 · 0.8 · wind) / (36 + 40) = 36/76 coal, 40/76 = 10/19 wind; 76 MWh.
  /// Hour 2: no generation; the tank holds 76 · 0.9 = 68.4 MWh (same mix) and discharges 30 MW (33.33 MWh out of
  /// the tank) to a 30 MW load: the bus and the load are 10/19 clean; 35.07 MWh stay, still 10/19 wind.
  @Test func tankFormulaWithLosses() {
    let input = FlowTraceInput(
      hours: 3, sources: Self.sources, buses: ["A"],
      generators: [
        .init(bus: 0, source: 0, outputMW: [50, 0, 0]), .init(bus: 0, source: 1, outputMW: [0, 50, 0]),
      ],
      tanks: [
        .init(
          id: "bat", bus: 0, efficiencyCharge: 0.8, efficiencyDischarge: 0.9, standingLossPerHour: 0.1,
          initial: .fixed(MWh: 0), unknownSource: 2, chargeMW: [50, 50, 0], dischargeMW: [0, 0, 30],
          stateOfChargeMWh: [40, 76, 68.4 - 30 / 0.9])
      ],
      consumptionMW: [[0, 0, 30]])
    let tr = Self.check(input)
    #expect(Self.close(tr.tankCleanShare[0][0], 0))
    #expect(Self.close(tr.tankCleanShare[0][1], 10.0 / 19))
    #expect(Self.close(tr.tankMix(0, hour: 1)[0], 9.0 / 19))
    #expect(Self.close(tr.tankCleanShare[0][2], 10.0 / 19))
    #expect(Self.close(tr.busCleanShare[0][2], 10.0 / 19))
    #expect(Self.close(tr.diagnostics.cleanDischargeMWh, 30.0 * 10 / 19))
  }

  /// Charging and discharging in the same hour closes a cycle bus -> tank -> bus, which the LU solves exactly.
  /// The tank starts with 60 MWh of unknown origin (not clean); the bus has wind 100, charges 40, receives a 20 MW
  /// discharge, serves 80 (efficiencies 1). Tank: P_T = 60 + 40 = 100, bus: P_A = 100 + 20 = 120. Wind content
  /// a = 100 + (20/100) t, t = (40/120) a, so a = 1500/14: the bus is 25/28 wind (and 3/28 unknown, which it
  /// got back from the tank); the tank (60 unknown + 40 of the bus's mix) is 0.4 · 25/28 = 5/14 wind and
  /// (60 + 40 · 3/28) / 100 = 9/14 unknown (source 2).
  @Test func chargeAndDischargeInTheSameHour() {
    let input = FlowTraceInput(
      hours: 1, sources: Self.sources, buses: ["A"], generators: [.init(bus: 0, source: 1, outputMW: [100])],
      tanks: [
        .init(
          id: "bat", bus: 0, initial: .fixed(MWh: 60), unknownSource: 2, chargeMW: [40], dischargeMW: [20],
          stateOfChargeMWh: [80])
      ],
      consumptionMW: [[80]])
    let tr = Self.check(input)
    #expect(tr.diagnostics.luHours == 1)
    #expect(Self.close(tr.busCleanShare[0][0], 25.0 / 28))
    #expect(Self.close(tr.tankCleanShare[0][0], 5.0 / 14))
    #expect(Self.close(tr.tankMix(0, hour: 0)[2], 9.0 / 14))
    #expect(Self.close(tr.busMix(0, hour: 0)[2], 3.0 / 28))
  }

  /// The periodic state of a cyclic tank, solved, not iterated. Four hours, lossless, 30 MWh at the start and the
  /// end: hour 0 charges 20 from a coal bus, hour 1 discharges 20 into an export corridor, hour 2 charges 20 from a
  /// wind bus, hour 3 discharges 20 into the corridor. With start mix m: after hour 0 (30 m + 20 coal)/50, after
  /// hour 2 (30 (30 m + 20 coal)/50 + 20 wind)/50 = (18 m + 12 coal + 20 wind)/50, which must be m again:
  /// m = 3/8 coal + 5/8 wind. So the corridor is 30 · 5/8 / 50 = 3/8 clean in hour 1 and 5/8 in hour 3, and has
  /// no flow (NaN) in hours 0 and 2.
  @Test func cyclicTankHasThePeriodicMix() {
    let input = FlowTraceInput(
      hours: 4, sources: Self.sources, buses: ["A"],
      generators: [
        .init(bus: 0, source: 0, outputMW: [20, 0, 0, 0]), .init(bus: 0, source: 1, outputMW: [0, 0, 20, 0]),
      ],
      links: [.init(id: "AX", bus0: 0, bus1: nil, efficiency: 1, p0MW: [0, 20, 0, 20])],
      tanks: [
        .init(
          id: "bat", bus: 0, initial: .cyclic, unknownSource: 2, chargeMW: [20, 0, 20, 0], dischargeMW: [0, 20, 0, 20],
          stateOfChargeMWh: [50, 30, 50, 30])
      ])
    let tr = Self.check(input)
    #expect(tr.diagnostics.periodicMethod == "lu")
    #expect(tr.diagnostics.periodicResidualMWh < 1e-12)
    #expect(tr.linkCleanShare[0][0].isNaN && tr.linkCleanShare[0][2].isNaN)
    #expect(Self.close(tr.linkCleanShare[0][1], 3.0 / 8))
    #expect(Self.close(tr.linkCleanShare[0][3], 5.0 / 8))
    #expect(Self.close(tr.tankCleanShare[0][3], 5.0 / 8))
    #expect(Self.close(tr.linkYearlyCleanShare[0], 0.5))
  }
}
