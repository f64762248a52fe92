import LinearProgramming

extension DispatchProblem {
  /// The constraints of an infeasible dispatch that cannot hold together, in words: the rows and bounds of the
  /// solver's Farkas certificate (``InfeasibilityCertificate``) grouped by their name's stem (`balance_C`, `p_C-X`)
  /// with the hours they hold in, the heaviest groups first, at most `limit` of them. Names follow the LP's
  /// `<stem>@<hour>` convention (see ``DispatchProblem``, "The stage rule"); a name without `@` holds over the horizon.
  public func explainInfeasibility(rowDuals: [Double], limit: Int = 6) -> String? {
    let certificate = InfeasibilityCertificate(lp, rowDuals: rowDuals)
    guard !certificate.entries.isEmpty else { return nil }
    // The entries come heaviest first, so each group first appears with its largest weight: the order of first
    // appearance is the order of weight.
    var hoursOf: [String: [Int]] = [:]
    var heaviest: [String] = []
    for e in certificate.entries {
      let parts = e.name.split(separator: "@", maxSplits: 1)
      let stem = String(parts[0])
      let label = e.kind == .row ? "row \(stem)" : "\(e.kind.rawValue) of \(stem)"
      if hoursOf[label] == nil { heaviest.append(label) }
      let hour = parts.count == 2 ? Int(parts[1]) : nil
      hoursOf[label, default: []] += hour.map { [$0] } ?? []
    }
    let shown = heaviest.prefix(limit).map { label -> String in
      let hours = hoursOf[label]!
      return hours.isEmpty ? label : "\(label) in \(Self.describe(hours: hours))"
    }
    let more = heaviest.count > limit ? "; and \(heaviest.count - limit) more" : ""
    return shown.joined(separator: "; ") + more
  }

  /// Hours as ranges: "hours 0-5, 9" (hour 0 is the horizon's first snapshot).
  static func describe(hours: [Int]) -> String {
    let sorted = Array(Set(hours)).sorted()
    var ranges: [String] = []
    var start = sorted[0]
    var last = start
    for h in sorted.dropFirst() {
      if h == last + 1 {
        last = h
        continue
      }
      ranges.append(start == last ? "\(start)" : "\(start)-\(last)")
      (start, last) = (h, h)
    }
    ranges.append(start == last ? "\(start)" : "\(start)-\(last)")
    return (sorted.count == 1 ? "hour " : "hours ") + ranges.joined(separator: ", ")
  }
}
