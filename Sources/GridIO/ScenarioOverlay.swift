import Foundation
import GridModel

/// Scenario files and `--set PATH=VALUE` overrides, applied to the YAML tree of network.yaml before it becomes a
/// `Network`: a scenario first removes, then adds, then sets; overrides come after the scenario, in order.
///
/// Paths: `LIST[ID].FIELD` (FIELD may go deeper into a mapping: `links[X].delivery.min_pu`), `study.FIELD`,
/// `heating_seasons.AREA[.start|.end]`, `reserves.AREA.FIELD`, `name`, `description`. A missing field or mapping on
/// the way is created; lists and ids must exist.
enum ScenarioOverlay {
  static let lists = [
    "carriers", "buses", "lines", "links", "generators", "storage_units", "loads", "heat_demands", "chp_units",
    "heat_boilers", "electric_boilers", "heat_stores",
  ]
  static let mappings = ["study", "heating_seasons", "reserves"]
  static let scalars = ["name", "description"]

  struct Segment: Equatable {
    var name: String
    var id: String?
  }

  /// `a[b].c.d` as segments; nil when malformed.
  static func parsePath(_ s: String) -> [Segment]? {
    var result: [Segment] = []
    var rest = Substring(s)
    while true {
      guard let end = rest.firstIndex(where: { $0 == "." || $0 == "[" }) else {
        guard !rest.isEmpty else { return nil }
        result.append(Segment(name: String(rest)))
        return result
      }
      let name = String(rest[..<end])
      guard !name.isEmpty else { return nil }
      if rest[end] == "[" {
        let afterBracket = rest.index(after: end)
        guard let close = rest[afterBracket...].firstIndex(of: "]") else { return nil }
        let id = String(rest[afterBracket..<close])
        guard !id.isEmpty else { return nil }
        result.append(Segment(name: name, id: id))
        rest = rest[rest.index(after: close)...]
        if rest.isEmpty { return result }
        guard rest.first == "." else { return nil }
        rest = rest.dropFirst()
      } else {
        result.append(Segment(name: name))
        rest = rest[rest.index(after: end)...]
      }
    }
  }

  static let pathHelp =
    "LIST[ID].FIELD (LIST one of \(lists.joined(separator: ", "))), study.FIELD, heating_seasons.AREA, name "
    + "or description"

  /// Sets `path` to `value` in the tree; the error is located at `location` (the scenario line or the option).
  static func set(_ root: inout YNode, path: String, value: YNode, at location: SourceLocation) throws(InputProblem) {
    func fail(_ message: String) -> InputProblem { InputProblem(at: location, field: path, message) }
    guard let segments = parsePath(path) else {
      throw fail("the path \(ValidationProblem.show(path)) is malformed; allowed: \(pathHelp)")
    }
    let first = segments[0]
    if lists.contains(first.name) {
      guard first.id != nil, segments.count >= 2 else {
        throw fail(
          "the path \(ValidationProblem.show(path)) does not name a field; allowed: "
            + "\(first.name)[ID].FIELD, e.g. \(first.name)[\(first.id ?? "ID")].\(exampleField(first.name))")
      }
    } else if mappings.contains(first.name) || scalars.contains(first.name) {
      let fieldCount = scalars.contains(first.name) ? 1 : 2
      guard first.id == nil, scalars.contains(first.name) ? segments.count == 1 : segments.count >= fieldCount else {
        throw fail("the path \(ValidationProblem.show(path)) is malformed; allowed: \(pathHelp)")
      }
    } else {
      throw fail(
        "the path \(ValidationProblem.show(path)) starts with \(ValidationProblem.show(first.name)), which "
          + "is not part of a network; allowed: \(pathHelp)")
    }
    try set(&root, segments[...], value: value, walked: "", location: location, path: path)
  }

  static func exampleField(_ list: String) -> String {
    switch list {
    case "generators": return "capacity_mw"
    case "storage_units": return "power_mw"
    case "loads": return "annual_twh"
    case "carriers": return "clean"
    case "buses": return "price_cny_per_mwh"
    default: return "rating_mw"
    }
  }

  private static func set(
    _ node: inout YNode, _ segments: ArraySlice<PathSegment>, value: YNode, walked: String,
    location: SourceLocation, path: String
  ) throws(InputProblem) {
    func fail(_ message: String) -> InputProblem { InputProblem(at: location, field: path, message) }
    guard case .map(var entries) = node.value, let segment = segments.first else {
      throw fail(
        "\(walked) is \(node.shown), so \(ValidationProblem.show(path)) cannot be set; allowed: a path "
          + "through mappings")
    }
    let here = walked.isEmpty ? segment.name : "\(walked).\(segment.name)"
    let index = entries.firstIndex { $0.key == segment.name }
    if let id = segment.id {
      guard let index, case .list(var items) = entries[index].value.value else {
        throw fail(
          "the network has no list \(segment.name), so \(ValidationProblem.show(path)) cannot be set; "
            + "allowed: a path to an existing component")
      }
      guard let k = items.firstIndex(where: { $0["id"]?.rawText == id }) else {
        let ids = items.compactMap { $0["id"]?.rawText }
        throw fail(
          "\(segment.name) has no id \(ValidationProblem.show(id)); allowed: "
            + ValidationProblem.listing(ids, limit: 20))
      }
      try set(
        &items[k], segments.dropFirst(), value: value, walked: "\(segment.name)[\(id)]", location: location,
        path: path)
      entries[index].value.value = .list(items)
    } else if segments.count == 1 {
      if let index {
        entries[index].value = value
      } else {
        entries.append(YEntry(key: segment.name, keyLocation: location, value: value))
      }
    } else {
      let i: Int
      if let index {
        i = index
      } else {
        entries.append(YEntry(key: segment.name, keyLocation: location, value: .emptyMap(at: location)))
        i = entries.count - 1
      }
      try set(&entries[i].value, segments.dropFirst(), value: value, walked: here, location: location, path: path)
    }
    node.value = .map(entries)
  }

  typealias PathSegment = Segment

  /// Applies `--set PATH=VALUE`; VALUE is read as YAML (`15000`, `.nan`, `{rule: firm, min_pu: 0.6}`), or as text
  /// when it is not YAML.
  static func applyOverride(_ root: inout YNode, _ text: String) throws(InputProblem) {
    let location = SourceLocation(file: "--set \(text)")
    guard let eq = text.firstIndex(of: "=") else {
      throw InputProblem(
        at: location,
        "is not PATH=VALUE; allowed: PATH=VALUE with a path "
          + "\(pathHelp), e.g. generators[ORD-coal].capacity_mw=15000")
    }
    let path = String(text[..<eq]).trimmingCharacters(in: .whitespaces)
    let valueText = String(text[text.index(after: eq)...])
    var value: YNode
    do {
      // An empty value is null (unsets an optional field), not an empty document.
      let blank = valueText.allSatisfy(\.isWhitespace)
      value =
        blank ? YNode(.scalar("", quoted: false), at: location) : try YAMLTree.parse(valueText, file: location.file)
    } catch {
      value = YNode(.scalar(valueText, quoted: true), at: location)
    }
    relocate(&value, to: location)
    try set(&root, path: path, value: value, at: location)
  }

  static func relocate(_ node: inout YNode, to location: SourceLocation) {
    node.location = location
    switch node.value {
    case .scalar: break
    case .list(var items):
      for i in items.indices { relocate(&items[i], to: location) }
      node.value = .list(items)
    case .map(var entries):
      for i in entries.indices {
        entries[i].keyLocation = location
        relocate(&entries[i].value, to: location)
      }
      node.value = .map(entries)
    }
  }

  /// Applies a scenario file's tree (`description`, `remove`, `add`, `set`); problems are appended, and the parts
  /// that are fine are applied.
  static func applyScenario(_ root: inout YNode, scenario: YNode, problems: inout [InputProblem]) {
    guard let entries = scenario.entries else {
      problems.append(
        InputProblem(
          at: scenario.location,
          "the scenario is \(scenario.shown); allowed: a mapping "
            + "with description, add, set, remove"))
      return
    }
    let allowed = ["description", "remove", "add", "set"]
    for e in entries where !allowed.contains(e.key) {
      problems.append(
        InputProblem(
          at: e.keyLocation, field: e.key,
          "\(e.key) is an unknown key"
            + "\(suggestion(e.key, allowed)); allowed: \(allowed.joined(separator: ", "))"))
    }
    if let remove = scenario["remove"] { applyRemove(&root, remove, problems: &problems) }
    if let add = scenario["add"] { applyAdd(&root, add, problems: &problems) }
    if let set = scenario["set"] {
      guard let pairs = set.entries else {
        problems.append(
          InputProblem(
            at: set.location, field: "set",
            "set is \(set.shown); allowed: a mapping "
              + "of PATH: VALUE"))
        return
      }
      for p in pairs {
        do {
          try self.set(&root, path: p.key, value: p.value, at: p.keyLocation)
        } catch {
          problems.append(error)
        }
      }
    }
  }

  static func suggestion(_ key: String, _ allowed: [String]) -> String {
    ValidationProblem.suggestion(for: key, among: allowed).map { " (did you mean \($0)?)" } ?? ""
  }

  private static func listEntries(
    _ node: YNode, _ section: String, problems: inout [InputProblem]
  ) -> [YEntry] {
    guard let entries = node.entries else {
      problems.append(
        InputProblem(
          at: node.location, field: section,
          "\(section) is \(node.shown); allowed: a "
            + "mapping from list names (\(lists.joined(separator: ", "))) to lists"))
      return []
    }
    var result: [YEntry] = []
    for e in entries {
      if !lists.contains(e.key) {
        problems.append(
          InputProblem(
            at: e.keyLocation, field: "\(section).\(e.key)",
            "\(section).\(e.key) is an "
              + "unknown list\(suggestion(e.key, lists)); allowed: \(lists.joined(separator: ", "))"))
      } else if e.value.items == nil {
        problems.append(
          InputProblem(
            at: e.value.location, field: "\(section).\(e.key)",
            "\(section).\(e.key) is "
              + "\(e.value.shown); allowed: a list"))
      } else {
        result.append(e)
      }
    }
    return result
  }

  private static func applyRemove(_ root: inout YNode, _ remove: YNode, problems: inout [InputProblem]) {
    guard case .map(var top) = root.value else { return }
    for e in listEntries(remove, "remove", problems: &problems) {
      let index = top.firstIndex { $0.key == e.key }
      var items = index.flatMap { top[$0].value.items } ?? []
      for (n, idNode) in (e.value.items ?? []).enumerated() {
        let id = idNode.rawText ?? ""
        guard let k = items.firstIndex(where: { $0["id"]?.rawText == id }) else {
          let ids = items.compactMap { $0["id"]?.rawText }
          problems.append(
            InputProblem(
              at: idNode.location, field: "remove.\(e.key)[\(n)]",
              "remove.\(e.key)[\(n)] "
                + "is \(idNode.shown); allowed: an id in \(e.key): \(ValidationProblem.listing(ids, limit: 20))"))
          continue
        }
        items.remove(at: k)
      }
      if let index { top[index].value.value = .list(items) }
    }
    root.value = .map(top)
  }

  private static func applyAdd(_ root: inout YNode, _ add: YNode, problems: inout [InputProblem]) {
    guard case .map(var top) = root.value else { return }
    for e in listEntries(add, "add", problems: &problems) {
      let added = e.value.items ?? []
      if let index = top.firstIndex(where: { $0.key == e.key }), case .list(let items) = top[index].value.value {
        top[index].value.value = .list(items + added)
      } else if let index = top.firstIndex(where: { $0.key == e.key }) {
        // An empty list written as `generators:` (null) is replaced; anything else is reported by the decoder.
        if top[index].value.scalar == .null { top[index].value = YNode(.list(added), at: e.value.location) }
      } else {
        top.append(YEntry(key: e.key, keyLocation: e.keyLocation, value: YNode(.list(added), at: e.value.location)))
      }
    }
    root.value = .map(top)
  }
}
