import Foundation
import Testing
@testable import LinearProgramming

/// Random multi-period LPs with storage-like coupling (written by `Scripts/make_lp_fixtures.py` with fixed seeds),
/// whose reference statuses and objectives come from HiGHS. Each is solved with both backends.
@Suite("HiGHS references")
struct HiGHSReferenceTests {
  struct Reference: Decodable, Sendable, CustomTestStringConvertible {
    var file: String
    var status: String
    var objective: Double?
    var rows: Int
    var columns: Int
    var testDescription: String { file }
  }

  static let folder = Bundle.module.url(forResource: "Fixtures", withExtension: nil)!.appendingPathComponent("lp")

  static let references: [Reference] = {
    guard let data = try? Data(contentsOf: folder.appendingPathComponent("references.json")) else { return [] }
    return (try? JSONDecoder().decode([Reference].self, from: data)) ?? []
  }()

  @Test func fixturesArePresent() {
    #expect(Self.references.count >= 8)
    #expect(Self.references.contains { $0.status == "infeasible" })
    #expect(Self.references.contains { $0.status == "unbounded" })
  }

  static func check(_ ref: Reference, staged: Bool, correctors: Int = 0, blocks: StagedBlocks = .automatic) throws {
    let lp = try MPS.read(contentsOf: folder.appendingPathComponent(ref.file))
    #expect(lp.rowCount == ref.rows && lp.columnCount == ref.columns)
    var settings = InteriorPointSettings()
    settings.centralityCorrectors = correctors
    settings.stagedBlocks = blocks
    if staged { settings.backend = .staged(StageStructure.fromNames(lp)) }
    let s = try InteriorPointSolver(settings: settings).solve(lp)
    switch ref.status {
    case "optimal":
      #expect(s.status == .optimal, "\(s.reason)")
      let expected = try #require(ref.objective)
      let relative = abs(s.objective - expected) / max(1, abs(expected))
      #expect(relative <= 1e-7, "objective \(s.objective) vs HiGHS \(expected): relative difference \(relative)")
      // Rows and bounds hold within 1e-7 relative to the LP's largest bound (norm-wise, as the solver measures).
      #expect(lp.normRelativeViolation(s.x) <= 1e-7)
    case "infeasible":
      #expect(s.status == .primalInfeasible, "\(s.status): \(s.reason)")
    case "unbounded":
      #expect(s.status == .dualInfeasible, "\(s.status): \(s.reason)")
    default:
      Issue.record("unknown reference status \(ref.status)")
    }
  }

  @Test(arguments: references) func generalBackend(_ ref: Reference) throws {
    try Self.check(ref, staged: false)
  }

  @Test(arguments: references) func stagedBackend(_ ref: Reference) throws {
    try Self.check(ref, staged: true)
  }

  /// Gondzio's centrality correctors change the path, not the answer.
  @Test(arguments: references) func withCentralityCorrectors(_ ref: Reference) throws {
    try Self.check(ref, staged: false, correctors: 2)
    try Self.check(ref, staged: true, correctors: 2)
  }

  /// The two backends are independent factorisations of the same normal equations: their optima must agree.
  @Test(arguments: references.filter { $0.status == "optimal" }) func backendsAgree(_ ref: Reference) throws {
    let lp = try MPS.read(contentsOf: Self.folder.appendingPathComponent(ref.file))
    var staged = InteriorPointSettings()
    staged.backend = .staged(StageStructure.fromNames(lp))
    let a = try InteriorPointSolver().solve(lp)
    let b = try InteriorPointSolver(settings: staged).solve(lp)
    #expect(a.status == .optimal && b.status == .optimal)
    #expect(abs(a.objective - b.objective) <= 1e-7 * max(1, abs(a.objective)))
  }

  /// Each way of factoring the stage blocks, forced, against HiGHS.
  @Test(arguments: references, [StagedBlocks.dense, .sparse]) func stagedBlocks(_ ref: Reference, _ blocks: StagedBlocks)
    throws
  {
    try Self.check(ref, staged: true, blocks: blocks)
  }

  /// Sparse leading rows and dense blocks factor the same matrix: the same optimum to 1e-9.
  @Test(arguments: references.filter { $0.status == "optimal" }) func sparseAndDenseBlocksAgree(_ ref: Reference) throws {
    let lp = try MPS.read(contentsOf: Self.folder.appendingPathComponent(ref.file))
    var settings = InteriorPointSettings()
    settings.backend = .staged(StageStructure.fromNames(lp))
    settings.stagedBlocks = .dense
    let dense = try InteriorPointSolver(settings: settings).solve(lp)
    settings.stagedBlocks = .sparse
    let sparse = try InteriorPointSolver(settings: settings).solve(lp)
    #expect(dense.status == .optimal && sparse.status == .optimal)
    #expect(abs(dense.objective - sparse.objective) <= 1e-9 * max(1, abs(dense.objective)))
  }
}
