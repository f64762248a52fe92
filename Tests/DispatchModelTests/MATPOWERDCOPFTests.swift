import Foundation
import GridIO
import GridModel
import LinearProgramming
import Testing

@testable import DispatchModel

/// MATPOWER DC optimal power flow through GridPlan's dispatch LP (cycle form, GridPlan's interior-point solver),
/// compared with independent references: objectives MATPOWER's own test suite publishes (t_opf_dc_*.m) and a
/// bus-angle formulation solved by HiGHS (`Scripts/matpower_dcopf_reference.py`, cross-checked with PYPOWER's
/// rundcopf); see Tests/GridIOTests/Fixtures/matpower/SOURCES.md.
@Suite("MATPOWER DC-OPF")
struct MATPOWERDCOPFTests {
  static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("../GridIOTests/Fixtures/matpower").standardized

  struct Outcome {
    var objective: Double
    var pg: [Double?]
    var pf: [Double?]
    var shedMW: Double
    var atPlaceholder: Int
  }

  /// The DC-OPF of a converted case: a one-hour dispatch with each line's exact flow bounds.
  static func solve(_ mpc: MATPOWERCase) throws -> Outcome {
    let m = try mpc.dispatchNetwork()
    var problem = try DispatchProblem(network: m.network, hours: 1)
    problem.setLineFlowLimits(lowerMW: m.lineFlowLowerMW, upperMW: m.lineFlowUpperMW)
    let r = try problem.solve()
    #expect(r.status == .optimal, "\(r.statusReason)")
    let flows = r.lineP0.map { $0[0] }
    return Outcome(
      objective: r.objectiveCNY + m.objectiveConstant,
      pg: m.generatorOutputsMW(generatorP: r.generatorP.map { $0[0] }),
      pf: m.branchFlowsMW(lineP0: flows, branchCount: mpc.branch.rows.count),
      shedMW: r.loadShed.reduce(0) { $0 + $1[0] },
      atPlaceholder: flows.filter { abs($0) >= m.unlimitedFlowMW * (1 - 1e-9) }.count)
  }

  struct Reference: Decodable {
    var objective: Double
    var pg: [String: Double]
    var pf: [String: Double]
  }

  static func reference(_ name: String) throws -> Reference {
    let data = try Data(contentsOf: folder.appendingPathComponent("references/\(name).json"))
    return try JSONDecoder().decode(Reference.self, from: data)
  }

  static let cases = [
    "t_case9_opf", "case5", "case30pwl", "case_RTS_GMLC", "pglib_opf_case14_ieee", "pglib_opf_case30_ieee",
    "pglib_opf_case89_pegase", "pglib_opf_case118_ieee", "pglib_opf_case300_ieee",
    // Quadratic costs (gencost model 2, NCOST 3, c2 > 0): rundcopf solves these as QPs.
    "case9", "case39", "case57", "case118", "case24_ieee_rts",
  ]

  /// MATPOWER's cost of a dispatch, evaluated from the gencost rows directly (polynomial, or the maximum of the
  /// piecewise-linear segments' lines, as MATPOWER's OPF): an independent check of the conversion's constant and
  /// segments.
  static func matpowerCost(_ mpc: MATPOWERCase, pg: [Double?]) -> Double {
    var total = 0.0
    for (r, p) in pg.enumerated() {
      guard let p else { continue }
      let c = mpc.gencost.rows[r]
      let n = Int(c[3])
      if c[0] == 2 {
        total += (0..<n).reduce(0.0) { $0 + c[4 + $1] * pow(p, Double(n - 1 - $1)) }
      } else {
        total += (0..<(n - 1)).map { k -> Double in
          let (x0, y0, x1, y1) = (c[4 + 2 * k], c[5 + 2 * k], c[6 + 2 * k], c[7 + 2 * k])
          return y0 + (y1 - y0) / (x1 - x0) * (p - x0)
        }.max()!
      }
    }
    return total
  }

  /// Objective within 1e-6 relative of the HiGHS bus-angle reference, no load shed, no unlimited line at its
  /// placeholder bound, MATPOWER's cost of the dispatch equal to the objective, and the dispatch itself (outputs and
  /// branch flows within 1e-3 MW) where the optimum is unique.
  @Test(arguments: cases) func objectiveMatchesReference(name: String) throws {
    let mpc = try MATPOWERCase.read(contentsOf: Self.folder.appendingPathComponent("\(name).m"))
    let ref = try Self.reference(name)
    let out = try Self.solve(mpc)
    let rel = abs(out.objective - ref.objective) / abs(ref.objective)
    #expect(rel <= 1e-6, "\(name): GridPlan \(out.objective), reference \(ref.objective), relative \(rel)")
    #expect(out.shedMW < 1e-6, "\(name): \(out.shedMW) MW shed")
    #expect(out.atPlaceholder == 0)
    let cost = Self.matpowerCost(mpc, pg: out.pg)
    #expect(abs(cost - out.objective) <= 1e-6 * abs(ref.objective), "\(name): dispatch costs \(cost)")
    // case30pwl: generators with identical cost curves share the load in any proportion (the optimum is not
    // unique), so only its objective and cost are compared.
    guard name != "case30pwl" else { return }
    for (k, v) in ref.pg {
      let p = out.pg[Int(k)! - 1]
      #expect(p != nil && abs(p! - v) <= 1e-3, "\(name): gen row \(k): \(String(describing: p)) MW, reference \(v)")
    }
    for (k, v) in ref.pf {
      let f = out.pf[Int(k)! - 1]
      #expect(f != nil && abs(f! - v) <= 1e-3, "\(name): branch row \(k): \(String(describing: f)) MW, reference \(v)")
    }
    #expect(out.pg.compactMap { $0 }.count == ref.pg.count && out.pf.compactMap { $0 }.count == ref.pf.count)
  }

  /// MATPOWER's published DC-OPF of t_case9_opf (lib/t/soln9_dcopf.mat, rundcopf with MIPS, comptol 1e-9):
  /// f = 6392.901711538532 $/h, Pg = 89.99995, 95.34845, 129.65160 MW (MATPOWER's test checks 3 decimals).
  @Test func publishedCase9() throws {
    let mpc = try MATPOWERCase.read(contentsOf: Self.folder.appendingPathComponent("t_case9_opf.m"))
    let out = try Self.solve(mpc)
    #expect(abs(out.objective - 6392.901711538532) / 6392.901711538532 <= 1e-6)
    for (p, v) in zip(out.pg, [89.99995004, 95.34844939, 129.65160057]) { #expect(abs(p! - v) <= 1e-3) }
  }

  /// MATPOWER's t_opf_dc_* "w/angle diff lims": t_case9_opf with ANGMAX 3 degrees on branch 4 and ANGMIN -4.5
  /// degrees on branch 7 (one-sided limits: the other side stays at ±360): f = 6456.7213 $/h,
  /// Pg = 99.98497, 89.35133, 125.66371 MW (MATPOWER checks 4 decimals). One-sided limits give asymmetric line
  /// bounds: the network's symmetric ratings alone would forbid flows MATPOWER allows.
  @Test func publishedCase9AngleLimits() throws {
    var mpc = try MATPOWERCase.read(contentsOf: Self.folder.appendingPathComponent("t_case9_opf.m"))
    // Version 1 rows have no ANGMIN, ANGMAX; MATPOWER's loadcase adds -360, 360.
    mpc.branch.rows = mpc.branch.rows.map { $0 + [-360, 360] }
    mpc.branch.rows[3][12] = 3
    mpc.branch.rows[6][11] = -4.5
    let m = try mpc.dispatchNetwork()
    #expect(m.hasAsymmetricLineBounds)
    let out = try Self.solve(mpc)
    #expect(abs(out.objective - 6456.7213) / 6456.7213 <= 1e-6, "\(out.objective)")
    for (p, v) in zip(out.pg, [99.98497, 89.35133, 125.66371]) { #expect(abs(p! - v) <= 1e-4) }
    let ref = try Self.reference("t_case9_opf-anglelimits")
    #expect(abs(out.objective - ref.objective) / ref.objective <= 1e-6)
    // Branch 4 (30 -> 6, x = 0.0586) sits at its 3 degree limit: Pf = 100 * (3 pi / 180) / 0.0586 MW.
    #expect(abs(out.pf[3]! - 100 * (3 * Double.pi / 180) / 0.0586) <= 1e-4)
  }

  /// A branch without a flow limit (rateA 0, no angle limit) has an unbounded flow column in the LP, as in
  /// MATPOWER, and the network's placeholder rating only in `network`: a finite placeholder far above the flows
  /// makes the interior-point method stall on large cases (case9241pegase), while the free column solves.
  @Test func unlimitedBranchesAreFreeColumns() throws {
    let mpc = try MATPOWERCase.read(contentsOf: Self.folder.appendingPathComponent("case5.m"))
    let m = try mpc.dispatchNetwork()
    var problem = try DispatchProblem(network: m.network, hours: 1)
    problem.setLineFlowLimits(lowerMW: m.lineFlowLowerMW, upperMW: m.lineFlowUpperMW)
    var free = 0
    for (l, row) in m.branchRows.enumerated() {
      let rateA = mpc.branch.rows[row - 1][5]
      let column = problem.lineColumns[l][0]
      if rateA == 0 {
        free += 1
        #expect(problem.lp.columnLower[column] == -.infinity && problem.lp.columnUpper[column] == .infinity)
        #expect(m.network.lines[l].ratingMW == m.unlimitedFlowMW)
      } else {
        #expect(problem.lp.columnUpper[column] == rateA && problem.lp.columnLower[column] == -rateA)
      }
    }
    #expect(free > 0 && !m.hasAsymmetricLineBounds)
    let out = try Self.solve(mpc)
    #expect(out.atPlaceholder == 0 && out.shedMW < 1e-6)
  }

  /// What the conversion reports about case_RTS_GMLC: its out-of-service units, its DC line (ignored, as rundcopf
  /// does) and the rounding that makes one piecewise-linear cost slightly non-convex.
  @Test func notesOnRTSGMLC() throws {
    let mpc = try MATPOWERCase.read(contentsOf: Self.folder.appendingPathComponent("case_RTS_GMLC.m"))
    let m = try mpc.dispatchNetwork()
    #expect(m.notes.contains { $0.contains("62 out-of-service generator") })
    #expect(m.notes.contains { $0.contains("dcline") })
    #expect(m.notes.contains { $0.contains("not convex") && $0.contains("74") })
    #expect(!m.hasAsymmetricLineBounds)
  }
}
