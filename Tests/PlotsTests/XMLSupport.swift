import Foundation

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// An SVG read back with Foundation's XMLParser (an independent XML reader): the elements with their attributes and
/// the text of their `<title>` child, or the parse error.
final class ParsedSVG: NSObject, XMLParserDelegate {
  struct Element {
    var name: String
    var attributes: [String: String]
    var title: String = ""
    var text: String = ""
  }

  private(set) var elements: [Element] = []
  private(set) var error: Error?
  private var stack: [Int] = []
  private var inTitle = false

  init(_ text: String) {
    super.init()
    let parser = XMLParser(data: Data(text.utf8))
    parser.delegate = self
    if !parser.parse() { error = parser.parserError ?? NSError(domain: "xml", code: 1) }
  }

  var wellFormed: Bool { error == nil }

  func parser(
    _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
    attributes: [String: String] = [:]
  ) {
    if name == "title" {
      inTitle = true
      return
    }
    elements.append(Element(name: name, attributes: attributes))
    stack.append(elements.count - 1)
  }

  func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
    if name == "title" {
      inTitle = false
      return
    }
    stack.removeLast()
  }

  func parser(_ parser: XMLParser, foundCharacters string: String) {
    guard let i = stack.last else { return }
    if inTitle { elements[i].title += string } else { elements[i].text += string }
  }

  func parser(_ parser: XMLParser, parseErrorOccurred parseError: Error) { error = parseError }

  func named(_ name: String) -> [Element] { elements.filter { $0.name == name } }

  /// The points of a polygon or polyline as (x, y) pairs.
  static func points(_ e: Element) -> [(Double, Double)] {
    (e.attributes["points"] ?? "").split(separator: " ").compactMap { pair in
      let xy = pair.split(separator: ",").compactMap { Double($0) }
      return xy.count == 2 ? (xy[0], xy[1]) : nil
    }
  }
}
