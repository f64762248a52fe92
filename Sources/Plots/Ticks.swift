/// Fixed-point number text, independent of locale and of Swift's shortest round-trip printing.
public enum Number {
  /// `value` rounded to `decimals` digits after the point; with `trim`, trailing zeros (and a bare point) are removed.
  /// "-0" is written "0"; NaN and infinities (never drawn) are written "0".
  public static func fixed(_ value: Double, decimals: Int, trim: Bool = false) -> String {
    guard value.isFinite else { return "0" }
    var scale = 1.0
    for _ in 0..<max(0, decimals) { scale *= 10 }
    let scaled = (abs(value) * scale).rounded()
    guard scaled < 9e15 else { return value < 0 ? "-\(abs(value))" : "\(value)" }
    var digits = String(UInt64(scaled))
    if decimals > 0 {
      if digits.count <= decimals { digits = String(repeating: "0", count: decimals - digits.count + 1) + digits }
      digits.insert(".", at: digits.index(digits.endIndex, offsetBy: -decimals))
      if trim {
        while digits.hasSuffix("0") { digits.removeLast() }
        if digits.hasSuffix(".") { digits.removeLast() }
      }
    }
    let isZero = digits.allSatisfy { $0 == "0" || $0 == "." }
    return value < 0 && !isZero ? "-" + digits : digits
  }
}

/// Axis ticks at "nice" steps: 1, 2 or 5 times a power of ten, covering the data range.
public struct Ticks: Sendable, Equatable {
  /// Axis range: the first and last tick.
  public var lower: Double
  public var upper: Double
  public var step: Double
  /// Digits after the point that every tick label needs (0 for steps of 1 or more).
  public var decimals: Int

  /// The tick values from `lower` to `upper` (computed as lower + i * step, rounded to the step's decimals).
  public var values: [Double] {
    let n = Int(((upper - lower) / step).rounded())
    return (0...max(0, n)).map { i in
      let v = lower + Double(i) * step
      return Double(Number.fixed(v, decimals: decimals)) ?? v
    }
  }

  /// Labels for ``values``, all with the same number of decimals.
  public var labels: [String] { values.map { Number.fixed($0, decimals: decimals) } }

  /// The nice step nearest to `rough` (on a log scale): 1, 2, 5 or 10 times a power of ten. The cut-offs are the
  /// geometric means sqrt(2), sqrt(10), sqrt(50), as in d3's `tickStep`, so the step is within a factor 1.6 of `rough`.
  public static func niceStep(_ rough: Double) -> Double {
    guard rough.isFinite, rough > 0 else { return 1 }
    var magnitude = 1.0
    while magnitude * 10 <= rough { magnitude *= 10 }
    while magnitude > rough { magnitude /= 10 }
    let f = rough / magnitude
    let m: Double = f < 2.0.squareRoot() ? 1 : f < 10.0.squareRoot() ? 2 : f < 50.0.squareRoot() ? 5 : 10
    return m * magnitude
  }

  /// Ticks covering `min...max` with about `count` intervals (the step is within a factor 1.6 of the range / count,
  /// plus up to one interval at each end for rounding out). An empty or degenerate range is widened around the value.
  public static func nice(min lo: Double, max hi: Double, count: Int = 5) -> Ticks {
    var a = lo.isFinite ? lo : 0
    var b = hi.isFinite ? hi : 1
    if a > b { swap(&a, &b) }
    if b - a < 1e-12 * Swift.max(1, abs(a)) {
      let pad = a == 0 ? 1 : abs(a) * 0.1
      a -= pad
      b += pad
      if lo >= 0 && a < 0 { a = 0 }
    }
    let step = niceStep((b - a) / Double(Swift.max(1, count)))
    let eps = 1e-9
    let lower = (a / step + eps).rounded(.down) * step
    let upper = (b / step - eps).rounded(.up) * step
    var decimals = 0
    var s = step
    while s < 1 - 1e-9 && decimals < 12 {
      s *= 10
      decimals += 1
    }
    return Ticks(lower: lower, upper: upper, step: step, decimals: decimals)
  }
}
