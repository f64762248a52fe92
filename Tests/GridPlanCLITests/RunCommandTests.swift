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

  /// The C-X corridor made firm at 3,000 MW, more than every generator of the three-bus network (2,400 MW) could
  /// send even with all load shed: no dispatch exists. The explanation names what conflicts, found by hand: the
  /// corridor's lower bound at bus C, C's balance, C's load that can be shed no further (its upper bound), and the
  /// flow limit of line B-C that caps what reaches C, in the hours when they bind.
  @Test func infeasibleStudyNamesTheConflict() throws {
    let out = temporaryFolder()
    defer { try? FileManager.default.removeItem(at: out) }
    var command = try GridPlanCommand.parseAsRoot([
      "run", Self.example, "--set", "links[C-X].delivery={rule: firm, min_pu: 1.0}", "--set",
      "links[C-X].rating_mw=3000", "--out", out.path, "--quiet",
    ])
    do {
      try command.run()
      Issue.record("a 3,000 MW firm corridor from a 2,400 MW network must be infeasible")
    } catch {
      let text = String(describing: error)
      #expect(text.contains("primal_infeasible"), "\(text)")
      for part in ["lower bound of p_C-X in hours", "row balance_C in hours", "upper bound of shed_C-load",
                   "upper bound of f_B-C"] {
        #expect(text.contains(part), "\(part) missing from: \(text)")
      }
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
