import Testing

@testable import Plots

@Suite("SVG figures")
struct FigureTests {
  /// A figure with every kind of layer, a NaN gap, negative values and text that needs escaping.
  static func sample(title: String = "Dispatch <test> & \"quotes\" 'single'") -> Figure {
    let x = (0..<24).map(Double.init)
    let wave = x.map { 5 + 4 * ($0 / 23) }
    let stack = Chart(
      title: "Stack & lines",
      x: Axis(title: "hour (h)"),
      y: Axis(title: "power (GW)"),
      layers: [
        .stackedArea(
          x: x,
          series: [
            Series("coal", color: "#4d4d4d", values: x.map { _ in 3 }),
            Series("wind <gusty>", color: "#3b8ad9", values: wave),
            Series("battery", color: "#ace4c4", values: x.map { $0.truncatingRemainder(dividingBy: 2) == 0 ? 1 : -1 }),
          ]),
        .lines(
          x: x,
          series: [
            Series("load", color: "#000000", values: x.map { 8 + 0.1 * $0 }, width: 2),
            Series("gappy", color: "#ff0000", values: x.map { $0 == 10 ? .nan : 2 }, dash: .dashed, step: true),
          ]),
      ])
    let bars = Chart(
      title: "Bars",
      x: .categories(["A&B", "C<D", "E"], title: "corridor", rotateLabels: true),
      y: Axis(title: "clean share (%)", min: 0, max: 100),
      layers: [.bars([Series("share", color: "#2ca02c", values: [20, 55.5, .nan], barColors: ["#1", "#2", "#3"])])],
      legend: [])
    return Figure(title: title, subtitle: "subtitle with <angle> brackets", panels: [stack, bars])
  }

  @Test func svgIsWellFormedXML() throws {
    let svg = Self.sample().svg
    let parsed = ParsedSVG(svg)
    #expect(parsed.wellFormed, "\(String(describing: parsed.error))")
    let root = try #require(parsed.elements.first)
    #expect(root.name == "svg")
    #expect(root.attributes["width"] == "800")
    #expect(root.attributes["xmlns"] == "http://www.w3.org/2000/svg")
    #expect(parsed.named("polygon").count >= 4)
    #expect(parsed.named("rect").count >= 3)
    // The NaN splits the step line in two.
    #expect(parsed.named("polyline").filter { $0.title == "gappy" }.count == 2)
  }

  @Test func textIsEscaped() {
    let title = "a < b & c > d \"e\" 'f' \u{1}\u{7}"
    let svg = Self.sample(title: title).svg
    #expect(svg.contains("a &lt; b &amp; c &gt; d &quot;e&quot; &apos;f&apos; <"))
    #expect(!svg.contains("\u{1}") && !svg.contains("\u{7}"))
    #expect(SVG.escape("<&>\"'") == "&lt;&amp;&gt;&quot;&apos;")
    let parsed = ParsedSVG(svg)
    #expect(parsed.wellFormed)
    // Read back, the text is the original (without the control characters XML cannot hold).
    #expect(parsed.named("text").contains { $0.text == "a < b & c > d \"e\" 'f' " })
    #expect(parsed.named("polygon").contains { $0.title == "wind <gusty>" })
    #expect(parsed.named("text").contains { $0.text == "C<D" })
  }

  @Test func outputIsDeterministic() {
    let a = Self.sample().svg
    let b = Self.sample().svg
    #expect(a == b)
    // No locale- or platform-dependent number text: coordinates have at most one decimal.
    let parsed = ParsedSVG(a)
    for e in parsed.named("line") {
      for key in ["x1", "y1", "x2", "y2"] {
        let v = e.attributes[key] ?? ""
        #expect(Double(v) != nil && (v.split(separator: ".").last?.count ?? 0) <= (v.contains(".") ? 1 : 99))
      }
    }
  }

  @Test func stackedAreaTopEqualsTheSum() throws {
    // The layout: the top of the positive bands is the sum of the positive values, the bottom the negative sum.
    let series: [[Double]] = [[1, 2, 3], [4, -1, 0.5], [-2, 3, .nan]]
    let layout = StackLayout(series)
    #expect(layout.top == [5, 5, 3.5])
    #expect(layout.bottom == [-2, -1, 0])
    for k in 1..<series.count {
      for i in 0..<3 { #expect(layout.positive[k][i].0 == layout.positive[k - 1][i].1) }
    }

    // In the SVG: the upper edge of the last series' polygon lies at the sum of the values, to a tenth of a pixel.
    let x: [Double] = [0, 1, 2, 3]
    let values: [[Double]] = [[1, 2, 3, 4], [2, 2, 1, 0], [0.5, 1, 1.5, 2]]
    let chart = Chart(
      x: Axis(title: "h", min: 0, max: 3), y: Axis(title: "GW", min: 0, max: 10),
      layers: [
        .stackedArea(
          x: x, series: values.enumerated().map { Series("s\($0.offset)", color: "#123456", values: $0.element) })
      ])
    let figure = Figure(title: "t", panels: [chart])
    let renderer = PanelRenderer(
      chart: chart, frame: Frame(x: 0, y: figure.headerHeight, width: figure.width, height: figure.panelHeight),
      legendWidth: PanelRenderer.legendWidth(chart.legendEntries))
    let parsed = ParsedSVG(figure.svg)
    let top = try #require(parsed.named("polygon").first { $0.title == "s2" })
    // The polygon runs left to right along its upper edge, then back along its lower edge; straight runs are
    // simplified, so the edge is read at each x by interpolation.
    let points = ParsedSVG.points(top)
    var upper = [points[0]]
    for p in points.dropFirst() {
      guard p.0 > upper[upper.count - 1].0 else { break }
      upper.append(p)
    }
    func edge(at px: Double) -> Double? {
      for (a, b) in zip(upper, upper.dropFirst()) where a.0 - 0.051 <= px && px <= b.0 + 0.051 {
        return a.1 + (b.1 - a.1) * (px - a.0) / (b.0 - a.0)
      }
      return nil
    }
    #expect(abs(upper[0].0 - renderer.px(0)) <= 0.051 && abs(upper[upper.count - 1].0 - renderer.px(3)) <= 0.051)
    for i in x.indices {
      let sum = values.reduce(0) { $0 + $1[i] }
      let y = try #require(edge(at: renderer.px(x[i])))
      #expect(abs(y - renderer.py(sum)) <= 0.11, "x \(x[i]): edge \(y), sum at \(renderer.py(sum))")
    }
  }

  @Test func longLinesAreThinnedWithoutLosingExtremes() throws {
    let n = 20_000
    let x = (0..<n).map(Double.init)
    let v = x.map { ($0 == 12_345 ? 50 : 10) + ($0.truncatingRemainder(dividingBy: 7)) }
    let chart = Chart(
      x: Axis(title: "h"), y: Axis(title: "GW"), layers: [.lines(x: x, series: [Series("v", color: "#000", values: v)])]
    )
    let svg = Figure(title: "long", panels: [chart]).svg
    let line = try #require(ParsedSVG(svg).named("polyline").first)
    let points = ParsedSVG.points(line)
    #expect(points.count < 4 * 800)
    // The spike survives: some point is far above the others (smaller y).
    let ys = points.map(\.1).sorted()
    #expect(ys[1] - ys[0] > 50)
  }
}
