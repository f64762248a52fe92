import Foundation
import GridModel
import Testing

@testable import DispatchModel

/// Kirchhoff's cycle rows with a phase-shifting transformer (`phaseShiftDegrees`), solved by hand.
@Suite("Phase shift")
struct PhaseShiftTests {
  /// Triangle A-B-C, every branch x = 0.01 pu (25 ohm at 500 kV), coal at A, 100 MW of load at C; the branch A-B
  /// shifts the angle by φ = 0.001 rad. Flows f1 = A→B, f2 = B→C, f3 = C→A. Balance at B: f2 = f1; at C:
  /// f2 - f3 = 100, so f3 = f1 - 100. Around the cycle A→B→C→A, x (f1 + f2 + f3) / 100 = -φ (the angle
  /// differences telescope to 0, and the shifter adds φ: x f1 / 100 = θA - θB - φ), so 0.01 (3 f1 - 100) = -100 φ
  /// and f1 = (100 - 10⁴ φ) / 3 = 30 MW, f3 = -70 MW. Without the shift: 33.3 and -66.7.
  @Test(arguments: [(0.001, 30.0), (0.0, 100.0 / 3)])
  func shiftMovesFlowsAroundTheCycle(radians: Double, expectedAB: Double) throws {
    let lines = [
      Line(id: "AB", bus0: "A", bus1: "B", ratingMW: 1000, reactanceOhm: 25, voltageKV: 500,
           phaseShiftDegrees: radians * 180 / Double.pi),
      Line(id: "BC", bus0: "B", bus1: "C", ratingMW: 1000, reactanceOhm: 25, voltageKV: 500),
      Line(id: "CA", bus0: "C", bus1: "A", ratingMW: 1000, reactanceOhm: 25, voltageKV: 500),
    ]
    let net = Network(
      name: "shift", carriers: [Carrier(id: "coal", clean: false)],
      buses: [Bus(id: "A"), Bus(id: "B"), Bus(id: "C")], lines: lines,
      generators: [Generator(id: "coal", bus: "A", carrier: "coal", capacityMW: 500, marginalCostCNYPerMWh: 10)],
      loads: [Load(id: "d", bus: "C", demandMW: [100])], snapshots: ["2024-07-01T00:00"])
    let r = try DispatchProblem(network: net).solve()
    #expect(r.status == .optimal)
    #expect(abs(r.lineP0[0][0] - expectedAB) < 1e-5, "A-B \(r.lineP0[0][0])")
    #expect(abs(r.lineP0[1][0] - expectedAB) < 1e-5, "B-C \(r.lineP0[1][0])")
    #expect(abs(r.lineP0[2][0] - (expectedAB - 100)) < 1e-5, "C-A \(r.lineP0[2][0])")
  }
}
