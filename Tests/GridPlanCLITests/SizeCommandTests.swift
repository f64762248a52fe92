import Foundation
import Testing
@testable import GridPlanCLI

/// `gridplan size` end to end on the small example network, in-process.
@Suite("gridplan size", .serialized)
struct SizeCommandTests {
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()
  static let example = root.appendingPathComponent("Networks/examples/three-bus").path

  func temporaryFolder() -> URL {
    URL(fileURLWithPath: NSTemporaryDirectory()).appendingPathComponent("gridplan-size-\(UUID().uuidString)")
  }

  @Test func writesTheCurveAndTheAnswer() throws {
    let out = temporaryFolder()
    defer { try? FileManager.default.removeItem(at: out) }
    var command = try GridPlanCommand.parseAsRoot([
      "size", Self.example, "--at", "A", "--duration", "4", "--target", "curtailment<=0.05", "--target", "unserved==0",
      "--set", "generators[B-wind].capacity_mw=2500", "--out", out.path, "--quiet",
    ])
    try command.run()
    let csv = try String(contentsOf: out.appendingPathComponent("size.csv"), encoding: .utf8)
    let lines = csv.split(separator: "\n").map(String.init)
    #expect(lines.first == "kind,power_mw[A],energy_mwh[A],curtailment_share,unserved_mwh,met,status,operating_cost_cny,"
      + "storage_cost_cny,total_cost_cny,iterations,solve_s")
    #expect(lines.dropFirst().first?.hasPrefix("lp,") == true)
    #expect(lines.filter { $0.hasPrefix("curve,") }.count == 8)
    let answer = try #require(lines.last?.split(separator: ",", omittingEmptySubsequences: false))
    #expect(answer.first == "answer" && answer[5] == "true")
    #expect(try #require(Double(answer[3])) <= 0.05 + 1e-6)
    #expect(abs(try #require(Double(answer[2])) - 4 * (try #require(Double(answer[1])))) < 0.01)
  }

  @Test func badTargetIsAClearError() throws {
    do {
      _ = try GridPlanCommand.parseAsRoot(["size", Self.example, "--at", "A", "--target", "curtailment=>0.05"])
      Issue.record("a bad target must be rejected")
    } catch {
      let text = GridPlanCommand.message(for: error)
      #expect(text.contains("target 'curtailment=>0.05' at position 12") && text.contains("allowed:"), "\(text)")
    }
  }

  @Test func unknownBusIsAClearError() throws {
    var command = try GridPlanCommand.parseAsRoot([
      "size", Self.example, "--at", "Q", "--target", "curtailment<=0.05", "--quiet",
    ])
    do {
      try command.run()
      Issue.record("an unknown bus must be rejected")
    } catch {
      #expect(String(describing: error).contains("--at Q") && String(describing: error).contains("allowed: A, B, C"))
    }
  }
}
