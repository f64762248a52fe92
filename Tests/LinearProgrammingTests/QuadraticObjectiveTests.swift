import Foundation
import ReferencePython
import Testing

@testable import LinearProgramming

/// Separable convex quadratic objectives, min c'x + 1/2 x'Qx with Q = diag(q) >= 0, on both backends: hand-solved
/// QPs (the solution in each test's comment) and random QPs against HiGHS's QP solver (an active-set method, run
/// through `Scripts/highs_solve.py --solver qp` on the MPS file with a QUADOBJ section).
@Suite("Quadratic objectives")
struct QuadraticObjectiveTests {
  enum Backend: String, CaseIterable, CustomTestStringConvertible {
    case general, staged
    var testDescription: String { rawValue }
  }

  static func solve(_ lp: LinearProgram, _ backend: Backend, stages: StageStructure? = nil) throws -> LPSolution {
    var settings = InteriorPointSettings()
    if backend == .staged { settings.backend = .staged(stages ?? StageStructure.fromNames(lp)) }
    return try InteriorPointSolver(settings: settings).solve(lp)
  }

  static func relative(_ a: Double, _ b: Double) -> Double { abs(a - b) / max(1, abs(b)) }

  /// minimise x + x² + 2y² (Q = diag(2, 4)) subject to x + y >= 2, x, y >= 0. The row binds with multiplier λ:
  /// 1 + 2x = λ = 4y, x + y = 2, so 6x = 7: x = 7/6, y = 5/6, λ = 10/3, objective 7/6 + 49/36 + 50/36 = 141/36.
  @Test(arguments: Backend.allCases) func handSolvedTwoColumns(_ backend: Backend) throws {
    var lp = LinearProgram(name: "two columns")
    let x = lp.addColumn(name: "x@0", cost: 1)
    let y = lp.addColumn(name: "y@0")
    lp.addRow(name: "demand@0", lower: 2, upper: .infinity, terms: [(x, 1), (y, 1)])
    lp.setQuadratic(x, 2)
    lp.setQuadratic(y, 4)
    let s = try Self.solve(lp, backend)
    #expect(s.status == .optimal, "\(s.reason)")
    #expect(Self.relative(s.objective, 141.0 / 36) <= 1e-8, "\(s.objective)")
    #expect(abs(s.x[x] - 7.0 / 6) <= 1e-6 && abs(s.x[y] - 5.0 / 6) <= 1e-6, "\(s.x)")
    #expect(abs(s.rowDuals[0] - 10.0 / 3) <= 1e-6, "\(s.rowDuals)")
    // Reduced costs are c + Qx - A'y: zero for both columns, which are off their bounds.
    #expect(abs(s.reducedCosts[x]) <= 1e-6 && abs(s.reducedCosts[y]) <= 1e-6, "\(s.reducedCosts)")
  }

  /// Three hours of a generator with cost g² (Q = 2) and a lossless store (charge ch, discharge dis, state soc)
  /// meeting demands 1, 3, 2: the store can only move energy forward, which is what equal output needs (charge 1 in
  /// hour 0, discharge it in hour 1), so g = (2, 2, 2) and the objective is 12. Rows of hour t: balance
  /// g + dis - ch = d_t and state soc_t - soc_{t-1} - ch_t + dis_t = 0 (soc_{-1} = 0), which couples hour t to t-1:
  /// the staged backend's chain.
  @Test(arguments: Backend.allCases) func handSolvedStorageChain(_ backend: Backend) throws {
    var lp = LinearProgram(name: "chain")
    let demand = [1.0, 3, 2]
    var soc: [Int] = []
    var g: [Int] = []
    for (t, d) in demand.enumerated() {
      g.append(lp.addColumn(name: "g@\(t)"))
      lp.setQuadratic(g[t], 2)
      let ch = lp.addColumn(name: "ch@\(t)", upper: 10)
      let dis = lp.addColumn(name: "dis@\(t)", upper: 10)
      soc.append(lp.addColumn(name: "soc@\(t)", upper: 10))
      lp.addRow(name: "balance@\(t)", lower: d, upper: d, terms: [(g[t], 1), (dis, 1), (ch, -1)])
      var state = [(soc[t], 1.0), (ch, -1.0), (dis, 1.0)]
      if t > 0 { state.append((soc[t - 1], -1)) }
      lp.addRow(name: "state@\(t)", lower: 0, upper: 0, terms: state)
    }
    let s = try Self.solve(lp, backend)
    #expect(s.status == .optimal, "\(s.reason)")
    #expect(Self.relative(s.objective, 12) <= 1e-8, "\(s.objective)")
    // The objective is flat to first order at the optimum, so a relative gap of 1e-8 (the stopping test) leaves x
    // accurate to about its square root: the outputs within 1e-3 of 2.
    for t in 0..<3 { #expect(abs(s.x[g[t]] - 2) <= 1e-3, "g@\(t) = \(s.x[g[t]])") }
  }

  /// A free column with a quadratic cost: minimise (x - 3)² = x² - 6x + 9 (Q = 2, c = -6, constant 9) subject to
  /// x + y = 10, 0 <= y <= 5. x = 3 would need y = 7: y stops at 5, x = 5, objective 4.
  @Test(arguments: Backend.allCases) func freeColumn(_ backend: Backend) throws {
    var lp = LinearProgram(name: "free")
    let x = lp.addColumn(name: "x@0", cost: -6, lower: -.infinity, upper: .infinity)
    let y = lp.addColumn(name: "y@0", upper: 5)
    lp.addRow(name: "sum@0", lower: 10, upper: 10, terms: [(x, 1), (y, 1)])
    lp.setQuadratic(x, 2)
    lp.objectiveConstant = 9
    let s = try Self.solve(lp, backend)
    #expect(s.status == .optimal, "\(s.reason)")
    #expect(Self.relative(s.objective, 4) <= 1e-8, "\(s.objective)")
    #expect(abs(s.x[x] - 5) <= 1e-6, "\(s.x)")
  }

  /// Presolve: a fixed column adds c x + 1/2 q x² to the constant (x = 3, c = 1, q = 2: 3 + 9 = 12); an empty column
  /// goes to its minimiser clamped to its bounds (1/2 · 4 z² - 8z on [0, 10]: z = 2, -8; 1/2 · 1 w² + 5w on
  /// [-1, 4]: -5 clamps to -1, 0.5 - 5 = -4.5). With y + x >= 4 (x fixed at 3) and cost y: y = 1. Total
  /// 12 - 8 - 4.5 + 1 = 0.5.
  @Test func presolvedColumns() throws {
    var lp = LinearProgram(name: "presolve")
    let x = lp.addColumn(name: "x", cost: 1, lower: 3, upper: 3)
    let z = lp.addColumn(name: "z", cost: -8, upper: 10)
    let w = lp.addColumn(name: "w", cost: 5, lower: -1, upper: 4)
    let y = lp.addColumn(name: "y", cost: 1)
    lp.addRow(name: "r", lower: 4, upper: .infinity, terms: [(x, 1), (y, 1)])
    lp.setQuadratic(x, 2)
    lp.setQuadratic(z, 4)
    lp.setQuadratic(w, 1)
    let s = try Self.solve(lp, .general)
    #expect(s.status == .optimal, "\(s.reason)")
    #expect(Self.relative(s.objective, 0.5) <= 1e-8, "\(s.objective)")
    #expect(s.x[z] == 2 && s.x[w] == -1)
  }

  /// A column with a quadratic cost bounds the objective along it: min -x + 1/2 x² with x free and in a row is
  /// bounded (x = 1), while the same LP without Q is unbounded.
  @Test func quadraticTermBoundsTheObjective() throws {
    var lp = LinearProgram(name: "bounded")
    let x = lp.addColumn(name: "x", cost: -1, lower: -.infinity, upper: .infinity)
    let y = lp.addColumn(name: "y", upper: 1)
    lp.addRow(name: "r", lower: 0, upper: 0, terms: [(x, 1), (y, -1)])
    var unbounded = lp
    unbounded.columnUpper[y] = .infinity
    let linear = try Self.solve(unbounded, .general)
    #expect(linear.status == .dualInfeasible, "\(linear.status): \(linear.reason)")
    unbounded.setQuadratic(x, 1)
    let quadratic = try Self.solve(unbounded, .general)
    #expect(quadratic.status == .optimal, "\(quadratic.reason)")
    #expect(Self.relative(quadratic.objective, -0.5) <= 1e-8, "\(quadratic.objective)")
  }

  @Test func invalidQuadraticCoefficients() throws {
    var lp = LinearProgram(name: "bad")
    let x = lp.addColumn(name: "x", cost: 1)
    lp.addRow(name: "r", lower: 1, upper: .infinity, terms: [(x, 1)])
    var negative = lp
    negative.setQuadratic(x, -1)
    let error = #expect(throws: LinearProgramError.self) { try InteriorPointSolver().solve(negative) }
    #expect("\(error.map { "\($0)" } ?? "")".contains("x"))
    var nan = lp
    nan.quadratic = [.nan]
    #expect(throws: LinearProgramError.self) { try InteriorPointSolver().solve(nan) }
    var short = lp
    short.quadratic = [1, 2]
    #expect(throws: LinearProgramError.self) { try InteriorPointSolver().solve(short) }
  }

  /// The hand-made fixture `quadobj.mps` (its comment holds the solution, 93/72) on both backends.
  @Test(arguments: Backend.allCases) func handSolvedFixture(_ backend: Backend) throws {
    let lp = try MPS.read(contentsOf: MPSTests.fixture("quadobj.mps"))
    #expect(lp.quadratic == [2, 4, 1])
    let s = try Self.solve(lp, backend, stages: StageStructure(rowStage: [0, 0], columnStage: [0, 0, 0]))
    #expect(s.status == .optimal, "\(s.reason)")
    #expect(Self.relative(s.objective, 93.0 / 72) <= 1e-8, "\(s.objective)")
    #expect(abs(s.x[0] - 4.0 / 3) <= 1e-6 && abs(s.x[1] - 2.0 / 3) <= 1e-6 && abs(s.x[2] - 1.5) <= 1e-6)
  }

  // MARK: HiGHS

  /// A random multi-period QP: per hour t, n generators g_i@t in [0, cap] with linear and quadratic costs (some
  /// linear only), a shedding column at a high price, a balance row, and a store whose state row couples t to t-1.
  static func randomQP(seed: UInt64, hours: Int, generators: Int) -> LinearProgram {
    var rng = QPRandom(seed)
    var lp = LinearProgram(name: "qp-\(seed)")
    var previous: Int? = nil
    for t in 0..<hours {
      var balance: [(Int, Double)] = []
      for i in 0..<generators {
        let g = lp.addColumn(name: "g\(i)@\(t)", cost: 10 + 40 * rng.unit(), upper: 50 + 100 * rng.unit())
        if rng.unit() < 0.7 { lp.setQuadratic(g, 0.01 + rng.unit()) }
        balance.append((g, 1))
      }
      let shed = lp.addColumn(name: "shed@\(t)", cost: 1000)
      let ch = lp.addColumn(name: "ch@\(t)", upper: 40)
      let dis = lp.addColumn(name: "dis@\(t)", upper: 40)
      let soc = lp.addColumn(name: "soc@\(t)", upper: 100)
      balance += [(shed, 1), (ch, -1), (dis, 1)]
      let demand = Double(generators) * (30 + 60 * rng.unit())
      lp.addRow(name: "balance@\(t)", lower: demand, upper: demand, terms: balance)
      var state = [(soc, 1.0), (ch, -0.9), (dis, 1.0)]
      if let p = previous { state.append((p, -1)) }
      lp.addRow(name: "state@\(t)", lower: 0, upper: 0, terms: state)
      previous = soc
    }
    return lp
  }

  @Test(
    .enabled(if: ReferencePython.enabled("highspy"), "needs highspy: run `make test`"),
    arguments: [(UInt64(1), 4, 3), (2, 24, 5), (3, 48, 8)])
  func randomQPsAgainstHiGHS(_ seed: UInt64, _ hours: Int, _ generators: Int) throws {
    let lp = Self.randomQP(seed: seed, hours: hours, generators: generators)
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("qp-highs-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    let url = directory.appendingPathComponent("qp.mps")
    try MPS.write(lp, to: url)
    let highs = try ReferencePython.json([ReferencePython.script("highs_solve.py"), url.path, "--solver", "qp"])
    #expect(highs["status"] as? String == "optimal")
    #expect(highs["hessian_nonzeros"] as? Int == lp.quadratic.filter { $0 != 0 }.count)
    let reference = try #require(highs["objective"] as? Double)
    for backend in Backend.allCases {
      let s = try Self.solve(lp, backend)
      #expect(s.status == .optimal, "\(backend): \(s.reason)")
      #expect(Self.relative(s.objective, reference) <= 1e-7, "\(backend): \(s.objective) vs HiGHS \(reference)")
      #expect(lp.normRelativeViolation(s.x) <= 1e-7)
    }
  }

  /// The fixture through HiGHS: the same objective as the hand solution (a check of the fixture and of the 1/2
  /// convention of QUADOBJ).
  @Test(.enabled(if: ReferencePython.enabled("highspy"), "needs highspy: run `make test`"))
  func highsSolvesTheFixtureToTheHandSolution() throws {
    let url = try MPSTests.fixture("quadobj.mps")
    let highs = try ReferencePython.json([ReferencePython.script("highs_solve.py"), url.path, "--solver", "qp"])
    let objective = try #require(highs["objective"] as? Double)
    #expect(Self.relative(objective, 93.0 / 72) <= 1e-9)
  }
}

/// SplitMix64, for reproducible random QPs.
private struct QPRandom {
  var state: UInt64
  init(_ seed: UInt64) { state = seed }
  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
  /// Uniform in [0, 1).
  mutating func unit() -> Double { Double(next() >> 11) / Double(1 << 53) }
}
