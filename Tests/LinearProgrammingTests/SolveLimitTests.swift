import Foundation
import Testing

@testable import LinearProgramming

/// Limits a user can set: the time limit, the iteration limit and a stop request end the solve with a status of
/// their own, the last iterate's accuracy in the reason, and no auxiliary infeasibility LPs; without them the same
/// LP solves to HiGHS's objective (references.json).
@Suite("Solve limits")
struct SolveLimitTests {
  static let file = "dispatch-24x4.mps"

  static func lp() throws -> LinearProgram {
    try MPS.read(contentsOf: HiGHSReferenceTests.folder.appendingPathComponent(file))
  }

  static func settings(staged: Bool, _ lp: LinearProgram) -> InteriorPointSettings {
    var s = InteriorPointSettings()
    if staged { s.backend = .staged(StageStructure.fromNames(lp)) }
    return s
  }

  @Test(arguments: [false, true]) func unlimitedSolveReachesTheReference(staged: Bool) throws {
    let lp = try Self.lp()
    let reference = try #require(HiGHSReferenceTests.references.first { $0.file == Self.file }?.objective)
    let s = try InteriorPointSolver(settings: Self.settings(staged: staged, lp)).solve(lp)
    #expect(s.status == .optimal)
    #expect(abs(s.objective - reference) / max(1, abs(reference)) <= 1e-7)
    #expect(s.iterations > 3)
  }

  @Test(arguments: [false, true]) func timeLimit(staged: Bool) throws {
    let lp = try Self.lp()
    var settings = Self.settings(staged: staged, lp)
    settings.timeLimitSeconds = 0
    let s = try InteriorPointSolver(settings: settings).solve(lp)
    #expect(s.status == .timeLimit, "\(s.status): \(s.reason)")
    #expect(s.iterations == 0)
    #expect(s.reason.contains("time limit of 0.0 s") && s.reason.contains("primal infeasibility"), "\(s.reason)")
    #expect(s.primalInfeasibility > 1e-8 || s.dualInfeasibility > 1e-8 || s.relativeGap > 1e-8)
  }

  @Test func iterationLimitReportsAccuracy() throws {
    let lp = try Self.lp()
    var settings = Self.settings(staged: true, lp)
    settings.maxIterations = 3
    let s = try InteriorPointSolver(settings: settings).solve(lp)
    #expect(s.status == .iterationLimit, "\(s.status): \(s.reason)")
    #expect(s.iterations == 3)
    #expect(s.reason.contains("after 3 iterations") && s.reason.contains("gap"), "\(s.reason)")
  }

  @Test func stopRequestInterrupts() throws {
    let lp = try Self.lp()
    var settings = Self.settings(staged: true, lp)
    let counter = Locked(0)
    // Stops once two iterations have run (the question is asked before each iteration).
    settings.shouldStop = { counter.increment() > 2 }
    let s = try InteriorPointSolver(settings: settings).solve(lp)
    #expect(s.status == .interrupted, "\(s.status): \(s.reason)")
    #expect(s.iterations == 2)
    #expect(s.reason.contains("interrupted after 2 iterations"), "\(s.reason)")
  }
}

/// A counter behind a lock, for a `@Sendable` stop request.
final class Locked: @unchecked Sendable {
  private let lock = NSLock()
  private var value: Int
  init(_ value: Int) { self.value = value }
  func increment() -> Int {
    lock.lock()
    defer { lock.unlock() }
    value += 1
    return value
  }
}
