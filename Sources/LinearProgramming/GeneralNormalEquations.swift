import LinearAlgebra

/// The general backend: M assembled in sparse form, rows reordered by reverse Cuthill-McKee to keep the profile small,
/// and factored by an envelope (skyline) Cholesky. Correct for any LP; fast when the reordered profile is narrow,
/// which holds for the sparse, locally coupled LPs GridPlan builds. Pivots that vanish (dependent rows) are replaced
/// by a huge value, which sets the matching component of the solution to zero.
///
/// Dense columns (far more entries than the typical column, such as a capacity that appears in every hour) would make
/// M dense; they are kept out of M and brought back through the small system
/// `(A_D' M_s^-1 A_D + Θ_D^-1) v = A_D' M_s^-1 r`, `dy = M_s^-1 (r - A_D v)`.
struct GeneralNormalEquations: NormalEquations {
  let m: Int
  /// perm[k] = standard-form row at position k of the ordering; inverse maps back.
  let perm: [Int]
  let inverse: [Int]
  let first: [Int]
  let envStart: [Int]
  /// For every pair of rows sharing a column, its position in the envelope, the product of the two entries and the
  /// column.
  let pairPosition: [Int]
  let pairCoefficient: [Double]
  let pairColumn: [Int32]
  var envelope: [Double]
  /// Dense columns, their entries, and per factorisation X = M_s^-1 A_D and the Cholesky factor of the small system.
  let denseColumns: [Int]
  let denseEntries: [[(Int, Double)]]
  var denseSolves: [[Double]] = []
  var smallFactor: DenseCholesky? = nil

  /// - Parameter at: the transpose of `a`.
  init(_ a: SparseMatrix, transposed at: SparseMatrix) {
    m = a.rowCount
    let counts = (0..<at.rowCount).map { at.rowStart[$0 + 1] - at.rowStart[$0] }
    let sortedCounts = counts.sorted()
    let typicalCount = sortedCounts.isEmpty ? 0 : sortedCounts[sortedCounts.count / 2]
    let denseColumnLimit = max(40, 10 * typicalCount)
    let isDenseColumn = counts.map { $0 > denseColumnLimit }
    denseColumns = (0..<at.rowCount).filter { isDenseColumn[$0] }
    denseEntries = denseColumns.map { Array(at.row($0)) }
    // Adjacency of M.
    var neighbours = [[Int]](repeating: [], count: m)
    var mark = [Int](repeating: -1, count: m)
    for i in 0..<m {
      mark[i] = i
      for (j, _) in a.row(i) where !isDenseColumn[j] {
        for (p, _) in at.row(j) where mark[p] != i {
          mark[p] = i
          neighbours[i].append(p)
        }
      }
    }
    // Rows of M that are much denser than the rest (an annual cap, a cyclic link) would fill the envelope of every
    // row ordered after them: keep them out of the ordering and put them last.
    let degrees = neighbours.map(\.count).sorted()
    let typical = degrees.isEmpty ? 0 : degrees[degrees.count / 2]
    let denseLimit = max(10 * typical, 200)
    let isDense = neighbours.map { $0.count > denseLimit }
    let sparseAdjacency = neighbours.enumerated().map { i, list in isDense[i] ? [] : list.filter { !isDense[$0] } }
    var order = GeneralNormalEquations.reverseCuthillMcKee(sparseAdjacency).filter { !isDense[$0] }
    order.append(contentsOf: (0..<m).filter { isDense[$0] })
    var inv = [Int](repeating: 0, count: m)
    for (k, i) in order.enumerated() { inv[i] = k }
    var first = [Int](repeating: 0, count: m)
    for i in 0..<m {
      var f = inv[i]
      for p in neighbours[i] { f = min(f, inv[p]) }
      first[inv[i]] = f
    }
    var start = [Int](repeating: 0, count: m + 1)
    for k in 0..<m { start[k + 1] = start[k] + (k - first[k] + 1) }
    var pos: [Int] = []
    var coef: [Double] = []
    var col: [Int32] = []
    for j in 0..<at.rowCount where !isDenseColumn[j] {
      let lo = at.rowStart[j]
      let hi = at.rowStart[j + 1]
      for u in lo..<hi {
        let pu = inv[at.columnIndices[u]]
        for v in lo...u {
          let pv = inv[at.columnIndices[v]]
          let (r, c) = pu >= pv ? (pu, pv) : (pv, pu)
          pos.append(start[r] + c - first[r])
          coef.append(at.values[u] * at.values[v])
          col.append(Int32(j))
        }
      }
    }
    self.perm = order
    self.inverse = inv
    self.first = first
    self.envStart = start
    self.pairPosition = pos
    self.pairCoefficient = coef
    self.pairColumn = col
    self.envelope = [Double](repeating: 0, count: start[m])
  }

  /// Reverse Cuthill-McKee ordering of a graph given by adjacency lists; each component starts from a
  /// pseudo-peripheral node of least degree.
  static func reverseCuthillMcKee(_ adj: [[Int]]) -> [Int] {
    let n = adj.count
    var visited = [Bool](repeating: false, count: n)
    var order: [Int] = []
    order.reserveCapacity(n)
    let byDegree = (0..<n).sorted { (adj[$0].count, $0) < (adj[$1].count, $1) }
    func bfs(_ root: Int, _ record: Bool) -> (last: Int, depth: Int) {
      var queue = [root]
      var seen: Set<Int> = record ? [] : [root]
      if record { visited[root] = true; order.append(root) }
      var head = 0
      var level = [root: 0]
      var last = root
      while head < queue.count {
        let u = queue[head]
        head += 1
        last = u
        let next = adj[u].filter { record ? !visited[$0] : !seen.contains($0) }.sorted {
          (adj[$0].count, $0) < (adj[$1].count, $1)
        }
        for v in next {
          if record { visited[v] = true; order.append(v) } else { seen.insert(v); level[v] = (level[u] ?? 0) + 1 }
          queue.append(v)
        }
      }
      return (last, level[last] ?? 0)
    }
    for s in byDegree where !visited[s] {
      // Pseudo-peripheral start: a few sweeps to the farthest node.
      var root = s
      var depth = -1
      for _ in 0..<3 {
        let (far, d) = bfs(root, false)
        if d <= depth { break }
        depth = d
        root = far
      }
      _ = bfs(root, true)
    }
    return order.reversed()
  }

  mutating func factor(theta: [Double], delta: Double) throws -> Int {
    let m = self.m
    var replaced = 0
    let hasDense = !denseColumns.isEmpty
    envelope.withUnsafeMutableBufferPointer { e in
      e.update(repeating: 0)
      pairPosition.withUnsafeBufferPointer { pp in
        pairCoefficient.withUnsafeBufferPointer { pc in
          pairColumn.withUnsafeBufferPointer { pj in
            theta.withUnsafeBufferPointer { th in
              for k in 0..<pp.count { e[pp[k]] += pc[k] * th[Int(pj[k])] }
            }
          }
        }
      }
      first.withUnsafeBufferPointer { f in
        envStart.withUnsafeBufferPointer { st in
          var largest = 0.0
          for i in 0..<m { largest = max(largest, e[st[i] + i - f[i]]) }
          for i in 0..<m { e[st[i] + i - f[i]] += delta }
          let tiny = 1e-30 * max(1, largest)
          for i in 0..<m {
            let fi = f[i]
            let rowI = e.baseAddress! + st[i] - fi  // rowI[k] = L(i, k) for k >= fi
            for j in fi..<i {
              let fj = f[j]
              let rowJ = e.baseAddress! + st[j] - fj
              let k0 = max(fi, fj)
              var s = rowI[j]
              var k = k0
              while k < j {
                s -= rowI[k] * rowJ[k]
                k += 1
              }
              rowI[j] = s / rowJ[j]
            }
            var d = rowI[i]
            for k in fi..<i { d -= rowI[k] * rowI[k] }
            if d <= tiny {
              // Without dense columns a vanishing pivot is a dependent row: a huge pivot zeroes its component.
              // With them, the row may be held only by a dense column, which the low-rank correction needs to see:
              // a small static pivot keeps the row, and refinement removes the perturbation.
              d = hasDense ? 1e-10 * max(1, largest) : 1e128
              replaced += 1
            }
            rowI[i] = d.squareRoot()
          }
        }
      }
    }
    denseSolves = []
    smallFactor = nil
    if !denseColumns.isEmpty {
      let k = denseColumns.count
      for entries in denseEntries {
        var col = [Double](repeating: 0, count: m)
        for (i, v) in entries { col[i] = v }
        solveSparse(&col)
        denseSolves.append(col)
      }
      var p = Matrix(rows: k, columns: k)
      for a in 0..<k {
        for b in 0...a {
          var s = 0.0
          for (i, v) in denseEntries[a] { s += v * denseSolves[b][i] }
          p[a, b] = s
          p[b, a] = s
        }
        p[a, a] += 1 / theta[denseColumns[a]]
      }
      smallFactor = try DenseCholesky(p)
    }
    return replaced
  }

  func solve(_ r: inout [Double]) {
    solveSparse(&r)
    guard let small = smallFactor else { return }
    // v = P^-1 A_D' w, dy = w - X v.
    var t = [Double](repeating: 0, count: denseColumns.count)
    for (a, entries) in denseEntries.enumerated() {
      for (i, v) in entries { t[a] += v * r[i] }
    }
    guard let v = try? small.solve(t) else { return }
    for (a, x) in denseSolves.enumerated() where v[a] != 0 {
      for i in 0..<m { r[i] -= x[i] * v[a] }
    }
  }

  /// Solves M_s y = r with the envelope factor.
  func solveSparse(_ r: inout [Double]) {
    let m = self.m
    var z = [Double](repeating: 0, count: m)
    for k in 0..<m { z[k] = r[perm[k]] }
    envelope.withUnsafeBufferPointer { e in
      z.withUnsafeMutableBufferPointer { zp in
        for i in 0..<m {
          let fi = first[i]
          let row = e.baseAddress! + envStart[i] - fi
          var s = zp[i]
          for k in fi..<i { s -= row[k] * zp[k] }
          zp[i] = s / row[i]
        }
        for i in stride(from: m - 1, through: 0, by: -1) {
          let fi = first[i]
          let row = e.baseAddress! + envStart[i] - fi
          let xi = zp[i] / row[i]
          zp[i] = xi
          for k in fi..<i { zp[k] -= row[k] * xi }
        }
      }
    }
    for k in 0..<m { r[perm[k]] = z[k] }
  }
}
