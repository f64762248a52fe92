import GridModel

/// Independent cycles of the AC line graph for Kirchhoff's voltage law, as PyPSA does: a spanning forest by
/// breadth-first search, then one fundamental cycle per line outside the forest. Each cycle is a list of
/// (line index, orientation ±1) with orientation +1 where the line's bus0 -> bus1 runs along the cycle.
enum CycleBasis {
  static func cycles(buses: [String], lines: [Line]) -> [[(Int, Double)]] {
    var index: [String: Int] = [:]
    for (i, b) in buses.enumerated() { index[b] = i }
    var adjacency = [[(line: Int, other: Int, sign: Double)]](repeating: [], count: buses.count)
    var endpoints: [(Int, Int)] = []
    for (l, line) in lines.enumerated() {
      guard let a = index[line.bus0], let b = index[line.bus1] else {
        endpoints.append((-1, -1))
        continue
      }
      endpoints.append((a, b))
      adjacency[a].append((l, b, 1))
      adjacency[b].append((l, a, -1))
    }
    // Spanning forest: parent line and depth of every bus.
    var parentLine = [Int](repeating: -1, count: buses.count)
    var parentBus = [Int](repeating: -1, count: buses.count)
    var depth = [Int](repeating: -1, count: buses.count)
    var inTree = [Bool](repeating: false, count: lines.count)
    for root in 0..<buses.count where depth[root] < 0 {
      depth[root] = 0
      var queue = [root]
      var head = 0
      while head < queue.count {
        let u = queue[head]
        head += 1
        for e in adjacency[u] where depth[e.other] < 0 {
          depth[e.other] = depth[u] + 1
          parentBus[e.other] = u
          parentLine[e.other] = e.line
          inTree[e.line] = true
          queue.append(e.other)
        }
      }
    }
    var result: [[(Int, Double)]] = []
    for (l, (a, b)) in endpoints.enumerated() where a >= 0 && !inTree[l] {
      // Cycle: a -> b along line l, then b back to a through the tree.
      var cycle: [(Int, Double)] = [(l, 1)]
      var pathA: [(Int, Double)] = []  // from a up to the common ancestor, traversed upwards (a -> parent)
      var pathB: [(Int, Double)] = []  // from b up to the common ancestor
      var u = a
      var v = b
      while u != v {
        if depth[u] >= depth[v] {
          let pl = parentLine[u]
          // Moving from u to its parent: +1 if the line runs u -> parent (u is bus0).
          pathA.append((pl, endpoints[pl].0 == u ? 1 : -1))
          u = parentBus[u]
        } else {
          let pl = parentLine[v]
          pathB.append((pl, endpoints[pl].0 == v ? 1 : -1))
          v = parentBus[v]
        }
      }
      // Travel b -> ancestor (pathB as is), then ancestor -> a (pathA reversed, orientation flipped).
      cycle.append(contentsOf: pathB)
      cycle.append(contentsOf: pathA.reversed().map { ($0.0, -$0.1) })
      result.append(cycle)
    }
    return result
  }
}
