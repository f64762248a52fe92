import Foundation

/// A minimal SVG writer: shapes and text appended in drawing order, rendered as one deterministic string.
///
/// Coordinates are written with at most one decimal (a tenth of a pixel), other numbers with ``Number/fixed(_:decimals:trim:)``,
/// so the same chart always gives the same bytes. Text and attribute values are escaped with ``SVG/escape(_:)``.
public struct SVG: Sendable {
  public let width: Double
  public let height: Double
  private var elements: [String] = []

  public init(width: Double, height: Double) {
    self.width = width
    self.height = height
  }

  /// Stroke dash patterns.
  public enum Dash: Sendable, Equatable, CaseIterable {
    case solid, dashed, dotted, dashDot

    var attribute: String {
      switch self {
      case .solid: return ""
      case .dashed: return " stroke-dasharray=\"6 4\""
      case .dotted: return " stroke-dasharray=\"1.5 3\""
      case .dashDot: return " stroke-dasharray=\"7 3 1.5 3\""
      }
    }
  }

  public enum Anchor: String, Sendable { case start, middle, end }

  /// A coordinate: one decimal, no trailing zeros.
  static func c(_ v: Double) -> String { Number.fixed(v, decimals: 1, trim: true) }

  /// A `<title>` child (a tooltip in browsers, and a name for tests), or nothing.
  private static func title(_ t: String?) -> String {
    guard let t, !t.isEmpty else { return "" }
    return "<title>\(escape(t))</title>"
  }

  private mutating func shape(_ open: String, title t: String?) {
    let inner = SVG.title(t)
    elements.append(
      inner.isEmpty ? open + "/>" : open + ">" + inner + "</" + open.dropFirst().prefix { $0 != " " } + ">")
  }

  public mutating func rect(
    x: Double, y: Double, width: Double, height: Double, fill: String, stroke: String? = nil, opacity: Double = 1,
    title: String? = nil
  ) {
    var s = "<rect x=\"\(SVG.c(x))\" y=\"\(SVG.c(y))\" width=\"\(SVG.c(width))\" height=\"\(SVG.c(height))\""
    s += " fill=\"\(SVG.escape(fill))\""
    if let stroke { s += " stroke=\"\(SVG.escape(stroke))\"" }
    if opacity < 1 { s += " fill-opacity=\"\(Number.fixed(opacity, decimals: 2, trim: true))\"" }
    shape(s, title: title)
  }

  public mutating func line(
    x1: Double, y1: Double, x2: Double, y2: Double, stroke: String, width: Double = 1, dash: Dash = .solid
  ) {
    elements.append(
      "<line x1=\"\(SVG.c(x1))\" y1=\"\(SVG.c(y1))\" x2=\"\(SVG.c(x2))\" y2=\"\(SVG.c(y2))\" "
        + "stroke=\"\(SVG.escape(stroke))\" stroke-width=\"\(SVG.c(width))\"\(dash.attribute)/>")
  }

  /// An open line through `points` (no fill).
  public mutating func polyline(
    _ points: [(Double, Double)], stroke: String, width: Double = 1.5, dash: Dash = .solid, title: String? = nil
  ) {
    guard points.count > 1 else { return }
    let s =
      "<polyline points=\"\(SVG.points(points))\" fill=\"none\" stroke=\"\(SVG.escape(stroke))\" "
      + "stroke-width=\"\(SVG.c(width))\" stroke-linejoin=\"round\"\(dash.attribute)"
    shape(s, title: title)
  }

  /// A closed filled shape.
  public mutating func polygon(_ points: [(Double, Double)], fill: String, opacity: Double = 1, title: String? = nil) {
    guard points.count > 2 else { return }
    var s = "<polygon points=\"\(SVG.points(points))\" fill=\"\(SVG.escape(fill))\""
    if opacity < 1 { s += " fill-opacity=\"\(Number.fixed(opacity, decimals: 2, trim: true))\"" }
    shape(s, title: title)
  }

  public mutating func circle(cx: Double, cy: Double, r: Double, fill: String, stroke: String? = nil) {
    var s = "<circle cx=\"\(SVG.c(cx))\" cy=\"\(SVG.c(cy))\" r=\"\(SVG.c(r))\" fill=\"\(SVG.escape(fill))\""
    if let stroke { s += " stroke=\"\(SVG.escape(stroke))\"" }
    elements.append(s + "/>")
  }

  /// Text at (x, y) (the baseline), optionally rotated by `rotate` degrees about that point.
  public mutating func text(
    _ string: String, x: Double, y: Double, size: Double = 12, anchor: Anchor = .start, fill: String = "#333333",
    bold: Bool = false, rotate: Double = 0
  ) {
    var s = "<text x=\"\(SVG.c(x))\" y=\"\(SVG.c(y))\" font-size=\"\(SVG.c(size))\""
    if anchor != .start { s += " text-anchor=\"\(anchor.rawValue)\"" }
    if fill != "#333333" { s += " fill=\"\(SVG.escape(fill))\"" }
    if bold { s += " font-weight=\"bold\"" }
    if rotate != 0 { s += " transform=\"rotate(\(SVG.c(rotate)) \(SVG.c(x)) \(SVG.c(y)))\"" }
    elements.append(s + ">" + SVG.escape(string) + "</text>")
  }

  /// An XML comment (`--` is not allowed inside one and is replaced).
  public mutating func comment(_ string: String) {
    elements.append("<!-- " + SVG.escape(string).replacingOccurrences(of: "--", with: "- -") + " -->")
  }

  /// The document, one element per line, ending in a newline.
  public var text: String {
    var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    out += "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(SVG.c(width))\" height=\"\(SVG.c(height))\" "
    out += "viewBox=\"0 0 \(SVG.c(width)) \(SVG.c(height))\" font-family=\"Helvetica, Arial, sans-serif\">\n"
    out += "<rect x=\"0\" y=\"0\" width=\"\(SVG.c(width))\" height=\"\(SVG.c(height))\" fill=\"#ffffff\"/>\n"
    for e in elements {
      out += e
      out += "\n"
    }
    return out + "</svg>\n"
  }

  static func points(_ p: [(Double, Double)]) -> String {
    var out = ""
    out.reserveCapacity(p.count * 12)
    for (i, (x, y)) in p.enumerated() {
      if i > 0 { out += " " }
      out += c(x)
      out += ","
      out += c(y)
    }
    return out
  }

  /// Text safe in XML content and in double-quoted attributes: `& < > " '` become entities, and the control
  /// characters XML 1.0 forbids (all below U+0020 except tab, line feed and carriage return) are dropped.
  public static func escape(_ s: String) -> String {
    var out = ""
    out.reserveCapacity(s.utf8.count)
    for ch in s.unicodeScalars {
      switch ch {
      case "&": out += "&amp;"
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "\"": out += "&quot;"
      case "'": out += "&apos;"
      case "\t", "\n", "\r": out.unicodeScalars.append(ch)
      default:
        if ch.value < 0x20 || ch.value == 0xFFFE || ch.value == 0xFFFF { continue }
        out.unicodeScalars.append(ch)
      }
    }
    return out
  }
}
