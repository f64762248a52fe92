import Testing
@testable import LinearAlgebra

/// A random sparse symmetric positive definite matrix of order n (about `perColumn` entries below the diagonal per
/// column, diagonally dominant), as a dense matrix and as the lower-triangle pattern and values ``SparseCholesky``
/// takes.
func randomSparseSPD(_ n: Int, perColumn: Int, seed: UInt64)
  -> (dense: Matrix, columnStart: [Int], rowIndices: [Int], values: [Double])
{
  var rng = TestRandom(state: seed)
  var dense = Matrix(rows: n, columns: n)
  for j in 0..<n {
    for _ in 0..<perColumn {
      let i = Int((rng.next() + 1) / 2 * Double(n)) % n
      guard i != j else { continue }
      let v = rng.next()
      dense[max(i, j), min(i, j)] = v
      dense[min(i, j), max(i, j)] = v
    }
  }
  for j in 0..<n {
    var rowSum = 0.0
    for i in 0..<n where i != j { rowSum += abs(dense[i, j]) }
    dense[j, j] = rowSum + 0.5 + (rng.next() + 1) / 2
  }
  var columnStart = [0]
  var rowIndices: [Int] = []
  var values: [Double] = []
  for j in 0..<n {
    for i in j..<n where i == j || dense[i, j] != 0 {
      rowIndices.append(i)
      values.append(dense[i, j])
    }
    columnStart.append(rowIndices.count)
  }
  return (dense, columnStart, rowIndices, values)
}

@Suite("Sparse Cholesky (CHOLMOD)")
struct SparseCholeskyTests {
  /// Against LAPACK's dense Cholesky (dpotrf/dpotrs) of the same matrix, and against a solution chosen in advance
  /// (b = M x), on random sparse SPD matrices of several orders and densities.
  @Test(arguments: [(1, 1), (12, 2), (200, 3), (900, 5)])
  func matchesDenseLAPACK(order n: Int, perColumn: Int) throws {
    let (dense, start, rows, values) = randomSparseSPD(n, perColumn: perColumn, seed: UInt64(n * 31 + perColumn))
    let sparse = try SparseCholesky(order: n, columnStart: start, rowIndices: rows)
    sparse.withValues { v in for k in 0..<values.count { v[k] = values[k] } }
    #expect(try sparse.factor() == nil)
    var rng = TestRandom(state: 7)
    let x = (0..<n).map { _ in rng.next() }
    var b = [Double](repeating: 0, count: n)
    for i in 0..<n { for j in 0..<n { b[i] += dense[i, j] * x[j] } }
    var y = b
    sparse.solve(&y)
    let reference = try DenseCholesky(dense).solve(b)
    #expect(maxAbs(y, reference) < 1e-12)
    #expect(maxAbs(y, x) < 1e-12)
    // Several right-hand sides at once, with a leading dimension larger than the order.
    let ld = n + 3
    var many = [Double](repeating: .nan, count: ld * 2)
    for i in 0..<n {
      many[i] = b[i]
      many[ld + i] = 2 * b[i]
    }
    many.withUnsafeMutableBufferPointer { sparse.solve($0.baseAddress!, columns: 2, leadingDimension: ld) }
    #expect(maxAbs(Array(many[0..<n]), x) < 1e-12)
    #expect(maxAbs(Array(many[ld..<ld + n]), x.map { 2 * $0 }) < 1e-12)
  }

  /// New values on the same pattern: the analysis is reused and the factor follows the values.
  @Test func refactorsWithNewValues() throws {
    let (dense, start, rows, values) = randomSparseSPD(150, perColumn: 3, seed: 99)
    let sparse = try SparseCholesky(order: 150, columnStart: start, rowIndices: rows)
    for scale in [1.0, 1e3, 1e-3] {
      sparse.withValues { v in for k in 0..<values.count { v[k] = scale * values[k] } }
      #expect(try sparse.factor() == nil)
      var scaled = dense
      for j in 0..<150 { for i in 0..<150 { scaled[i, j] *= scale } }
      let b = (0..<150).map { Double($0 % 7) - 3 }
      var y = b
      sparse.solve(&y)
      let reference = try DenseCholesky(scaled).solve(b)
      #expect(maxAbs(y, reference) < 1e-12 / scale)
    }
  }

  /// [[1,2],[2,1]] is indefinite: the pivot of row 1 (1 - 4 < 0) fails whichever row comes first, since both
  /// diagonal entries are 1; the failing row is reported in the matrix's own numbering.
  @Test func reportsTheRowThatIsNotPositive() throws {
    let sparse = try SparseCholesky(order: 2, columnStart: [0, 2, 3], rowIndices: [0, 1, 1])
    sparse.withValues { v in
      v[0] = 1
      v[1] = 2
      v[2] = 1
    }
    let row = try sparse.factor()
    #expect(row == 0 || row == 1)
    // Raising the reported row's diagonal makes the matrix positive definite.
    sparse.withValues { v in v[row == 0 ? 0 : 2] += 10 }
    #expect(try sparse.factor() == nil)
  }

  @Test func rejectsAPatternWithoutItsDiagonal() {
    #expect(throws: LinearAlgebraError.self) {
      try SparseCholesky(order: 2, columnStart: [0, 1, 1], rowIndices: [1])
    }
  }
}
