import Foundation
import GridModel
import Testing

@testable import GridIO

/// NetworkWriter: a written folder reads back to an equal network.
@Suite("Network writer")
struct NetworkWriterTests {
  static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()

  func temporaryFolder() -> URL {
    FileManager.default.temporaryDirectory.appendingPathComponent("gridio-writer-\(UUID().uuidString)")
  }

  func roundTrip(_ network: Network) throws -> Network {
    let out = temporaryFolder()
    defer { try? FileManager.default.removeItem(at: out) }
    try NetworkWriter.write(network, to: out)
    return try NetworkReader.read(folder: out)
  }

  @Test func threeBusRoundTrip() throws {
    let n = try NetworkReader.read(folder: Self.repository.appendingPathComponent("Networks/examples/three-bus"))
    let back = try roundTrip(n)
    #expect(back == n)
  }

  @Test func threeBusScenarioAndWindowRoundTrip() throws {
    // A schedule link (scenario), a fixed initial state of charge, a CO2 cap and a window that is not the start.
    let n = try NetworkReader.read(
      folder: Self.repository.appendingPathComponent("Networks/examples/three-bus"), scenario: "export-schedule",
      overrides: ["storage_units[B-battery].soc_initial_pu=0.5", "study.co2_cap_t=12345.5",
                  "generators[A-coal].role=backup"],
      hours: 20, start: "2024-01-01T05:00")
    #expect(n.links.contains { if case .schedule = $0.delivery { return true } else { return false } })
    let back = try roundTrip(n)
    #expect(back == n)
    #expect(back.snapshots.first == "2024-01-01T05:00" && back.snapshots.count == 20)
  }

  @Test func defaultNetworkRoundTrip() throws {
    let n = try NetworkReader.read(folder: Self.repository.appendingPathComponent("Networks/inner-mongolia"))
    #expect(n.snapshots.count == 8760)
    let back = try roundTrip(n)
    #expect(back == n)
  }

  @Test func awkwardTextsAndNumbersRoundTrip() throws {
    var n = try NetworkReader.read(folder: Self.repository.appendingPathComponent("Networks/examples/three-bus"))
    n.description = "line one\nline \"two\": {not: yaml}, #no comment"
    n.buses[0].name = "yes"
    n.buses[1].name = "123"
    n.generators[0].marginalCostCNYPerMWh = 0.1 + 0.2
    n.generators[0].co2TonnesPerMWh = 1e-7
    let back = try roundTrip(n)
    #expect(back == n)
  }

  @Test func seriesOfTheWrongLengthIsAnError() throws {
    var n = try NetworkReader.read(folder: Self.repository.appendingPathComponent("Networks/examples/three-bus"))
    n.loads[0].demandMW.removeLast()
    #expect {
      try NetworkWriter.files(n)
    } throws: { error in
      let text = String(describing: error)
      return text.contains("loads[A-load]") && text.contains("47") && text.contains("48")
    }
  }

  @Test func replacesAnExistingFolderAtomically() throws {
    let n = try NetworkReader.read(folder: Self.repository.appendingPathComponent("Networks/examples/three-bus"))
    let out = temporaryFolder()
    defer { try? FileManager.default.removeItem(at: out) }
    try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
    try Data("old".utf8).write(to: out.appendingPathComponent("stale.txt"))
    try NetworkWriter.write(n, to: out)
    let files = try FileManager.default.contentsOfDirectory(atPath: out.path).sorted()
    #expect(files == ["network.yaml", "profiles"])
    let siblings = try FileManager.default.contentsOfDirectory(atPath: out.deletingLastPathComponent().path)
    #expect(!siblings.contains { $0.hasPrefix(".\(out.lastPathComponent).") })
  }
}
