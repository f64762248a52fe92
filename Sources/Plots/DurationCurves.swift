/// `duration-curves.svg`: each hourly series sorted from highest to lowest (GW against the number of hours at or
/// above the value). Top: the load and the net load (load minus the available wind and solar: dispatched plus
/// curtailed, so that hours of surplus show as negative net load). Bottom: each corridor's flow.
enum DurationCurves {
  struct Inputs {
    var generation: HourlyTable
    var curtailment: HourlyTable?
    var storage: HourlyTable?
    var links: HourlyTable?
  }

  static func sortedDescending(_ v: [Double]) -> [Double] { v.filter(\.isFinite).sorted(by: >) }

  static func figure(_ inputs: Inputs, network: NetworkInfo) throws -> (Figure, [String]) {
    let gen = inputs.generation
    for t in [inputs.curtailment, inputs.storage, inputs.links].compactMap({ $0 }) { try gen.requireSameSnapshots(t) }
    var notes: [String] = []
    let n = gen.snapshots.count

    var load = gen.snapshots.map { network.demandMW[$0] ?? .nan }
    var loadLabel = "load"
    if !load.allSatisfy(\.isFinite) {
      let generation = gen.sum(gen.columns)
      let storage = inputs.storage.map { $0.sum($0.columns) } ?? [Double](repeating: 0, count: n)
      let exports =
        inputs.links.map { l in l.sum(l.columns.filter { network.exportLinks?.contains($0) ?? true }) }
        ?? [Double](repeating: 0, count: n)
      load = (0..<n).map { generation[$0] + storage[$0] - exports[$0] }
      loadLabel = "load (balance)"
      notes.append("duration-curves.svg: the network has no demand for these snapshots; load drawn from the balance")
    }
    let variable = gen.columns.filter {
      let c = network.carrier(of: $0)
      return c.contains("wind") || c.contains("solar")
    }
    var available = gen.sum(variable)
    if let cu = inputs.curtailment {
      let extra = cu.sum(cu.columns.filter { variable.contains($0) })
      for t in available.indices { available[t] += extra[t] }
    } else {
      notes.append("duration-curves.svg: no generators-curtailment.csv; net load uses dispatched wind and solar")
    }
    let netLoad = (0..<n).map { load[$0] - available[$0] }
    let x = (0..<n).map(Double.init)
    let top = Chart(
      title: "Load and net load",
      x: Axis(title: "hours at or above the value (h)", min: 0, max: Double(n)),
      y: Axis(title: "power (GW)"),
      layers: [
        .lines(
          x: x,
          series: [
            Series(loadLabel, color: "#000000", values: sortedDescending(load).map { $0 / 1000 }, width: 2, step: true),
            Series(
              "net load (load \u{2212} wind \u{2212} solar)", color: "#3b8ad9",
              values: sortedDescending(netLoad).map { $0 / 1000 }, width: 2, step: true),
          ])
      ])
    var panels = [top]
    if let links = inputs.links {
      let series = links.columns.enumerated().map { k, id in
        Series(
          id, color: network.color(ofLink: id, others: links.columns),
          values: sortedDescending(links.values[k]).map { $0 / 1000 }, step: true)
      }
      panels.append(
        Chart(
          title: "Corridor flows (sent at the Inner Mongolia end)",
          x: Axis(title: "hours at or above the value (h)", min: 0, max: Double(n)),
          y: Axis(title: "power (GW)"),
          layers: [.lines(x: x, series: series)]))
    } else {
      notes.append("duration-curves.svg: no links-p0.csv; corridor flows left out")
    }
    let fig = Figure(
      title: "Duration curves",
      subtitle: "\(n) hours from \(gen.snapshots.first ?? "-"), each curve sorted from its highest hour to its lowest. "
        + "Net load: wind and solar as available (dispatched + curtailed).",
      panelHeight: 330, panels: panels)
    return (fig, notes)
  }
}
