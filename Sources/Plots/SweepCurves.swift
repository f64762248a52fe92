/// `sweep-curves.svg`: KPIs of a storage sweep (`sweep.csv`: one row per point, `buses`, `power_mw`, `duration_h`,
/// then one column per KPI named `metric[component] (unit)`) against the storage added, energy (GWh) or power (GW).
/// One panel per KPI family that the table has: clean share per corridor, curtailment share per carrier, total cost,
/// fossil generation. Colour tells the KPI's component; the dash pattern tells the group of points (buses and
/// duration), each group a line through its points in order of size.
public enum SweepCurves {
  public enum XAxis: String, Sendable, CaseIterable {
    case energy, power
  }

  /// `clean_share[Ximeng-Taizhou] (%)` -> ("clean_share", "Ximeng-Taizhou", "%"); `total_cost (CNY)` ->
  /// ("total_cost", "", "CNY").
  static func parseKPI(_ name: String) -> (metric: String, component: String, unit: String) {
    var rest = Substring(name)
    var unit = ""
    if rest.hasSuffix(")"), let open = rest.lastIndex(of: "(") {
      unit = String(rest[rest.index(after: open)..<rest.index(before: rest.endIndex)])
      rest = rest[..<open]
      while rest.hasSuffix(" ") { rest = rest.dropLast() }
    }
    var component = ""
    if rest.hasSuffix("]"), let open = rest.firstIndex(of: "[") {
      component = String(rest[rest.index(after: open)..<rest.index(before: rest.endIndex)])
      rest = rest[..<open]
    }
    return (String(rest), component, unit)
  }

  struct Panel {
    var title: String
    var axisTitle: String
    var columns: [(name: String, label: String, color: String)]
    var scale: Double
  }

  static func figure(_ table: CSVFile, network: NetworkInfo, x xAxis: XAxis) throws -> (Figure, [String]) {
    let power = try table.numbers("power_mw")
    let duration = try table.numbers("duration_h")
    let buses = table.hasColumn("buses") ? try table.strings("buses") : table.rows.map { _ in "" }
    let xs: [Double] = table.rows.indices.map { r in
      xAxis == .energy ? power[r] * duration[r] / 1000 : power[r] / 1000
    }
    for r in table.rows.indices where !(xs[r].isFinite && xs[r] >= 0) {
      throw PlotInputError.malformed(
        file: table.path, line: table.lines[r],
        problem: "power_mw \(power[r]) and duration_h \(duration[r]) give no storage size",
        allowed: "numbers >= 0 in both columns")
    }

    // Groups of points: same buses and duration (a sweep's points without storage come once per group), in order of
    // first appearance, each sorted by size.
    var groupKeys: [String] = []
    var members: [String: [Int]] = [:]
    let oneBusGroup = Set(buses).count <= 1
    for r in table.rows.indices {
      let d = Number.fixed(duration[r], decimals: 2, trim: true) + " h"
      let key = oneBusGroup ? d : "\(buses[r]), \(d)"
      if members[key] == nil { groupKeys.append(key) }
      members[key, default: []].append(r)
    }
    let groups = groupKeys.map { key in (label: key, rows: (members[key] ?? []).sorted { (xs[$0], $0) < (xs[$1], $1) })
    }

    let kpis = table.header.map { ($0, parseKPI($0)) }
    let carriers = Set(network.carriers.map(\.id))
    var panels: [Panel] = []
    // Corridors in the network's order (the sweep table sorts its columns by name), then any other component: the
    // total over all corridors ("exports") in black.
    let clean = kpis.filter { $0.1.metric == "clean_share" && !$0.1.component.isEmpty }.enumerated()
      .sorted { a, b in
        let ia = network.links.firstIndex(of: a.element.1.component) ?? network.links.count + a.offset
        let ib = network.links.firstIndex(of: b.element.1.component) ?? network.links.count + b.offset
        return ia < ib
      }.map(\.element)
    let others = clean.map(\.1.component).filter { !network.links.contains($0) }
    func corridorColor(_ c: String) -> String {
      ["exports", "total", "all"].contains(c) ? "#000000" : network.color(ofLink: c, others: others)
    }
    if !clean.isEmpty {
      panels.append(
        Panel(
          title: "Clean share of each corridor", axisTitle: "clean share (\(clean[0].1.unit))",
          columns: clean.map { ($0.0, $0.1.component, corridorColor($0.1.component)) }, scale: 1))
    }
    var curtail = kpis.filter { $0.1.metric == "curtailment_share" && !$0.1.component.isEmpty }
    if curtail.contains(where: { carriers.contains($0.1.component) }) {
      curtail = curtail.filter { carriers.contains($0.1.component) }
    }
    let carrierOrder = network.carriers.map(\.id)
    curtail = curtail.enumerated().sorted { a, b in
      (carrierOrder.firstIndex(of: a.element.1.component) ?? carrierOrder.count + a.offset)
        < (carrierOrder.firstIndex(of: b.element.1.component) ?? carrierOrder.count + b.offset)
    }.map(\.element)
    if !curtail.isEmpty {
      panels.append(
        Panel(
          title: "Curtailment", axisTitle: "curtailment share (\(curtail[0].1.unit))",
          columns: curtail.map { ($0.0, $0.1.component, network.color(ofCarrier: $0.1.component)) }, scale: 1))
    }
    if let cost = kpis.first(where: { $0.1.metric == "total_cost" && $0.1.component.isEmpty }) {
      let billions = cost.1.unit == "CNY"
      panels.append(
        Panel(
          title: "Total cost", axisTitle: billions ? "total cost (bn CNY)" : "total cost (\(cost.1.unit))",
          columns: [(cost.0, "total cost", "#444444")], scale: billions ? 1e-9 : 1))
    }
    let fossilCarriers = Set(network.carriers.filter { !$0.clean }.map(\.id))
      .subtracting(network.storageCarrier.values)
    let fossil = kpis.filter { $0.1.metric == "generation" && fossilCarriers.contains($0.1.component) }
    // Fossil carriers that matter: those with at least 5% of the largest one's output (coal, not a trickle of gas).
    let candidates = fossil.isEmpty ? kpis.filter { $0.1.metric == "generation" && $0.1.component == "coal" } : fossil
    let peaks = try candidates.map { try table.numbers($0.0).filter(\.isFinite).map(abs).max() ?? 0 }
    let fossilColumns = candidates.indices.filter { peaks[$0] >= 0.05 * (peaks.max() ?? 0) }.map { candidates[$0] }
    if !fossilColumns.isEmpty {
      panels.append(
        Panel(
          title: "Fossil generation", axisTitle: "generation (\(fossilColumns[0].1.unit))",
          columns: fossilColumns.map { ($0.0, $0.1.component, network.color(ofCarrier: $0.1.component)) }, scale: 1))
    }
    guard !panels.isEmpty else {
      return (
        Figure(title: "Storage sweep", panels: []),
        ["sweep-curves.svg: \(table.path) has no clean_share, curtailment_share, total_cost or generation columns"]
      )
    }

    let dashes = SVG.Dash.allCases
    var charts: [Chart] = []
    for p in panels {
      var series: [Series] = []
      var xs0: [[Double]] = []
      for (g, group) in groups.enumerated() {
        for c in p.columns {
          let v = try table.numbers(c.name)
          series.append(
            Series(
              c.label, color: c.color, values: group.rows.map { v[$0] * p.scale }, dash: dashes[g % dashes.count],
              width: c.color == "#000000" ? 2.5 : 1.5, markers: true))
          xs0.append(group.rows.map { xs[$0] })
        }
      }
      var legend = p.columns.map { LegendEntry(label: $0.label, color: $0.color, mark: .line(.solid, marker: true)) }
      if groups.count > 1 {
        legend += groups.enumerated().map {
          LegendEntry(
            label: $0.element.label, color: "#555555", mark: .line(dashes[$0.offset % dashes.count], marker: false))
        }
      }
      let layers = zip(xs0, series).map { Layer.lines(x: $0.0, series: [$0.1]) }
      charts.append(
        Chart(
          title: p.title,
          x: Axis(title: xAxis == .energy ? "storage added: energy (GWh)" : "storage added: power (GW)"),
          y: Axis(title: p.axisTitle), layers: layers, legend: legend))
    }
    let where_ = oneBusGroup ? (buses.first.map { $0.isEmpty ? "" : " at \($0)" } ?? "") : ""
    let fig = Figure(
      title: "Storage sweep\(where_): \(table.rows.count) points",
      subtitle: "From \(table.path). "
        + (groups.count > 1 ? "Line style: group of points (buses, duration); " : "")
        + "colour: corridor or carrier.",
      panelHeight: 270, panels: charts)
    return (fig, [])
  }
}
