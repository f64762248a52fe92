/// Cholesky factorisation of a symmetric positive definite block-tridiagonal matrix whose sub-diagonal blocks are
/// nonzero only in the trailing rows of each block row.
///
/// The matrix has diagonal blocks `D_t` of order `m_t` and sub-diagonal blocks `E_t` (block row t, block column t-1).
/// Only the last `c_t` rows of `E_t` may be nonzero (`couplingSizes[t] = c_t`, `c_0 = 0`): in a multi-period LP these
/// are the rows of hour t that touch hour t-1 (state of charge, ramping). Then
///
///     E_t := E_t L_{t-1}^{-T}                     (dtrsm,  c_t x m_{t-1})
///     D_t[tail, tail] -= E_t E_t'                  (dsyrk,  c_t x c_t)
///     D_t = L_t L_t'                               (dpotrf, m_t x m_t)
///
/// costs sum_t (m_t^3/3 + c_t m_{t-1}^2 + c_t^2 m_{t-1}) flops, against sum_t 7/3 m_t^3 with full sub-diagonal blocks.
///
/// Storage is one flat array: `D_t` column-major with leading dimension `m_t` at `diagonalOffsets[t]` (lower triangle
/// used), `E_t` column-major `c_t x m_{t-1}` with leading dimension `c_t` at `subdiagonalOffsets[t]`. Fill it through
/// ``storage`` (or the offsets), call ``factor(pivotShift:)``, then ``solve(_:)``.
public struct BlockTridiagonalCholesky: Sendable {
  public let blockSizes: [Int]
  public let couplingSizes: [Int]
  public let diagonalOffsets: [Int]
  public let subdiagonalOffsets: [Int]
  /// First row of block t in the global ordering.
  public let rowOffsets: [Int]
  /// The order of the whole matrix.
  public let order: Int
  /// The matrix entries before ``factor(pivotShift:)``, the factor after it.
  public var storage: [Double]
  private var scratch: [Double]

  public init(blockSizes: [Int], couplingSizes: [Int]) throws {
    guard blockSizes.count == couplingSizes.count else {
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
      guard m >= 0, c >= 0, c <= m, t > 0 || c == 0 else {
        throw LinearAlgebraError.dimensionMismatch("block \(t): size \(m), coupling \(c)")
      }
      d.append(offset)
      offset += m * m
      e.append(offset)
      offset += t > 0 ? c * blockSizes[t - 1] : 0
      r.append(row)
      row += m
      largest = max(largest, m)
    }
    self.blockSizes = blockSizes
    self.couplingSizes = couplingSizes
    self.diagonalOffsets = d
    self.subdiagonalOffsets = e
    self.rowOffsets = r
    self.order = row
    self.storage = [Double](repeating: 0, count: offset)
    self.scratch = [Double](repeating: 0, count: largest * largest)
  }

  /// Sets every entry to zero (before refilling the matrix).
  public mutating func zero() {
    storage.withUnsafeMutableBufferPointer { p in p.update(repeating: 0) }
  }

  /// Factors in place. When `pivotShift > 0` a block whose dpotrf fails is restored, its diagonal raised by
  /// `pivotShift * max(1, largest diagonal entry)`, and factored again (up to 6 times, the shift growing 100-fold):
  /// the regularisation an interior-point method needs near the end, corrected by iterative refinement.
  /// Returns the number of blocks that needed a shift; throws ``LinearAlgebraError/notPositiveDefinite(order:)``
  /// with the global order of the failing minor otherwise.
  @discardableResult
  public mutating func factor(pivotShift: Double = 0) throws -> Int {
    var shifted = 0
    let blocks = blockSizes.count
    let mSizes = blockSizes
    let cSizes = couplingSizes
    let dOff = diagonalOffsets
    let eOff = subdiagonalOffsets
    let rOff = rowOffsets
    try storage.withUnsafeMutableBufferPointer { sp in
      try scratch.withUnsafeMutableBufferPointer { scr in
        let s = sp.baseAddress!
        for t in 0..<blocks {
          let m = mSizes[t]
          if m == 0 { continue }
          let c = cSizes[t]
          let dt = s + dOff[t]
          if t > 0 && c > 0 {
            let mp = mSizes[t - 1]
            if mp > 0 {
              let et = s + eOff[t]
              CLA.trsmRightLowerTranspose(c, mp, s + dOff[t - 1], mp, et, c)
              CLA.syrkLower(c, mp, alpha: -1, et, c, beta: 1, dt + (m - c) * (1 + m), m)
            }
          }
          if pivotShift > 0 { scr.baseAddress!.update(from: dt, count: m * m) }
          var info = CLA.potrf(m, dt, m)
          try lapackInfo(Int32(info), routine: "dpotrf")
          if info > 0 && pivotShift > 0 {
            var largest = 1.0
            for i in 0..<m { largest = max(largest, scr[i * (m + 1)]) }
            var shift = pivotShift * largest
            var attempt = 0
            while info > 0 && attempt < 6 {
              dt.update(from: scr.baseAddress!, count: m * m)
              for i in 0..<m { dt[i * (m + 1)] += shift }
              info = CLA.potrf(m, dt, m)
              shift *= 100
              attempt += 1
            }
            shifted += 1
          }
          if info > 0 { throw LinearAlgebraError.notPositiveDefinite(order: rOff[t] + info) }
        }
      }
    }
    return shifted
  }

  /// Solves L L' x = b in place (after ``factor(pivotShift:)``).
  public func solve(_ x: inout [Double]) {
    precondition(x.count == order)
    x.withUnsafeMutableBufferPointer { solve($0.baseAddress!, rightHandSides: 1, leadingDimension: order) }
  }

  /// Solves for `rightHandSides` column-major right-hand sides stored with the given leading dimension (>= order).
  public func solve(_ b: UnsafeMutablePointer<Double>, rightHandSides k: Int, leadingDimension ld: Int) {
    let blocks = blockSizes.count
    storage.withUnsafeBufferPointer { sp in
      let s = sp.baseAddress!
      // Forward: L y = b.
      for t in 0..<blocks {
        let m = blockSizes[t]
        if m == 0 { continue }
        let xt = b + rowOffsets[t]
        let c = couplingSizes[t]
        if t > 0 && c > 0 && blockSizes[t - 1] > 0 {
          let mp = blockSizes[t - 1]
          let xp = b + rowOffsets[t - 1]
          if k == 1 {
            CLA.gemv(trans: false, c, mp, alpha: -1, s + subdiagonalOffsets[t], c, xp, beta: 1, xt + (m - c))
          } else {
            CLA.gemm(transA: false, transB: false, c, k, mp, alpha: -1, s + subdiagonalOffsets[t], c, xp, ld,
                     beta: 1, xt + (m - c), ld)
          }
        }
        if k == 1 {
          CLA.trsvLower(m, transpose: false, s + diagonalOffsets[t], m, xt)
        } else {
          CLA.trsmLeftLower(m, k, transpose: false, s + diagonalOffsets[t], m, xt, ld)
        }
      }
      // Backward: L' x = y.
      for t in stride(from: blocks - 1, through: 0, by: -1) {
        let m = blockSizes[t]
        if m == 0 { continue }
        let xt = b + rowOffsets[t]
        if t + 1 < blocks {
          let c = couplingSizes[t + 1]
          let mn = blockSizes[t + 1]
          if c > 0 {
            let xn = b + rowOffsets[t + 1] + (mn - c)
            if k == 1 {
              CLA.gemv(trans: true, c, m, alpha: -1, s + subdiagonalOffsets[t + 1], c, xn, beta: 1, xt)
            } else {
              CLA.gemm(transA: true, transB: false, m, k, c, alpha: -1, s + subdiagonalOffsets[t + 1], c, xn, ld,
                       beta: 1, xt, ld)
            }
          }
        }
        if k == 1 {
          CLA.trsvLower(m, transpose: true, s + diagonalOffsets[t], m, xt)
        } else {
          CLA.trsmLeftLower(m, k, transpose: true, s + diagonalOffsets[t], m, xt, ld)
        }
      }
    }
  }
}
