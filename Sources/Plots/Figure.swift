/// A figure: a title, an optional subtitle and one or more ``Chart``s stacked vertically, each with its axes and a
/// legend on its right. ``svg`` renders it; the same figure always gives the same text.
public struct Figure: Sendable {
  public var title: String
  public var subtitle: String
  public var width: Double
  /// Height of each chart panel.
  public var panelHeight: Double
  public var panels: [Chart]

  public init(title: String, subtitle: String = "", width: Double = 800, panelHeight: Double = 400, panels: [Chart]) {
    self.title = title
    self.subtitle = subtitle
    self.width = width
    self.panelHeight = panelHeight
    self.panels = panels
  }

  /// The subtitle broken into lines that fit the width.
  var subtitleLines: [String] {
    var lines: [String] = []
    var current = ""
    for word in subtitle.split(separator: " ") {
      let candidate = current.isEmpty ? String(word) : current + " " + word
      if !current.isEmpty && Double(candidate.count) * 12 * 0.55 > width - 32 {
        lines.append(current)
        current = String(word)
      } else {
        current = candidate
      }
    }
    if !current.isEmpty { lines.append(current) }
    return lines
  }

  var headerHeight: Double { 36 + 16 * Double(subtitleLines.count) + (subtitle.isEmpty ? 0 : 2) }
  public var height: Double { headerHeight + panelHeight * Double(panels.count) }

  public var svg: String {
    var doc = SVG(width: width, height: height)
    doc.text(title, x: 16, y: 24, size: 16, fill: "#111111", bold: true)
    for (i, line) in subtitleLines.enumerated() {
      doc.text(line, x: 16, y: 43 + 16 * Double(i), size: 12, fill: "#555555")
    }
    // One legend width for every panel, so that the plot areas (and their x axes) line up.
    let legendWidth = panels.map { PanelRenderer.legendWidth($0.legendEntries) }.max() ?? 0
    for (i, chart) in panels.enumerated() {
      let frame = Frame(x: 0, y: headerHeight + panelHeight * Double(i), width: width, height: panelHeight)
      PanelRenderer(chart: chart, frame: frame, legendWidth: legendWidth).draw(into: &doc)
    }
    return doc.text
  }
}

struct Frame {
  var x: Double
  var y: Double
  var width: Double
  var height: Double
}

/// Approximate width of `text` at `size` px in a Helvetica-like font (for layout only).
func textWidth(_ text: String, size: Double) -> Double { Double(text.count) * size * 0.6 }

/// Draws one chart into a frame: plot area, grid, layers, axes, legend.
struct PanelRenderer {
  let chart: Chart
  let frame: Frame
  let legendEntries: [LegendEntry]
  let plot: Frame
  let xTicks: [Tick]
  let yTicks: [Tick]
  let xRange: (Double, Double)
  let yRange: (Double, Double)

  static let legendFont = 11.0
  static let tickFont = 11.0

  /// Room for a legend on the right: the longest label, within 90...230 px; 0 without entries.
  static func legendWidth(_ entries: [LegendEntry]) -> Double {
    guard let widest = entries.map({ textWidth($0.label, size: legendFont) }).max() else { return 0 }
    return Swift.min(230, Swift.max(90, 30 + widest))
  }

  init(chart: Chart, frame: Frame, legendWidth: Double) {
    self.chart = chart
    self.frame = frame
    legendEntries = chart.legendEntries
    let top = frame.y + (chart.title.isEmpty ? 12 : 30)
    var bottom = 46.0
    let xLabels = chart.x.ticks?.map(\.label) ?? []
    if chart.x.rotateLabels {
      bottom = 30 + 0.6 * (xLabels.map { textWidth($0, size: Self.tickFont) }.max() ?? 0)
    }
    let left = frame.x + 66
    let right = frame.x + frame.width - (legendWidth > 0 ? legendWidth + 14 : 24)
    plot = Frame(x: left, y: top, width: right - left, height: frame.y + frame.height - bottom - top)

    let (xData, yData) = PanelRenderer.extents(chart.layers)
    (xTicks, xRange) = PanelRenderer.ticks(chart.x, data: xData, intervals: Swift.max(3, Int(plot.width / 80)))
    (yTicks, yRange) = PanelRenderer.ticks(chart.y, data: yData, intervals: Swift.max(3, Int(plot.height / 50)))
  }

  /// Data extents of x and y over every layer (stacks by their totals, bars from zero).
  static func extents(_ layers: [Layer]) -> ((Double, Double)?, (Double, Double)?) {
    var xs: (Double, Double)?
    var ys: (Double, Double)?
    func add(_ r: inout (Double, Double)?, _ v: Double) {
      guard v.isFinite else { return }
      r = r.map { (Swift.min($0.0, v), Swift.max($0.1, v)) } ?? (v, v)
    }
    for layer in layers {
      switch layer {
      case .stackedArea(let x, let series):
        x.forEach { add(&xs, $0) }
        let stack = StackLayout(series.map(\.values))
        stack.top.forEach { add(&ys, $0) }
        stack.bottom.forEach { add(&ys, $0) }
        add(&ys, 0)
      case .lines(let x, let series):
        for s in series {
          for (i, v) in s.values.enumerated() where i < x.count && v.isFinite {
            add(&xs, x[i])
            add(&ys, v)
          }
          if s.step, x.count > 1, let last = x.last { add(&xs, last + (last - x[x.count - 2])) }
        }
      case .bars(let series):
        for s in series { s.values.forEach { add(&ys, $0) } }
        add(&ys, 0)
      }
    }
    return (xs, ys)
  }

  static func ticks(_ axis: Axis, data: (Double, Double)?, intervals: Int) -> ([Tick], (Double, Double)) {
    let lo = axis.min ?? data?.0 ?? 0
    let hi = axis.max ?? data?.1 ?? 1
    if let t = axis.ticks { return (t, (lo, hi > lo ? hi : lo + 1)) }
    let nice = Ticks.nice(min: lo, max: hi, count: intervals)
    let range = (axis.min ?? nice.lower, axis.max ?? nice.upper)
    let ticks = zip(nice.values, nice.labels).filter { $0.0 >= range.0 - 1e-9 && $0.0 <= range.1 + 1e-9 }
    return (ticks.map { Tick(value: $0.0, label: $0.1) }, (range.0, range.1 > range.0 ? range.1 : range.0 + 1))
  }

  func px(_ x: Double) -> Double { plot.x + (x - xRange.0) / (xRange.1 - xRange.0) * plot.width }
  func py(_ y: Double) -> Double {
    let v = plot.y + plot.height - (y - yRange.0) / (yRange.1 - yRange.0) * plot.height
    return Swift.min(Swift.max(v, plot.y - 2), plot.y + plot.height + 2)
  }

  func draw(into doc: inout SVG) {
    if !chart.title.isEmpty {
      doc.text(chart.title, x: plot.x, y: frame.y + 20, size: 13, fill: "#222222", bold: true)
    }
    // Grid
    for t in yTicks {
      doc.line(x1: plot.x, y1: py(t.value), x2: plot.x + plot.width, y2: py(t.value), stroke: "#e6e6e6")
    }
    for t in xTicks {
      let x = px(t.value)
      guard x >= plot.x - 0.5 && x <= plot.x + plot.width + 0.5 else { continue }
      doc.line(x1: x, y1: plot.y, x2: x, y2: plot.y + plot.height, stroke: "#f0f0f0")
    }
    for layer in chart.layers { drawLayer(layer, into: &doc) }
    if yRange.0 < 0 && yRange.1 > 0 {
      doc.line(x1: plot.x, y1: py(0), x2: plot.x + plot.width, y2: py(0), stroke: "#555555", width: 1)
    }
    drawAxes(into: &doc)
    drawLegend(into: &doc)
  }

  func drawAxes(into doc: inout SVG) {
    let bottom = plot.y + plot.height
    doc.line(x1: plot.x, y1: plot.y, x2: plot.x, y2: bottom, stroke: "#333333")
    doc.line(x1: plot.x, y1: bottom, x2: plot.x + plot.width, y2: bottom, stroke: "#333333")
    for t in yTicks {
      doc.line(x1: plot.x - 4, y1: py(t.value), x2: plot.x, y2: py(t.value), stroke: "#333333")
      doc.text(t.label, x: plot.x - 7, y: py(t.value) + 4, size: Self.tickFont, anchor: .end)
    }
    for t in xTicks {
      let x = px(t.value)
      guard x >= plot.x - 0.5 && x <= plot.x + plot.width + 0.5 else { continue }
      doc.line(x1: x, y1: bottom, x2: x, y2: bottom + 4, stroke: "#333333")
      if chart.x.rotateLabels {
        doc.text(t.label, x: x + 3, y: bottom + 14, size: Self.tickFont, anchor: .end, rotate: -35)
      } else {
        doc.text(t.label, x: x, y: bottom + 17, size: Self.tickFont, anchor: .middle)
      }
    }
    doc.text(
      chart.x.title, x: plot.x + plot.width / 2, y: frame.y + frame.height - 8, size: 12, anchor: .middle,
      fill: "#222222")
    let yMid = plot.y + plot.height / 2
    doc.text(chart.y.title, x: frame.x + 18, y: yMid, size: 12, anchor: .middle, fill: "#222222", rotate: -90)
  }

  func drawLegend(into doc: inout SVG) {
    guard !legendEntries.isEmpty else { return }
    let x = plot.x + plot.width + 14
    let available = plot.height
    var spacing = 18.0
    var shown = legendEntries
    if Double(shown.count) * spacing > available { spacing = Swift.max(13, available / Double(shown.count)) }
    let fit = Int(available / spacing)
    var more = 0
    if shown.count > fit {
      more = shown.count - (fit - 1)
      shown = Array(shown.prefix(fit - 1))
    }
    for (i, e) in shown.enumerated() {
      let y = plot.y + 6 + spacing * Double(i)
      switch e.mark {
      case .swatch:
        doc.rect(x: x, y: y - 5, width: 16, height: 10, fill: e.color)
      case .line(let dash, let marker):
        doc.line(x1: x - 1, y1: y, x2: x + 17, y2: y, stroke: e.color, width: 2, dash: dash)
        if marker { doc.circle(cx: x + 8, cy: y, r: 2.5, fill: e.color) }
      }
      doc.text(e.label, x: x + 23, y: y + 4, size: Self.legendFont)
    }
    if more > 0 {
      doc.text(
        "and \(more) more", x: x + 23, y: plot.y + 6 + spacing * Double(shown.count) + 4, size: Self.legendFont,
        fill: "#777777")
    }
  }

  func drawLayer(_ layer: Layer, into doc: inout SVG) {
    switch layer {
    case .stackedArea(let x, let series):
      let stack = StackLayout(series.map(\.values))
      for (k, s) in series.enumerated() {
        for bands in [stack.positive[k], stack.negative[k]] where bands.contains(where: { $0.0 != $0.1 }) {
          let n = Swift.min(x.count, bands.count)
          // Each edge is simplified on its own: the lower edge of a band is the upper edge of the one below it, the
          // same points give the same simplified line, so neighbouring bands still meet exactly.
          var points = PanelRenderer.simplify((0..<n).map { (px(x[$0]), py(bands[$0].1)) }, tolerance: 0.25)
          points += PanelRenderer.simplify((0..<n).map { (px(x[$0]), py(bands[$0].0)) }, tolerance: 0.25).reversed()
          doc.polygon(points, fill: s.color, opacity: 0.92, title: s.label)
        }
      }
    case .lines(let x, let series):
      for s in series { drawLine(x: x, series: s, into: &doc) }
    case .bars(let series):
      let n = series.map(\.values.count).max() ?? 0
      guard n > 0, !series.isEmpty else { return }
      let group = 0.8
      let each = group / Double(series.count)
      for (k, s) in series.enumerated() {
        for (i, v) in s.values.enumerated() where v.isFinite {
          let x0 = Double(i) + (1 - group) / 2 + Double(k) * each
          let (a, b) = (px(x0), px(x0 + each))
          let (y0, y1) = (py(0), py(v))
          let color = s.barColors.map { i < $0.count ? $0[i] : s.color } ?? s.color
          doc.rect(
            x: a + 0.5, y: Swift.min(y0, y1), width: Swift.max(0.5, b - a - 1), height: abs(y1 - y0), fill: color,
            title: s.label.isEmpty ? nil : s.label)
        }
      }
    }
  }

  /// A line (or a step line) split at NaN gaps. A series with more points than the plot has pixel columns is drawn
  /// without steps (they would be narrower than a pixel) and thinned to the first, lowest, highest and last point of
  /// each pixel column; every line then drops the points within a quarter pixel of the line through its neighbours
  /// (Douglas-Peucker). No visible change, a much smaller file.
  func drawLine(x: [Double], series s: Series, into doc: inout SVG) {
    let n = Swift.min(x.count, s.values.count)
    var segment: [(Double, Double)] = []
    let dense = Double(n) > plot.width
    func flush() {
      if segment.count == 1 && !s.markers {
        doc.circle(cx: segment[0].0, cy: segment[0].1, r: 1.5, fill: s.color)
      }
      let points = PanelRenderer.simplify(dense ? PanelRenderer.thin(segment) : segment, tolerance: 0.25)
      doc.polyline(points, stroke: s.color, width: s.width, dash: s.dash, title: s.label)
      segment = []
    }
    for i in 0..<n {
      let v = s.values[i]
      guard v.isFinite else {
        flush()
        continue
      }
      let p = (px(x[i]), py(v))
      if s.step && !dense, let last = segment.last { segment.append((p.0, last.1)) }
      segment.append(p)
      if s.step && !dense && i == n - 1 && n > 1 { segment.append((px(x[i] + (x[i] - x[i - 1])), p.1)) }
    }
    flush()
    if s.markers {
      for i in 0..<n where s.values[i].isFinite {
        doc.circle(cx: px(x[i]), cy: py(s.values[i]), r: 3.2, fill: s.color, stroke: "#ffffff")
      }
    }
  }

  /// Douglas-Peucker: the fewest points such that no dropped point is farther than `tolerance` from the line.
  static func simplify(_ p: [(Double, Double)], tolerance: Double) -> [(Double, Double)] {
    guard p.count > 2 else { return p }
    var keep = [Bool](repeating: false, count: p.count)
    keep[0] = true
    keep[p.count - 1] = true
    var pending = [(0, p.count - 1)]
    while let (a, b) = pending.popLast() {
      guard b > a + 1 else { continue }
      let (dx, dy) = (p[b].0 - p[a].0, p[b].1 - p[a].1)
      let length = (dx * dx + dy * dy).squareRoot()
      var worst = a
      var worstDistance = -1.0
      for i in (a + 1)..<b {
        let (ex, ey) = (p[i].0 - p[a].0, p[i].1 - p[a].1)
        let d = length > 0 ? abs(dx * ey - dy * ex) / length : (ex * ex + ey * ey).squareRoot()
        if d > worstDistance {
          worstDistance = d
          worst = i
        }
      }
      if worstDistance > tolerance {
        keep[worst] = true
        pending.append((a, worst))
        pending.append((worst, b))
      }
    }
    return p.indices.filter { keep[$0] }.map { p[$0] }
  }

  /// M4 thinning: per pixel column, the first, minimum, maximum and last point, in their original order.
  static func thin(_ points: [(Double, Double)]) -> [(Double, Double)] {
    var out: [(Double, Double)] = []
    var i = 0
    while i < points.count {
      let column = points[i].0.rounded(.down)
      var j = i
      var lo = i
      var hi = i
      while j < points.count && points[j].0.rounded(.down) == column {
        if points[j].1 < points[lo].1 { lo = j }
        if points[j].1 > points[hi].1 { hi = j }
        j += 1
      }
      for k in Set([i, lo, hi, j - 1]).sorted() { out.append(points[k]) }
      i = j
    }
    return out
  }
}
