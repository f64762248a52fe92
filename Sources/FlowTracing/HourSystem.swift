import LinearAlgebra

/// One hour's proportional-sharing system X = G + W X over the traced nodes (buses, then tanks), with several
/// right-hand sides (one per source): buffers reused from hour to hour.
///
/// Node i has injections G[i, r] by source r and inflows: edges j -> i delivering d >= 0 (MW). Its throughflow is
/// P_i = sum_r G[i, r] + sum of its inflows, and W_ij = d_ji / P_j: what arrives over an edge carries the mix of the
/// node it left. Since x = P solves x = G + W x whenever every node with an outflow to another node has P_j > 0, the
/// mixes X_i / P_i sum to 1 by construction (up to rounding) — the check in ``FlowTracer`` measures that.
struct HourSystem {
  /// Number of nodes.
  let n: Int
  /// Number of right-hand sides (sources) in use.
  private(set) var columns = 0
  /// Injections, column-major n x columns: node i, source r at `g[i + r * n]`.
  var g: [Double] = []
  /// Solution, same layout.
  private(set) var x: [Double] = []
  /// Throughflow of each node.
  private(set) var p: [Double]
  private var from: [Int] = []
  private var to: [Int] = []
  private var delivered: [Double] = []
  private var outStart: [Int]
  private var outEdges: [Int] = []
  private var inDegree: [Int]
  private var queue: [Int]

  /// How an hour was solved.
  enum Path { case topological, lu, fallback }

  init(nodes: Int) {
    n = nodes
    p = [Double](repeating: 0, count: nodes)
    outStart = [Int](repeating: 0, count: nodes + 1)
    inDegree = [Int](repeating: 0, count: nodes)
    queue = [Int](repeating: 0, count: nodes)
  }

  /// Clears injections and edges for a new hour with `columns` sources.
  mutating func reset(columns r: Int) {
    columns = r
    if g.count != n * r {
      g = [Double](repeating: 0, count: n * r)
      x = g
    } else {
      for k in g.indices { g[k] = 0 }
    }
    from.removeAll(keepingCapacity: true)
    to.removeAll(keepingCapacity: true)
    delivered.removeAll(keepingCapacity: true)
  }

  /// Adds `amount` MW of source `r` at node `i` (negative noise is left out).
  mutating func inject(_ i: Int, _ r: Int, _ amount: Double) {
    if amount > 0 { g[i + r * n] += amount }
  }

  /// Adds a flow from node `a` delivering `d` MW at node `b` (zero, negative or self flows are left out). Every
  /// positive flow counts, however small: leaving out the solver's noise (say 1e-5 MW of discharge) would make
  /// clean energy balance only to that noise, and the hours it turns cyclic are solved by LU just as well.
  mutating func flow(from a: Int, to b: Int, delivered d: Double) {
    guard d > 0, a != b else { return }
    from.append(a)
    to.append(b)
    delivered.append(d)
  }

  /// Mix of node i by source r: X / P (NaN when P = 0).
  @inline(__always) func mix(_ i: Int, _ r: Int) -> Double { p[i] > 0 ? x[i + r * n] / p[i] : .nan }

  /// Solves X = G + W X: by substitution in topological order when the flow graph has no directed cycle (and the
  /// method allows), else by LU of I - W (dgetrf/dgetrs). An LU that fails or gives a non-finite or negative solution
  /// (a numerically singular system: a closed loop without leakage) falls back to the fixed-point iteration
  /// X <- G + W X, which converges since every column of W sums to at most 1 and is below 1 wherever energy leaves.
  mutating func solve(method: FlowTraceSettings.Method) -> Path {
    for i in 0..<n {
      var s = 0.0
      for r in 0..<columns { s += g[i + r * n] }
      p[i] = s
    }
    for e in delivered.indices { p[to[e]] += delivered[e] }
    x = g
    if method == .automatic && substituteInTopologicalOrder() { return .topological }
    x = g
    var a = Matrix.identity(n)
    for e in delivered.indices where p[from[e]] > 0 { a[to[e], from[e]] -= delivered[e] / p[from[e]] }
    let scale = max(p.max() ?? 0, 1)
    if let lu = try? LUFactorization(a), (try? lu.solve(inPlace: &x, rightHandSides: columns)) != nil,
      x.allSatisfy({ $0.isFinite && $0 >= -1e-9 * scale })
    {
      for k in x.indices where x[k] < 0 { x[k] = 0 }
      return .lu
    }
    iterate(a)
    return .fallback
  }

  /// Kahn's algorithm, pushing each finished node's share downstream: X_b += (d / P_a) X_a over edges a -> b once
  /// X_a is final. False (X partly updated) when a directed cycle remains.
  private mutating func substituteInTopologicalOrder() -> Bool {
    for i in 0...n { outStart[i] = 0 }
    for i in 0..<n { inDegree[i] = 0 }
    for e in from.indices {
      outStart[from[e] + 1] += 1
      inDegree[to[e]] += 1
    }
    for i in 0..<n { outStart[i + 1] += outStart[i] }
    if outEdges.count < from.count { outEdges = [Int](repeating: 0, count: from.count) }
    var fill = Array(outStart[0..<n])
    for e in from.indices {
      outEdges[fill[from[e]]] = e
      fill[from[e]] += 1
    }
    var head = 0
    var tail = 0
    for i in 0..<n where inDegree[i] == 0 {
      queue[tail] = i
      tail += 1
    }
    while head < tail {
      let a = queue[head]
      head += 1
      for k in outStart[a]..<outStart[a + 1] {
        let e = outEdges[k]
        let b = to[e]
        if p[a] > 0 {
          let w = delivered[e] / p[a]
          for r in 0..<columns { x[b + r * n] += w * x[a + r * n] }
        }
        inDegree[b] -= 1
        if inDegree[b] == 0 {
          queue[tail] = b
          tail += 1
        }
      }
    }
    return tail == n
  }

  /// X <- G + W X from X = G until the change is below 1e-13 of the largest throughflow (at most 100,000 sweeps).
  private mutating func iterate(_ iMinusW: Matrix) {
    let tol = 1e-13 * max(p.max() ?? 0, 1)
    x = g
    var next = g
    for _ in 0..<100_000 {
      var change = 0.0
      for r in 0..<columns {
        for i in 0..<n {
          var s = g[i + r * n]
          for j in 0..<n where j != i { s -= iMinusW[i, j] * x[j + r * n] }
          change = max(change, abs(s - x[i + r * n]))
          next[i + r * n] = s
        }
      }
      swap(&x, &next)
      if change <= tol { break }
    }
  }
}
