import Testing
@testable import LinearAlgebra

/// The sparse elimination of a block's leading rows against LAPACK's dense Cholesky of the whole block.
@Suite("Sparse leading elimination")
struct SparseLeadingEliminationTests {
  /// A random sparse symmetric positive definite block of order m (a few entries a row, diagonally dominant), in
  /// full, and its lower pattern.
  static func block(_ m: Int, seed: UInt64) -> (Matrix, [(row: Int, column: Int)]) {
    var rng = TestRandom(state: seed)
    var d = Matrix(rows: m, columns: m)
    var entries: [(row: Int, column: Int)] = []
    for j in 0..<m {
      for _ in 0..<3 {
        let i = Int((rng.next() + 1) / 2 * Double(m)) % m
        if i == j || d[i, j] != 0 { continue }
        let v = rng.next()
        d[i, j] = v
        d[j, i] = v
        entries.append(i > j ? (row: i, column: j) : (row: j, column: i))
      }
    }
    for i in 0..<m {
      var sum = 0.0
      for j in 0..<m where j != i { sum += abs(d[i, j]) }
      d[i, i] = sum + 1 + abs(rng.next())
      entries.append((row: i, column: i))
    }
    return (d, entries)
  }

  @Test(arguments: [(40, 25), (30, 0), (30, 30), (60, 45), (1, 1)])
  func schurComplementAndSolveMatchLAPACK(_ sizes: (Int, Int)) throws {
    let (m, nA) = sizes
    let (d, entries) = Self.block(m, seed: UInt64(m * 100 + nA))
    let elimination = SparseLeadingElimination(order: m, leading: nA, entries: entries)
    let q = m - nA
    var values = [Double](repeating: 0, count: max(elimination.entryCount, 1))
    var s = [Double](repeating: 0, count: max(q * q, 1))
    for j in 0..<m {
      for i in j..<m where d[i, j] != 0 {
        let slot = try #require(elimination.slot(row: i, column: j))
        if slot.dense { s[slot.index] = d[i, j] } else { values[slot.index] = d[i, j] }
      }
    }
    #expect(elimination.factor(&values, dense: &s) == 0)
    // LAPACK: the trailing triangle of the whole block's Cholesky factor is the Schur complement's.
    let full = try DenseCholesky(d).lower
    for j in 0..<q {
      for i in j..<q {
        var expected = 0.0
        for k in 0...j { expected += full[nA + i, nA + k] * full[nA + j, nA + k] }
        #expect(abs(s[i + j * q] - expected) <= 1e-12 * max(1, abs(expected)), "S(\(i), \(j))")
      }
    }
    // A solve: sparse forward, the dense Schur complement's Cholesky on the trailing rows, sparse backward.
    var rng = TestRandom(state: 7)
    let b = (0..<m).map { _ in rng.next() }
    var x = b
    x.withUnsafeMutableBufferPointer { xp in
      values.withUnsafeBufferPointer { vp in
        elimination.forwardSolve(vp.baseAddress!, xp.baseAddress!, rightHandSides: 1, leadingDimension: m)
      }
    }
    if q > 0 {
      var sMatrix = Matrix(rows: q, columns: q)
      for j in 0..<q { for i in j..<q { sMatrix[i, j] = s[i + j * q]; sMatrix[j, i] = s[i + j * q] } }
      let tail = try DenseCholesky(sMatrix).lower
      // x_C := L_S^-T L_S^-1 x_C, by substitution.
      for i in 0..<q {
        var v = x[nA + i]
        for k in 0..<i { v -= tail[i, k] * x[nA + k] }
        x[nA + i] = v / tail[i, i]
      }
      for i in stride(from: q - 1, through: 0, by: -1) {
        var v = x[nA + i]
        for k in (i + 1)..<q { v -= tail[k, i] * x[nA + k] }
        x[nA + i] = v / tail[i, i]
      }
    }
    x.withUnsafeMutableBufferPointer { xp in
      values.withUnsafeBufferPointer { vp in
        elimination.backwardSolve(vp.baseAddress!, xp.baseAddress!, rightHandSides: 1, leadingDimension: m)
      }
    }
    let expected = try DenseCholesky(d).solve(b)
    #expect(maxAbs(x, expected) <= 1e-12)
  }

  /// A dependent leading row (a zero row: its pivot vanishes) is replaced, counted, and leaves a finite factor.
  @Test func vanishingPivotIsReplaced() {
    let entries: [(row: Int, column: Int)] = [(0, 0), (1, 1), (2, 2), (2, 1)]
    let elimination = SparseLeadingElimination(order: 3, leading: 2, entries: entries)
    var values = [Double](repeating: 0, count: elimination.entryCount)
    var s = [0.0]
    values[elimination.slot(row: 1, column: 1)!.index] = 2
    values[elimination.slot(row: 2, column: 1)!.index] = 1
    s[0] = 3
    #expect(elimination.factor(&values, dense: &s) == 1)
    #expect(abs(s[0] - 2.5) < 1e-14 && values.allSatisfy { $0.isFinite })
  }

  /// The timed trial returns two positive times.
  @Test func timedTrialMeasuresBothWays() {
    let (d, entries) = Self.block(50, seed: 3)
    let elimination = SparseLeadingElimination(order: 50, leading: 30, entries: entries)
    let times = d.storage.withUnsafeBufferPointer { elimination.timedTrial(block: $0.baseAddress!) }
    #expect(times.dense > 0 && times.sparse > 0)
  }
}
