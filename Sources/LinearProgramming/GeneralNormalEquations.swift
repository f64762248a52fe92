import LinearAlgebra

/// The general backend: M = A Θ A' + δI assembled in sparse form and factored by a supernodal sparse Cholesky with a
/// fill-reducing ordering (``SparseCholesky``, SuiteSparse's CHOLMOD). Correct for any LP; its cost follows the fill
/// of the ordered factor, not the number of rows, so networks of thousands of buses stay fast.
///
/// M's pattern is the same in every iteration: it is analysed once, at set-up (ordering, elimination tree,
/// supernodes), together with the position in M's stored lower triangle of every product a_ij a_kj of two entries of
/// one column. Each ``factor(theta:delta:)`` then sums those products times θ_j into M's values and runs only the
/// numeric factorisation.
///
/// Pivots that are not positive (a dependent row, whose pivot is δ up to rounding) stop the factorisation: that
/// row's diagonal is raised to a huge value, which sets the matching component of the solution to zero, and M is
/// factored again. The raised rows are remembered, so later iterations factor once.
///
/// Dense columns (far more entries than the typical column, such as a capacity that appears in every hour) would make
/// M dense; they are kept out of M and brought back through the small system
/// `(A_D' M_s^-1 A_D + Θ_D^-1) v = A_D' M_s^-1 r`, `dy = M_s^-1 (r - A_D v)`. A row that only a dense column holds is
/// raised by a small static pivot instead (10^-10 of M's largest diagonal entry): the low-rank correction must still
/// see it, and iterative refinement removes the perturbation.
struct GeneralNormalEquations: NormalEquations {
  let m: Int
  /// For every pair of rows sharing a (non-dense) column: its position in the stored values of M, the product of
  /// the two entries and the column.
  let pairPosition: [Int]
  let pairCoefficient: [Double]
  let pairColumn: [Int32]
  let cholesky: SparseCholesky
  /// Rows whose diagonal is raised because their pivot vanished (see the type's comment), kept across iterations,
  /// with the raise: in units of max(1, M's largest diagonal entry) with dense columns, absolute without.
  var raisedRows: [Int: Double] = [:]
  /// Dense columns, their entries, and per factorisation X = M_s^-1 A_D (m x k, column-major) and the Cholesky
  /// factor of the small system.
  let denseColumns: [Int]
  let denseEntries: [[(Int, Double)]]
  var denseSolves: [Double] = []
  var smallFactor: DenseCholesky? = nil
  /// Floating-point operations of one factorisation (the sparse factor's, from its analysis).
  var factorFlops: Double { cholesky.factorFlops }

  /// - Parameter at: the transpose of `a`.
  init(_ a: SparseMatrix, transposed at: SparseMatrix) throws {
    m = a.rowCount
    let counts = (0..<at.rowCount).map { at.rowStart[$0 + 1] - at.rowStart[$0] }
    let sortedCounts = counts.sorted()
    let typicalCount = sortedCounts.isEmpty ? 0 : sortedCounts[sortedCounts.count / 2]
    // Columns far longer than the typical one (a capacity that appears in every hour, a line in many cycles of a
    // large meshed network) are candidates for the low-rank correction. Whether to use it is decided by cost: the
    // pattern is analysed with and without them, and the correction is taken when the factor without them plus the
    // k solves per factorisation it needs costs less than a quarter of the flops of the factor with them. The margin
    // is for accuracy: when the columns left in M_s hold some rows only weakly, M_s is nearly singular and the
    // correction loses digits that the factor of the whole M keeps (MATPOWER's case2383wp stalls with it).
    let denseColumnLimit = max(40, 10 * typicalCount)
    let candidates = counts.map { $0 > denseColumnLimit }
    var (columnStart, rowIndices) = Self.lowerPattern(a, at, excluding: candidates)
    var factor = try SparseCholesky(order: m, columnStart: columnStart, rowIndices: rowIndices)
    var isDenseColumn = candidates
    let k = Double(candidates.count { $0 })
    let correction = factor.factorFlops + k * 4 * Double(factor.factorNonzeros) + k * k * Double(m)
    // The candidates' cliques alone bound the full factor's flops from below: past the correction's cost, the full
    // pattern (which can be large: 38 million entries for a column in every hour of a year) is not even built.
    let cliques = zip(counts, candidates).reduce(0.0) { $0 + ($1.1 ? Double($1.0) * Double($1.0 + 1) / 2 : 0) }
    if k > 0 && cliques <= 4 * correction {
      let withAll = Self.lowerPattern(a, at, excluding: nil)
      let full = try SparseCholesky(order: m, columnStart: withAll.columnStart, rowIndices: withAll.rowIndices)
      if full.factorFlops <= 4 * correction {
        (columnStart, rowIndices) = withAll
        factor = full
        isDenseColumn = [Bool](repeating: false, count: counts.count)
      }
    }
    cholesky = factor
    denseColumns = (0..<at.rowCount).filter { isDenseColumn[$0] }
    denseEntries = denseColumns.map { Array(at.row($0)) }
    // Position of M(r, c), r >= c: a binary search in column c's ascending rows.
    func position(_ r: Int, _ c: Int) -> Int {
      var lo = columnStart[c]
      var hi = columnStart[c + 1]
      while lo < hi {
        let mid = (lo + hi) / 2
        if rowIndices[mid] < r { lo = mid + 1 } else { hi = mid }
      }
      return lo
    }
    var pos: [Int] = []
    var coef: [Double] = []
    var col: [Int32] = []
    for j in 0..<at.rowCount where !isDenseColumn[j] {
      let lo = at.rowStart[j]
      let hi = at.rowStart[j + 1]
      for u in lo..<hi {
        let ru = at.columnIndices[u]
        for v in lo...u {
          let rv = at.columnIndices[v]
          pos.append(ru >= rv ? position(ru, rv) : position(rv, ru))
          coef.append(at.values[u] * at.values[v])
          col.append(Int32(j))
        }
      }
    }
    pairPosition = pos
    pairCoefficient = coef
    pairColumn = col
  }

  /// The lower triangle of A_s A_s' by columns (A_s: A without the `excluding` columns): column i holds i and the
  /// rows p > i that share a column of A_s with it, ascending.
  static func lowerPattern(_ a: SparseMatrix, _ at: SparseMatrix, excluding: [Bool]?)
    -> (columnStart: [Int], rowIndices: [Int])
  {
    let m = a.rowCount
    var columnStart = [Int](repeating: 0, count: m + 1)
    var rowIndices: [Int] = []
    rowIndices.reserveCapacity(2 * a.nonzeroCount + m)
    var mark = [Int](repeating: -1, count: m)
    var below: [Int] = []
    for i in 0..<m {
      mark[i] = i
      below.removeAll(keepingCapacity: true)
      for (j, _) in a.row(i) where !(excluding?[j] ?? false) {
        for (p, _) in at.row(j) where p > i && mark[p] != i {
          mark[p] = i
          below.append(p)
        }
      }
      below.sort()
      rowIndices.append(i)
      rowIndices.append(contentsOf: below)
      columnStart[i + 1] = rowIndices.count
    }
    return (columnStart, rowIndices)
  }

  mutating func factor(theta: [Double], delta: Double) throws -> Int {
    let m = self.m
    let hasDense = !denseColumns.isEmpty
    let chol = cholesky
    var largest = 0.0
    // M's values: the products, then δ on the diagonal (and the raised rows' extra).
    func assemble() {
      chol.withValues { e in
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
        chol.diagonalPositions.withUnsafeBufferPointer { d in
          largest = 0
          for i in 0..<m { largest = max(largest, e[d[i]]) }
          for i in 0..<m { e[d[i]] += delta }
          let unit = hasDense ? max(1, largest) : 1
          for (i, raise) in raisedRows { e[d[i]] += raise * unit }
        }
      }
    }
    assemble()
    // A row whose pivot is not positive is raised and M factored again. A row that fails again (a small static
    // pivot that rounding still cancels) is raised a million times more, up to the huge value; so every pass changes
    // M, and the loop ends (in practice after a few passes, in the first iterations).
    while let row = try chol.factor() {
      let raise = raisedRows[row].map { $0 * 1e6 } ?? (hasDense ? 1e-10 : 1e128)
      guard raise <= 1e128 else { throw LinearAlgebraError.notPositiveDefinite(order: row + 1) }
      raisedRows[row] = raise
      assemble()
    }
    denseSolves = []
    smallFactor = nil
    if hasDense {
      let k = denseColumns.count
      var x = [Double](repeating: 0, count: m * k)
      for (a, entries) in denseEntries.enumerated() {
        for (i, v) in entries { x[a * m + i] = v }
      }
      x.withUnsafeMutableBufferPointer { chol.solve($0.baseAddress!, columns: k, leadingDimension: m) }
      var p = Matrix(rows: k, columns: k)
      for a in 0..<k {
        for b in 0...a {
          var s = 0.0
          for (i, v) in denseEntries[a] { s += v * x[b * m + i] }
          p[a, b] = s
          p[b, a] = s
        }
        p[a, a] += 1 / theta[denseColumns[a]]
      }
      denseSolves = x
      smallFactor = try DenseCholesky(p)
    }
    return raisedRows.count
  }

  func solve(_ r: inout [Double]) {
    cholesky.solve(&r)
    guard let small = smallFactor else { return }
    // v = P^-1 A_D' w, dy = w - X v.
    let m = self.m
    var t = [Double](repeating: 0, count: denseColumns.count)
    for (a, entries) in denseEntries.enumerated() {
      for (i, v) in entries { t[a] += v * r[i] }
    }
    guard let v = try? small.solve(t) else { return }
    denseSolves.withUnsafeBufferPointer { x in
      for a in 0..<v.count where v[a] != 0 {
        let va = v[a]
        for i in 0..<m { r[i] -= x[a * m + i] * va }
      }
    }
  }
}
