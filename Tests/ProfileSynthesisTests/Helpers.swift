@testable import ProfileSynthesis

/// One synthesis for seed 2024, shared by the tests that only read it (a debug-build synthesis takes seconds).
enum Fixture {
  static let seed2024 = Result { try ProfileSynthesizer().generate(seed: 2024) }
}

func mean(_ x: [Double]) -> Double { x.reduce(0, +) / Double(x.count) }

/// Pearson correlation.
func correlation(_ a: [Double], _ b: [Double]) -> Double {
  let ma = mean(a)
  let mb = mean(b)
  var sab = 0.0
  var saa = 0.0
  var sbb = 0.0
  for (x, y) in zip(a, b) {
    sab += (x - ma) * (y - mb)
    saa += (x - ma) * (x - ma)
    sbb += (y - mb) * (y - mb)
  }
  return sab / (saa * sbb).squareRoot()
}

/// Mean of each calendar month of an hourly series.
func monthlyMeans(_ x: [Double], calendar: HourlyCalendar = HourlyCalendar()) -> [Double] {
  let months = calendar.monthOfDay
  var sums = [Double](repeating: 0, count: 12)
  var counts = [Double](repeating: 0, count: 12)
  for (t, v) in x.enumerated() {
    sums[months[t / 24]] += v
    counts[months[t / 24]] += 1
  }
  return zip(sums, counts).map { $0 / $1 }
}

/// Mean of each hour of the day.
func hourOfDayMeans(_ x: [Double]) -> [Double] {
  (0..<24).map { h in mean(stride(from: h, to: x.count, by: 24).map { x[$0] }) }
}

/// Daily means.
func dailyMeans(_ x: [Double]) -> [Double] {
  stride(from: 0, to: x.count, by: 24).map { mean(Array(x[$0..<($0 + 24)])) }
}
