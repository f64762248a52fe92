import Foundation
import ReferencePython
import Testing

@testable import LinearProgramming

/// The quadratic objective sections of MPS files: QUADOBJ (lower triangle of Q), QMATRIX (all of Q) and QSECTION
/// (CPLEX's, for the objective row), each for the objective 1/2 x'Qx; GridPlan reads and writes a diagonal Q.
@Suite("MPS quadratic objectives")
struct MPSQuadraticTests {
  /// min x + 1/2 (2x² + 4y²) s.t. x + y >= 2 with the quadratic section `header` and its `lines`.
  static func text(_ header: String, _ lines: [String], sense: String = "") -> String {
    """
    NAME          TESTQP
    \(sense)ROWS
     N  obj
     G  r1
    COLUMNS
        x         obj       1.0            r1        1.0
        y         r1        1.0
    RHS
        rhs       r1        2.0
    \(header)
    \(lines.joined(separator: "\n"))
    ENDATA

    """
  }

  static let diagonal = ["    x         x         2.0", "    y         y         4.0"]

  @Test(arguments: ["QUADOBJ", "QMATRIX", "QSECTION", "QSECTION      obj"])
  func everySectionReadsTheDiagonal(_ header: String) throws {
    let lp = try MPS.read(string: Self.text(header, Self.diagonal), fileName: "q.mps")
    #expect(lp.quadratic == [2, 4])
    #expect(lp.objectiveValue([1, 1]) == 1 + 1 + 2)
    // Fixed format reads the same fields (columns 5-12, 15-22, 25-36).
    let fixed = try MPS.read(string: Self.text(header, Self.diagonal), fileName: "q.mps", format: .fixed)
    #expect(fixed.quadratic == [2, 4])
  }

  @Test func zeroOffDiagonalEntriesAreAllowed() throws {
    let lp = try MPS.read(string: Self.text("QMATRIX", Self.diagonal + ["    x         y         0"]))
    #expect(lp.quadratic == [2, 4])
  }

  static func message(_ text: String) -> MPSError? {
    #expect(throws: MPSError.self) { try MPS.read(string: text, fileName: "q.mps") }
  }

  @Test func offDiagonalEntryIsAnErrorNamingLineColumnsAndValue() throws {
    let error = try #require(Self.message(Self.text("QUADOBJ", Self.diagonal + ["    y         x         0.5"])))
    #expect(error.file == "q.mps")
    #expect(error.line == 13)
    #expect(error.message.contains("off-diagonal entry (y, x) = 0.5 in QUADOBJ"), "\(error)")
    #expect(error.message.contains("diagonal Q"), "\(error)")
  }

  @Test func negativeDiagonalIsAnError() throws {
    let error = try #require(Self.message(Self.text("QUADOBJ", ["    x         x         -2"])))
    #expect(error.line == 11 && error.message.contains("nonconvex"), "\(error)")
  }

  /// A maximised objective is concave with Q <= 0: negated into a minimisation, Q >= 0.
  @Test func maximisationNegatesQ() throws {
    let lp = try MPS.read(string: Self.text("QUADOBJ", ["    x         x         -2"], sense: "OBJSENSE\n    MAX\n"))
    #expect(lp.quadratic == [2, 0])
    #expect(lp.objective == [-1, 0])
    let error = try #require(Self.message(Self.text("QUADOBJ", ["    x         x         2"],
                                                     sense: "OBJSENSE\n    MAX\n")))
    #expect(error.message.contains("OBJSENSE MAX"), "\(error)")
  }

  /// A second COLUMNS section after QUADOBJ (unusual, but readable) adds columns the quadratic section may name
  /// afterwards.
  @Test func columnsAfterAQuadraticSection() throws {
    let text = Self.text("QUADOBJ", ["    x         x         2.0"])
      .replacingOccurrences(of: "ENDATA", with: "COLUMNS\n    z         obj       1.0\nQUADOBJ\n    z         z         3\nENDATA")
    let lp = try MPS.read(string: text, fileName: "q.mps")
    #expect(lp.quadratic == [2, 0, 3])
  }

  @Test func duplicateDiagonalEntryIsAnError() throws {
    let error = try #require(Self.message(Self.text("QMATRIX", Self.diagonal + ["    x         x         1"])))
    #expect(error.line == 13 && error.message.contains("given twice") && error.message.contains("line 11"),
            "\(error)")
  }

  @Test func unknownColumnAndConstraintSectionsAreErrors() throws {
    let unknown = try #require(Self.message(Self.text("QUADOBJ", ["    w         w         1"])))
    #expect(unknown.message.contains("unknown column 'w' in QUADOBJ"), "\(unknown)")
    let constraint = try #require(Self.message(Self.text("QSECTION      r1", Self.diagonal)))
    #expect(constraint.message.contains("quadratic constraints are not supported"), "\(constraint)")
    let qc = try #require(Self.message(Self.text("QCMATRIX   r1", Self.diagonal)))
    #expect(qc.message.contains("'QCMATRIX' is not supported"), "\(qc)")
  }

  @Test(arguments: MPSFormat.allCases) func writeAndReadBack(_ format: MPSFormat) throws {
    let lp = try MPS.read(string: Self.text("QUADOBJ", Self.diagonal))
    let text = try MPS.write(lp, format: format)
    #expect(text.contains("QUADOBJ\n"))
    #expect(try MPS.read(string: text, format: format).quadratic == [2, 4])
    var bad = lp
    bad.quadratic = [1, -1]
    #expect(throws: MPSError.self) { try MPS.write(bad) }
  }

  /// Round trip through HiGHS: HiGHS reads the file GridPlan writes (its Hessian, triangular, holds Q's diagonal,
  /// and its QP solver finds the hand solution 141/36 of `QuadraticObjectiveTests.handSolvedTwoColumns`), and
  /// GridPlan reads the file HiGHS writes back (HiGHS writes QUADOBJ) with the same Q.
  @Test(.enabled(if: ReferencePython.enabled("highspy"), "needs highspy: run `make test`"))
  func roundTripThroughHiGHS() throws {
    let lp = try MPS.read(string: Self.text("QUADOBJ", Self.diagonal))
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("mps-qp-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    let ours = directory.appendingPathComponent("ours.mps")
    let theirs = directory.appendingPathComponent("theirs.mps")
    try MPS.write(lp, to: ours)
    let script = """
      import json, sys, highspy
      h = highspy.Highs()
      h.silent()
      if h.readModel(sys.argv[1]) == highspy.HighsStatus.kError:
          sys.exit(f"HiGHS cannot read {sys.argv[1]}")
      q = h.getModel().hessian_
      h.run()
      h.writeModel(sys.argv[2])
      print(json.dumps({"start": list(q.start_), "index": list(q.index_), "value": list(q.value_),
                        "objective": h.getInfo().objective_function_value}))
      """
    let highs = try ReferencePython.json(["-c", script, ours.path, theirs.path])
    #expect(highs["index"] as? [Int] == [0, 1])
    #expect(highs["value"] as? [Double] == [2, 4])
    let objective = try #require(highs["objective"] as? Double)
    #expect(abs(objective - 141.0 / 36) <= 1e-9)
    let back = try MPS.read(contentsOf: theirs)
    #expect(back.quadratic == [2, 4])
    #expect(back.objective == lp.objective)
  }
}
