import Testing

@testable import Plots

@Suite("Ticks and number text")
struct TicksTests {
  /// A step is nice when it is 1, 2 or 5 times a power of ten.
  static func isNice(_ step: Double) -> Bool {
    var m = step
    while m >= 10 - 1e-9 { m /= 10 }
    while m < 1 - 1e-9 { m *= 10 }
    return [1.0, 2, 5].contains { abs(m - $0) < 1e-6 }
  }

  @Test(arguments: [
    (0.0, 1.0), (0, 7.3), (0, 100), (-57.6, 70.2), (3, 3.0004), (0.0012, 0.0047), (-1e-3, 2e-3), (0, 8760),
    (41_514_212_723.0, 45_000_000_000), (-5, -1), (12, 12), (0, 0), (1e-9, 3e-9), (-0.3, 0.7),
  ])
  func stepsAreNiceAndCoverTheData(lo: Double, hi: Double) {
    for count in [3, 5, 8] {
      let t = Ticks.nice(min: lo, max: hi, count: count)
      #expect(Self.isNice(t.step), "step \(t.step) for \(lo)...\(hi)")
      #expect(t.lower <= lo + 1e-12 && t.upper >= hi - 1e-12, "\(t.lower)...\(t.upper) covers \(lo)...\(hi)")
      // Within one step of the data at each end.
      #expect(t.lower > min(lo, hi) - t.step - 1e-12 || lo == hi)
      let values = t.values
      #expect(values.count >= 2 && values.count <= 3 * count + 3)
      for (a, b) in zip(values, values.dropFirst()) { #expect(abs((b - a) - t.step) <= 1e-9 * max(1, abs(t.step))) }
    }
  }

  @Test func stepIsTheNearestNiceNumber() {
    #expect(Ticks.niceStep(1) == 1)
    #expect(Ticks.niceStep(1.3) == 1)
    #expect(Ticks.niceStep(1.5) == 2)
    #expect(Ticks.niceStep(3) == 2)
    #expect(Ticks.niceStep(3.3) == 5)
    #expect(Ticks.niceStep(7) == 5)
    #expect(Ticks.niceStep(7.2) == 10)
    #expect(abs(Ticks.niceStep(0.021) - 0.02) < 1e-15)
    #expect(Ticks.niceStep(2400) == 2000)
  }

  @Test func labelsShareTheirDecimals() {
    #expect(Ticks.nice(min: 0, max: 1, count: 5).labels == ["0.0", "0.2", "0.4", "0.6", "0.8", "1.0"])
    #expect(Ticks.nice(min: -57.6, max: 70.2, count: 6).labels == ["-60", "-40", "-20", "0", "20", "40", "60", "80"])
    #expect(Ticks.nice(min: 0.0012, max: 0.0047, count: 4).labels == ["0.001", "0.002", "0.003", "0.004", "0.005"])
  }

  @Test func fixedNumbers() {
    #expect(Number.fixed(3.14159, decimals: 2) == "3.14")
    #expect(Number.fixed(-0.0001, decimals: 2) == "0.00")
    #expect(Number.fixed(-0.0001, decimals: 1, trim: true) == "0")
    #expect(Number.fixed(2.5, decimals: 0) == "3")
    #expect(Number.fixed(-12.25, decimals: 1) == "-12.3")  // 12.25 is exact in binary; halves round away from zero
    #expect(Number.fixed(0.05, decimals: 3) == "0.050")
    #expect(Number.fixed(120, decimals: 1, trim: true) == "120")
    #expect(Number.fixed(.nan, decimals: 1) == "0")
  }
}
