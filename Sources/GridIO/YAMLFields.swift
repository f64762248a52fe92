import GridModel

/// Problems and source locations gathered while a YAML tree becomes a `Network`.
final class ReadContext {
  var problems: [InputProblem] = []
  /// Field path (`generators[ORD-coal].capacity_mw`, also `generators[#3]...`) to where it was written.
  var locations: [String: SourceLocation] = [:]

  func fail(_ location: SourceLocation, field: String?, _ message: String) {
    problems.append(InputProblem(at: location, field: field, message))
  }

  /// `FIELD is VALUE; allowed: ALLOWED` at the node.
  func bad(_ field: String, _ node: YNode, _ allowed: String) {
    fail(node.location, field: field, "\(field) is \(node.shown); allowed: \(allowed)")
  }

  func missing(_ field: String, at location: SourceLocation, _ allowed: String) {
    fail(location, field: field, "\(field) is missing; allowed: \(allowed)")
  }

  func record(_ path: String, _ location: SourceLocation) {
    if locations[path] == nil { locations[path] = location }
  }
}

/// The fields of one YAML mapping (a component, `study`, a delivery rule): unknown keys are reported on creation,
/// every field's location is recorded, and the typed getters report wrong types. A key with a null value counts as
/// absent.
struct Fields {
  let context: ReadContext
  /// Field path of the mapping, e.g. `generators[ORD-coal]`.
  let path: String
  /// Other paths naming the same mapping (`generators[#3]`), recorded too.
  let aliases: [String]
  let node: YNode
  let entries: [YEntry]

  init?(
    _ node: YNode, path: String, aliases: [String] = [], keys: [String], what: String, context: ReadContext
  ) {
    self.context = context
    self.path = path
    self.aliases = aliases
    self.node = node
    guard let entries = node.entries else {
      context.bad(path, node, "a mapping of \(what) fields (\(keys.joined(separator: ", ")))")
      return nil
    }
    self.entries = entries
    for p in [path] + aliases { context.record(p, node.location) }
    for e in entries {
      for p in [path] + aliases { context.record("\(p).\(e.key)", e.value.location) }
      if !keys.contains(e.key) {
        let hint = ScenarioOverlay.suggestion(e.key, keys)
        context.fail(
          e.keyLocation, field: "\(path).\(e.key)",
          "\(path).\(e.key) is an unknown key\(hint); allowed: \(keys.joined(separator: ", "))")
      }
    }
  }

  func field(_ key: String) -> String { "\(path).\(key)" }

  /// The value of `key`, nil when absent or null.
  func node(_ key: String) -> YNode? {
    guard let n = entries.last(where: { $0.key == key })?.value else { return nil }
    return n.scalar == .null ? nil : n
  }

  func has(_ key: String) -> Bool { node(key) != nil }

  func location(_ key: String) -> SourceLocation { node(key)?.location ?? node.location }

  /// Records the location of `key` under another field name (e.g. a derived model field).
  func recordAlias(_ target: String, from key: String) {
    for p in [path] + aliases { context.record("\(p).\(target)", location(key)) }
  }

  /// Any scalar as written (so `NO` or `2024` are texts here); lists and mappings are errors.
  func text(_ key: String) -> String? {
    guard let n = node(key) else { return nil }
    guard let s = n.rawText else {
      context.bad(field(key), n, "a text")
      return nil
    }
    return s
  }

  func number(_ key: String, allowed: String = "a number") -> Double? {
    guard let n = node(key) else { return nil }
    guard case .number(let v) = n.scalar else {
      context.bad(field(key), n, allowed)
      return nil
    }
    return v
  }

  /// A required number: when missing or of the wrong type the problem is reported and 0 returned (0 passes the
  /// range checks, so validation adds no second message).
  func requiredNumber(_ key: String, allowed: String) -> Double {
    if let v = number(key, allowed: allowed) { return v }
    if !has(key) { context.missing(field(key), at: node.location, allowed) }
    return 0
  }

  func bool(_ key: String) -> Bool? {
    guard let n = node(key) else { return nil }
    guard case .bool(let b) = n.scalar else {
      context.bad(field(key), n, "true or false")
      return nil
    }
    return b
  }

  func integer(_ key: String, allowed: String) -> Int? {
    guard let n = node(key) else { return nil }
    guard case .number(let v) = n.scalar, v.isFinite, v == v.rounded(), abs(v) < 1e12 else {
      context.bad(field(key), n, allowed)
      return nil
    }
    return Int(v)
  }
}
