import Foundation
import Testing
@testable import Studies

/// Sweeps on the small example network (48 hours): resuming and sharding give the table one plain run gives.
@Suite("Storage sweeps", .serialized)
struct SweepTests {
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()
  static let spec = SweepSpec(
    networkFolder: root.appendingPathComponent("Networks/examples/three-bus"), groups: [["B"], ["A", "C"]],
    powersMW: [0, 100, 300], durationsH: [2, 4])

  func temporary(_ name: String) -> URL {
    URL(fileURLWithPath: NSTemporaryDirectory()).appendingPathComponent("gridplan-sweep-\(UUID().uuidString)")
      .appendingPathComponent(name)
  }

  @Test func gridOrderAndIds() {
    let points = Self.spec.points()
    #expect(points.count == 12)
    #expect(points[0].id == "B|0|2" && points[5].id == "B|300|4" && points[11].id == "A+C|300|4")
    #expect(points.map(\.index) == Array(0..<12))
  }

  @Test func storageLowersCurtailmentOrCost() throws {
    let out = temporary("sweep.csv")
    let outcome = try Sweep.run(Self.spec, output: out, jobs: 2)
    #expect(outcome.table.rows.count == 12)
    let cost = { (id: String) -> Double in Double(outcome.table.rows[id]?["total_cost (CNY)"] ?? "") ?? .nan }
    // More storage can only help an LP that may leave it idle: cost never rises with size.
    #expect(cost("B|300|4") <= cost("B|100|4") + 1e-6 * abs(cost("B|100|4")))
    #expect(cost("B|100|4") <= cost("B|0|4") + 1e-6 * abs(cost("B|0|4")))
  }

  @Test func interruptedAndResumedGivesTheSameTable() throws {
    let full = temporary("sweep.csv")
    let reference = try Sweep.run(Self.spec, output: full, jobs: 2).table
    // A crash after five points: the table on disk holds those five (it is rewritten after every point).
    let partial = temporary("sweep.csv")
    var five = SweepTable()
    for id in Self.spec.points().prefix(5).map(\.id) { five.rows[id] = reference.rows[id] }
    try five.write(to: partial)
    let resumed = try Sweep.run(Self.spec, output: partial, jobs: 1)
    #expect(resumed.skipped == 5 && resumed.solved == 7)
    #expect(try String(contentsOf: partial, encoding: .utf8) == String(contentsOf: full, encoding: .utf8))
  }

  @Test func shardsMergedEqualOneSweep() throws {
    let full = temporary("sweep.csv")
    let reference = try Sweep.run(Self.spec, output: full, jobs: 2).table
    var shards: [SweepTable] = []
    for i in 0..<3 {
      let out = temporary("shard-\(i).csv")
      shards.append(try Sweep.run(Self.spec, output: out, shard: (i, 3), jobs: 1).table)
    }
    #expect(shards.map(\.rows.count) == [4, 4, 4])
    let merged = try SweepTable.merge(shards)
    #expect(merged.csv == reference.csv)
    // Read back from disk too.
    let roundTrip = try SweepTable.read(full)
    #expect(roundTrip.csv == reference.csv)
  }

  @Test func badInputIsAClearError() throws {
    var spec = Self.spec
    spec.groups = [["NOPE"]]
    #expect(throws: SweepError.self) { try Sweep.run(spec, output: temporary("x.csv")) }
    #expect(throws: SweepError.self) { try Sweep.run(Self.spec, output: temporary("y.csv"), shard: (3, 3)) }
  }
}
