import Dispatch

/// Cholesky factorisation of a symmetric positive definite block-tridiagonal matrix whose sub-diagonal blocks are
/// nonzero only in the trailing rows of each block row.
///
/// The matrix has diagonal blocks `D_t` of order `m_t` and sub-diagonal blocks `E_t` (block row t, block column t-1).
/// Only the last `c_t` rows of `E_t` may be nonzero (`couplingSizes[t] = c_t`, `c_0 = 0`): in a multi-period LP these
/// are the rows of hour t that touch hour t-1 (state of charge, ramping).
///
/// The factorisation is "twisted": blocks before a middle block k are eliminated forwards,
///
///     E_t := E_t L_{t-1}^{-T}  (dtrsm),   D_t[tail, tail] -= E_t E_t'  (dsyrk),   D_t = L_t L_t'  (dpotrf),
///
/// blocks after it backwards,
///
///     D_t = L_t L_t' (dpotrf),   Y_t := L_t[tail, tail]^{-1} E_t  (dtrsm, c_t x c_t),   D_{t-1} -= Y_t' Y_t  (dsyrk),
///
/// and the middle block takes both updates. The two sweeps are independent, so with `parallel` they run on two
/// threads (each BLAS call single-threaded); solves split the same way. Each sweep costs about
/// m^3/3 + c m^2 + c^2 m flops per block, against 7/3 m^3 with full sub-diagonal blocks.
///
/// E_t may also be narrow: only its last `w_t` columns nonzero (`couplingWidths[t]`, default m_{t-1}), that is, the
/// coupling rows of block t touch only the trailing w_t rows of block t-1. Then the triangular solves and updates
/// work on the trailing w_t x w_t triangle of L_{t-1} alone.
///
/// Storage is one flat array: `D_t` column-major with leading dimension `m_t` at `diagonalOffsets[t]` (lower triangle
/// used), the nonzero part of `E_t`, column-major `c_t x w_t` with leading dimension `c_t`, at
/// `subdiagonalOffsets[t]`. Fill it through
/// ``storage``, call ``factor(pivotShift:)``, then ``solve(_:)``.
public struct BlockTridiagonalCholesky: Sendable {
  public let blockSizes: [Int]
  public let couplingSizes: [Int]
  /// Number of trailing columns of E_t that may be nonzero (w_t <= m_{t-1}).
  public let couplingWidths: [Int]
  public let diagonalOffsets: [Int]
  public let subdiagonalOffsets: [Int]
  /// First row of block t in the global ordering.
  public let rowOffsets: [Int]
  /// The order of the whole matrix.
  public let order: Int
  /// Run the forward and backward sweeps on two threads.
  public let parallel: Bool
  /// The block where the two sweeps meet (the last block when not parallel).
  public let middle: Int
  /// The matrix entries before ``factor(pivotShift:)``, the factor after it.
  public var storage: [Double]
  private let largestBlock: Int

  public init(blockSizes: [Int], couplingSizes: [Int], couplingWidths: [Int]? = nil, parallel: Bool = false) throws {
    let widths = couplingWidths ?? blockSizes.indices.map { $0 > 0 ? blockSizes[$0 - 1] : 0 }
    guard blockSizes.count == couplingSizes.count, widths.count == blockSizes.count else {
      throw LinearAlgebraError.dimensionMismatch("\(blockSizes.count) blocks but \(couplingSizes.count) coupling sizes")
    }
    var d: [Int] = []
    var e: [Int] = []
    var r: [Int] = []
    var offset = 0
    var row = 0
    var largest = 0
    for t in 0..<blockSizes.count {
      let m = blockSizes[t]
      let c = couplingSizes[t]
      let w = t > 0 ? widths[t] : 0
      guard m >= 0, c >= 0, c <= m, t > 0 || c == 0, w >= 0, t == 0 || w <= blockSizes[t - 1] else {
        throw LinearAlgebraError.dimensionMismatch("block \(t): size \(m), coupling \(c), width \(w)")
      }
      d.append(offset)
      offset += m * m
      e.append(offset)
      offset += c * w
      r.append(row)
      row += m
      largest = max(largest, m)
    }
    self.blockSizes = blockSizes
    self.couplingSizes = couplingSizes
    self.couplingWidths = blockSizes.indices.map { $0 > 0 ? widths[$0] : 0 }
    self.diagonalOffsets = d
    self.subdiagonalOffsets = e
    self.rowOffsets = r
    self.order = row
    self.storage = [Double](repeating: 0, count: offset)
    self.largestBlock = largest
    let blocks = blockSizes.count
    self.parallel = parallel && blocks >= 4
    self.middle = self.parallel ? blocks / 2 : max(blocks - 1, 0)
  }

  /// Sets every entry to zero (before refilling the matrix).
  public mutating func zero() {
    storage.withUnsafeMutableBufferPointer { p in p.update(repeating: 0) }
  }

  // MARK: - Factorisation

  /// Factors block t's diagonal in place; on failure with `pivotShift > 0` restores it, raises its diagonal by
  /// `pivotShift * max(1, largest diagonal entry)` (growing 100-fold, up to 6 times) and tries again.
  /// Returns whether a shift was needed; throws with the global order of the failing minor otherwise.
  private func factorDiagonal(_ t: Int, _ s: UnsafeMutablePointer<Double>, _ scratch: UnsafeMutablePointer<Double>,
                              pivotShift: Double) throws -> Bool {
    let m = blockSizes[t]
    let dt = s + diagonalOffsets[t]
    if pivotShift > 0 { scratch.update(from: dt, count: m * m) }
    var info = CLA.potrf(m, dt, m)
    try lapackInfo(Int32(info), routine: "dpotrf")
    var shifted = false
    if info > 0 && pivotShift > 0 {
      var largest = 1.0
      for i in 0..<m { largest = max(largest, scratch[i * (m + 1)]) }
      var shift = pivotShift * largest
      var attempt = 0
      while info > 0 && attempt < 6 {
        dt.update(from: scratch, count: m * m)
        for i in 0..<m { dt[i * (m + 1)] += shift }
        info = CLA.potrf(m, dt, m)
        shift *= 100
        attempt += 1
      }
      shifted = true
    }
    if info > 0 { throw LinearAlgebraError.notPositiveDefinite(order: rowOffsets[t] + info) }
    return shifted
  }

  /// Forward update of block t from block t-1: E_t := E_t L_{t-1}^{-T}, D_t[tail, tail] -= E_t E_t'.
  private func forwardUpdate(_ t: Int, _ s: UnsafeMutablePointer<Double>) {
    let m = blockSizes[t]
    let c = couplingSizes[t]
    guard t > 0, c > 0, m > 0 else { return }
    let mp = blockSizes[t - 1]
    let w = couplingWidths[t]
    guard mp > 0, w > 0 else { return }
    let et = s + subdiagonalOffsets[t]
    CLA.trsmRightLowerTranspose(c, w, s + diagonalOffsets[t - 1] + (mp - w) * (1 + mp), mp, et, c)
    CLA.syrkLower(c, w, alpha: -1, et, c, beta: 1, s + diagonalOffsets[t] + (m - c) * (1 + m), m)
  }

  /// Backward update of block t-1 from the factored block t: Y_t := L_t[tail,tail]^{-1} E_t, D_{t-1} -= Y_t' Y_t.
  private func backwardUpdate(_ t: Int, _ s: UnsafeMutablePointer<Double>) {
    let m = blockSizes[t]
    let c = couplingSizes[t]
    guard t > 0, c > 0, m > 0 else { return }
    let mp = blockSizes[t - 1]
    let w = couplingWidths[t]
    guard mp > 0, w > 0 else { return }
    let et = s + subdiagonalOffsets[t]
    CLA.trsmLeftLower(c, w, transpose: false, s + diagonalOffsets[t] + (m - c) * (1 + m), m, et, c)
    CLA.syrkLowerTranspose(w, c, alpha: -1, et, c, beta: 1, s + diagonalOffsets[t - 1] + (mp - w) * (1 + mp), mp)
  }

  /// Factors in place. Returns the number of blocks that needed a pivot shift (see ``factorDiagonal``).
  @discardableResult
  public mutating func factor(pivotShift: Double = 0) throws -> Int {
    try factor(pivotShift: pivotShift, forwardSolving: nil, rightHandSides: 0, leadingDimension: 0)
  }

  /// Factors in place and applies F^-1 to `b` on the way (as ``forwardSolve(_:rightHandSides:leadingDimension:)``
  /// would afterwards, with the same operations in the same order): each block's solve step runs right after the
  /// block is factored, while it is still in cache, instead of a second pass over the whole factor.
  @discardableResult
  public mutating func factor(pivotShift: Double = 0, forwardSolving b: UnsafeMutablePointer<Double>?,
                              rightHandSides nrhs: Int, leadingDimension ld: Int) throws -> Int {
    let blocks = blockSizes.count
    if blocks == 0 { return 0 }
    precondition(b == nil || ld >= order)
    let rhs = b.map { SharedPointer($0) }
    let k_ = nrhs
    let k = middle
    let largest = max(largestBlock, 1)
    var local: [Double] = []
    swap(&local, &storage)
    defer { swap(&local, &storage) }
    return try local.withUnsafeMutableBufferPointer { sp -> Int in
      let s = SharedPointer(sp.baseAddress!)
      let results = SweepResults()
      let work: @Sendable (Int) -> Void = { [self] part in
        let scratch = UnsafeMutablePointer<Double>.allocate(capacity: largest * largest)
        defer { scratch.deallocate() }
        do {
          if part == 0 {
            for t in 0..<k where blockSizes[t] > 0 {
              forwardUpdate(t, s.p)
              if try factorDiagonal(t, s.p, scratch, pivotShift: pivotShift) { results.shifted[0] += 1 }
              if let x = rhs { forwardReduceStep(t, UnsafePointer(s.p), x.p, k_, ld) }
            }
          } else {
            for t in stride(from: blocks - 1, to: k, by: -1) where blockSizes[t] > 0 {
              if try factorDiagonal(t, s.p, scratch, pivotShift: pivotShift) { results.shifted[1] += 1 }
              backwardUpdate(t, s.p)
              if let x = rhs { backwardReduceStep(t, UnsafePointer(s.p), x.p, k_, ld) }
            }
          }
        } catch {
          results.errors[part] = error
        }
      }
      if parallel {
        DispatchQueue.concurrentPerform(iterations: 2, execute: work)
      } else {
        work(0)
      }
      if let e = results.errors[0] ?? results.errors[1] { throw e }
      var shifted = results.shifted[0] + results.shifted[1]
      if blockSizes[k] > 0 {
        forwardUpdate(k, s.p)
        let scratch = UnsafeMutablePointer<Double>.allocate(capacity: largest * largest)
        defer { scratch.deallocate() }
        if try factorDiagonal(k, s.p, scratch, pivotShift: pivotShift) { shifted += 1 }
        if let x = rhs { forwardReduceStep(k, UnsafePointer(s.p), x.p, k_, ld) }
      }
      return shifted
    }
  }

  // MARK: - Solves

  /// Solves L L' x = b in place (after ``factor(pivotShift:)``).
  public func solve(_ x: inout [Double]) {
    precondition(x.count == order)
    x.withUnsafeMutableBufferPointer { solve($0.baseAddress!, rightHandSides: 1, leadingDimension: order) }
  }

  /// b_t[rows] += alpha * op(A) x for k right-hand sides.
  @inline(__always)
  private func multiplyAdd(transpose: Bool, _ rows: Int, _ cols: Int, _ a: UnsafePointer<Double>, _ lda: Int,
                           _ x: UnsafePointer<Double>, _ y: UnsafeMutablePointer<Double>, _ k: Int, _ ld: Int) {
    if k == 1 {
      CLA.gemv(trans: transpose, rows, cols, alpha: -1, a, lda, x, beta: 1, y)
    } else if transpose {
      CLA.gemm(transA: true, transB: false, cols, k, rows, alpha: -1, a, lda, x, ld, beta: 1, y, ld)
    } else {
      CLA.gemm(transA: false, transB: false, rows, k, cols, alpha: -1, a, lda, x, ld, beta: 1, y, ld)
    }
  }

  @inline(__always)
  private func triangular(_ t: Int, transpose: Bool, _ s: UnsafePointer<Double>, _ x: UnsafeMutablePointer<Double>,
                          _ k: Int, _ ld: Int) {
    let m = blockSizes[t]
    if k == 1 {
      CLA.trsvLower(m, transpose: transpose, s + diagonalOffsets[t], m, x)
    } else {
      CLA.trsmLeftLower(m, k, transpose: transpose, s + diagonalOffsets[t], m, x, ld)
    }
  }

  /// Solves for `rightHandSides` column-major right-hand sides stored with the given leading dimension (>= order).
  public func solve(_ b: UnsafeMutablePointer<Double>, rightHandSides k: Int, leadingDimension ld: Int) {
    forwardSolve(b, rightHandSides: k, leadingDimension: ld)
    backwardSolve(b, rightHandSides: k, leadingDimension: ld)
  }

  /// Applies F^-1, where M = F F' is the twisted factorisation: both sweeps reduce towards the middle block, which
  /// then takes its forward triangular solve. A bordered system needs only this half for its Schur complement
  /// (W = F^-1 G gives G' M^-1 G = W'W).
  public func forwardSolve(_ b: UnsafeMutablePointer<Double>, rightHandSides k: Int, leadingDimension ld: Int) {
    let blocks = blockSizes.count
    if blocks == 0 || k == 0 { return }
    let mid = middle
    storage.withUnsafeBufferPointer { sp in
      let s = SharedConstPointer(sp.baseAddress!)
      let x = SharedPointer(b)
      let reduce: @Sendable (Int) -> Void = { [self] part in
        if part == 0 {
          for t in 0..<mid where blockSizes[t] > 0 { forwardReduceStep(t, s.p, x.p, k, ld) }
        } else {
          for t in stride(from: blocks - 1, to: mid, by: -1) where blockSizes[t] > 0 {
            backwardReduceStep(t, s.p, x.p, k, ld)
          }
        }
      }
      if parallel { DispatchQueue.concurrentPerform(iterations: 2, execute: reduce) } else { reduce(0); reduce(1) }
      if blockSizes[mid] > 0 { forwardReduceStep(mid, s.p, x.p, k, ld) }
    }
  }

  /// One block of F^-1 from the front (blocks up to and including the middle one): x_t[tail] -= E_t x_{t-1}, then
  /// x_t := L_t^-1 x_t. Needs block t factored and block t-1 done.
  @inline(__always)
  private func forwardReduceStep(_ t: Int, _ s: UnsafePointer<Double>, _ x: UnsafeMutablePointer<Double>, _ k: Int,
                                 _ ld: Int) {
    let m = blockSizes[t]
    let c = couplingSizes[t]
    let w = couplingWidths[t]
    if t > 0 && c > 0 && w > 0 {
      multiplyAdd(transpose: false, c, w, s + subdiagonalOffsets[t], c, x + rowOffsets[t] - w,
                  x + rowOffsets[t] + (m - c), k, ld)
    }
    triangular(t, transpose: false, s, x + rowOffsets[t], k, ld)
  }

  /// One block of F^-1 from the back (blocks after the middle one): x_t := L_t^-1 x_t, then
  /// x_{t-1}[tail] -= Y_t' x_t[tail]. Needs block t factored and its backward update (E_t = Y_t) done.
  @inline(__always)
  private func backwardReduceStep(_ t: Int, _ s: UnsafePointer<Double>, _ x: UnsafeMutablePointer<Double>, _ k: Int,
                                  _ ld: Int) {
    let m = blockSizes[t]
    let c = couplingSizes[t]
    let w = couplingWidths[t]
    triangular(t, transpose: false, s, x + rowOffsets[t], k, ld)
    if c > 0 && w > 0 {
      multiplyAdd(transpose: true, c, w, s + subdiagonalOffsets[t], c, x + rowOffsets[t] + (m - c),
                  x + rowOffsets[t] - w, k, ld)
    }
  }

  /// Applies F^-T (see ``forwardSolve(_:rightHandSides:leadingDimension:)``): the middle block's transposed
  /// triangular solve, then both sweeps substitute back outwards.
  public func backwardSolve(_ b: UnsafeMutablePointer<Double>, rightHandSides k: Int, leadingDimension ld: Int) {
    let blocks = blockSizes.count
    if blocks == 0 || k == 0 { return }
    let mid = middle
    storage.withUnsafeBufferPointer { sp in
      let s = SharedConstPointer(sp.baseAddress!)
      let x = SharedPointer(b)
      if blockSizes[mid] > 0 { triangular(mid, transpose: true, s.p, x.p + rowOffsets[mid], k, ld) }
      let expand: @Sendable (Int) -> Void = { [self] part in
        if part == 0 {
          for t in stride(from: mid - 1, through: 0, by: -1) where blockSizes[t] > 0 {
            let cn = couplingSizes[t + 1]
            let mn = blockSizes[t + 1]
            let wn = couplingWidths[t + 1]
            if cn > 0 && mn > 0 && wn > 0 {
              multiplyAdd(transpose: true, cn, wn, s.p + subdiagonalOffsets[t + 1], cn,
                          x.p + rowOffsets[t + 1] + (mn - cn), x.p + rowOffsets[t + 1] - wn, k, ld)
            }
            triangular(t, transpose: true, s.p, x.p + rowOffsets[t], k, ld)
          }
        } else {
          for t in (mid + 1)..<blocks where blockSizes[t] > 0 {
            let m = blockSizes[t]
            let c = couplingSizes[t]
            let w = couplingWidths[t]
            if c > 0 && w > 0 {
              multiplyAdd(transpose: false, c, w, s.p + subdiagonalOffsets[t], c,
                          x.p + rowOffsets[t] - w, x.p + rowOffsets[t] + (m - c), k, ld)
            }
            triangular(t, transpose: true, s.p, x.p + rowOffsets[t], k, ld)
          }
        }
      }
      if parallel { DispatchQueue.concurrentPerform(iterations: 2, execute: expand) } else { expand(0); expand(1) }
    }
  }
}

/// A raw pointer that work on two threads may share, each thread touching its own part of the memory (blocks of a
/// chain, halves of a vector). The caller guarantees the parts do not overlap.
public struct SharedPointer<Pointee>: @unchecked Sendable {
  public let p: UnsafeMutablePointer<Pointee>
  public init(_ p: UnsafeMutablePointer<Pointee>) { self.p = p }
}

/// The read-only twin of ``SharedPointer``.
public struct SharedConstPointer<Pointee>: @unchecked Sendable {
  public let p: UnsafePointer<Pointee>
  public init(_ p: UnsafePointer<Pointee>) { self.p = p }
}

/// Per-sweep results, each slot written by one thread only (raw storage: threads writing to elements of one Swift
/// array race on its copy-on-write check).
final class SweepResults: @unchecked Sendable {
  let shifted: UnsafeMutablePointer<Int>
  let errors: UnsafeMutablePointer<Error?>

  init() {
    shifted = .allocate(capacity: 2)
    shifted.initialize(repeating: 0, count: 2)
    errors = .allocate(capacity: 2)
    errors.initialize(repeating: nil, count: 2)
  }

  deinit {
    shifted.deallocate()
    errors.deinitialize(count: 2)
    errors.deallocate()
  }
}
