import Foundation
import GridModel
import Testing

@testable import GridIO

/// Reading a corridor's delivery curve and supporting plants.
@Suite("Corridor fields")
struct CorridorFieldsTests {
  /// `min_pu_by_hour` gives hour h of the day the value h/100: the 48 snapshots from 2024-01-01T00:00 get 0.00 ...
  /// 0.23, twice; started at 05:00, the first snapshot gets 0.05.
  @Test func curveByHourOfDay() throws {
    let byHour = (0..<24).map { String(Double($0) / 100) }.joined(separator: ", ")
    let set = "links[C-X].delivery={rule: curve, min_pu_by_hour: [\(byHour)]}"
    let net = try NetworkReader.read(folder: Fixture.threeBus, overrides: [set, "links[C-X].supporting=[A-coal]"])
    let expected = (0..<48).map { Double($0 % 24) / 100 }
    #expect(net.links[0].delivery == .curve(minPU: expected))
    #expect(net.links[0].supporting == ["A-coal"])
    let later = try NetworkReader.read(folder: Fixture.threeBus, overrides: [set], hours: 3, start: "2024-01-01T05:00")
    #expect(later.links[0].delivery == .curve(minPU: [0.05, 0.06, 0.07]))
  }

  /// A curve and supporting plants survive a write and a read (the curve as a per-unit profile).
  @Test func roundTrip() throws {
    let set =
      "links[C-X].delivery={rule: curve, min_pu_by_hour: ["
      + Array(repeating: "0.25", count: 24)
      .joined(separator: ", ") + "]}"
    let net = try NetworkReader.read(folder: Fixture.threeBus, overrides: [set, "links[C-X].supporting=[A-coal]"])
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("gridio-curve-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: folder) }
    try NetworkWriter.write(net, to: folder)
    let back = try NetworkReader.read(folder: folder)
    #expect(back.links[0].delivery == net.links[0].delivery)
    #expect(back.links[0].supporting == ["A-coal"])
  }
}
