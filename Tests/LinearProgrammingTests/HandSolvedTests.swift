import Testing
@testable import LinearProgramming

/// Small LPs solved by hand (the expected optima are worked out in the comments), run on both backends.
@Suite("Hand-solved LPs")
struct HandSolvedTests {
  static let backends: [String] = ["general", "staged"]

  /// Solves with the general backend or with the staged backend treating the whole LP as one stage.
  static func solve(_ lp: LinearProgram, backend: String) throws -> LPSolution {
    var s = InteriorPointSettings()
    if backend == "staged" {
      s.backend = .staged(StageStructure(rowStage: [Int](repeating: 0, count: lp.rowCount),
                                         columnStage: [Int](repeating: 0, count: lp.columnCount)))
    }
    return try InteriorPointSolver(settings: s).solve(lp)
  }

  /// min -3x - 2y  s.t.  x + y <= 4,  x + 3y <= 9,  0 <= x <= 3,  y >= 0.
  /// Vertices: (3,1) gives -11, (1.5,2.5) gives -9.5, (3,0) gives -9, (0,3) gives -6: optimum (3,1), -11.
  /// Duals: y enters only row 1, so c_y - y1 = 0 gives y1 = -2; row 2 is slack, y2 = 0;
  /// reduced cost of x is -3 - (-2) = -1 (at its upper bound).
  @Test(arguments: backends) func boundedTwoVariables(backend: String) throws {
    var lp = LinearProgram()
    let x = lp.addColumn(name: "x", cost: -3, lower: 0, upper: 3)
    let y = lp.addColumn(name: "y", cost: -2)
    lp.addRow(name: "r1", lower: -.infinity, upper: 4, terms: [(x, 1), (y, 1)])
    lp.addRow(name: "r2", lower: -.infinity, upper: 9, terms: [(x, 1), (y, 3)])
    let s = try Self.solve(lp, backend: backend)
    #expect(s.status == .optimal)
    #expect(abs(s.objective - -11) <= 1e-7)
    #expect(abs(s.x[0] - 3) <= 1e-6 && abs(s.x[1] - 1) <= 1e-6)
    #expect(abs(s.rowDuals[0] - -2) <= 1e-6 && abs(s.rowDuals[1]) <= 1e-6)
    #expect(abs(s.reducedCosts[0] - -1) <= 1e-6 && abs(s.reducedCosts[1]) <= 1e-6)
  }

  /// min x + y  s.t.  x - z = 1,  y + z = 2,  x, y >= 0,  z free.
  /// x + y = 3 for every z in [-1, 2]: optimum 3, not unique. Duals: y1 = y2 = 1 (z's column gives -y1 + y2 = 0).
  @Test(arguments: backends) func freeVariableNonUnique(backend: String) throws {
    var lp = LinearProgram()
    let x = lp.addColumn(name: "x", cost: 1)
    let y = lp.addColumn(name: "y", cost: 1)
    let z = lp.addColumn(name: "z", cost: 0, lower: -.infinity, upper: .infinity)
    lp.addRow(name: "a", lower: 1, upper: 1, terms: [(x, 1), (z, -1)])
    lp.addRow(name: "b", lower: 2, upper: 2, terms: [(y, 1), (z, 1)])
    let s = try Self.solve(lp, backend: backend)
    #expect(s.status == .optimal)
    #expect(abs(s.objective - 3) <= 1e-7)
    #expect(s.x[2] >= -1 - 1e-6 && s.x[2] <= 2 + 1e-6)
    #expect(abs(s.rowDuals[0] - 1) <= 1e-6 && abs(s.rowDuals[1] - 1) <= 1e-6)
    #expect(lp.maximumRelativeViolation(s.x) <= 1e-7)
  }

  /// x + y <= 1 and x + y >= 2 with x, y >= 0 cannot both hold.
  @Test(arguments: backends) func infeasible(backend: String) throws {
    var lp = LinearProgram()
    let x = lp.addColumn(name: "x", cost: 1)
    let y = lp.addColumn(name: "y", cost: 1)
    lp.addRow(name: "le", lower: -.infinity, upper: 1, terms: [(x, 1), (y, 1)])
    lp.addRow(name: "ge", lower: 2, upper: .infinity, terms: [(x, 1), (y, 1)])
    let s = try Self.solve(lp, backend: backend)
    #expect(s.status == .primalInfeasible, "\(s.status): \(s.reason)")
    // The certificate: ge minus le (weights 1 and 1) reads 0 >= 1; no bound takes part.
    let certificate = InfeasibilityCertificate(lp, rowDuals: s.rowDuals)
    #expect(certificate.entries.map(\.name).sorted() == ["ge", "le"], "\(certificate.entries)")
    #expect(certificate.entries.allSatisfy { $0.kind == .row && $0.weight > 0.99 })
  }

  /// Equality rows that contradict each other through a chain: x = 1, y = x + 1, y <= 1.5.
  @Test(arguments: backends) func infeasibleEqualityChain(backend: String) throws {
    var lp = LinearProgram()
    let x = lp.addColumn(name: "x", cost: 0, lower: -.infinity)
    let y = lp.addColumn(name: "y", cost: 1, lower: -.infinity, upper: 1.5)
    lp.addRow(name: "fix", lower: 1, upper: 1, terms: [(x, 1)])
    lp.addRow(name: "link", lower: 1, upper: 1, terms: [(y, 1), (x, -1)])
    let s = try Self.solve(lp, backend: backend)
    #expect(s.status == .primalInfeasible, "\(s.status): \(s.reason)")
    // The certificate: fix + link reads y = 2, against y's upper bound 1.5; all three with weight 1.
    let certificate = InfeasibilityCertificate(lp, rowDuals: s.rowDuals)
    let found = certificate.entries.map { "\($0.kind.rawValue) \($0.name)" }.sorted()
    #expect(found == ["row fix", "row link", "upper bound y"], "\(certificate.entries)")
    #expect(certificate.entries.allSatisfy { $0.weight > 0.99 })
  }

  /// min -x  s.t.  x - y <= 1,  x, y >= 0: x = y + 1 grows without bound.
  @Test(arguments: backends) func unbounded(backend: String) throws {
    var lp = LinearProgram()
    let x = lp.addColumn(name: "x", cost: -1)
    let y = lp.addColumn(name: "y", cost: 0)
    lp.addRow(name: "r", lower: -.infinity, upper: 1, terms: [(x, 1), (y, -1)])
    let s = try Self.solve(lp, backend: backend)
    #expect(s.status == .dualInfeasible, "\(s.status): \(s.reason)")
  }

  /// x fixed at 2 (l = u): min x + y s.t. x + y >= 5 gives y = 3, objective 5, row dual 1.
  @Test(arguments: backends) func fixedColumn(backend: String) throws {
    var lp = LinearProgram()
    let x = lp.addColumn(name: "x", cost: 1, lower: 2, upper: 2)
    let y = lp.addColumn(name: "y", cost: 1)
    lp.addRow(name: "r", lower: 5, upper: .infinity, terms: [(x, 1), (y, 1)])
    let s = try Self.solve(lp, backend: backend)
    #expect(s.status == .optimal)
    #expect(abs(s.objective - 5) <= 1e-7)
    #expect(abs(s.x[0] - 2) == 0 && abs(s.x[1] - 3) <= 1e-6)
    #expect(abs(s.rowDuals[0] - 1) <= 1e-6)
  }

  /// A degenerate vertex: min -x - y s.t. x <= 1, y <= 1, x + y <= 2 (three rows active at (1,1)), optimum -2.
  @Test(arguments: backends) func degenerateVertex(backend: String) throws {
    var lp = LinearProgram()
    let x = lp.addColumn(name: "x", cost: -1)
    let y = lp.addColumn(name: "y", cost: -1)
    lp.addRow(name: "a", lower: -.infinity, upper: 1, terms: [(x, 1)])
    lp.addRow(name: "b", lower: -.infinity, upper: 1, terms: [(y, 1)])
    lp.addRow(name: "c", lower: -.infinity, upper: 2, terms: [(x, 1), (y, 1)])
    let s = try Self.solve(lp, backend: backend)
    #expect(s.status == .optimal)
    #expect(abs(s.objective - -2) <= 1e-7)
    #expect(lp.maximumRelativeViolation(s.x) <= 1e-7)
  }

  /// Klee-Minty style degenerate cube in 3 dimensions: max 4x1 + 2x2 + x3 with x1 <= 5, 4x1 + x2 <= 25,
  /// 8x1 + 4x2 + x3 <= 125: optimum x = (0, 0, 125), objective 125 (as a minimisation, -125).
  @Test(arguments: backends) func kleeMinty(backend: String) throws {
    var lp = LinearProgram()
    let x1 = lp.addColumn(name: "x1", cost: -4)
    let x2 = lp.addColumn(name: "x2", cost: -2)
    let x3 = lp.addColumn(name: "x3", cost: -1)
    lp.addRow(name: "a", lower: -.infinity, upper: 5, terms: [(x1, 1)])
    lp.addRow(name: "b", lower: -.infinity, upper: 25, terms: [(x1, 4), (x2, 1)])
    lp.addRow(name: "c", lower: -.infinity, upper: 125, terms: [(x1, 8), (x2, 4), (x3, 1)])
    let s = try Self.solve(lp, backend: backend)
    #expect(s.status == .optimal)
    #expect(abs(s.objective - -125) <= 1e-7 * 125)
  }

  /// A range row 1 <= x + y <= 3 with 0 <= x, y <= 2 and min -x - 2y: y = 2, x = 1, objective -5.
  @Test(arguments: backends) func rangeRow(backend: String) throws {
    var lp = LinearProgram()
    let x = lp.addColumn(name: "x", cost: -1, lower: 0, upper: 2)
    let y = lp.addColumn(name: "y", cost: -2, lower: 0, upper: 2)
    lp.addRow(name: "r", lower: 1, upper: 3, terms: [(x, 1), (y, 1)])
    let s = try Self.solve(lp, backend: backend)
    #expect(s.status == .optimal)
    #expect(abs(s.objective - -5) <= 1e-7)
    #expect(abs(s.x[0] - 1) <= 1e-6 && abs(s.x[1] - 2) <= 1e-6)
    #expect(abs(s.rowDuals[0] - -1) <= 1e-6)
  }

  /// Presolve alone: an empty column with positive cost sits at its lower bound, an objective constant is kept,
  /// an empty row whose bounds exclude zero is infeasible.
  @Test func presolveCases() throws {
    var lp = LinearProgram()
    lp.objectiveConstant = 7
    lp.addColumn(name: "e", cost: 2, lower: -1, upper: 4)
    let s = try InteriorPointSolver().solve(lp)
    #expect(s.status == .optimal)
    #expect(s.x[0] == -1 && s.objective == 5)

    var bad = LinearProgram()
    bad.addColumn(name: "x", cost: 1)
    bad.addRow(name: "empty", lower: 1, upper: 2, terms: [])
    #expect(try InteriorPointSolver().solve(bad).status == .primalInfeasible)

    var unb = LinearProgram()
    unb.addColumn(name: "x", cost: -1)
    #expect(try InteriorPointSolver().solve(unb).status == .dualInfeasible)
  }

  /// Two hours at one bus with load 10 then 20. Unit p (cost 1) must run in [5, 10] both hours, so its ramp row
  /// -5 <= p1 - p0 <= 5 can never bind: presolve drops it (dual 0). Unit q (cost 2, [0, 10]) ramps by at most 4;
  /// shedding costs 100. Hour 0: p0 + q0 = 10 with p0 >= 5 gives q0 <= 5, so q1 <= 9 and at least 1 MW is shed in
  /// hour 1. p0 = 5, q0 = 5, p1 = 10, q1 = 9, s1 = 1: cost 5 + 10 + 10 + 18 + 100 = 143 (every other choice sheds
  /// more). The p ramp row is tight (p1 - p0 = 5) yet redundant. With p's upper bound U = 10.001 the row is kept and
  /// binds: p1 = U, p0 = U - 5, q0 = 15 - U, q1 = 19 - U, s1 = 1, cost 163 - 2U = 142.998 (U = 10 gives 143 again).
  @Test(arguments: backends) func redundantRampRowIsDropped(backend: String) throws {
    func model(pUpper: Double) -> LinearProgram {
      var lp = LinearProgram()
      var cols: [(p: Int, q: Int, s: Int)] = []
      for (t, load) in [10.0, 20.0].enumerated() {
        let p = lp.addColumn(name: "p@\(t)", cost: 1, lower: 5, upper: pUpper)
        let q = lp.addColumn(name: "q@\(t)", cost: 2, lower: 0, upper: 10)
        let s = lp.addColumn(name: "shed@\(t)", cost: 100, lower: 0, upper: .infinity)
        lp.addRow(name: "balance@\(t)", lower: load, upper: load, terms: [(p, 1), (q, 1), (s, 1)])
        cols.append((p, q, s))
      }
      lp.addRow(name: "ramp_p@1", lower: -5, upper: 5, terms: [(cols[1].p, 1), (cols[0].p, -1)])
      lp.addRow(name: "ramp_q@1", lower: -4, upper: 4, terms: [(cols[1].q, 1), (cols[0].q, -1)])
      return lp
    }
    for (pUpper, keptRows) in [(10.0, 3), (10.001, 4)] {
      let lp = model(pUpper: pUpper)
      let stages = StageStructure(rowStage: [0, 1, 1, 1], columnStage: [0, 0, 0, 1, 1, 1])
      guard case .reduced(let form) = try StandardForm.make(lp, stages: stages, scalingPasses: 0, parallel: false)
      else { Issue.record("presolve decided the LP"); return }
      #expect(form.rowCount == keptRows)
      var settings = InteriorPointSettings()
      if backend == "staged" { settings.backend = .staged(stages) }
      let s = try InteriorPointSolver(settings: settings).solve(lp)
      #expect(s.status == .optimal)
      #expect(abs(s.objective - (163 - 2 * pUpper)) <= 1e-7 * 143)
      #expect(abs(s.x[3] - pUpper) <= 1e-6 && abs(s.x[4] - (19 - pUpper)) <= 1e-6 && abs(s.x[5] - 1) <= 1e-6)
      if keptRows == 3 { #expect(s.rowDuals[2] == 0) }
    }
  }

  /// NaN in the data is an input error naming the column, not a status.
  @Test func nanIsAnError() throws {
    var lp = LinearProgram()
    lp.addColumn(name: "gen_a", cost: .nan)
    let error = #expect(throws: LinearProgramError.self) { try InteriorPointSolver().solve(lp) }
    #expect(error?.description.contains("gen_a") == true)
    #expect(error?.description.contains("nan") == true)
  }
}

extension HandSolvedTests {
  /// Four hours, one bus, a lossless cyclic battery (the cyclic row is a border row): load 10 in hours 0-1 and 30 in
  /// hours 2-3; generation is 20 MW flat at cost 1 (no alternative), so the battery moves 20 MWh from the first half to
  /// the second: objective 4 x 20 = 80, on both backends (the staged one with the cyclic row in its border).
  @Test func stagedBorderOnATinyCyclicBattery() throws {
    var lp = LinearProgram()
    var rowStage: [Int] = []
    var colStage: [Int] = []
    var soc: [Int] = []
    var charge: [Int] = []
    var discharge: [Int] = []
    let load = [10.0, 10, 30, 30]
    for t in 0..<4 {
      let g = lp.addColumn(name: "g@\(t)", cost: 1, lower: 0, upper: 20)
      let c = lp.addColumn(name: "ch@\(t)", cost: 0, lower: 0, upper: 100)
      let d = lp.addColumn(name: "dis@\(t)", cost: 0, lower: 0, upper: 100)
      let e = lp.addColumn(name: "soc@\(t)", cost: 0, lower: 0, upper: 100)
      colStage += [t, t, t, t]
      charge.append(c)
      discharge.append(d)
      soc.append(e)
      lp.addRow(name: "bal@\(t)", lower: load[t], upper: load[t], terms: [(g, 1), (c, -1), (d, 1)])
      rowStage.append(t)
      if t > 0 {
        lp.addRow(name: "soc@\(t)", lower: 0, upper: 0, terms: [(e, 1), (soc[t - 1], -1), (c, -1), (d, 1)])
        rowStage.append(t)
      }
    }
    lp.addRow(name: "soc_cyclic", lower: 0, upper: 0,
              terms: [(soc[0], 1), (soc[3], -1), (charge[0], -1), (discharge[0], 1)])
    rowStage.append(StageStructure.border)
    var settings = InteriorPointSettings()
    settings.backend = .staged(StageStructure(rowStage: rowStage, columnStage: colStage))
    let staged = try InteriorPointSolver(settings: settings).solve(lp)
    let general = try InteriorPointSolver().solve(lp)
    #expect(staged.status == .optimal, "\(staged.reason)")
    #expect(abs(staged.objective - 80) < 1e-6 && abs(general.objective - 80) < 1e-6)
  }
}
