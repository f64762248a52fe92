import Dispatch

/// The elimination of the sparse leading rows of a symmetric positive definite block
///
///     D = [ A   B' ]     (A: the first `leading` rows, sparse; C: the last q = order - leading rows)
///         [ B   C  ]
///
/// down to the dense Schur complement `S = C - B A^-1 B'` of its trailing rows. In a stage block of a multi-period
/// LP the leading rows are those that touch no other stage (the network's balance and loop rows of one hour) and the
/// trailing rows are those the chain couples to the neighbouring stages; the chain then works on S alone.
///
/// The symbolic analysis is done once per pattern: an approximate minimum degree ordering of A (AMD), the
/// elimination tree and the pattern of the first `leading` columns of the Cholesky factor, including their rows in
/// the trailing part (`L_B = B L_A^-T`), and the list of the factorisation's multiply-subtract operations, each with
/// the positions of its two operands and its target (an entry of those sparse columns, or of the dense q x q block
/// that becomes S). The numeric factorisation, run for every stage and iteration, is that list: no searching, no
/// index arithmetic. The trailing rows keep their order (the chain needs its coupling rows last).
///
/// Factor entries are held per column (permuted order), the diagonal (the pivot's square root) first, then the rows
/// below it ascending: leading rows by their position in the ordering, trailing rows after them. Solves address a
/// block's rows in their original order (`leadingRow`, `entryRow`), so a caller keeps its vectors unpermuted.
public struct SparseLeadingElimination: Sendable {
  public let order: Int
  public let leading: Int
  public var trailing: Int { order - leading }
  /// Column k (k-th in the ordering) is the block's leading row `leadingRow[k]`.
  public let leadingRow: [Int32]
  /// Start of each column's entries (leading + 1 offsets); the first entry of a column is its diagonal.
  public let columnStart: [Int32]
  /// The block row (original order) of each entry.
  public let entryRow: [Int32]
  /// Row of each entry in the permuted numbering (leading rows by ordering position, trailing rows as they are).
  let permutedRow: [Int32]
  /// Operations of column k, from `operationStart[k]`: value[target] -= value[first] * value[second] on the sparse
  /// entries, then from `denseStart[k]` the same into the dense trailing block (target i + j q).
  let operationStart: [Int32]
  let operationFirst: [Int32]
  let operationSecond: [Int32]
  let operationTarget: [Int32]
  let denseStart: [Int32]
  let denseFirst: [Int32]
  let denseSecond: [Int32]
  let denseTarget: [Int32]
  /// Ordering position of each leading row.
  let position: [Int32]

  /// The number of stored factor entries.
  public var entryCount: Int { entryRow.count }
  /// Multiply-adds of one numeric factorisation (sparse and dense targets).
  public var operationCount: Int { operationTarget.count + denseTarget.count }

  /// Analyses a block of the given order from the (row, column) positions of its nonzero entries (either triangle or
  /// both; the diagonal is always taken as nonzero) whose first `leading` rows are eliminated.
  public init(order m: Int, leading nA: Int, entries: [(row: Int, column: Int)]) {
    precondition(nA >= 0 && nA <= m)
    order = m
    leading = nA
    let q = m - nA
    // The pattern of A for AMD (both triangles, no diagonal).
    var adjacency = [[Int]](repeating: [], count: nA)
    for (i, j) in entries where i != j && i < nA && j < nA {
      adjacency[i].append(j)
      adjacency[j].append(i)
    }
    var start = [0]
    var rows: [Int] = []
    for i in 0..<nA {
      rows.append(contentsOf: Set(adjacency[i]).sorted())
      start.append(rows.count)
    }
    let ordering = SparseOrdering.approximateMinimumDegree(order: nA, columnStart: start, rowIndices: rows)
    var position = [Int](repeating: 0, count: nA)
    for (k, r) in ordering.enumerated() { position[r] = k }
    func permuted(_ r: Int) -> Int { r < nA ? position[r] : r }
    // Each leading column's entries below the diagonal in A and B (permuted numbering).
    var structure = [[Int]](repeating: [], count: nA)
    for (i, j) in entries where i != j {
      let (pi, pj) = (permuted(i), permuted(j))
      let (r, c) = pi > pj ? (pi, pj) : (pj, pi)
      if c < nA { structure[c].append(r) }
    }
    // Column patterns: a column's own entries and its children's patterns below it (the elimination tree, restricted
    // to the leading columns: a column whose first entry below the diagonal is a trailing row is a root).
    var patterns = [[Int]](repeating: [], count: nA)
    var children = [[Int]](repeating: [], count: nA)
    var mark = [Int](repeating: -1, count: m)
    for k in 0..<nA {
      var pattern: [Int] = []
      for r in structure[k] where mark[r] != k {
        mark[r] = k
        pattern.append(r)
      }
      for child in children[k] {
        for r in patterns[child] where r != k && mark[r] != k {
          mark[r] = k
          pattern.append(r)
        }
      }
      pattern.sort()
      if let parent = pattern.first, parent < nA { children[parent].append(k) }
      patterns[k] = pattern
    }
    var columnStart: [Int32] = [0]
    var permutedRow: [Int32] = []
    for k in 0..<nA {
      permutedRow.append(Int32(k))
      permutedRow.append(contentsOf: patterns[k].lazy.map { Int32($0) })
      columnStart.append(Int32(permutedRow.count))
    }
    // The right-looking updates of each column: L[r_b, r_a] -= L[r_a, k] L[r_b, k] for its rows r_a <= r_b.
    var opStart: [Int32] = [0]
    var opFirst: [Int32] = []
    var opSecond: [Int32] = []
    var opTarget: [Int32] = []
    var dStart: [Int32] = [0]
    var dFirst: [Int32] = []
    var dSecond: [Int32] = []
    var dTarget: [Int32] = []
    for k in 0..<nA {
      let base = Int(columnStart[k]) + 1
      let below = patterns[k]
      for a in 0..<below.count {
        let ra = below[a]
        for b in a..<below.count {
          let rb = below[b]
          if ra < nA {
            // Column ra holds row rb: its diagonal first, then its rows below it, sorted.
            let lo = Int(columnStart[ra])
            let target = rb == ra ? lo : lo + 1 + patterns[ra].sortedIndex(of: rb)
            opFirst.append(Int32(base + a))
            opSecond.append(Int32(base + b))
            opTarget.append(Int32(target))
          } else {
            dFirst.append(Int32(base + a))
            dSecond.append(Int32(base + b))
            dTarget.append(Int32((rb - nA) + (ra - nA) * q))
          }
        }
      }
      opStart.append(Int32(opTarget.count))
      dStart.append(Int32(dTarget.count))
    }
    self.leadingRow = ordering.map { Int32($0) }
    self.position = position.map { Int32($0) }
    self.columnStart = columnStart
    self.permutedRow = permutedRow
    self.entryRow = permutedRow.map { $0 < Int32(nA) ? Int32(ordering[Int($0)]) : $0 }
    self.operationStart = opStart
    self.operationFirst = opFirst
    self.operationSecond = opSecond
    self.operationTarget = opTarget
    self.denseStart = dStart
    self.denseFirst = dFirst
    self.denseSecond = dSecond
    self.denseTarget = dTarget
  }

  /// Where entry (i, j) of the block (original order, either triangle) lives: an index into the sparse factor's
  /// entries, or (dense) into the trailing q x q block, lower triangle, i + j q. Nil if not in the pattern.
  public func slot(row i: Int, column j: Int) -> (dense: Bool, index: Int)? {
    if i >= leading && j >= leading {
      let (r, c) = i >= j ? (i, j) : (j, i)
      return (true, (r - leading) + (c - leading) * trailing)
    }
    let pi = i < leading ? Int(position[i]) : i
    let pj = j < leading ? Int(position[j]) : j
    let (r, c) = pi >= pj ? (pi, pj) : (pj, pi)
    let lo = Int(columnStart[c])
    let hi = Int(columnStart[c + 1])
    let k = permutedRow[lo..<hi].sortedIndex(of: Int32(r))
    return k < hi && permutedRow[k] == Int32(r) ? (false, k) : nil
  }

  /// The numeric factorisation: `values` holds the block's entries of the leading columns at their slots (the rest
  /// zero) and becomes L_A and L_B; `dense` holds C's lower triangle (leading dimension q) and becomes
  /// S = C - L_B L_B'. A pivot that is not clearly positive (at most 1e-14 of its row's diagonal before elimination:
  /// a dependent row) is replaced by 1e128, which leaves that row's solution component at zero (iterative refinement
  /// corrects the rest). Returns the number of pivots so replaced.
  @discardableResult
  public func factor(_ values: UnsafeMutablePointer<Double>, dense: UnsafeMutablePointer<Double>) -> Int {
    var replaced = 0
    columnStart.withUnsafeBufferPointer { cs in
      operationStart.withUnsafeBufferPointer { os in
        operationFirst.withUnsafeBufferPointer { of in
          operationSecond.withUnsafeBufferPointer { osec in
            operationTarget.withUnsafeBufferPointer { ot in
              denseStart.withUnsafeBufferPointer { ds in
                denseFirst.withUnsafeBufferPointer { df in
                  denseSecond.withUnsafeBufferPointer { dsec in
                    denseTarget.withUnsafeBufferPointer { dt in
                      withUnsafeTemporaryAllocation(of: Double.self, capacity: max(leading, 1)) { original in
                        for k in 0..<leading { original[k] = values[Int(cs[k])] }
                        for k in 0..<leading {
                          let p0 = Int(cs[k])
                          var d = values[p0]
                          if !(d > 1e-14 * original[k]) || !(d > 0) {
                            d = 1e128
                            replaced += 1
                          }
                          let l = d.squareRoot()
                          values[p0] = l
                          let inverse = 1 / l
                          for p in (p0 + 1)..<Int(cs[k + 1]) { values[p] *= inverse }
                          for o in Int(os[k])..<Int(os[k + 1]) {
                            values[Int(ot[o])] -= values[Int(of[o])] * values[Int(osec[o])]
                          }
                          for o in Int(ds[k])..<Int(ds[k + 1]) {
                            dense[Int(dt[o])] -= values[Int(df[o])] * values[Int(dsec[o])]
                          }
                        }
                      }
                    }
                  }
                }
              }
            }
          }
        }
      }
    }
    return replaced
  }

  /// x := L^-1 x on a block's rows (original order; k right-hand sides, leading dimension ld) for the leading
  /// columns of L: the leading rows become L_A^-1 x_A and the trailing ones x_C - L_B L_A^-1 x_A.
  public func forwardSolve(_ values: UnsafePointer<Double>, _ x: UnsafeMutablePointer<Double>, rightHandSides k: Int,
                           leadingDimension ld: Int) {
    columnStart.withUnsafeBufferPointer { cs in
      entryRow.withUnsafeBufferPointer { er in
        leadingRow.withUnsafeBufferPointer { lr in
          for r in 0..<k {
            let xr = x + r * ld
            for c in 0..<leading {
              let p0 = Int(cs[c])
              let row = Int(lr[c])
              let v = xr[row] / values[p0]
              xr[row] = v
              if v == 0 { continue }
              for p in (p0 + 1)..<Int(cs[c + 1]) { xr[Int(er[p])] -= values[p] * v }
            }
          }
        }
      }
    }
  }

  /// x := L^-T x on a block's rows (original order): the leading rows become L_A^-T (x_A - L_B' x_C); the trailing
  /// rows (already solved by the caller) are read only.
  public func backwardSolve(_ values: UnsafePointer<Double>, _ x: UnsafeMutablePointer<Double>, rightHandSides k: Int,
                            leadingDimension ld: Int) {
    columnStart.withUnsafeBufferPointer { cs in
      entryRow.withUnsafeBufferPointer { er in
        leadingRow.withUnsafeBufferPointer { lr in
          for r in 0..<k {
            let xr = x + r * ld
            for c in stride(from: leading - 1, through: 0, by: -1) {
              let p0 = Int(cs[c])
              let row = Int(lr[c])
              var s = xr[row]
              for p in (p0 + 1)..<Int(cs[c + 1]) { s -= values[p] * xr[Int(er[p])] }
              xr[row] = s / values[p0]
            }
          }
        }
      }
    }
  }

  /// A timed trial on one block, given in full (column-major, order m, lower triangle used, positive definite): the
  /// seconds of a dense Cholesky of the whole block plus three triangular solves with it (a factorisation's and an
  /// iteration's solves read it three times), against the sparse elimination, the dense Cholesky of the trailing
  /// Schur complement and three of each solve. The best of several repetitions of each; the work that stays the
  /// same on both ways (the chain's coupling updates) is left out.
  public func timedTrial(block: UnsafePointer<Double>) -> (dense: Double, sparse: Double) {
    let m = order
    let q = trailing
    let full = UnsafeMutablePointer<Double>.allocate(capacity: max(m * m, 1))
    let s = UnsafeMutablePointer<Double>.allocate(capacity: max(q * q, 1))
    let values = UnsafeMutablePointer<Double>.allocate(capacity: max(entryCount, 1))
    let x = UnsafeMutablePointer<Double>.allocate(capacity: max(m, 1))
    defer {
      full.deallocate()
      s.deallocate()
      values.deallocate()
      x.deallocate()
    }
    var slots: [(Int, Int, Bool, Int)] = []
    for j in 0..<m {
      for i in j..<m where block[i + j * m] != 0 {
        if let slot = slot(row: i, column: j) { slots.append((i, j, slot.dense, slot.index)) }
      }
    }
    func now() -> UInt64 { DispatchTime.now().uptimeNanoseconds }
    var dense = Double.infinity
    var sparse = Double.infinity
    var repetitions = 0
    var spent: UInt64 = 0
    while repetitions < 3 || (repetitions < 50 && spent < 20_000_000) {
      let t0 = now()
      CLA.copyLower(m, block, into: full, m)
      _ = CLA.potrfSmall(m, full, m)
      x.update(repeating: 1, count: m)
      for transpose in [false, true, false] { CLA.trsvLowerSmall(m, transpose: transpose, full, m, x) }
      let t1 = now()
      values.update(repeating: 0, count: entryCount)
      CLA.zeroLower(q, s, q)
      for (i, j, isDense, index) in slots {
        if isDense { s[index] = block[i + j * m] } else { values[index] = block[i + j * m] }
      }
      factor(values, dense: s)
      _ = CLA.potrfSmall(q, s, q)
      x.update(repeating: 1, count: m)
      for pass in 0..<3 {
        if pass != 1 { forwardSolve(values, x, rightHandSides: 1, leadingDimension: m) }
        if q > 0 { CLA.trsvLowerSmall(q, transpose: pass == 1, s, q, x + leading) }
        if pass == 1 { backwardSolve(values, x, rightHandSides: 1, leadingDimension: m) }
      }
      let t2 = now()
      dense = min(dense, Double(t1 - t0) * 1e-9)
      sparse = min(sparse, Double(t2 - t1) * 1e-9)
      spent += t2 - t0
      repetitions += 1
    }
    return (dense, sparse)
  }
}

extension RandomAccessCollection where Element: Comparable, Index == Int {
  /// The first index whose element is not below `value` (binary search in a sorted collection).
  fileprivate func sortedIndex(of value: Element) -> Int {
    var (lo, hi) = (startIndex, endIndex)
    while lo < hi {
      let mid = (lo + hi) / 2
      if self[mid] < value { lo = mid + 1 } else { hi = mid }
    }
    return lo
  }
}
