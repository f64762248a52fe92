/// Seasonal and daily shapes: the facts sheet gives monthly means (relative to the annual mean) and a few hourly
/// anchors; these turn them into smooth daily factors and 24-hour shapes.
public enum SeasonalShape {
  /// Normalises twelve monthly factors so that their mean over the horizon's days is 1.
  public static func normalised(_ monthly: [Double], calendar: HourlyCalendar) -> [Double] {
    let days = calendar.daysInHorizonPerMonth
    let mean = zip(monthly, days).map { $0 * Double($1) }.reduce(0, +) / Double(days.reduce(0, +))
    return monthly.map { $0 / mean }
  }

  /// A smooth factor per day whose monthly means equal `monthly` exactly (to 1e-12).
  ///
  /// The curve is piecewise linear between nodes at the middle of each month, wrapping December to January, so
  /// there are no steps at month boundaries. Linear interpolation averages neighbouring months, which would flatten
  /// the peaks; the node values are therefore found by the fixed-point iteration v <- v + (target - mean(curve(v))),
  /// which converges because each month's mean weighs its own node by at least about 3/4.
  public static func dailyFactors(monthly: [Double], calendar: HourlyCalendar) -> [Double] {
    precondition(monthly.count == 12, "twelve monthly factors")
    let months = calendar.monthOfDay
    let counts = calendar.daysInHorizonPerMonth
    let mids = calendar.monthMidpoints
    let period = Double(calendar.daysInYear)
    // For each day: the two nodes around its centre and the weight of the later one.
    let brackets: [(Int, Int, Double)] = (0..<calendar.days).map { d in
      let x = Double(d) + 0.5
      var later = mids.firstIndex { $0 > x } ?? 12
      let earlier = (later + 11) % 12
      var x0 = mids[earlier]
      var x1 = later == 12 ? mids[0] + period : mids[later]
      if later == 0 { x0 -= period }
      later %= 12
      if x1 < x0 { x1 += period }
      return (earlier, later, (x - x0) / (x1 - x0))
    }
    var nodes = monthly
    var curve = [Double](repeating: 0, count: calendar.days)
    for _ in 0..<200 {
      for (d, (a, b, w)) in brackets.enumerated() { curve[d] = (1 - w) * nodes[a] + w * nodes[b] }
      var sums = [Double](repeating: 0, count: 12)
      for (d, m) in months.enumerated() { sums[m] += curve[d] }
      var worst = 0.0
      for m in 0..<12 where counts[m] > 0 {
        let error = monthly[m] - sums[m] / Double(counts[m])
        worst = max(worst, abs(error))
        nodes[m] += error
      }
      if worst < 1e-13 { break }
    }
    return curve
  }

  /// Daily multipliers g(d) that make the monthly means of `series(g)` equal `targets` (a typical year).
  ///
  /// Weather with a correlation time of days moves a single month's mean by tens of percent; GridPlan's profile year
  /// is a typical year (like a typical meteorological year), so the month-to-month shape of the facts sheet is
  /// imposed while the days and hours keep their weather. g is a smooth curve (``dailyFactors(monthly:calendar:)``)
  /// through monthly nodes, updated by g_m <- g_m x target_m / mean_m until every month is within `tolerance`
  /// (relative) or `maxIterations` pass. `series` must grow with g (both models do: g scales the expected output).
  public static func matchMonthlyMeans(
    targets: [Double], calendar: HourlyCalendar, tolerance: Double = 1e-10,
    maxIterations: Int = 200, series: ([Double]) -> [Double]
  ) -> [Double] {
    let months = calendar.monthOfDay
    let counts = calendar.daysInHorizonPerMonth
    var nodes = [Double](repeating: 1, count: 12)
    var curve = [Double](repeating: 1, count: calendar.days)
    for _ in 0..<maxIterations {
      let values = series(curve)
      var sums = [Double](repeating: 0, count: 12)
      for (t, v) in values.enumerated() { sums[months[t / 24]] += v }
      var worst = 0.0
      for m in 0..<12 where counts[m] > 0 && targets[m] > 0 {
        let mean = sums[m] / Double(counts[m] * 24)
        let ratio = mean > 0 ? targets[m] / mean : 2
        worst = max(worst, abs(ratio - 1))
        nodes[m] = min(4, max(0.25, nodes[m] * min(2, max(0.5, ratio))))
      }
      if worst < tolerance { break }
      curve = dailyFactors(monthly: nodes, calendar: calendar)
    }
    return curve
  }

  /// Twenty-four hourly factors through the given anchor values (hour -> value), linear between anchors and
  /// wrapping midnight.
  public static func hourly(anchors: [Int: Double]) -> [Double] {
    let hours = anchors.keys.sorted()
    precondition(!hours.isEmpty, "at least one anchor")
    return (0..<24).map { h in
      if let v = anchors[h] { return v }
      let after = hours.first { $0 > h } ?? (hours[0] + 24)
      let before = hours.last { $0 < h } ?? (hours[hours.count - 1] - 24)
      let va = anchors[(after + 24) % 24] ?? 0
      let vb = anchors[(before + 24) % 24] ?? 0
      let w = Double(h - before) / Double(after - before)
      return (1 - w) * vb + w * va
    }
  }

  /// The daily load shape: mean 1, rescaled around 1 so that max / min equals `peakToMin`.
  ///
  /// y(h) = 1 + a (s(h) - 1) keeps the mean and moves the extremes; a = (R - 1) / ((max - 1) - R (min - 1)) solves
  /// (1 + a (max - 1)) / (1 + a (min - 1)) = R exactly.
  public static func loadDiurnal(base: [Double], peakToMin: Double) -> [Double] {
    let mean = base.reduce(0, +) / Double(base.count)
    let s = base.map { $0 / mean }
    guard let hi = s.max(), let lo = s.min(), hi > lo else { return s }
    let a = (peakToMin - 1) / ((hi - 1) - peakToMin * (lo - 1))
    return s.map { 1 + a * ($0 - 1) }
  }
}
