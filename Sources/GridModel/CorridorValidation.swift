/// Checks of a corridor's supporting plants (`links[X].supporting`), part of ``Network/validate()``.
///
/// A supporting plant must be a generator of the network, listed once, by one corridor only (its output is attributed
/// to one corridor), and at the corridor's sending bus or at a bus joined to it by AC lines (the same synchronous
/// island): a plant the corridor's sending end cannot physically draw on has no contract to serve it.
extension NetworkValidator {
  mutating func checkSupportingPlants() {
    var generatorIndex: [String: Int] = [:]
    for (i, g) in network.generators.enumerated() where generatorIndex[g.id] == nil { generatorIndex[g.id] = i }
    let island = Self.acIslands(network)
    var supportedBy: [String: String] = [:]
    for (i, k) in network.links.enumerated() {
      let name = Self.name("links", k.id, i)
      var seen: Set<String> = []
      for (n, id) in k.supporting.enumerated() {
        let field = "\(name).supporting[\(n)]"
        guard let g = generatorIndex[id] else {
          let ids = network.generators.map(\.id)
          let hint = ValidationProblem.suggestion(for: id, among: ids).map { " (did you mean \($0)?)" } ?? ""
          error(
            field, id.isEmpty ? "missing" : ValidationProblem.show(id) + hint,
            "the id of a generator: \(ValidationProblem.listing(ids))")
          continue
        }
        guard seen.insert(id).inserted else {
          error(field, "\(ValidationProblem.show(id)), listed twice", "each supporting plant once")
          continue
        }
        if let other = supportedBy[id] {
          error(
            field, "\(ValidationProblem.show(id)), already a supporting plant of \(other)",
            "a generator that supports no other corridor (a plant's output is attributed to one corridor)")
          continue
        }
        supportedBy[id] = name
        let plantBus = network.generators[g].bus
        if let a = island[k.bus0], let b = island[plantBus], a != b {
          error(
            field,
            "\(ValidationProblem.show(id)) at bus \(plantBus), which no AC line path joins to the sending bus "
              + "\(k.bus0)",
            "a generator at the sending bus \(k.bus0) or at a bus joined to it by AC lines (the same island)")
        }
      }
    }
  }

  /// The AC island of every internal bus: buses joined by lines share a label (union-find on the line list).
  static func acIslands(_ network: Network) -> [String: Int] {
    var parent: [String: String] = [:]
    for b in network.buses where !b.external { parent[b.id] = b.id }
    func root(_ x: String) -> String {
      var r = x
      while let p = parent[r], p != r { r = p }
      return r
    }
    for l in network.lines where parent[l.bus0] != nil && parent[l.bus1] != nil {
      let (a, b) = (root(l.bus0), root(l.bus1))
      if a != b { parent[a] = b }
    }
    var labels: [String: Int] = [:]
    var result: [String: Int] = [:]
    for b in network.buses where !b.external {
      let r = root(b.id)
      if labels[r] == nil { labels[r] = labels.count }
      result[b.id] = labels[r]
    }
    return result
  }
}
