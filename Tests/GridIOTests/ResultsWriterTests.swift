import Foundation
import Testing

@testable import GridIO

/// Results folders written whole, CSV tables and numbers.
@Suite("Results writer")
struct ResultsWriterTests {
  static func temporaryParent() throws -> URL {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("gridio-results-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    return dir
  }

  static func contents(_ dir: URL) throws -> [String] {
    try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted()
  }

  @Test func writesANewFolder() throws {
    let parent = try Self.temporaryParent()
    defer { try? FileManager.default.removeItem(at: parent) }
    let out = parent.appendingPathComponent("study")
    try ResultsFolder.write(tables: ["a.csv": "x\n1\n", "summary.csv": "k,v\n"], to: out)
    #expect(try Self.contents(out) == ["a.csv", "summary.csv"])
    #expect(try String(contentsOf: out.appendingPathComponent("a.csv"), encoding: .utf8) == "x\n1\n")
    // Nothing left beside it.
    #expect(try Self.contents(parent) == ["study"])
  }

  @Test func replacesAnExistingFolderWhole() throws {
    let parent = try Self.temporaryParent()
    defer { try? FileManager.default.removeItem(at: parent) }
    let out = parent.appendingPathComponent("study")
    try ResultsFolder.write(tables: ["old.csv": "1\n", "a.csv": "old\n"], to: out)
    try ResultsFolder.write(tables: ["a.csv": "new\n"], to: out)
    #expect(try Self.contents(out) == ["a.csv"])
    #expect(try String(contentsOf: out.appendingPathComponent("a.csv"), encoding: .utf8) == "new\n")
    #expect(try Self.contents(parent) == ["study"])
  }

  @Test func aBadNameLeavesTheOldResults() throws {
    let parent = try Self.temporaryParent()
    defer { try? FileManager.default.removeItem(at: parent) }
    let out = parent.appendingPathComponent("study")
    try ResultsFolder.write(tables: ["a.csv": "old\n"], to: out)
    #expect(throws: ResultsFolderError.badFileName("../x.csv")) {
      try ResultsFolder.write(tables: ["a.csv": "new\n", "../x.csv": ""], to: out)
    }
    #expect(try String(contentsOf: out.appendingPathComponent("a.csv"), encoding: .utf8) == "old\n")
    #expect(try Self.contents(parent) == ["study"])
  }

  @Test func aFileInTheWayIsAnError() throws {
    let parent = try Self.temporaryParent()
    defer { try? FileManager.default.removeItem(at: parent) }
    let out = parent.appendingPathComponent("study")
    try "x".write(to: out, atomically: true, encoding: .utf8)
    #expect(throws: ResultsFolderError.notAFolder(out.standardizedFileURL.path)) {
      try ResultsFolder.write(tables: ["a.csv": ""], to: out)
    }
  }

  @Test func csvTableQuotesWhereNeeded() {
    let t = CSVTable(header: ["snapshot", "a,b", "say \"hi\""], rows: [["2024-01-01T00:00", "1", "x\ny"]])
    #expect(t.text == "snapshot,\"a,b\",\"say \"\"hi\"\"\"\n2024-01-01T00:00,1,\"x\ny\"\n")
  }

  @Test(arguments: [
    (1.0, "1"), (0.0, "0"), (-0.0, "0"), (-2.5, "-2.5"), (0.1, "0.1"), (1e-5, "1e-05"), (123456789.0, "123456789"),
    (1e16, "1e+16"), (Double.nan, ""), (Double.infinity, "inf"), (-Double.infinity, "-inf"),
    (1.0 / 3.0, "0.3333333333333333"),
  ])
  func numbers(_ v: Double, _ text: String) {
    #expect(csvNumber(v) == text)
  }

  @Test func numbersRoundTrip() {
    var state: UInt64 = 7
    for _ in 0..<1000 {
      state = state &* 6364136223846793005 &+ 1442695040888963407
      let v = Double(bitPattern: state >> 2)
      guard v.isFinite else { continue }
      #expect(Double(csvNumber(v)) == v)
    }
  }
}
