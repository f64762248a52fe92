import Foundation
import Testing
@testable import LinearProgramming

/// The staged backend's sparse leading rows (``StagedBlocks/sparse``) on a multi-period network LP whose stages have
/// local rows (the balance of buses without ramping units or storage, the loop rows), against dense blocks and the
/// general backend.
@Suite("Sparse stage blocks")
struct SparseStageBlockTests {
  /// A ring of buses with chords, over `hours`: coal at every third bus (ramp rows couple the hours), storage at every
  /// fourth (state-of-charge rows, cyclic through a border row), wind where neither is, shedding everywhere; flows
  /// bounded, one loop row per chord (equal reactances), so that most of an hour's rows are local.
  static func network(buses n: Int, hours: Int) -> (LinearProgram, StageStructure) {
    var lp = LinearProgram()
    var rowStage: [Int] = []
    var colStage: [Int] = []
    var lines: [(Int, Int)] = (0..<n).map { ($0, ($0 + 1) % n) }
    for b in stride(from: 0, to: n - 3, by: 3) { lines.append((b, b + 3)) }
    var previousCoal: [Int: Int] = [:]
    var previousSoc: [Int: Int] = [:]
    var firstSoc: [Int: Int] = [:]
    for t in 0..<hours {
      func column(_ name: String, _ cost: Double, _ lower: Double, _ upper: Double) -> Int {
        colStage.append(t)
        return lp.addColumn(name: "\(name)@\(t)", cost: cost, lower: lower, upper: upper)
      }
      func row(_ name: String, _ lower: Double, _ upper: Double, _ terms: [(Int, Double)]) {
        rowStage.append(t)
        lp.addRow(name: "\(name)@\(t)", lower: lower, upper: upper, terms: terms)
      }
      let flows = lines.indices.map { column("f\($0)", 0, -60, 60) }
      for b in 0..<n {
        let load = 40 + 20 * sin(Double(t + b) * 0.7)
        var terms: [(Int, Double)] = [(column("shed\(b)", 1e4, 0, load), 1)]
        for (l, (from, to)) in lines.enumerated() where from == b || to == b {
          terms.append((flows[l], from == b ? -1 : 1))
        }
        if b % 3 == 0 {
          let p = column("coal\(b)", 300 + Double(b), 20, 120)
          terms.append((p, 1))
          if let q = previousCoal[b] { row("ramp\(b)", -30, 30, [(p, 1), (q, -1)]) }
          previousCoal[b] = p
        } else if b % 4 == 1 {
          let (c, d) = (column("ch\(b)", 0.5, 0, 30), column("dis\(b)", 0.5, 0, 30))
          let e = column("soc\(b)", 0, 0, 100)
          terms += [(c, -1), (d, 1)]
          if let q = previousSoc[b] {
            row("soc\(b)", 0, 0, [(e, 1), (q, -1), (c, -0.9), (d, 1.1)])
          } else {
            firstSoc[b] = e
          }
          previousSoc[b] = e
        } else {
          terms.append((column("wind\(b)", 0, 0, 50 + 40 * cos(Double(t * b) * 0.3)), 1))
        }
        row("balance\(b)", load, load, terms)
      }
      // Loops: each chord b -> b+3 closes a loop with the ring's three lines from b.
      for (l, (from, to)) in lines.enumerated() where to != (from + 1) % n {
        row("kvl\(l)", 0, 0, [(flows[from], 1), (flows[from + 1], 1), (flows[from + 2], 1), (flows[l], -1)])
      }
    }
    for (b, e0) in firstSoc.sorted(by: { $0.key < $1.key }) {
      rowStage.append(StageStructure.border)
      lp.addRow(name: "soc_cyclic\(b)", lower: 0, upper: 0, terms: [(e0, 1), (previousSoc[b]!, -1)])
    }
    return (lp, StageStructure(rowStage: rowStage, columnStage: colStage))
  }

  @Test(arguments: [(12, 24), (30, 48)]) func sparseMatchesDenseAndGeneral(_ size: (Int, Int)) throws {
    let (lp, stages) = Self.network(buses: size.0, hours: size.1)
    var settings = InteriorPointSettings()
    settings.backend = .staged(stages)
    var objectives: [Double] = []
    for blocks in [StagedBlocks.dense, .sparse, .automatic] {
      settings.stagedBlocks = blocks
      let s = try InteriorPointSolver(settings: settings).solve(lp)
      #expect(s.status == .optimal, "\(blocks): \(s.reason)")
      #expect(lp.normRelativeViolation(s.x) <= 1e-7)
      objectives.append(s.objective)
    }
    let general = try InteriorPointSolver().solve(lp)
    #expect(abs(objectives[1] - objectives[0]) <= 1e-9 * abs(objectives[0]), "\(objectives)")
    #expect(abs(objectives[2] - objectives[0]) <= 1e-9 * abs(objectives[0]), "\(objectives)")
    #expect(abs(general.objective - objectives[0]) <= 1e-7 * abs(objectives[0]))
  }
}
