/// `clean-share-by-month.svg`: the clean share of what each corridor sends, per month and over the whole horizon,
/// energy-weighted: sum over hours of share x flow / sum of flow, over the hours with a share and a positive flow
/// (`links-clean_share.csv`, 0..1, empty where there is no flow; `links-p0.csv`, MW).
enum CleanShareByMonth {
  /// Energy-weighted share in percent over `hours`, or NaN without flow.
  static func weighted(share: [Double], flow: [Double], hours: some Sequence<Int>) -> Double {
    var energy = 0.0
    var clean = 0.0
    for t in hours where share[t].isFinite && flow[t].isFinite && flow[t] > 0 {
      energy += flow[t]
      clean += flow[t] * share[t]
    }
    return energy > 0 ? 100 * clean / energy : .nan
  }

  static func figure(share: HourlyTable, flow: HourlyTable, network: NetworkInfo) throws -> (Figure, [String]) {
    try flow.requireSameSnapshots(share)
    for (c, values) in zip(share.columns, share.values) {
      if let t = values.firstIndex(where: { $0.isFinite && ($0 < -1e-6 || $0 > 1 + 1e-6) }) {
        throw PlotInputError.malformed(
          file: share.file.path, line: share.file.lines[t], problem: "column \(c) is \(values[t])",
          allowed: "a clean share from 0 to 1, or an empty cell where the corridor carries nothing")
      }
    }
    var months: [String] = []
    var hoursOfMonth: [String: [Int]] = [:]
    for (t, s) in share.snapshots.enumerated() {
      let m = Snapshot.month(s)
      if hoursOfMonth[m] == nil { months.append(m) }
      hoursOfMonth[m, default: []].append(t)
    }
    let years = Set(months.map { $0.prefix(4) })
    let labels = months.map { m -> String in
      let name = Snapshot.monthNames[(Int(m.suffix(2)) ?? 1) - 1]
      return years.count > 1 ? "\(name) \(m.prefix(4))" : name
    }

    var monthly: [Series] = []
    var yearly: [(id: String, value: Double, color: String)] = []
    var idle: [String] = []
    for (k, id) in share.columns.enumerated() {
      guard let f = flow.column(id) else {
        throw PlotInputError.missingColumn(file: flow.file.path, column: id, header: flow.file.header)
      }
      let s = share.values[k]
      let whole = weighted(share: s, flow: f, hours: s.indices)
      guard whole.isFinite else {
        idle.append(id)
        continue
      }
      let color = network.color(ofLink: id, others: share.columns)
      yearly.append((id, whole, color))
      monthly.append(
        Series(
          id, color: color, values: months.map { weighted(share: s, flow: f, hours: hoursOfMonth[$0] ?? []) },
          markers: true))
    }
    var notes: [String] = []
    if !idle.isEmpty { notes.append("clean-share-by-month.svg: no flow on \(idle.joined(separator: ", "))") }
    let x = months.indices.map { Double($0) + 0.5 }
    let top = Chart(
      title: "By month",
      x: .categories(labels, title: "month"),
      y: Axis(title: "clean share (%)", min: 0, max: 100),
      layers: [.lines(x: x, series: monthly)])
    let bottom = Chart(
      title: "Whole horizon",
      x: .categories(yearly.map(\.id), title: "corridor", rotateLabels: true),
      y: Axis(title: "clean share (%)", min: 0, max: 100),
      layers: [
        .bars([Series("", color: "#888888", values: yearly.map(\.value), barColors: yearly.map(\.color))])
      ],
      legend: [])
    let span = "\(share.snapshots.first.map(Snapshot.date) ?? "-") to \(share.snapshots.last.map(Snapshot.date) ?? "-")"
    let fig = Figure(
      title: "Clean share of the power each corridor sends",
      subtitle: "Energy-weighted over the hours with flow, \(span)"
        + (idle.isEmpty ? "" : "; no flow: \(idle.joined(separator: ", "))") + ".",
      panelHeight: 360, panels: [top, bottom])
    return (fig, notes)
  }
}
