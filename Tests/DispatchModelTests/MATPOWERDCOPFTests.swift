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
    for (l, columns) in problem.lineColumns.enumerated() {
      problem.lp.columnLower[columns[0]] = m.lineFlowLowerMW[l]
      problem.lp.columnUpper[columns[0]] = m.lineFlowUpperMW[l]
    }
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
  ]

  /// Objective within 1e-6 relative of the HiGHS bus-angle reference; the dispatch itself where the optimum is
  /// unique enough to compare (flows and outputs within 1e-3 MW relative to the largest).
  @Test(arguments: cases) func objectiveMatchesReference(name: String) throws {
    let mpc = try MATPOWERCase.read(contentsOf: Self.folder.appendingPathComponent("\(name).m"))
    let ref = try Self.reference(name)
    let out = try Self.solve(mpc)
    let rel = abs(out.objective - ref.objective) / abs(ref.objective)
    #expect(rel <= 1e-6, "\(name): GridPlan \(out.objective), reference \(ref.objective), relative \(rel)")
    #expect(out.shedMW < 1e-6, "\(name): \(out.shedMW) MW shed")
    #expect(out.atPlaceholder == 0)
    print("DCOPF \(name): gridplan \(String(format: "%.10g", out.objective)) reference \(String(format: "%.10g", ref.objective)) rel \(rel)")
  }
}
