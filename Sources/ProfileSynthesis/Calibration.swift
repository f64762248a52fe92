/// Exact calibration of an availability series to a target annual mean.
public enum Calibration {
  /// The result of ``scaleToMean(_:target:kind:column:)``.
  public struct Scaled: Sendable {
    public var values: [Double]
    /// The factor a in clamp(a x, 0, 1).
    public var scale: Double
    public var iterations: Int
  }

  /// Finds a with mean(clamp(a x, 0, 1)) = target and returns the clamped series.
  ///
  /// Iterates a <- a * target / mean(clamp(a x)). Without clipping one step is exact; with clipping the mean grows
  /// less than proportionally with a, so the iteration approaches the root monotonically from below and a few steps
  /// reach 1e-12. The target must be below the share of positive hours (the mean when every positive hour is 1),
  /// otherwise no a exists and the error says so.
  public static func scaleToMean(_ x: [Double], target: Double, kind: String, column: String) throws -> Scaled {
    precondition(!x.isEmpty, "an empty series has no mean")
    let n = Double(x.count)
    func clampedMean(_ a: Double) -> Double {
      var s = 0.0
      for v in x { s += min(1, max(0, a * v)) }
      return s / n
    }
    let ceiling = Double(x.filter { $0 > 0 }.count) / n
    guard target > 0, target < ceiling else {
      throw ProfileSynthesisError.unreachableTarget(kind: kind, column: column, target: target, reached: ceiling)
    }
    var a = 1.0
    var mean = clampedMean(a)
    var iterations = 0
    while abs(mean - target) > 1e-12 && iterations < 500 {
      a *= target / mean
      mean = clampedMean(a)
      iterations += 1
    }
    guard abs(mean - target) < 1e-9 else {
      throw ProfileSynthesisError.unreachableTarget(kind: kind, column: column, target: target, reached: mean)
    }
    return Scaled(values: x.map { min(1, max(0, a * $0)) }, scale: a, iterations: iterations)
  }
}
