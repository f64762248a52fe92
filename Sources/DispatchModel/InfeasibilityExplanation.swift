import LinearProgramming

extension DispatchProblem {
  /// The constraints of an infeasible dispatch that cannot hold together, in words: the rows and bounds of the
  /// solver's Farkas certificate (``InfeasibilityCertificate``) grouped by their name's stem (`balance_C`, `p_C-X`)
  /// with the hours they hold in, the heaviest groups first, at most `limit` of them. Names follow the LP's
  /// `<stem>@<hour>` convention (see ``DispatchProblem``, "The stage rule"); a name without `@` holds over the horizon.
  public func explainInfeasibility(rowDuals: [Double], limit: Int = 6) -> String? {
    let certificate = InfeasibilityCertificate(lp, rowDuals: rowDuals)
    guard !certificate.entries.isEmpty else { return nil }
    struct Group {
      var weight = 0.0
      var hours: [Int] = []
    }
    var groups: [String: Group] = [:]
    var order: [String] = []
    for e in certificate.entries {
      let parts = e.name.split(separator: "@", maxSplits: 1)
      let stem = String(parts[0])
      let label = e.kind == .row ? "row \(stem)" : "\(e.kind.rawValue) of \(stem)"
      if groups[label] == nil { order.append(label) }
      groups[label, default: Group()].weight = max(groups[label]?.weight ?? 0, e.weight)
      if parts.count == 2, let t = Int(parts[1]) { groups[label]?.hours.append(t) }
    }
    let heaviest = order.sorted { (groups[$0]!.weight, $1) > (groups[$1]!.weight, $0) }
    let shown = heaviest.prefix(limit).map { label -> String in
      let hours = groups[label]!.hours
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
