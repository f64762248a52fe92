/// A chart: axes, layers of data drawn in order, and a legend. Rendered by ``Figure`` (one or more charts stacked
/// vertically) into an SVG.
public struct Chart: Sendable {
  public var title: String
  public var x: Axis
  public var y: Axis
  public var layers: [Layer]
  /// Legend entries; nil for the automatic legend (one entry per series, top of a stack first), [] for none.
  public var legend: [LegendEntry]?

  public init(title: String = "", x: Axis, y: Axis, layers: [Layer], legend: [LegendEntry]? = nil) {
    self.title = title
    self.x = x
    self.y = y
    self.layers = layers
    self.legend = legend
  }

  /// The legend as drawn.
  public var legendEntries: [LegendEntry] {
    if let legend { return legend }
    var out: [LegendEntry] = []
    for layer in layers {
      switch layer {
      case .stackedArea(_, let series):
        out += series.reversed().filter(\.inLegend).map { LegendEntry(label: $0.label, color: $0.color, mark: .swatch) }
      case .lines(_, let series):
        out += series.filter(\.inLegend).map {
          LegendEntry(label: $0.label, color: $0.color, mark: .line($0.dash, marker: $0.markers))
        }
      case .bars(let series):
        out += series.filter(\.inLegend).map { LegendEntry(label: $0.label, color: $0.color, mark: .swatch) }
      }
    }
    return out
  }
}

/// One axis. Without `ticks`, nice ticks (``Ticks/nice(min:max:count:)``) cover the data and `min`/`max`.
public struct Axis: Sendable {
  /// Title with the unit, e.g. "power (GW)".
  public var title: String
  /// Fixed ends of the range; nil to follow the data.
  public var min: Double?
  public var max: Double?
  /// Explicit tick positions and labels (dates, categories); nil for nice numeric ticks.
  public var ticks: [Tick]?
  /// Draw tick labels at -35 degrees (long category names).
  public var rotateLabels: Bool

  public init(title: String, min: Double? = nil, max: Double? = nil, ticks: [Tick]? = nil, rotateLabels: Bool = false) {
    self.title = title
    self.min = min
    self.max = max
    self.ticks = ticks
    self.rotateLabels = rotateLabels
  }

  /// A category axis: `labels[i]` centred at `i + 0.5` on a range of 0...count (for ``Layer/bars(_:)``, and for
  /// lines at x = i + 0.5).
  public static func categories(_ labels: [String], title: String, rotateLabels: Bool = false) -> Axis {
    Axis(
      title: title, min: 0, max: Double(labels.count),
      ticks: labels.enumerated().map { Tick(value: Double($0.offset) + 0.5, label: $0.element) },
      rotateLabels: rotateLabels)
  }
}

public struct Tick: Sendable, Equatable {
  public var value: Double
  public var label: String

  public init(value: Double, label: String) {
    self.value = value
    self.label = label
  }
}

/// A named series of values (NaN where there is no value: a gap in a line, nothing in a stack or a bar).
public struct Series: Sendable {
  public var label: String
  /// "#rrggbb" or any SVG colour.
  public var color: String
  public var values: [Double]
  public var dash: SVG.Dash
  public var width: Double
  /// Lines: hold each value until the next x (a step function) instead of joining points with slopes.
  public var step: Bool
  /// Lines: a dot at every point.
  public var markers: Bool
  public var inLegend: Bool
  /// Bars: a colour per bar instead of `color`.
  public var barColors: [String]?

  public init(
    _ label: String, color: String, values: [Double], dash: SVG.Dash = .solid, width: Double = 1.5, step: Bool = false,
    markers: Bool = false, inLegend: Bool = true, barColors: [String]? = nil
  ) {
    self.label = label
    self.color = color
    self.values = values
    self.dash = dash
    self.width = width
    self.step = step
    self.markers = markers
    self.inLegend = inLegend
    self.barColors = barColors
  }
}

public enum Layer: Sendable {
  /// Areas stacked in order from zero: each series' positive values upward on top of the earlier ones, its negative
  /// values downward below them (a storage unit discharges above zero and charges below). Straight lines join the
  /// points, like pandas' `plot.area`.
  case stackedArea(x: [Double], series: [Series])
  /// Lines (or step lines) through (x[i], values[i]).
  case lines(x: [Double], series: [Series])
  /// Grouped bars: value i of each series in category i (centred at i + 0.5 on a ``Axis/categories(_:title:rotateLabels:)``
  /// axis), the series side by side.
  case bars([Series])
}

public struct LegendEntry: Sendable, Equatable {
  public enum Mark: Sendable, Equatable {
    case swatch
    case line(SVG.Dash, marker: Bool)
  }

  public var label: String
  public var color: String
  public var mark: Mark

  public init(label: String, color: String, mark: Mark) {
    self.label = label
    self.color = color
    self.mark = mark
  }
}

/// The bounds of a stack of series: for each series and point, the band it covers above zero (`positive`) and below
/// zero (`negative`), as (from, to) pairs. The top of the last band above zero is the sum of the positive values.
public struct StackLayout: Sendable, Equatable {
  public var positive: [[(Double, Double)]]
  public var negative: [[(Double, Double)]]

  public init(_ series: [[Double]]) {
    let n = series.map(\.count).max() ?? 0
    var up = [Double](repeating: 0, count: n)
    var down = [Double](repeating: 0, count: n)
    positive = []
    negative = []
    for values in series {
      var p: [(Double, Double)] = []
      var q: [(Double, Double)] = []
      for i in 0..<n {
        let v = i < values.count && values[i].isFinite ? values[i] : 0
        let pos = Swift.max(v, 0)
        let neg = Swift.min(v, 0)
        p.append((up[i], up[i] + pos))
        q.append((down[i], down[i] + neg))
        up[i] += pos
        down[i] += neg
      }
      positive.append(p)
      negative.append(q)
    }
  }

  /// Top of the stack above zero and bottom below zero, per point.
  public var top: [Double] { positive.last?.map(\.1) ?? [] }
  public var bottom: [Double] { negative.last?.map(\.1) ?? [] }

  public static func == (a: StackLayout, b: StackLayout) -> Bool {
    func same(_ x: [[(Double, Double)]], _ y: [[(Double, Double)]]) -> Bool {
      x.count == y.count && zip(x, y).allSatisfy { $0.count == $1.count && zip($0, $1).allSatisfy { $0 == $1 } }
    }
    return same(a.positive, b.positive) && same(a.negative, b.negative)
  }
}
