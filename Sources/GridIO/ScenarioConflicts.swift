import GridModel

/// What one scenario file changes, so that several scenarios applied together (`--scenario a --scenario b`, in
/// order) can be checked for conflicts before they are applied.
///
/// Two scenarios conflict when a later one
/// - sets a path an earlier one sets to a different value, or a path inside or around it (`links[X].delivery` and
///   `links[X].delivery.min_pu`): which value wins would depend on the order;
/// - adds a component with an id an earlier one adds to the same list;
/// - removes a component an earlier one adds or sets a field of.
/// Setting the same path to the same value is no conflict, nor is setting a field of a component an earlier scenario
/// adds (a scenario that builds on another), nor adding back a component an earlier one removes.
struct ScenarioClaims {
  struct Set {
    var segments: [ScenarioOverlay.Segment]
    var path: String
    var value: String
    var location: SourceLocation
  }

  struct Component {
    var list: String
    var id: String
    var location: SourceLocation
  }

  var name: String
  var sets: [Set] = []
  var adds: [Component] = []
  var removes: [Component] = []

  /// The claims of a scenario file's tree; malformed parts are left out (applying the scenario reports them).
  init(name: String, tree: YNode) {
    self.name = name
    for p in tree["set"]?.entries ?? [] {
      guard let segments = ScenarioOverlay.parsePath(p.key) else { continue }
      sets.append(Set(segments: segments, path: p.key, value: Self.canonical(p.value), location: p.keyLocation))
    }
    for (key, into) in [("add", \ScenarioClaims.adds), ("remove", \ScenarioClaims.removes)] {
      for e in tree[key]?.entries ?? [] {
        for item in e.value.items ?? [] {
          // `add` lists components (mappings with an id), `remove` lists ids.
          guard let id = key == "add" ? item["id"]?.rawText : item.rawText else { continue }
          self[keyPath: into].append(Component(list: e.key, id: id, location: item.location))
        }
      }
    }
  }

  /// The problems of applying `self` after `earlier` (in order).
  func conflicts(after earlier: [ScenarioClaims]) -> [InputProblem] {
    var problems: [InputProblem] = []
    let allowed =
      "scenarios that change different fields and ids (or the same field to the same value); "
      + "combine them in one scenario file to override one with the other"
    for s in sets {
      for e in earlier {
        for t in e.sets where Self.overlap(s.segments, t.segments) && !(s.path == t.path && s.value == t.value) {
          let what = s.path == t.path ? "to \(t.value)" : "as \(t.path) = \(t.value)"
          problems.append(
            InputProblem(
              at: s.location, field: s.path,
              "\(s.path) is \(s.value) in scenario \(name), but scenario \(e.name) sets it \(what) "
                + "(\(t.location)); allowed: \(allowed)"))
        }
      }
    }
    for a in adds {
      for e in earlier {
        for b in e.adds where b.list == a.list && b.id == a.id {
          problems.append(
            InputProblem(
              at: a.location, field: "add.\(a.list)",
              "add.\(a.list) has \(ValidationProblem.show(a.id)) in scenario \(name), which scenario \(e.name) adds "
                + "too (\(b.location)); allowed: \(allowed)"))
        }
      }
    }
    for r in removes {
      for e in earlier {
        let added = e.adds.first { $0.list == r.list && $0.id == r.id }.map(\.location)
        let set = e.sets.first { $0.segments.first?.name == r.list && $0.segments.first?.id == r.id }.map(\.location)
        if let where_ = added ?? set {
          problems.append(
            InputProblem(
              at: r.location, field: "remove.\(r.list)",
              "remove.\(r.list) has \(ValidationProblem.show(r.id)) in scenario \(name), which scenario \(e.name) "
                + "\(added != nil ? "adds" : "changes") (\(where_)); allowed: \(allowed)"))
        }
      }
    }
    return problems
  }

  /// Whether one path is the other or lies inside it (segment by segment).
  static func overlap(_ a: [ScenarioOverlay.Segment], _ b: [ScenarioOverlay.Segment]) -> Bool {
    let n = min(a.count, b.count)
    return n > 0 && Array(a.prefix(n)) == Array(b.prefix(n))
  }

  /// A value as comparable text: scalars resolved (`1.0` and `1` are the same number), mappings by key.
  static func canonical(_ node: YNode) -> String {
    switch node.value {
    case .scalar:
      switch node.scalar {
      case .null, nil: return "null"
      case .bool(let b): return b ? "true" : "false"
      case .number(let v): return ValidationProblem.show(v)
      case .text(let s): return ValidationProblem.show(s)
      }
    case .list(let items): return "[" + items.map(canonical).joined(separator: ", ") + "]"
    case .map(let entries):
      return "{"
        + entries.sorted { $0.key < $1.key }.map { "\($0.key): \(canonical($0.value))" }
        .joined(separator: ", ") + "}"
    }
  }
}
