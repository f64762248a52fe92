import CLinearAlgebra

// The second file of LinearAlgebra that calls C (LAPACK.swift holds BLAS, LAPACK and the dense kernels): every call
// into SuiteSparse's CHOLMOD is in this file, behind ``SparseCholesky``. CHOLMOD's 64-bit interface (cholmod_l_*)
// is used, so its index arrays are Swift `Int` arrays.

/// A sparse Cholesky factorisation P M P' = L L' of a symmetric positive definite n x n matrix M whose sparsity
/// pattern is fixed and whose values change, as the normal matrix of an interior-point method does from iteration to
/// iteration (SuiteSparse's CHOLMOD).
///
/// The pattern is analysed once, at `init`: a fill-reducing ordering P (CHOLMOD's default strategy: approximate
/// minimum degree, and nested dissection by METIS when AMD's fill is high; it keeps the better of the two), the
/// elimination tree, and the supernodes: groups of columns of L with the same pattern below the diagonal, stored as
/// dense blocks. ``factor()`` then runs only the numeric factorisation, supernode by supernode with BLAS/LAPACK
/// (dpotrf on the diagonal block, dtrsm below it, dsyrk/dgemm for the updates of later supernodes); ``solve(_:)``
/// runs the two triangular solves with the permutation.
///
/// The caller writes M's values through ``withValues(_:)`` in the order of the pattern given at `init`: the lower
/// triangle in compressed columns, row indices ascending, the diagonal present in every column.
public final class SparseCholesky {
  public let order: Int
  /// Position of M(j, j) in the values (the first entry of column j).
  public let diagonalPositions: [Int]
  private let common: UnsafeMutablePointer<cholmod_common>
  private let matrix: UnsafeMutablePointer<cholmod_sparse>
  private let symbolic: UnsafeMutablePointer<cholmod_factor>
  /// CHOLMOD's work for ``solve(_:)`` (solution, and two scratch matrices), allocated on the first solve and reused.
  private var solution: UnsafeMutablePointer<cholmod_dense>? = nil
  private var scratchY: UnsafeMutablePointer<cholmod_dense>? = nil
  private var scratchE: UnsafeMutablePointer<cholmod_dense>? = nil

  /// Analyses the pattern. - Parameters: `columnStart` (n + 1 offsets) and `rowIndices` (ascending within a column,
  /// all >= the column, the diagonal first) describe the lower triangle of M.
  public init(order n: Int, columnStart: [Int], rowIndices: [Int]) throws {
    guard columnStart.count == n + 1, columnStart.last == rowIndices.count else {
      throw LinearAlgebraError.dimensionMismatch("sparse pattern: \(columnStart.count) column starts for order \(n)")
    }
    for j in 0..<n {
      let lo = columnStart[j]
      let hi = columnStart[j + 1]
      guard hi > lo, rowIndices[lo] == j, (lo + 1..<hi).allSatisfy({ rowIndices[$0] > rowIndices[$0 - 1] }),
        rowIndices[hi - 1] < n
      else {
        throw LinearAlgebraError.dimensionMismatch(
          "sparse pattern: column \(j) must start at its diagonal with ascending rows below it")
      }
    }
    order = n
    diagonalPositions = Array(columnStart.dropLast())
    common = .allocate(capacity: 1)
    cholmod_l_start(common)
    // No printing: a matrix that is not positive definite is an outcome the caller handles (see factor()).
    common.pointee.print = 0
    common.pointee.supernodal = CHOLMOD_SUPERNODAL
    // A failed supernodal factorisation stops at the failing supernode instead of finishing the rest.
    common.pointee.quick_return_if_not_posdef = 1
    guard
      let a = cholmod_l_allocate_sparse(n, n, rowIndices.count, 1, 1, -1, CHOLMOD_REAL, common)
    else {
      cholmod_l_finish(common)
      common.deallocate()
      throw LinearAlgebraError.dimensionMismatch("CHOLMOD could not allocate a matrix of order \(n)")
    }
    let p = a.pointee.p.assumingMemoryBound(to: Int.self)
    columnStart.withUnsafeBufferPointer { p.update(from: $0.baseAddress!, count: n + 1) }
    let i = a.pointee.i.assumingMemoryBound(to: Int.self)
    rowIndices.withUnsafeBufferPointer { if let b = $0.baseAddress { i.update(from: b, count: rowIndices.count) } }
    let x = a.pointee.x.assumingMemoryBound(to: Double.self)
    x.initialize(repeating: 0, count: rowIndices.count)
    for d in columnStart.dropLast() { x[d] = 1 }
    matrix = a
    guard let l = cholmod_l_analyze(a, common) else {
      var handle: UnsafeMutablePointer<cholmod_sparse>? = a
      cholmod_l_free_sparse(&handle, common)
      cholmod_l_finish(common)
      common.deallocate()
      throw LinearAlgebraError.dimensionMismatch("CHOLMOD could not analyse a pattern of order \(n)")
    }
    symbolic = l
  }

  deinit {
    var a: UnsafeMutablePointer<cholmod_sparse>? = matrix
    cholmod_l_free_sparse(&a, common)
    var l: UnsafeMutablePointer<cholmod_factor>? = symbolic
    cholmod_l_free_factor(&l, common)
    cholmod_l_free_dense(&solution, common)
    cholmod_l_free_dense(&scratchY, common)
    cholmod_l_free_dense(&scratchE, common)
    cholmod_l_finish(common)
    common.deallocate()
  }

  /// Number of stored values of M's lower triangle.
  public var valueCount: Int { Int(matrix.pointee.nzmax) }
  /// Nonzeros of L (from the analysis) and the flops of one numeric factorisation.
  public var factorNonzeros: Int { Int(common.pointee.lnz) }
  public var factorFlops: Double { common.pointee.fl }

  /// Gives write access to M's values, in the order of the pattern.
  public func withValues<R>(_ body: (UnsafeMutableBufferPointer<Double>) throws -> R) rethrows -> R {
    let x = matrix.pointee.x.assumingMemoryBound(to: Double.self)
    return try body(UnsafeMutableBufferPointer(start: x, count: valueCount))
  }

  /// The numeric factorisation of the current values. Returns nil when M is positive definite (to working
  /// precision), else the row of M (in M's own numbering) whose pivot was not positive: the factor is then unusable
  /// until the caller changes the values (for instance raises that diagonal entry) and factors again.
  public func factor() throws -> Int? {
    let ok = cholmod_l_factorize(matrix, symbolic, common)
    let status = common.pointee.status
    if status == CHOLMOD_NOT_POSDEF || symbolic.pointee.minor < order {
      let minor = Int(symbolic.pointee.minor)
      let perm = symbolic.pointee.Perm.assumingMemoryBound(to: Int.self)
      return minor < order ? perm[minor] : 0
    }
    guard ok != 0, status >= CHOLMOD_OK else {
      throw LinearAlgebraError.dimensionMismatch("CHOLMOD factorisation failed (status \(status))")
    }
    return nil
  }

  /// Solves M X = B in place for `columns` right-hand sides of length ``order``, `leadingDimension` apart.
  public func solve(_ b: UnsafeMutablePointer<Double>, columns: Int = 1, leadingDimension: Int? = nil) {
    let n = order
    let ld = leadingDimension ?? n
    guard n > 0, columns > 0 else { return }
    var rhs = cholmod_dense(
      nrow: n, ncol: columns, nzmax: ld * columns, d: ld, x: UnsafeMutableRawPointer(b), z: nil,
      xtype: CHOLMOD_REAL, dtype: CHOLMOD_DOUBLE)
    let ok = cholmod_l_solve2(CHOLMOD_A, symbolic, &rhs, nil, &solution, nil, &scratchY, &scratchE, common)
    guard ok != 0, let x = solution else { return }
    let out = x.pointee.x.assumingMemoryBound(to: Double.self)
    let ldx = Int(x.pointee.d)
    for c in 0..<columns { (b + c * ld).update(from: out + c * ldx, count: n) }
  }

  /// Solves M x = b in place.
  public func solve(_ b: inout [Double]) {
    precondition(b.count == order, "right-hand side of length \(b.count) for order \(order)")
    b.withUnsafeMutableBufferPointer { if let p = $0.baseAddress { solve(p) } }
  }
}

/// Fill-reducing orderings from SuiteSparse.
public enum SparseOrdering {
  /// An approximate minimum degree ordering (SuiteSparse's AMD) of the symmetric pattern given in compressed columns
  /// (both triangles or either; the diagonal may be left out): `order[k]` is the row eliminated k-th.
  public static func approximateMinimumDegree(order n: Int, columnStart: [Int], rowIndices: [Int]) -> [Int] {
    if n <= 1 { return Array(0..<n) }
    var permutation = [Int](repeating: 0, count: n)
    let status = columnStart.withUnsafeBufferPointer { cp in
      rowIndices.withUnsafeBufferPointer { rp in
        permutation.withUnsafeMutableBufferPointer { pp in
          // An empty pattern still needs a valid pointer.
          withUnsafeTemporaryAllocation(of: Int.self, capacity: 1) { empty in
            amd_l_order(n, cp.baseAddress!, rp.baseAddress ?? UnsafePointer(empty.baseAddress!), pp.baseAddress!,
                        nil, nil)
          }
        }
      }
    }
    // AMD fails only on an invalid pattern or out of memory: the identity is then a valid (if poorer) ordering.
    return status >= 0 ? permutation : Array(0..<n)
  }
}
