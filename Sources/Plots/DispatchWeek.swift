/// `dispatch-week.svg`: seven days of dispatch. Above zero, generation stacked by carrier (network order, coal at the
/// bottom), storage discharge, and on top the curtailed energy (available, not used); below zero, storage charging and
/// exports. The load is a line (the network's demand; where that is unknown, the balance generation + storage -
/// exports). GW against the day.
enum DispatchWeek {
  static let hours = 168

  struct Inputs {
    var generation: HourlyTable
    var curtailment: HourlyTable?
    var storage: HourlyTable?
    var links: HourlyTable?
    var shed: HourlyTable?
  }

  /// The first row of the window and why it was chosen.
  static func window(_ inputs: Inputs, week: String?) throws -> (start: Int, length: Int, reason: String) {
    let snaps = inputs.generation.snapshots
    let n = snaps.count
    let length = min(hours, n)
    if let week {
      guard let start = snaps.firstIndex(where: { Snapshot.date($0) == week }) else {
        let first = snaps.first.map(Snapshot.date) ?? "-"
        let last = snaps.last.map(Snapshot.date) ?? "-"
        throw PlotInputError.badOption(
          option: "--week", value: week, allowed: "a day YYYY-MM-DD of the results, \(first) to \(last)")
      }
      return (start, min(length, n - start), "Week given with --week")
    }
    var candidates = snaps.indices.filter { (Snapshot(snaps[$0])?.hour == 0 || $0 == 0) && $0 + length <= n }
    if candidates.isEmpty { candidates = [0] }
    if let curtailment = inputs.curtailment {
      let total = curtailment.sum(curtailment.columns)
      var prefix = [0.0]
      for v in total { prefix.append(prefix[prefix.count - 1] + v) }
      var best = candidates[0]
      var bestValue = -1.0
      for c in candidates {
        let e = min(c + length, n)
        let v = prefix[e] - prefix[c]
        if v > bestValue + 1e-9 {
          bestValue = v
          best = c
        }
      }
      if bestValue > 0 {
        let twh = Number.fixed(bestValue / 1e6, decimals: 2)
        return (best, length, "The week with the most curtailment (\(twh) TWh)")
      }
    }
    if let july = candidates.first(where: { Snapshot.date(snaps[$0]) == "2024-07-01" }) {
      return (july, length, "No curtailment; the first week of July")
    }
    return (candidates[0], length, "No curtailment; the first week")
  }

  static func figure(_ inputs: Inputs, network: NetworkInfo, week: String?) throws -> (Figure, [String]) {
    let gen = inputs.generation
    for t in [inputs.curtailment, inputs.storage, inputs.links, inputs.shed].compactMap({ $0 }) {
      try gen.requireSameSnapshots(t)
    }
    var notes: [String] = []
    let (start, length, reason) = try window(inputs, week: week)
    let range = start..<(start + length)
    let x = (0..<length).map(Double.init)
    func slice(_ v: [Double]) -> [Double] { range.map { v[$0] / 1000 } }

    var series: [Series] = []
    // Generation by carrier, in the network's carrier order, then any carrier it does not know.
    var byCarrier: [String: [String]] = [:]
    var order = network.carriers.map(\.id)
    for g in gen.columns {
      let c = network.carrier(of: g)
      byCarrier[c, default: []].append(g)
      if !order.contains(c) { order.append(c) }
    }
    for c in order {
      guard let ids = byCarrier[c] else { continue }
      let v = slice(gen.sum(ids))
      if v.contains(where: { abs($0) > 1e-6 }) {
        series.append(Series(c, color: network.color(ofCarrier: c), values: v))
      }
    }
    var storageTotal = [Double](repeating: 0, count: gen.snapshots.count)
    if let st = inputs.storage {
      var byStorage: [String: [String]] = [:]
      var storageOrder: [String] = []
      for u in st.columns {
        let c = network.carrier(of: u, storage: true)
        if byStorage[c] == nil { storageOrder.append(c) }
        byStorage[c, default: []].append(u)
      }
      let ranked = network.carriers.map(\.id).filter { byStorage[$0] != nil }
      for c in ranked + storageOrder.filter({ !ranked.contains($0) }) {
        let all = st.sum(byStorage[c] ?? [])
        for t in all.indices { storageTotal[t] += all[t] }
        let v = slice(all)
        if v.contains(where: { abs($0) > 1e-6 }) {
          series.append(Series("\(c) (+ discharge, \u{2212} charge)", color: network.color(ofCarrier: c), values: v))
        }
      }
    } else {
      notes.append("dispatch-week.svg: no storage_units-p.csv; storage left out")
    }
    if let cu = inputs.curtailment {
      let v = slice(cu.sum(cu.columns))
      if v.contains(where: { $0 > 1e-6 }) { series.append(Series("curtailed", color: "#c7d3e0", values: v)) }
    }
    var exportTotal = [Double](repeating: 0, count: gen.snapshots.count)
    if let links = inputs.links {
      let ids = links.columns.filter { network.exportLinks?.contains($0) ?? true }
      exportTotal = links.sum(ids)
      let v = slice(exportTotal).map { -$0 }
      if v.contains(where: { abs($0) > 1e-6 }) { series.append(Series("exports", color: "#8c6bb1", values: v)) }
    } else {
      notes.append("dispatch-week.svg: no links-p0.csv; exports left out")
    }

    // The load: the network's demand, or the balance when the network does not cover these hours.
    let generation = gen.sum(gen.columns)
    let balance = generation.indices.map { generation[$0] + storageTotal[$0] - exportTotal[$0] }
    var lines: [Series] = []
    let demand = range.map { network.demandMW[gen.snapshots[$0]] ?? .nan }
    let shed = inputs.shed.map { s in s.sum(s.columns) } ?? [Double](repeating: 0, count: gen.snapshots.count)
    if demand.allSatisfy(\.isFinite) {
      // A white halo keeps the black line visible on the dark coal area.
      lines.append(Series("", color: "#ffffff", values: demand.map { $0 / 1000 }, width: 4.5, inLegend: false))
      lines.append(Series("load", color: "#000000", values: demand.map { $0 / 1000 }, width: 2))
      var worst = 0.0
      for (k, t) in range.enumerated() { worst = max(worst, abs(demand[k] - shed[t] - balance[t])) }
      if worst > max(50, 0.01 * (demand.max() ?? 0)) {
        notes.append(
          "dispatch-week.svg: the network's load differs from generation + storage - exports by up to "
            + "\(Number.fixed(worst / 1000, decimals: 2)) GW (results of another network, scenario or --set?)")
      }
    } else {
      lines.append(Series("", color: "#ffffff", values: slice(balance), width: 4.5, inLegend: false))
      lines.append(Series("load (balance)", color: "#000000", values: slice(balance), width: 2))
      notes.append("dispatch-week.svg: the network has no demand for these snapshots; load drawn from the balance")
    }
    if range.contains(where: { shed[$0] > 0.5 }) {
      lines.append(
        Series(
          "load served", color: "#000000", values: range.map { (demand[$0 - start] - shed[$0]) / 1000 },
          dash: .dashed))
    }

    let first = gen.snapshots[start]
    let last = gen.snapshots[start + length - 1]
    let ticks = range.filter { Snapshot(gen.snapshots[$0])?.hour == 0 }.map {
      Tick(value: Double($0 - start), label: Snapshot(gen.snapshots[$0])?.dayLabel ?? "")
    }
    let chart = Chart(
      x: Axis(
        title: "day (local time, UTC+8), ticks at midnight", min: 0, max: Double(max(1, length - 1)),
        ticks: ticks),
      y: Axis(title: "power (GW)"),
      layers: [.stackedArea(x: x, series: series), .lines(x: x, series: lines)],
      legend: (lines.filter(\.inLegend).map {
        LegendEntry(label: $0.label, color: $0.color, mark: .line($0.dash, marker: false))
      }
        + (series.filter { $0.values.contains { $0 > 0 } }.reversed() + series.filter { !$0.values.contains { $0 > 0 } })
        .map { LegendEntry(label: $0.label, color: $0.color, mark: .swatch) }))
    let fig = Figure(
      title: "Dispatch, \(Snapshot.date(first)) to \(Snapshot.date(last))",
      subtitle: "\(reason). Above zero: supply and curtailment; below zero: charging and exports.",
      panelHeight: 420, panels: [chart])
    return (fig, notes)
  }
}
