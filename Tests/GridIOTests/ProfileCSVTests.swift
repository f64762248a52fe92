import Foundation
import Testing

@testable import GridIO

/// The byte-level profile CSV parser, its number parser and snapshot arithmetic.
@Suite("Profile CSV")
struct ProfileCSVTests {
  static func table(_ text: String) -> ProfileTable { ProfileTable(file: "p.csv", contents: Data(text.utf8)) }

  /// A year of hourly rows with `columns` columns of values with 4 decimals, as the profile generator writes them.
  static func yearCSV(columns: Int) -> String {
    var text = "snapshot," + (0..<columns).map { "S\($0)" }.joined(separator: ",") + "\n"
    let start = Timestamp("2024-01-01T00:00") ?? Timestamp(minutes: 0)
    var state: UInt64 = 12345
    for h in 0..<8760 {
      text += start.adding(hours: h).text
      for _ in 0..<columns {
        state = state &* 6364136223846793005 &+ 1442695040888963407
        text += "," + String(format: "%.4f", Double(state >> 11) / Double(1 << 53))
      }
      text += "\n"
    }
    return text
  }

  /// A full year of 20 columns parses without problems (its speed is measured in Benchmarks/, not here).
  @Test func parsesAYear() throws {
    let data = Data(Self.yearCSV(columns: 20).utf8)
    let t = ProfileTable(file: "p.csv", contents: data)
    #expect(t.problems.isEmpty)
    #expect(t.rowCount == 8760 && t.columns.count == 20)
    #expect(t.start.adding(hours: 8759).text == "2024-12-30T23:00")
  }

  @Test func valuesMatchDoubleParsing() throws {
    let text = Self.yearCSV(columns: 3)
    let t = Self.table(text)
    let rows = text.split(separator: "\n").dropFirst().map { $0.split(separator: ",") }
    for (r, row) in rows.enumerated() {
      for c in 0..<3 { #expect(t.values[c][r] == Double(String(row[c + 1]))) }
    }
  }

  @Test(arguments: [
    "0", "-0", "1", "+2.5", "-3.25e-2", "1E5", ".5", "5.", "0.0001", "123456789012345678901234567890",
    "1.7976931348623157e308", "4.9e-324", "0.1234567890123456789", "9007199254740993", "1e-22", "1e23",
    "2.2250738585072014e-308",
  ])
  func numberParsingIsExact(_ s: String) {
    let bytes = Array(s.utf8)
    let v = bytes.withUnsafeBytes { ProfileTable.number($0, 0, bytes.count) }
    #expect(v == Double(s), "\(s)")
  }

  @Test(arguments: ["", "abc", "1.2.3", "1e", "--1", "1,5", "0x10", "1 2"])
  func nonNumbers(_ s: String) {
    let bytes = Array(s.utf8)
    #expect(bytes.withUnsafeBytes { ProfileTable.number($0, 0, bytes.count) } == nil)
  }

  @Test func nanAndInfinityAreBadCells() {
    let t = Self.table("snapshot,A,B\n2024-01-01T00:00,nan,1\n2024-01-01T01:00,inf,-inf\n")
    #expect(t.problems.isEmpty)
    #expect(t.badCells[0]?.line == 2 && t.badCells[0]?.column == 2 && t.badCells[0]?.count == 2)
    #expect(t.badCells[0]?.text == "\"nan\"")
    #expect(t.badCells[1]?.line == 3 && t.badCells[1]?.column == 3)
  }

  @Test func toleratesBOMCRLFQuotesAndBlankLines() {
    let t = Self.table(
      "\u{FEFF}\"snapshot\",\"A, east\",B\r\n2024-01-01T00:00,1,2\r\n\r\n\"2024-01-01T01:00\", 3 ,4\r\n\n")
    #expect(t.problems.isEmpty)
    #expect(t.columns == ["A, east", "B"])
    #expect(t.values == [[1, 3], [2, 4]])
    #expect(t.rowLines == [2, 4])
  }

  @Test func acceptsSpaceAndSecondsInSnapshots() {
    let t = Self.table("snapshot,A\n2024-02-28 23:00:00,1\n2024-02-29 00:00:00,2\n")
    #expect(t.problems.isEmpty && t.start.text == "2024-02-28T23:00")
  }

  @Test(arguments: [
    ("", "the file is empty"),
    ("snapshot,A\n", "the file has no rows"),
    ("time,A\n2024-01-01T00:00,1\n", "the first column is \"time\"; allowed: snapshot"),
    ("snapshot,A,A\n2024-01-01T00:00,1,2\n", "the column \"A\" appears twice"),
    ("snapshot,A\n2024-01-01T00:00,1,2\n", "row has 3 cells; allowed: 2, as in the header"),
    ("snapshot,A\n2024-01-01T00:00,1\n2024-01-01T00:00,2\n", "snapshot 2024-01-01T00:00 follows 2024-01-01T00:00"),
    ("snapshot,A\n2023-02-29T00:00,1\n", "snapshot is \"2023-02-29T00:00\""),
  ])
  func structuralProblems(_ text: String, _ message: String) {
    let t = Self.table(text)
    #expect(t.problems.contains { $0.message.contains(message) }, "\(t.problems.map(\.description))")
  }

  @Test func manyRaggedRowsAreCounted() {
    var text = "snapshot,A\n"
    for h in 0..<10 { text += "2024-01-01T0\(h):00,1,2\n" }
    let t = Self.table(text)
    #expect(t.problems.count == 4)
    #expect(t.problems.last?.message == "7 more rows have the wrong number of cells")
  }

  @Test func timestampArithmetic() throws {
    let t = try #require(Timestamp("2024-02-28T23:00"))
    #expect(t.adding(hours: 1).text == "2024-02-29T00:00")
    #expect(t.adding(hours: 25).text == "2024-03-01T00:00")
    #expect(try #require(Timestamp("2024-12-31T23:00")).adding(hours: 1).text == "2025-01-01T00:00")
    #expect(Timestamp("1970-01-01T00:00")?.minutes == 0)
    #expect(Timestamp("2023-02-29T00:00") == nil)
    #expect(Timestamp("2024-01-01T24:00") == nil)
    #expect(Timestamp("2024-01-01") == nil)
    #expect(Timestamp("1969-12-31T23:00")?.text == "1969-12-31T23:00")
  }
}
