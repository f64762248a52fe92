import Foundation
import Testing
@testable import GridPlanCLI

/// End-to-end runs of the command layer on the small example network, in-process.
@Suite("CLI end to end", .serialized)
struct RunCommandTests {
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()
  static let example = root.appendingPathComponent("Networks/examples/three-bus").path
  static let innerMongolia = root.appendingPathComponent("Networks/inner-mongolia").path

  func temporaryFolder() -> URL {
    URL(fileURLWithPath: NSTemporaryDirectory()).appendingPathComponent("gridplan-cli-\(UUID().uuidString)")
  }

  @Test func runWritesEveryTable() throws {
    let out = temporaryFolder()
    defer { try? FileManager.default.removeItem(at: out) }
    var command = try GridPlanCommand.parseAsRoot(["run", Self.example, "--out", out.path, "--quiet"])
    try command.run()
    let files = try FileManager.default.contentsOfDirectory(atPath: out.path).sorted()
    #expect(files == [
      "buses-marginal_price.csv", "corridors.csv", "generators-curtailment.csv", "generators-p.csv", "lines-p0.csv",
      "links-clean_share.csv", "links-clean_share_contract.csv", "links-p0.csv", "loads-shed.csv", "storage_units-p.csv",
      "storage_units-state_of_charge.csv", "summary.csv",
    ])
    let summary = try String(contentsOf: out.appendingPathComponent("summary.csv"), encoding: .utf8)
    #expect(summary.hasPrefix("metric,component,unit,value\nsolver_status,,,optimal\n"))
    let p = try String(contentsOf: out.appendingPathComponent("generators-p.csv"), encoding: .utf8)
    let lines = p.split(separator: "\n")
    #expect(lines.first?.hasPrefix("snapshot,") == true)
    #expect(lines.count == 1 + 48)
  }

  @Test func horizonAndScenarioOptions() throws {
    let out = temporaryFolder()
    defer { try? FileManager.default.removeItem(at: out) }
    var command = try GridPlanCommand.parseAsRoot([
      "run", Self.example, "--hours", "12", "--start", "2024-01-01T06:00", "--out", out.path, "--quiet",
    ])
    try command.run()
    let p = try String(contentsOf: out.appendingPathComponent("generators-p.csv"), encoding: .utf8)
    let lines = p.split(separator: "\n")
    #expect(lines.count == 13)
    #expect(lines[1].hasPrefix("2024-01-01T06:00,"))
  }

  @Test func badNetworkFolderIsAClearError() throws {
    var command = try GridPlanCommand.parseAsRoot(["run", "/nonexistent/net", "--quiet"])
    #expect(throws: (any Error).self) { try command.run() }
    do { try command.run() } catch { #expect(String(describing: error).contains("/nonexistent/net")) }
  }

  @Test func badValueLeavesNoResults() throws {
    let out = temporaryFolder()
    defer { try? FileManager.default.removeItem(at: out) }
    var command = try GridPlanCommand.parseAsRoot([
      "run", Self.example, "--set", "generators[A-coal].capacity_mw=-5", "--out", out.path, "--quiet",
    ])
    do {
      try command.run()
      Issue.record("a negative capacity must be rejected")
    } catch {
      let text = String(describing: error)
      #expect(text.contains("capacity_mw") && text.contains("-5"), "\(text)")
    }
    #expect(!FileManager.default.fileExists(atPath: out.path))
  }

  @Test func solveCommandOnAnMPSFile() throws {
    let mps = Self.root.appendingPathComponent("Tests/LinearProgrammingTests/Fixtures/lp/dispatch-6x3.mps").path
    let csv = temporaryFolder().appendingPathExtension("csv")
    defer { try? FileManager.default.removeItem(at: csv) }
    var command = try GridPlanCommand.parseAsRoot(["solve", mps, "--staged", "--solution", csv.path])
    try command.run()
    let text = try String(contentsOf: csv, encoding: .utf8)
    #expect(text.hasPrefix("kind,name,value,dual\n"))
  }
}
