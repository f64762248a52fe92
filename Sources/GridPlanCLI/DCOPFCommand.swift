import ArgumentParser
import DispatchModel
import Foundation
import GridIO
import LinearProgramming

/// `gridplan dcopf CASE.m`: MATPOWER's DC optimal power flow of a case file, on GridPlan's dispatch LP.
struct DCOPFCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "dcopf",
    abstract: "DC optimal power flow of a MATPOWER case file (as MATPOWER's rundcopf): objective, outputs, flows.",
    discussion: """
      Reads a MATPOWER case (version 1 or 2 format), turns it into a one-hour GridPlan network and solves the \
      dispatch LP with GridPlan's interior-point solver. The model is MATPOWER's DC-OPF: branch susceptance \
      1/(x*tap), phase shifters as fixed flows, flow limits from rateA (0 = unlimited) and angle-difference \
      limits (ANGMIN, ANGMAX), generator limits Pmin..Pmax, bus shunts Gs as load. Costs may be polynomial of \
      degree 2 at most (c2 P^2 + c1 P + c0 with c2 >= 0, solved as a separable convex QP, as rundcopf does) or \
      piecewise linear; a polynomial of degree 3 or more, or a negative c2, is an error naming its row. The objective ($/h) includes the constant terms, so it compares directly with \
      MATPOWER's f.

      Prints the objective, then one line per in-service generator (row in mpc.gen, bus, Pg in MW) and per \
      in-service branch (row in mpc.branch, from and to bus, Pf in MW at the from end, the limits of its \
      angle-driven part), and what the conversion dropped or assumed. Load shedding (which would mean the case \
      is infeasible) is reported and makes the exit code 1.

      Examples:
        gridplan dcopf case5.m
        gridplan dcopf pglib_opf_case300_ieee.m --quiet      objective only
      """
  )

  @Argument(help: "The MATPOWER case file (.m).", completion: .file(extensions: ["m"]))
  var caseFile: String

  @Flag(name: .shortAndLong, help: "Print the objective only.")
  var quiet = false

  func run() throws {
    let mpc: MATPOWERCase
    let converted: MATPOWERNetwork
    do {
      mpc = try MATPOWERCase.read(contentsOf: URL(fileURLWithPath: caseFile), file: caseFile)
      converted = try mpc.dispatchNetwork()
    } catch {
      throw CommandFailure.from(error)
    }
    // The one-hour dispatch with each line's exact flow bounds (asymmetric with phase shifters or one-sided angle
    // limits; the network's ratings are their symmetric envelope).
    var problem = try DispatchProblem(network: converted.network, hours: 1)
    problem.setLineFlowLimits(lowerMW: converted.lineFlowLowerMW, upperMW: converted.lineFlowUpperMW)
    let result = try problem.solve()
    guard result.status == .optimal else {
      throw CommandFailure.notSolved("\(caseFile): the LP is \(result.status.rawValue): \(result.statusReason)")
    }
    let objective = result.objectiveCNY + converted.objectiveConstant
    if quiet {
      print(String(format: "%.10g", objective))
      return
    }
    print("case:       \(mpc.name) (\(caseFile), MATPOWER format version \(mpc.version), baseMVA \(mpc.baseMVA))")
    print("solver:     \(result.status.rawValue), \(result.iterations) iterations")
    print("objective:  \(String(format: "%.10g", objective)) $/h")
    let pg = converted.generatorOutputsMW(generatorP: result.generatorP.map { $0[0] })
    for (r, p) in pg.enumerated() {
      guard let p else { continue }
      print("generator:  \(r + 1) at bus \(Int(mpc.gen.rows[r][0])): \(String(format: "%.6f", p)) MW")
    }
    let pf = converted.branchFlowsMW(lineP0: result.lineP0.map { $0[0] }, branchCount: mpc.branch.rows.count)
    var lineOf: [Int: Int] = [:]
    for (l, row) in converted.branchRows.enumerated() { lineOf[row] = l }
    for (r, f) in pf.enumerated() {
      guard let f, let l = lineOf[r + 1] else { continue }
      let row = mpc.branch.rows[r]
      let lo = converted.lineFlowLowerMW[l] + converted.lineFlowOffsetMW[l]
      let hi = converted.lineFlowUpperMW[l] + converted.lineFlowOffsetMW[l]
      let limit = lo.isInfinite && hi.isInfinite ? "unlimited" : String(format: "limits %.3f..%.3f MW", lo, hi)
      print("branch:     \(r + 1) \(Int(row[0]))->\(Int(row[1])): \(String(format: "%.6f", f)) MW (\(limit))")
    }
    for note in converted.notes { print("note:       \(note)") }
    let shed = result.loadShed.reduce(0) { $0 + $1[0] }
    if shed > 1e-6 {
      print("shed:       \(String(format: "%.6f", shed)) MW of load shed: the case is infeasible as given")
      throw ExitCode(GridPlanExitCode.notSolved.rawValue)
    }
  }
}
