import Testing
@testable import LinearAlgebra

/// A deterministic generator for test matrices (SplitMix64).
struct TestRandom {
  var state: UInt64
  mutating func next() -> Double {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    z ^= z >> 31
    return Double(z >> 11) / Double(1 << 53) * 2 - 1
  }
}

func maxAbs(_ a: [Double], _ b: [Double]) -> Double { zip(a, b).map { abs($0 - $1) }.max() ?? 0 }

/// A random diagonally dominant m x m block on the diagonal of `dense` from row r0, both triangles; each lower entry
/// also goes to `write(position i + j m, value)`.
func randomDiagonalBlock(_ m: Int, at r0: Int, _ rng: inout TestRandom, into dense: inout Matrix,
                         write: (Int, Double) -> Void) {
  for j in 0..<m {
    for i in j..<m {
      let v = i == j ? 12 + rng.next() : rng.next()
      write(i + j * m, v)
      dense[r0 + i, r0 + j] = v
      dense[r0 + j, r0 + i] = v
    }
  }
}

@Suite("Factorisations")
struct FactorisationTests {
  /// [[4,2],[2,3]] = L L' with L = [[2,0],[1,sqrt 2]]; solving with b = (8, 7) gives x = (1.25, 1.5).
  @Test func denseCholeskyByHand() throws {
    let a = Matrix([[4, 2], [2, 3]])
    let f = try DenseCholesky(a)
    #expect(abs(f.lower[0, 0] - 2) < 1e-15 && abs(f.lower[1, 0] - 1) < 1e-15)
    #expect(abs(f.lower[1, 1] - 2.0.squareRoot()) < 1e-15)
    let x = try f.solve([8, 7])
    #expect(maxAbs(x, [1.25, 1.5]) < 1e-14)
  }

  @Test func notPositiveDefiniteNamesTheOrder() {
    // The leading 1x1 minor is fine, the 2x2 one (1*1 - 2*2 < 0) fails.
    #expect(throws: LinearAlgebraError.notPositiveDefinite(order: 2)) {
      try DenseCholesky(Matrix([[1, 2], [2, 1]]))
    }
  }

  @Test func luSolvesAndDetectsSingularity() throws {
    // [[0,1],[2,3]] x = (1, 8): x = (2.5, 1); the zero pivot needs row exchange.
    let f = try LUFactorization(Matrix([[0, 1], [2, 3]]))
    #expect(maxAbs(try f.solve([1, 8]), [2.5, 1]) < 1e-14)
    // Transposed: [[0,2],[1,3]] x = (2, 4) gives x = (1, 1).
    #expect(maxAbs(try f.solve([2, 4], transpose: true), [1, 1]) < 1e-14)
    #expect(throws: LinearAlgebraError.singular(index: 2)) { try LUFactorization(Matrix([[1, 2], [2, 4]])) }
  }

  @Test func dimensionErrors() throws {
    #expect(throws: LinearAlgebraError.self) { try DenseCholesky(Matrix(rows: 2, columns: 3)) }
    let f = try DenseCholesky(Matrix.identity(3))
    #expect(throws: LinearAlgebraError.self) { try f.solve([1, 2]) }
  }

  /// The tridiagonal matrix tridiag(-1, 2, -1) of order n times x = (1, ..., 1) is (1, 0, ..., 0, 1).
  @Test func bandedCholeskyOnTheLaplacian() throws {
    let n = 50
    var band = [Double](repeating: 0, count: 2 * n)
    for j in 0..<n {
      band[2 * j] = 2
      band[2 * j + 1] = j < n - 1 ? -1 : 0
    }
    let f = try BandedCholesky(order: n, bandwidth: 1, lowerBand: band)
    var b = [Double](repeating: 0, count: n)
    b[0] = 1
    b[n - 1] = 1
    #expect(maxAbs(try f.solve(b), [Double](repeating: 1, count: n)) < 1e-12)
  }

  /// Random block-tridiagonal SPD matrices with coupling in trailing rows, against a dense Cholesky of the same
  /// matrix: serial and two-sided (parallel) sweeps, one and several right-hand sides.
  @Test(arguments: [(false, false), (true, false), (false, true), (true, true)])
  func blockTridiagonalAgainstDense(parallel: Bool, narrow: Bool) throws {
    var rng = TestRandom(state: 42)
    let sizes = [5, 7, 0, 6, 6, 4, 8, 5, 3]
    var coupling = [0, 3, 0, 0, 2, 4, 1, 5, 2]
    coupling[3] = 0  // after an empty block there is nothing to couple to
    // Narrow: E_t touches only the last w_t rows of block t-1.
    let widths = narrow ? [0, 2, 0, 0, 6, 1, 4, 3, 5] : sizes.indices.map { $0 > 0 ? sizes[$0 - 1] : 0 }
    var btc = try BlockTridiagonalCholesky(blockSizes: sizes, couplingSizes: coupling, couplingWidths: widths,
                                           parallel: parallel)
    let n = btc.order
    var dense = Matrix(rows: n, columns: n)
    for t in sizes.indices {
      let m = sizes[t]
      let r0 = btc.rowOffsets[t]
      randomDiagonalBlock(m, at: r0, &rng, into: &dense) { btc.storage[btc.diagonalOffsets[t] + $0] = $1 }
      if t > 0 && coupling[t] > 0 {
        let c = coupling[t]
        let w = widths[t]
        let p0 = btc.rowOffsets[t] - w
        for j in 0..<w {
          for i in 0..<c {
            let v = rng.next()
            btc.storage[btc.subdiagonalOffsets[t] + i + j * c] = v
            dense[r0 + (m - c) + i, p0 + j] = v
            dense[p0 + j, r0 + (m - c) + i] = v
          }
        }
      }
    }
    try btc.factor()
    let reference = try DenseCholesky(dense)
    let b = (0..<n).map { _ in rng.next() }
    var x = b
    btc.solve(&x)
    #expect(maxAbs(x, try reference.solve(b)) < 1e-12)
    // Three right-hand sides at once.
    var many = (0..<(3 * n)).map { _ in rng.next() }
    let expected = many
    many.withUnsafeMutableBufferPointer { btc.solve($0.baseAddress!, rightHandSides: 3, leadingDimension: n) }
    for r in 0..<3 {
      let col = Array(expected[(r * n)..<((r + 1) * n)])
      #expect(maxAbs(Array(many[(r * n)..<((r + 1) * n)]), try reference.solve(col)) < 1e-12)
    }
  }

  /// Factoring with `forwardSolving:` gives what factor() then forwardSolve gives: the same factor bit for bit, and
  /// the same solve up to rounding (during the factorisation the blocks are still full triangles, solved with
  /// dtrsm; afterwards they are packed and solved with dtpsv).
  @Test(arguments: [false, true]) func fusedForwardSolveMatchesSeparate(parallel: Bool) throws {
    var rng = TestRandom(state: 7)
    let sizes = [6, 5, 7, 6, 4, 6, 5, 6, 7, 5]
    let coupling = [0, 2, 3, 1, 2, 3, 2, 4, 3, 2]
    let widths = [0, 3, 4, 5, 2, 4, 3, 5, 4, 6]
    var a = try BlockTridiagonalCholesky(blockSizes: sizes, couplingSizes: coupling, couplingWidths: widths,
                                         parallel: parallel)
    for t in sizes.indices {
      let m = sizes[t]
      for j in 0..<m {
        for i in j..<m { a.storage[a.diagonalOffsets[t] + i + j * m] = i == j ? 12 + rng.next() : rng.next() }
      }
      for q in 0..<(coupling[t] * widths[t]) { a.storage[a.subdiagonalOffsets[t] + q] = rng.next() }
    }
    var b = a
    let k = 3
    let ld = a.order + 2
    let rhs = (0..<(k * ld)).map { _ in rng.next() }
    var separate = rhs
    try a.factor(pivotShift: 1e-12)
    separate.withUnsafeMutableBufferPointer { a.forwardSolve($0.baseAddress!, rightHandSides: k, leadingDimension: ld) }
    var fused = rhs
    _ = try fused.withUnsafeMutableBufferPointer {
      try b.factor(pivotShift: 1e-12, forwardSolving: $0.baseAddress!, rightHandSides: k, leadingDimension: ld)
    }
    #expect(a.storage == b.storage)
    #expect(maxAbs(separate, fused) < 1e-14)
    // The padding rows beyond the order are left alone.
    for r in 0..<k {
      for i in a.order..<ld { #expect(fused[r * ld + i] == rhs[r * ld + i]) }
    }
  }

  /// Sparse coupling patterns, blocks written by a fill closure during the factorisation (never stored whole), and
  /// forward solving on the way: against a dense Cholesky of the same matrix, for the full solve and for F^-1 (whose
  /// Gram matrix W'W must equal B' M^-1 B). Both storage layouts: full blocks packed in place, and packed-only (the
  /// blocks worked on in workspaces).
  @Test(arguments: [false, true], [false, true]) func sparseCouplingWithBlockFill(parallel: Bool, packedOnly: Bool)
    throws
  {
    var rng = TestRandom(state: 11)
    let sizes = [6, 5, 7, 6, 4, 6, 5, 6, 7, 5, 6]
    let coupling = [0, 2, 3, 1, 2, 3, 2, 4, 3, 2, 3]
    let widths = [0, 3, 4, 5, 2, 4, 3, 5, 4, 6, 4]
    // About a third of each corner, always including (0, 0) so that no pattern is empty.
    var patterns: [[(row: Int, column: Int)]] = []
    for t in sizes.indices {
      var p: [(row: Int, column: Int)] = []
      for j in 0..<widths[t] {
        for i in 0..<coupling[t] where (i == 0 && j == 0) || rng.next() > 0.35 { p.append((row: i, column: j)) }
      }
      patterns.append(p)
    }
    var btc = try BlockTridiagonalCholesky(blockSizes: sizes, couplingSizes: coupling, couplingWidths: widths,
                                           subdiagonalPatterns: patterns, parallel: parallel,
                                           filledByFactorisation: packedOnly)
    #expect(btc.subdiagonalCounts == patterns.map(\.count))
    let diagonalSpace = sizes.map { packedOnly ? $0 * ($0 + 1) / 2 : $0 * $0 }.reduce(0, +)
    #expect(btc.storage.count == diagonalSpace + patterns.map(\.count).reduce(0, +))
    let n = btc.order
    var dense = Matrix(rows: n, columns: n)
    // Entries per block as (offset from the block's diagonal offset, value), the way a caller's fill writes them.
    var entries = [[(Int, Double)]](repeating: [], count: sizes.count)
    for t in sizes.indices {
      let m = sizes[t]
      let r0 = btc.rowOffsets[t]
      randomDiagonalBlock(m, at: r0, &rng, into: &dense) { entries[t].append(($0, $1)) }
      let c = coupling[t]
      let w = widths[t]
      for (q, (i, j)) in patterns[t].enumerated() {
        let v = rng.next()
        entries[t].append((m * m + q, v))
        dense[r0 + (m - c) + i, r0 - w + j] = v
        dense[r0 - w + j, r0 + (m - c) + i] = v
      }
    }
    // Garbage in the storage: the fill must start from zeroed blocks.
    for k in btc.storage.indices { btc.storage[k] = 1e6 }
    let blocks = entries
    let fill: BlockTridiagonalCholesky.BlockFill = { t, s in
      for (p, v) in blocks[t] { s[p] += v }
    }
    let k = 2
    let ld = n + 1
    let g = (0..<(k * ld)).map { _ in rng.next() }
    var w = g
    // W'W per sweep, block by block as `finished` reports each block's rows final, and how often each block came.
    let gram = UnsafeMutablePointer<Double>.allocate(capacity: 2 * k * k)
    gram.initialize(repeating: 0, count: 2 * k * k)
    let seen = UnsafeMutablePointer<Int>.allocate(capacity: sizes.count)
    seen.initialize(repeating: 0, count: sizes.count)
    defer { gram.deallocate(); seen.deallocate() }
    let (gramP, seenP, rowOffsets) = (SharedPointer(gram), SharedPointer(seen), btc.rowOffsets)
    try w.withUnsafeMutableBufferPointer { wp in
      let wBase = SharedPointer(wp.baseAddress!)
      let finished: BlockTridiagonalCholesky.BlockDone = { t, sweep, _ in
        seenP.p[t] += 1
        for p in 0..<k {
          for q in 0..<k {
            for i in rowOffsets[t]..<(rowOffsets[t] + sizes[t]) {
              gramP.p[sweep * k * k + p + q * k] += wBase.p[p * ld + i] * wBase.p[q * ld + i]
            }
          }
        }
      }
      try btc.factor(fill: fill, forwardSolving: wp.baseAddress!, rightHandSides: k, leadingDimension: ld,
                     finished: finished)
    }
    #expect((0..<sizes.count).allSatisfy { seen[$0] == 1 })
    let reference = try DenseCholesky(dense)
    let b = (0..<n).map { _ in rng.next() }
    var x = b
    btc.solve(&x)
    #expect(maxAbs(x, try reference.solve(b)) < 1e-12)
    // W'W = G' M^-1 G.
    for p in 0..<k {
      let gp = Array(g[(p * ld)..<(p * ld + n)])
      let mg = try reference.solve(gp)
      for q in 0..<k {
        let gq = Array(g[(q * ld)..<(q * ld + n)])
        var ww = 0.0
        var gmg = 0.0
        for i in 0..<n {
          ww += w[p * ld + i] * w[q * ld + i]
          gmg += gq[i] * mg[i]
        }
        #expect(abs(ww - gmg) < 1e-12 * max(1, abs(gmg)))
        #expect(abs(gram[p + q * k] + gram[k * k + p + q * k] - gmg) < 1e-12 * max(1, abs(gmg)))
      }
      // The padding row beyond the order is left alone.
      #expect(w[p * ld + n] == g[p * ld + n])
    }
  }

  /// Border-like right-hand sides that are nonzero only in the first and last blocks ride on the factorisation as
  /// sparse columns, next to a dense one, with the default middle block and others (the balanced one among them):
  /// the zeros before each block's reported first row stay exact zeros, the sparse and dense results match a
  /// separate forward solve after the factorisation, and the per-sweep W'W from the reported rows is G' M^-1 G.
  @Test(arguments: [nil, 1, 3, 7, -1], [false, true])
  func sparseRightHandSidesRideOnTheFactorisation(middle: Int?, packedOnly: Bool) throws {
    var rng = TestRandom(state: 23)
    let sizes = [6, 5, 7, 6, 4, 6, 5, 6, 7, 5, 6]
    let coupling = [0, 2, 3, 1, 2, 3, 2, 4, 3, 2, 3]
    let widths = [0, 3, 4, 5, 2, 4, 3, 5, 4, 6, 4]
    let sparse = 3
    var first = sizes
    (first[0], first[sizes.count - 1]) = (2, 1)
    let chosen = middle == -1
      ? BlockTridiagonalCholesky.balancedMiddle(blockSizes: sizes, couplingSizes: coupling, couplingWidths: widths,
                                                sparseColumns: sparse, firstNonzeroRows: first)
      : middle
    var btc = try BlockTridiagonalCholesky(blockSizes: sizes, couplingSizes: coupling, couplingWidths: widths,
                                           parallel: true, filledByFactorisation: packedOnly, middle: chosen)
    if let chosen { #expect(btc.middle == chosen) }
    let n = btc.order
    var dense = Matrix(rows: n, columns: n)
    var entries = [[(Int, Double)]](repeating: [], count: sizes.count)
    for t in sizes.indices {
      let (m, c, w, r0) = (sizes[t], coupling[t], widths[t], btc.rowOffsets[t])
      randomDiagonalBlock(m, at: r0, &rng, into: &dense) { entries[t].append(($0, $1)) }
      for q in 0..<(c * w) {
        let (i, j, v) = (q % c, q / c, rng.next())
        entries[t].append((m * m + q, v))
        dense[r0 + (m - c) + i, r0 - w + j] = v
        dense[r0 - w + j, r0 + (m - c) + i] = v
      }
    }
    let blocks = entries
    let fill: BlockTridiagonalCholesky.BlockFill = { t, s in for (p, v) in blocks[t] { s[p] += v } }
    let k = sparse + 1
    let ld = n
    var g = [Double](repeating: 0, count: k * ld)
    for col in 0..<k {
      for t in sizes.indices where col == sparse || first[t] < sizes[t] {
        for i in (col == sparse ? 0 : first[t])..<sizes[t] { g[col * ld + btc.rowOffsets[t] + i] = rng.next() - 0.5 }
      }
    }
    var w = g
    let gram = UnsafeMutablePointer<Double>.allocate(capacity: 2 * sparse * sparse)
    gram.initialize(repeating: 0, count: 2 * sparse * sparse)
    let reported = UnsafeMutablePointer<Int>.allocate(capacity: sizes.count)
    reported.initialize(repeating: -1, count: sizes.count)
    defer { gram.deallocate(); reported.deallocate() }
    let (gramP, reportedP, rowOffsets) = (SharedPointer(gram), SharedPointer(reported), btc.rowOffsets)
    try w.withUnsafeMutableBufferPointer { wp in
      let wBase = SharedPointer(wp.baseAddress!)
      let finished: BlockTridiagonalCholesky.BlockDone = { t, sweep, firstRow in
        reportedP.p[t] = firstRow
        for p in 0..<sparse {
          for q in 0..<sparse {
            for i in (rowOffsets[t] + firstRow)..<(rowOffsets[t] + sizes[t]) {
              gramP.p[sweep * sparse * sparse + p + q * sparse] += wBase.p[p * ld + i] * wBase.p[q * ld + i]
            }
          }
        }
      }
      try btc.factor(fill: fill, forwardSolving: wp.baseAddress!, rightHandSides: k, leadingDimension: ld,
                     sparseColumns: sparse, firstNonzeroRows: first, finished: finished)
    }
    // Zeros before each block's reported first row.
    for t in sizes.indices {
      #expect(reported[t] >= 0 && reported[t] <= sizes[t])
      for col in 0..<sparse {
        for i in 0..<reported[t] { #expect(w[col * ld + rowOffsets[t] + i] == 0) }
      }
    }
    // The same columns solved afterwards, all dense.
    var separate = g
    separate.withUnsafeMutableBufferPointer { btc.forwardSolve($0.baseAddress!, rightHandSides: k, leadingDimension: ld) }
    #expect(maxAbs(w, separate) < 1e-12)
    let reference = try DenseCholesky(dense)
    for p in 0..<sparse {
      let mg = try reference.solve(Array(g[(p * ld)..<(p * ld + n)]))
      for q in 0..<sparse {
        var gmg = 0.0
        for i in 0..<n { gmg += g[q * ld + i] * mg[i] }
        let sum = gram[p + q * sparse] + gram[sparse * sparse + p + q * sparse]
        #expect(abs(sum - gmg) < 1e-12 * max(1, abs(gmg)))
      }
    }
  }

  /// GridPlan's small-block Cholesky kernel against LAPACK's dpotrf (the reference) on random SPD blocks of every
  /// order from 1 to 70, inside a larger leading dimension whose padding rows and upper triangle it must not touch,
  /// and on indefinite ones, where both must report the same failing order.
  @Test func smallBlockCholeskyMatchesLAPACK() {
    var rng = TestRandom(state: 5)
    for n in 1...70 {
      let lda = n + 3
      var a = [Double](repeating: 0, count: lda * n)
      var dense = Matrix(rows: n, columns: n)
      randomDiagonalBlock(n, at: 0, &rng, into: &dense) { _, _ in }
      for j in 0..<n { for i in 0..<lda { a[i + j * lda] = i < n ? dense[i, j] : -7 } }
      var mine = a
      var lapack = a
      let info = mine.withUnsafeMutableBufferPointer { CLA.potrfSmall(n, $0.baseAddress!, lda) }
      let reference = lapack.withUnsafeMutableBufferPointer { CLA.potrf(n, $0.baseAddress!, lda) }
      #expect(info == 0 && reference == 0)
      var worst = 0.0
      for j in 0..<n {
        for i in 0..<lda {
          let k = i + j * lda
          if i >= j && i < n {
            worst = max(worst, abs(mine[k] - lapack[k]) / max(1, abs(lapack[k])))
          } else if i >= n {
            #expect(mine[k] == -7)
          } else {
            #expect(mine[k] == a[k])
          }
        }
      }
      #expect(worst < 1e-13, "order \(n): largest relative difference \(worst)")
      // Indefinite: flip the sign of one diagonal entry far enough to break the minor of that order.
      let broken = n / 2
      var bad = a
      bad[broken * (lda + 1)] = -abs(bad[broken * (lda + 1)]) - Double(n)
      var badLapack = bad
      let badInfo = bad.withUnsafeMutableBufferPointer { CLA.potrfSmall(n, $0.baseAddress!, lda) }
      let badReference = badLapack.withUnsafeMutableBufferPointer { CLA.potrf(n, $0.baseAddress!, lda) }
      #expect(badInfo == badReference && badInfo == broken + 1)
    }
  }

  /// The border's Gram kernel (C -= A'A, both triangles) against the sums written out, on shapes on and off the
  /// kernel's eight-row chunks, with a leading dimension larger than the rows (the rows past n must not count).
  @Test func gramKernelMatchesDefinition() {
    var rng = TestRandom(state: 41)
    for (n, k) in [(1, 1), (7, 3), (8, 10), (9, 2), (25, 10), (51, 11), (64, 4)] {
      let lda = n + 5
      let a = (0..<(lda * k)).map { _ in rng.next() - 0.5 }
      let c0 = (0..<(k * k)).map { _ in rng.next() }
      var c = c0
      a.withUnsafeBufferPointer { ap in
        c.withUnsafeMutableBufferPointer { DenseKernels.subtractGram(n: n, k: k, ap.baseAddress!, leadingDimension: lda,
                                                                      into: $0.baseAddress!) }
      }
      var worst = 0.0
      for i in 0..<k {
        for j in 0..<k {
          var dot = 0.0
          for r in 0..<n { dot += a[r + i * lda] * a[r + j * lda] }
          worst = max(worst, abs(c[i + j * k] - (c0[i + j * k] - dot)))
        }
      }
      #expect(worst < 1e-13, "n \(n), k \(k): largest difference \(worst)")
    }
  }

  /// The first `rows` rows of each column of `x` within `tolerance` of the reference's, and the rows between them and
  /// the leading dimension as they were `before`.
  static func expectColumns(_ x: [Double], _ reference: [Double], before: [Double], rows: Int, columns: Int,
                            leadingDimension ld: Int, tolerance: Double, _ label: String) {
    var worst = 0.0
    for r in 0..<columns {
      for i in 0..<rows { worst = max(worst, abs(x[i + r * ld] - reference[i + r * ld])) }
      for i in rows..<ld where x[i + r * ld] != before[i + r * ld] {
        Issue.record("\(label): padding row \(i) of column \(r) changed")
      }
    }
    #expect(worst < tolerance, "\(label): largest difference \(worst)")
  }

  /// The triangular solve with a few right-hand sides (GridPlan's kernel where the CPU has AVX-512, the portable loop
  /// otherwise) against dtrsm, both ways, on orders on and off the kernel's 8-lane rows (130: past its stack buffer)
  /// and column counts on and off its groups of 16; the rows between n and the leading dimension must stay untouched.
  @Test func fewColumnSolveMatchesDtrsm() {
    var rng = TestRandom(state: 29)
    for (n, k) in [(1, 2), (3, 9), (8, 16), (17, 17), (51, 10), (20, 33), (130, 5)] {
      let (ldl, ldx) = (n + 3, n + 7)
      var l = [Double](repeating: 0, count: ldl * n)
      for j in 0..<n {
        for i in j..<n { l[i + j * ldl] = i == j ? 1 + rng.next() : (rng.next() - 0.5) / Double(n) }
      }
      let x0 = (0..<(ldx * k)).map { _ in rng.next() - 0.5 }
      for transpose in [false, true] {
        var (x, reference) = (x0, x0)
        l.withUnsafeBufferPointer { lp in
          x.withUnsafeMutableBufferPointer {
            CLA.trsmLowerSmall(n, k, transpose: transpose, lp.baseAddress!, ldl, $0.baseAddress!, ldx)
          }
          reference.withUnsafeMutableBufferPointer {
            CLA.trsmLeftLower(n, k, transpose: transpose, lp.baseAddress!, ldl, $0.baseAddress!, ldx)
          }
        }
        Self.expectColumns(x, reference, before: x0, rows: n, columns: k, leadingDimension: ldx, tolerance: 1e-12,
                           "n \(n), k \(k), transpose \(transpose)")
      }
    }
  }

  /// Y -= E X with a few right-hand sides (GridPlan's kernel where the CPU has AVX-512, the portable loop otherwise)
  /// against dgemm, on row counts on and off the kernel's 16-row chunks; the rows between c and Y's leading dimension
  /// must stay untouched.
  @Test func fewColumnProductMatchesDgemm() {
    var rng = TestRandom(state: 31)
    for (c, k, p) in [(1, 1, 1), (5, 10, 12), (8, 3, 1), (16, 16, 7), (17, 10, 20), (40, 2, 33)] {
      let (lde, ldx, ldy) = (c + 2, p + 5, c + 4)
      let e = (0..<(lde * p)).map { _ in rng.next() - 0.5 }
      let x = (0..<(ldx * k)).map { _ in rng.next() - 0.5 }
      let y0 = (0..<(ldy * k)).map { _ in rng.next() - 0.5 }
      var (y, reference) = (y0, y0)
      e.withUnsafeBufferPointer { ep in
        x.withUnsafeBufferPointer { xp in
          y.withUnsafeMutableBufferPointer {
            CLA.multiplySubtractSmall(c, k, p, ep.baseAddress!, lde, xp.baseAddress!, ldx, $0.baseAddress!, ldy)
          }
          reference.withUnsafeMutableBufferPointer {
            CLA.gemm(transA: false, transB: false, c, k, p, alpha: -1, ep.baseAddress!, lde, xp.baseAddress!, ldx,
                     beta: 1, $0.baseAddress!, ldy)
          }
        }
      }
      Self.expectColumns(y, reference, before: y0, rows: c, columns: k, leadingDimension: ldy, tolerance: 1e-13,
                         "c \(c), k \(k), p \(p)")
    }
  }

  /// GridPlan's coupling kernel (X := X L^-T, D -= X X', skipping each row's leading zeros) against the BLAS pair
  /// dtrsm + dsyrk (the reference) on random data of many shapes (sizes on and off multiples of the 8 x 4 tiles),
  /// with rows whose leading zeros are declared, all-zero rows, and dense rows; D's strict upper triangle and its
  /// padding rows must stay untouched.
  @Test func couplingKernelMatchesBLAS() {
    var rng = TestRandom(state: 17)
    for (r, k) in [(1, 1), (3, 5), (8, 4), (25, 40), (40, 25), (13, 7), (9, 33), (17, 16)] {
      for dense in [false, true] {
        let (ldl, ldd) = (k + 2, r + 3)
        var l = [Double](repeating: 0, count: ldl * k)
        for j in 0..<k {
          for i in j..<k { l[i + j * ldl] = i == j ? 2 + rng.next() : 0.5 * rng.next() }
        }
        // Row i's leading zeros: first[i] in 0...k (k: the whole row is zero).
        let first = (0..<r).map { i in dense ? Int32(0) : Int32((i * 7 + 3) % (k + 1)) }
        var x = [Double](repeating: 0, count: r * k)
        for j in 0..<k { for i in 0..<r where j >= Int(first[i]) { x[i + j * r] = rng.next() } }
        var d = [Double](repeating: -9, count: ldd * r)
        for j in 0..<r { for i in j..<r { d[i + j * ldd] = rng.next() } }
        var (xBLAS, dBLAS) = (x, d)
        xBLAS.withUnsafeMutableBufferPointer { xb in
          dBLAS.withUnsafeMutableBufferPointer { db in
            CLA.trsmRightLowerTranspose(r, k, l, ldl, xb.baseAddress!, r)
            CLA.syrkLower(r, k, alpha: -1, xb.baseAddress!, r, beta: 1, db.baseAddress!, ldd)
          }
        }
        x.withUnsafeMutableBufferPointer { xp in
          d.withUnsafeMutableBufferPointer { dp in
            first.withUnsafeBufferPointer { fp in
              CLA.couplingUpdate(r, k, xp.baseAddress!, l, ldl, dp.baseAddress!, ldd,
                                 first: dense ? nil : fp.baseAddress!)
            }
          }
        }
        #expect(maxAbs(x, xBLAS) < 1e-13, "r \(r), k \(k): X differs by \(maxAbs(x, xBLAS))")
        for j in 0..<r {
          for i in 0..<ldd {
            let q = i + j * ldd
            if i >= j && i < r {
              #expect(abs(d[q] - dBLAS[q]) < 1e-13, "r \(r), k \(k): D[\(i), \(j)] \(d[q]) vs \(dBLAS[q])")
            } else {
              #expect(d[q] == -9, "r \(r), k \(k): D[\(i), \(j)] outside the lower triangle was written")
            }
          }
        }
      }
    }
  }

  /// GridPlan's packed triangular solves against BLAS dtpsv (the reference), forward and transposed, on random
  /// well-conditioned lower triangles of every order from 1 to 70.
  @Test func packedTriangularSolvesMatchBLAS() {
    var rng = TestRandom(state: 9)
    for n in 1...70 {
      var l: [Double] = []
      for j in 0..<n {
        l.append(2 + rng.next())
        for _ in (j + 1)..<n { l.append(rng.next() - 0.5) }
      }
      let b = (0..<n).map { _ in rng.next() - 0.5 }
      for transpose in [false, true] {
        var mine = b
        var blas = b
        l.withUnsafeBufferPointer { lp in
          mine.withUnsafeMutableBufferPointer { CLA.tpsvLowerSmall(n, transpose: transpose, lp.baseAddress!, $0.baseAddress!) }
          blas.withUnsafeMutableBufferPointer { CLA.tpsvLower(n, transpose: transpose, lp.baseAddress!, $0.baseAddress!) }
        }
        #expect(maxAbs(mine, blas) <= 1e-13 * max(1, blas.map(abs).max() ?? 0), "order \(n), transpose \(transpose)")
        #expect(mine != b || n == 0)
        // The same triangle stored in full (leading dimension n + 2, garbage above the diagonal and in the padding).
        let ld = n + 2
        var full = [Double](repeating: 9e9, count: ld * n)
        var k = 0
        for j in 0..<n { for i in j..<n { full[i + j * ld] = l[k]; k += 1 } }
        var fromFull = b
        full.withUnsafeBufferPointer { fp in
          fromFull.withUnsafeMutableBufferPointer {
            CLA.trsvLowerSmall(n, transpose: transpose, fp.baseAddress!, ld, $0.baseAddress!)
          }
        }
        #expect(maxAbs(fromFull, blas) <= 1e-13 * max(1, blas.map(abs).max() ?? 0))
      }
    }
  }

  @Test func blockTridiagonalReportsTheFailingOrder() throws {
    var btc = try BlockTridiagonalCholesky(blockSizes: [2, 2], couplingSizes: [0, 1])
    // Block 0 = I, block 1 = [[1, 0], [0, -1]]: global minor of order 4 fails.
    btc.storage[btc.diagonalOffsets[0]] = 1
    btc.storage[btc.diagonalOffsets[0] + 3] = 1
    btc.storage[btc.diagonalOffsets[1]] = 1
    btc.storage[btc.diagonalOffsets[1] + 3] = -1
    #expect(throws: LinearAlgebraError.notPositiveDefinite(order: 4)) { try btc.factor() }
  }

  @Test func pivotShiftRescuesASemidefiniteBlock() throws {
    var btc = try BlockTridiagonalCholesky(blockSizes: [2], couplingSizes: [0])
    // [[1,1],[1,1]] is singular; the shift makes it definite.
    for k in 0..<4 { btc.storage[k] = 1 }
    btc.storage[1] = 1
    let shifted = try btc.factor(pivotShift: 1e-10)
    #expect(shifted == 1)
  }
}
