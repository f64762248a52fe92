import Dispatch

/// Cholesky factorisation of a symmetric positive definite block-tridiagonal matrix whose sub-diagonal blocks are
/// nonzero only in the trailing rows and columns and sparse there.
///
/// The matrix has diagonal blocks `D_t` of order `m_t` and sub-diagonal blocks `E_t` (block row t, block column t-1).
/// Only the last `c_t` rows of `E_t` may be nonzero (`couplingSizes[t] = c_t`, `c_0 = 0`), and only its last `w_t`
/// columns (`couplingWidths[t]`, default m_{t-1}): in a multi-period LP these are the rows of hour t that touch
/// hour t-1 (state of charge, ramping) and the rows of hour t-1 they touch. Inside that c_t x w_t corner only the
/// entries of a fixed pattern are stored (`subdiagonalPatterns`, default all of them).
///
/// The factorisation is "twisted": blocks before a middle block k are eliminated forwards,
///
///     Ẽ_t = E_t L_{t-1}^{-T}  (dtrsm),   D_t[tail, tail] -= Ẽ_t Ẽ_t'  (dsyrk),   D_t = L_t L_t'  (dpotrf),
///
/// blocks after it backwards,
///
///     D_t = L_t L_t' (dpotrf),   Y_t = L_t[tail, tail]^{-1} E_t  (dtrsm, c_t x c_t),   D_{t-1} -= Y_t' Y_t  (dsyrk),
///
/// and the middle block takes both updates. The two sweeps are independent, so with `parallel` they run on two
/// threads (each BLAS call single-threaded); solves split the same way.
///
/// Only the L_t and the original sparse E_t are stored: Ẽ_t and Y_t are formed in a small scratch block while the
/// factorisation passes, and a solve applies them as E_t followed by a triangular solve with the trailing triangle
/// of a block that the solve is reading anyway. The stored factor is then about half the size it would be with dense
/// transformed coupling blocks, and solves, which are bound by memory bandwidth, read half as much.
///
/// Storage is one flat array, block after block: the block's diagonal part at `diagonalOffsets[t]`, then the stored
/// entries of `E_t` in pattern order at `subdiagonalOffsets[t]` (for the default dense pattern: column-major
/// `c_t x w_t`). Once factored, L_t is packed (packed lower, column after column) at `diagonalOffsets[t]`, so that
/// solves, which stream the factor from memory, read half the bytes. Either fill ``storage`` and call
/// ``factor(pivotShift:)`` (the diagonal part is then `D_t` in full, column-major with leading dimension `m_t`, lower
/// triangle used, and L_t is packed to the front of that space), or create the chain `filledByFactorisation` and
/// pass a `fill` closure that writes each block just before it is factored: the block is in cache then, the matrix
/// is never held unfactored, and the diagonal part is only the packed triangle's m_t (m_t + 1) / 2 entries (the
/// factorisation fills and factors each block in a small workspace and packs it into the storage).
public struct BlockTridiagonalCholesky: Sendable {
  /// Writes the entries of block t, already zeroed, into the space whose address it receives: D_t's lower triangle
  /// column-major with leading dimension m_t (entry (i, j) at `i + j * m_t`), then E_t's stored entries in pattern
  /// order (the q-th at `m_t * m_t + q`).
  public typealias BlockFill = @Sendable (_ block: Int, _ entries: UnsafeMutablePointer<Double>) -> Void
  /// Called once per nonempty block after it is factored and its rows of the forward-solved right-hand sides are
  /// final, with the sweep (0 or 1) that did it and the block's first row where the sparse right-hand sides (see
  /// ``factor(pivotShift:fill:forwardSolving:rightHandSides:leadingDimension:sparseColumns:firstNonzeroRows:finished:)``)
  /// may be nonzero (the rows before it are zero; the block size when all are); calls with the same sweep never
  /// overlap, calls with different sweeps may.
  public typealias BlockDone = @Sendable (_ block: Int, _ sweep: Int, _ firstRow: Int) -> Void

  public let blockSizes: [Int]
  public let couplingSizes: [Int]
  /// Number of trailing columns of E_t that may be nonzero (w_t <= m_{t-1}).
  public let couplingWidths: [Int]
  public let diagonalOffsets: [Int]
  public let subdiagonalOffsets: [Int]
  /// Number of stored entries of E_t.
  public let subdiagonalCounts: [Int]
  /// Row (0..<c_t) and column (0..<w_t) inside E_t's trailing corner of each stored entry, block t's entries from
  /// `patternOffsets[t]`.
  let patternRows: [Int32]
  let patternColumns: [Int32]
  let patternOffsets: [Int]
  /// Per coupling row i of E_t (block t's entries from `forwardFirstOffsets[t]`), the first column of the c_t x w_t
  /// corner where it may be nonzero (w_t if none): Ẽ_t = E_t L_{t-1}^-T keeps those leading zeros, which the coupling
  /// kernel skips. Likewise per column j of the corner its first possibly nonzero row (c_t if none), for
  /// Y_t = L_t^-1 E_t (from `backwardFirstOffsets[t]`).
  let forwardFirst: [Int32]
  let forwardFirstOffsets: [Int]
  let backwardFirst: [Int32]
  let backwardFirstOffsets: [Int]
  /// First row of block t in the global ordering.
  public let rowOffsets: [Int]
  /// The order of the whole matrix.
  public let order: Int
  /// Run the forward and backward sweeps on two threads.
  public let parallel: Bool
  /// The block where the two sweeps meet (the last block when not parallel).
  public let middle: Int
  /// The matrix entries before ``factor(pivotShift:)``, the factor after it (each L_t packed, E_t as given).
  public var storage: [Double]
  /// Whether the storage holds only the packed factors (the initialiser's `filledByFactorisation`).
  public let packedOnly: Bool
  private let largestBlock: Int
  private let largestCoupling: Int
  /// The most stored entries of any E_t.
  private let largestCount: Int

  /// - Parameter subdiagonalPatterns: per block, the (row, column) positions inside the c_t x w_t corner of E_t
  ///   that may be nonzero; nil means all of them, in column-major order.
  /// - Parameter filledByFactorisation: every factorisation will be given a `fill` closure, so ``storage`` holds only
  ///   the packed factors (about half the memory: the factorisation works on each block in a per-sweep workspace)
  ///   and is left uninitialised here. A large chain's memory is then first touched (paged in) block by block by the
  ///   factorisation's two sweeps, not all at once on one thread by a zero fill.
  /// - Parameter middle: the block where the two sweeps meet when `parallel` (default: the middle one; see
  ///   ``balancedMiddle(blockSizes:couplingSizes:couplingWidths:sparseColumns:firstNonzeroRows:)``).
  public init(blockSizes: [Int], couplingSizes: [Int], couplingWidths: [Int]? = nil,
              subdiagonalPatterns: [[(row: Int, column: Int)]]? = nil, parallel: Bool = false,
              filledByFactorisation: Bool = false, middle: Int? = nil) throws {
    let widths = couplingWidths ?? blockSizes.indices.map { $0 > 0 ? blockSizes[$0 - 1] : 0 }
    guard blockSizes.count == couplingSizes.count, widths.count == blockSizes.count,
          subdiagonalPatterns == nil || subdiagonalPatterns!.count == blockSizes.count else {
      throw LinearAlgebraError.dimensionMismatch("\(blockSizes.count) blocks but \(couplingSizes.count) coupling sizes")
    }
    var d: [Int] = []
    var e: [Int] = []
    var counts: [Int] = []
    var r: [Int] = []
    var pRows: [Int32] = []
    var pCols: [Int32] = []
    var pOff: [Int] = []
    var offset = 0
    var row = 0
    var largest = 0
    var largestC = 0
    for t in 0..<blockSizes.count {
      let m = blockSizes[t]
      let c = couplingSizes[t]
      let w = t > 0 ? widths[t] : 0
      guard m >= 0, c >= 0, c <= m, t > 0 || c == 0, w >= 0, t == 0 || w <= blockSizes[t - 1] else {
        throw LinearAlgebraError.dimensionMismatch("block \(t): size \(m), coupling \(c), width \(w)")
      }
      d.append(offset)
      offset += filledByFactorisation ? m * (m + 1) / 2 : m * m
      e.append(offset)
      pOff.append(pRows.count)
      if let patterns = subdiagonalPatterns {
        for (i, j) in patterns[t] {
          guard i >= 0, i < c, j >= 0, j < w else {
            throw LinearAlgebraError.dimensionMismatch("block \(t): pattern entry (\(i), \(j)) outside \(c) x \(w)")
          }
          pRows.append(Int32(i))
          pCols.append(Int32(j))
        }
      } else if c > 0 && w > 0 {
        for j in 0..<w {
          for i in 0..<c {
            pRows.append(Int32(i))
            pCols.append(Int32(j))
          }
        }
      }
      let count = pRows.count - pOff[t]
      counts.append(count)
      offset += count
      r.append(row)
      row += m
      largest = max(largest, m)
      largestC = max(largestC, c * w)
    }
    pOff.append(pRows.count)
    var fFirst: [Int32] = []
    var fOff: [Int] = []
    var bFirst: [Int32] = []
    var bOff: [Int] = []
    for t in 0..<blockSizes.count {
      let c = couplingSizes[t]
      let w = t > 0 ? widths[t] : 0
      fOff.append(fFirst.count)
      bOff.append(bFirst.count)
      let entries = (pOff[t]..<pOff[t + 1]).lazy.map { (Int(pRows[$0]), Int(pCols[$0])) }
      let zeros = Self.leadingZeros(entries, rows: c, columns: w)
      fFirst.append(contentsOf: zeros.rows.lazy.map { Int32($0) })
      bFirst.append(contentsOf: zeros.columns.lazy.map { Int32($0) })
    }
    self.forwardFirst = fFirst
    self.forwardFirstOffsets = fOff
    self.backwardFirst = bFirst
    self.backwardFirstOffsets = bOff
    self.blockSizes = blockSizes
    self.couplingSizes = couplingSizes
    self.couplingWidths = blockSizes.indices.map { $0 > 0 ? widths[$0] : 0 }
    self.diagonalOffsets = d
    self.subdiagonalOffsets = e
    self.subdiagonalCounts = counts
    self.patternRows = pRows
    self.patternColumns = pCols
    self.patternOffsets = pOff
    self.rowOffsets = r
    self.order = row
    self.storage = filledByFactorisation
      ? [Double](uninitializedCount: offset) : [Double](repeating: 0, count: offset)
    self.packedOnly = filledByFactorisation
    self.largestBlock = largest
    self.largestCoupling = largestC
    self.largestCount = counts.max() ?? 0
    let blocks = blockSizes.count
    self.parallel = parallel && blocks >= 4
    if let middle, self.parallel {
      guard middle >= 1 && middle < blocks - 1 else {
        throw LinearAlgebraError.dimensionMismatch("middle block \(middle) of \(blocks); allowed: 1..<\(blocks - 1)")
      }
      self.middle = middle
    } else {
      self.middle = self.parallel ? blocks / 2 : max(blocks - 1, 0)
    }
  }

  /// A middle block that balances the two sweeps of a factorisation that forward-solves `sparseColumns` sparse
  /// right-hand sides (zero in block t before row `firstNonzeroRows[t]`) on the way, by a count of floating-point
  /// operations per block. The forward sweep carries those columns on the c_t coupling rows of each block, the
  /// backward one on the w_{t+1} rows that block t+1 touches, so with many sparse columns the forward sweep should
  /// take more blocks. With `subdiagonalPatterns` (as given to the initialiser) and GridPlan's AVX-512 coupling kernel,
  /// the coupling updates are counted as that kernel does them: it skips the leading zeros of the rows of E_t
  /// forwards and of its columns backwards, which usually saves more forwards. The backward sweep also walks memory
  /// downwards (the blocks, Θ, the border's rows), which the hardware prefetchers follow less well: its counts weigh
  /// 1.1 times as much (timed per sweep on this project's machine, AMD EPYC with AVX-512: with the counts alone the
  /// backward sweep took 6-9% longer than the forward one on both the synthetic benchmark LP and the default study's
  /// year, with a weight of 1.35 the forward one took 13-29% longer).
  public static func balancedMiddle(blockSizes: [Int], couplingSizes: [Int], couplingWidths: [Int],
                                    subdiagonalPatterns: [[(row: Int, column: Int)]]? = nil,
                                    sparseColumns k: Int, firstNonzeroRows: [Int]) -> Int {
    let blocks = blockSizes.count
    guard blocks >= 4 else { return max(blocks - 1, 0) }
    func cube(_ v: Int) -> Double { Double(v * v * v) }
    // Per block, the coupling update's cost forwards and backwards: dense, or as the kernel skips leading zeros.
    var couplingForward = [Double](repeating: 0, count: blocks)
    var couplingBackward = [Double](repeating: 0, count: blocks)
    for t in 0..<blocks {
      let (c, w) = (couplingSizes[t], couplingWidths[t])
      guard t > 0, c > 0, w > 0 else { continue }
      if let patterns = subdiagonalPatterns, CLA.couplingKernel {
        let zeros = leadingZeros(patterns[t].lazy.map { ($0.row, $0.column) }, rows: c, columns: w)
        couplingForward[t] = couplingKernelWork(zeros.rows, columns: w)
        couplingBackward[t] = couplingKernelWork(zeros.columns, columns: c)
      } else {
        couplingForward[t] = Double(c * w * w + c * c * w)
        couplingBackward[t] = couplingForward[t]
      }
    }
    var forward = [Double](repeating: 0, count: blocks + 1)  // cost of blocks 0..<t in the forward sweep
    var first = Int.max
    for t in 0..<blocks {
      let (m, c) = (blockSizes[t], couplingSizes[t])
      var f = min(firstNonzeroRows[t], m)
      if t > 0 && c > 0 && first < blockSizes[t - 1] { f = min(f, m - c) }
      let q = Double(m - f)
      let factor = cube(m) / 3 + couplingForward[t]
      forward[t + 1] = forward[t] + factor + Double(k) * (Double(c * c) + q * q) + Double(k * k) * q
      first = f
    }
    var backward = [Double](repeating: 0, count: blocks + 1)  // cost of blocks t..<blocks in the backward sweep
    first = Int.max
    for t in stride(from: blocks - 1, through: 0, by: -1) {
      let (m, c) = (blockSizes[t], couplingSizes[t])
      var f = min(firstNonzeroRows[t], m)
      if t + 1 < blocks && couplingSizes[t + 1] > 0 && first < blockSizes[t + 1] {
        f = min(f, m - couplingWidths[t + 1])
      }
      let q = Double(m - f)
      let factor = cube(m) / 3 + couplingBackward[t]
      backward[t] = backward[t + 1]
        + 1.1 * (factor + Double(k) * (q * q + 2 * Double(c * c)) + Double(k * k) * q)
      first = f
    }
    var best = blocks / 2
    var bestCost = Double.infinity
    for middle in 1..<(blocks - 1) {
      let cost = max(forward[middle], backward[middle + 1])
      if cost < bestCost { (best, bestCost) = (middle, cost) }
    }
    return best
  }

  /// For the (row, column) entries of a c x w pattern: per row the first column with an entry (w if none), and per
  /// column the first row (c if none), i.e. where the leading zeros of each row and each column end.
  static func leadingZeros(_ entries: some Sequence<(Int, Int)>, rows c: Int, columns w: Int)
    -> (rows: [Int], columns: [Int])
  {
    var rowFirst = [Int](repeating: w, count: c)
    var columnFirst = [Int](repeating: c, count: w)
    for (i, j) in entries {
      rowFirst[i] = min(rowFirst[i], j)
      columnFirst[j] = min(columnFirst[j], i)
    }
    return (rowFirst, columnFirst)
  }

  /// The operations (two per multiply-add, eight lanes a vector) of `gp_coupling_update` on r rows whose leading zeros
  /// end at `first` (r = first.count) with k columns: the triangular solve by chunks of 8 rows from the chunk's first
  /// nonzero column (rounded down to a panel of 4), and D -= X X' by tiles of 8 rows x 4 columns from the first
  /// column where both may be nonzero.
  static func couplingKernelWork(_ first: [Int], columns k: Int) -> Double {
    let r = first.count
    func chunkFirst(_ lo: Int, _ count: Int) -> Int { first[lo..<min(lo + count, r)].min() ?? k }
    var lanes = 0.0
    for i0 in stride(from: 0, to: r, by: 8) {
      let q = Double(k - (chunkFirst(i0, 8) & ~3))
      lanes += 8 * q * q / 2
    }
    for c0 in stride(from: 0, to: r, by: 4) {
      let fc = chunkFirst(c0, 4)
      for i0 in stride(from: c0, to: r, by: 8) {
        lanes += 32 * Double(k - max(fc, chunkFirst(i0, 8)))
      }
    }
    return 2 * lanes
  }


  // MARK: - Factorisation

  /// Factors block t's diagonal in place; on failure with `pivotShift > 0` restores it, raises its diagonal by
  /// `pivotShift * max(1, largest diagonal entry)` (growing 100-fold, up to 6 times) and tries again.
  /// Returns whether a shift was needed; throws with the global order of the failing minor otherwise.
  private func factorDiagonal(_ t: Int, _ u: Unpacked, _ scratch: UnsafeMutablePointer<Double>,
                              pivotShift: Double, prefetching next: Int = -1) throws -> Bool {
    let m = blockSizes[t]
    let dt = full(t, u)
    // Only lower triangles are read and written (a filled block's strict upper triangle is never touched).
    if pivotShift > 0 { CLA.copyLower(m, dt, into: scratch, m) }
    // The storage of the block the sweep fills next is asked for during the Cholesky, a slice at each panel (a
    // packed-only chain fills its blocks in a workspace that stays in cache).
    var info = next >= 0 && next < blockSizes.count && u.workspace == nil
      ? CLA.potrfSmall(m, dt, m, prefetching: u.storage + diagonalOffsets[next], order: blockSizes[next])
      : CLA.potrfSmall(m, dt, m)
    try lapackInfo(Int32(info), routine: "dpotrf")
    var shifted = false
    if info > 0 && pivotShift > 0 {
      var largest = 1.0
      for i in 0..<m { largest = max(largest, scratch[i * (m + 1)]) }
      var shift = pivotShift * largest
      var attempt = 0
      while info > 0 && attempt < 6 {
        CLA.copyLower(m, scratch, into: dt, m)
        for i in 0..<m { dt[i * (m + 1)] += shift }
        info = CLA.potrfSmall(m, dt, m)
        shift *= 100
        attempt += 1
      }
      shifted = true
    }
    if info > 0 { throw LinearAlgebraError.notPositiveDefinite(order: rowOffsets[t] + info) }
    return shifted
  }

  /// Zeroes block t (the lower triangle of D_t and the stored entries of E_t) and lets `fill` write it. D_t's strict
  /// upper triangle is never written or read by the factorisation (every kernel works on lower triangles), so its
  /// cache lines never travel to and from memory: half of the block's bytes. In a packed-only chain the block is
  /// filled in its workspace and E_t's entries are copied to the storage, where the factorisation and the solves
  /// read them.
  @inline(__always)
  private func prepare(_ t: Int, _ u: Unpacked, _ fill: BlockFill?) {
    guard let fill else { return }
    let m = blockSizes[t]
    let d = full(t, u)
    CLA.zeroLower(m, d, m)
    (d + m * m).update(repeating: 0, count: subdiagonalCounts[t])
    fill(t, d)
    if u.workspace != nil { (u.storage + subdiagonalOffsets[t]).update(from: d + m * m, count: subdiagonalCounts[t]) }
  }

  /// The blocks of a factorisation in progress, in full (see ``full(_:_:)``).
  struct Unpacked: @unchecked Sendable {
    let storage: UnsafeMutablePointer<Double>
    /// Five workspaces of `slotSize` doubles for a packed-only chain, else nil.
    let workspace: UnsafeMutablePointer<Double>?
    let slotSize: Int
  }

  /// Where block t is held in full (D_t column-major with leading dimension m_t, then room for E_t's entries) while
  /// it is filled, updated, factored and used by the steps that follow: in place in the storage, or for a packed-only
  /// chain in a workspace, two per sweep used in turn (a sweep needs its current block and the one before) and one
  /// for the middle block (updated by the backward sweep, factored after both).
  @inline(__always)
  private func full(_ t: Int, _ u: Unpacked) -> UnsafeMutablePointer<Double> {
    guard let workspace = u.workspace else { return u.storage + diagonalOffsets[t] }
    let index = t == middle ? 4 : (t < middle ? 0 : 2) + (t & 1)
    return workspace + index * u.slotSize
  }

  /// Writes the c_t x w_t corner of E_t (or with `transposed` its transpose, w_t x c_t), dense and column-major, into
  /// `dense`.
  @inline(__always)
  private func expandCoupling(_ t: Int, _ s: UnsafePointer<Double>, into dense: UnsafeMutablePointer<Double>,
                              transposed: Bool = false) {
    let c = couplingSizes[t]
    let w = couplingWidths[t]
    let e = s + subdiagonalOffsets[t]
    dense.update(repeating: 0, count: c * w)
    let lo = patternOffsets[t]
    let (rowStride, columnStride) = transposed ? (w, 1) : (1, c)
    for q in 0..<subdiagonalCounts[t] {
      dense[Int(patternRows[lo + q]) * rowStride + Int(patternColumns[lo + q]) * columnStride] += e[q]
    }
  }

  /// Forward update of block t from block t-1: Ẽ_t = E_t L_{t-1}^{-T} (in scratch, c_t x w_t, column-major),
  /// D_t[tail, tail] -= Ẽ_t Ẽ_t'. Returns whether there was a coupling (and so Ẽ_t in scratch).
  @discardableResult
  private func forwardUpdate(_ t: Int, _ u: Unpacked, _ scratch: UnsafeMutablePointer<Double>) -> Bool {
    let s = u.storage
    let m = blockSizes[t]
    let c = couplingSizes[t]
    guard t > 0, c > 0, m > 0, subdiagonalCounts[t] > 0 else { return false }
    let mp = blockSizes[t - 1]
    let w = couplingWidths[t]
    guard mp > 0, w > 0 else { return false }
    expandCoupling(t, s, into: scratch)
    let l = full(t - 1, u) + (mp - w) * (1 + mp)
    let d = full(t, u) + (m - c) * (1 + m)
    if CLA.couplingKernel {
      forwardFirst.withUnsafeBufferPointer {
        CLA.couplingUpdate(c, w, scratch, l, mp, d, m, first: $0.baseAddress! + forwardFirstOffsets[t])
      }
    } else {
      CLA.trsmRightLowerTranspose(c, w, l, mp, scratch, c)
      CLA.syrkLower(c, w, alpha: -1, scratch, c, beta: 1, d, m)
    }
    return true
  }

  /// Backward update of block t-1 from the factored block t: Y_t = L_t[tail,tail]^{-1} E_t (in scratch),
  /// D_{t-1} -= Y_t' Y_t.
  private func backwardUpdate(_ t: Int, _ u: Unpacked, _ scratch: UnsafeMutablePointer<Double>) {
    let s = u.storage
    let m = blockSizes[t]
    let c = couplingSizes[t]
    guard t > 0, c > 0, m > 0, subdiagonalCounts[t] > 0 else { return }
    let mp = blockSizes[t - 1]
    let w = couplingWidths[t]
    guard mp > 0, w > 0 else { return }
    let l = full(t, u) + (m - c) * (1 + m)
    let d = full(t - 1, u) + (mp - w) * (1 + mp)
    if CLA.couplingKernel {
      // As Y_t' = E_t' L_t^-T: the forward update's shape, on E_t' (w_t x c_t).
      expandCoupling(t, s, into: scratch, transposed: true)
      backwardFirst.withUnsafeBufferPointer {
        CLA.couplingUpdate(w, c, scratch, l, m, d, mp, first: $0.baseAddress! + backwardFirstOffsets[t])
      }
    } else {
      expandCoupling(t, s, into: scratch)
      CLA.trsmLeftLower(c, w, transpose: false, l, m, scratch, c)
      CLA.syrkLowerTranspose(w, c, alpha: -1, scratch, c, beta: 1, d, mp)
    }
  }

  /// Factors in place and, with `fill`, fills each block just before it is needed (the storage need not be zeroed
  /// beforehand). With `forwardSolving`, applies F^-1 to those right-hand sides on the way (as
  /// ``forwardSolve(_:rightHandSides:leadingDimension:)`` would afterwards, equal up to rounding: the blocks are
  /// full triangles then, packed afterwards), each block's step right after the block is factored, while it is still
  /// in cache. `finished` then sees
  /// each block's rows of the result as soon as they are final (for products such as W'W accumulated per sweep).
  ///
  /// The first `sparseColumns` right-hand sides may be sparse: zero in block t before row `firstNonzeroRows[t]`, as
  /// the border columns of a bordered chain that touch only a few blocks. Their zeros are kept where the solve keeps
  /// them, and skipped: in the forward sweep such a column reaches block t only through its c_t coupling rows
  /// (x_t[tail] -= Ẽ_t x_{t-1} with the Ẽ_t = E_t L_{t-1}^-T that the factorisation forms anyway, then the triangular
  /// solve with L_t's trailing triangle), in the backward sweep through the w_{t+1} rows that block t+1 touches.
  /// Returns the number of blocks that needed a pivot shift (see ``factorDiagonal``).
  @discardableResult
  public mutating func factor(pivotShift: Double = 0, fill: BlockFill? = nil,
                              forwardSolving b: UnsafeMutablePointer<Double>? = nil, rightHandSides nrhs: Int = 0,
                              leadingDimension ld: Int = 0, sparseColumns: Int = 0, firstNonzeroRows: [Int]? = nil,
                              finished: BlockDone? = nil) throws -> Int {
    let blocks = blockSizes.count
    if blocks == 0 { return 0 }
    precondition(b == nil || ld >= order)
    precondition(sparseColumns >= 0 && sparseColumns <= nrhs
                   && (sparseColumns == 0 || firstNonzeroRows?.count == blockSizes.count))
    let rhs = b.map { SharedPointer($0) }
    let sparse = b == nil ? 0 : sparseColumns
    let dense = nrhs - sparse
    let firstNonzero = firstNonzeroRows ?? []
    let k_ = max(nrhs, 1)
    let k = middle
    let largest = max(largestBlock, 1)
    let scratchSize = largest * largest + max(largestCoupling, 1) + largest * k_
    var local: [Double] = []
    swap(&local, &storage)
    defer { swap(&local, &storage) }
    // A packed-only chain's blocks are worked on in five workspaces (see full(_:_:)).
    let slotSize = largest * largest + largestCount
    let workspace = packedOnly ? UnsafeMutablePointer<Double>.allocate(capacity: 5 * slotSize) : nil
    defer { workspace?.deallocate() }
    return try local.withUnsafeMutableBufferPointer { sp -> Int in
      let s = SharedPointer(sp.baseAddress!)
      let u = Unpacked(storage: s.p, workspace: workspace, slotSize: slotSize)
      prepare(k, u, fill)
      let results = SweepResults()
      let work: @Sendable (Int) -> Void = { [self] part in
        let scratch = UnsafeMutablePointer<Double>.allocate(capacity: scratchSize)
        defer { scratch.deallocate() }
        let coupling = scratch + largest * largest
        let solveWork = coupling + max(largestCoupling, 1)
        do {
          if part == 0 {
            var previousFirst = 0  // first nonzero row of the sparse columns in block t-1 (its size: none)
            for t in 0..<k {
              prefetchForFactor(t + 1, s.p, rhs?.p, nrhs, ld)
              prepare(t, u, fill)
              let m = blockSizes[t]
              var first = m
              if m > 0 {
                let coupled = forwardUpdate(t, u, coupling)  // leaves Ẽ_t in `coupling`
                if try factorDiagonal(t, u, scratch, pivotShift: pivotShift, prefetching: t + 1) {
                  results.shifted[0] += 1
                }
                if let x = rhs {
                  if dense > 0 {
                    forwardReduceStep(t, UnsafePointer(s.p), x.p + sparse * ld, dense, ld, solveWork, unpacked: u)
                  }
                  if sparse > 0 {
                    first = min(firstNonzero[t], m)
                    let mp = t > 0 ? blockSizes[t - 1] : 0
                    if coupled && previousFirst < mp {
                      let (c, w) = (couplingSizes[t], couplingWidths[t])
                      first = min(first, m - c)
                      let from = max(previousFirst, mp - w)
                      CLA.multiplySubtractFew(c, sparse, mp - from, coupling + (from - (mp - w)) * c, c,
                                              x.p + rowOffsets[t - 1] + from, ld, x.p + rowOffsets[t] + m - c, ld)
                    }
                    if first < m {
                      trailingTriangular(t, m - first, transpose: false, s.p, x.p + rowOffsets[t] + first, sparse, ld,
                                         unpacked: u)
                    }
                  }
                }
                finished?(t, 0, first)
              }
              previousFirst = first
              // Block t-1's full triangle served block t's update and forward step; from now on only solves read it.
              if t > 0 { pack(t - 1, u) }
            }
          } else if blocks - 1 > k {
            prepare(blocks - 1, u, fill)
            var nextFirst = 0  // first nonzero row of the sparse columns in block t+1 (its size: none)
            for t in stride(from: blocks - 1, to: k, by: -1) {
              prefetchForFactor(t - 2, s.p, rhs?.p, nrhs, ld)
              let m = blockSizes[t]
              if m > 0, try factorDiagonal(t, u, scratch, pivotShift: pivotShift, prefetching: t - 2) {
                results.shifted[1] += 1
              }
              if t - 1 > k { prepare(t - 1, u, fill) }
              var first = m
              defer { nextFirst = first }
              guard m > 0 else { continue }
              backwardUpdate(t, u, coupling)
              if let x = rhs {
                if dense > 0 {
                  backwardReduceStep(t, UnsafePointer(s.p), x.p + sparse * ld, dense, ld, solveWork, unpacked: u)
                }
                if sparse > 0 {
                  first = min(firstNonzero[t], m)
                  // Block t+1's step subtracted into the last w_{t+1} rows of this block.
                  if t + 1 < blocks && nextFirst < blockSizes[t + 1] && couplingSizes[t + 1] > 0
                    && couplingWidths[t + 1] > 0 && subdiagonalCounts[t + 1] > 0 {
                    first = min(first, m - couplingWidths[t + 1])
                  }
                  if first < m {
                    backwardReduceStep(t, UnsafePointer(s.p), x.p, sparse, ld, solveWork, unpacked: u,
                                       firstRow: first)
                  }
                }
              }
              finished?(t, 1, first)
              pack(t, u)
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
        let scratch = UnsafeMutablePointer<Double>.allocate(capacity: scratchSize)
        defer { scratch.deallocate() }
        let coupling = scratch + largest * largest
        forwardUpdate(k, u, coupling)
        if try factorDiagonal(k, u, scratch, pivotShift: pivotShift) { shifted += 1 }
        if let x = rhs {
          forwardReduceStep(k, UnsafePointer(s.p), x.p, nrhs, ld, coupling + max(largestCoupling, 1), unpacked: u)
        }
      }
      finished?(k, 0, 0)
      if k > 0 { pack(k - 1, u) }
      pack(k, u)
      return shifted
    }
  }

  /// Packs the lower triangle of factored block t to the front of its storage, column after column (packed
  /// column-major, as dtpsv reads it), from where it was factored (see ``full(_:_:)``). Solves stream the factor
  /// from memory, so they then read about half as many bytes. From a workspace the packed triangle goes to the
  /// storage with non-temporal stores (see `gp_pack_lower`): the storage's cache lines are not read first.
  @inline(__always)
  private func pack(_ t: Int, _ u: Unpacked) {
    CLA.packLower(blockSizes[t], full(t, u), blockSizes[t], into: u.storage + diagonalOffsets[t],
                  streaming: u.workspace != nil)
  }

  /// Where the trailing q x q triangle of a packed lower triangle of order m starts: it is the packed suffix made of
  /// the last q columns.
  @inline(__always)
  private static func packedOffset(_ m: Int, _ q: Int) -> Int {
    let skipped = m - q
    return skipped * m - skipped * (skipped - 1) / 2
  }

  /// The factorisation's counterpart of ``prefetchHalf(_:_:half:)``: block t's stored E_t entries, which its fill
  /// writes (or, in a packed-only chain, its workspace's copy is copied to), and its rows of the k right-hand sides
  /// that the sweep solves on the way (leading dimension ld).
  @inline(__always)
  private func prefetchForFactor(_ t: Int, _ s: UnsafeMutablePointer<Double>, _ x: UnsafeMutablePointer<Double>?,
                                 _ k: Int, _ ld: Int) {
    guard t >= 0 && t < blockSizes.count else { return }
    let m = blockSizes[t]
    // D_t's lower triangle is asked for by the Cholesky of the block before it in the sweep (see factorDiagonal); a
    // packed-only chain's workspaces stay in cache.
    CLA.prefetchForWriting(s + subdiagonalOffsets[t], count: subdiagonalCounts[t])
    guard let x else { return }
    for r in 0..<k { CLA.prefetchForWriting(x + r * ld + rowOffsets[t], count: m) }
  }

  // MARK: - Solves

  /// What a solve step asks the processor to load of block t, the block it works on next (the solves stream the
  /// factor from memory, half of them from the end backwards, which the hardware prefetchers follow poorly): half 0
  /// is the first half of the packed L_t, half 1 the rest, each handed to one of the step's two triangular solves,
  /// which ask for it a slice at each panel (see `gp_packed_lower_solve_prefetching`); E_t (tens of entries) is asked
  /// for at once with half 0. Nil for blocks outside the chain.
  @inline(__always)
  private func prefetchHalf(_ t: Int, _ s: UnsafePointer<Double>, half: Int) -> Prefetch? {
    guard t >= 0 && t < blockSizes.count else { return nil }
    let m = blockSizes[t]
    let count = m * (m + 1) / 2
    if half == 0 {
      if subdiagonalCounts[t] > 0 { CLA.prefetch(s + subdiagonalOffsets[t], count: subdiagonalCounts[t]) }
      return Prefetch(start: s + diagonalOffsets[t], count: count / 2)
    }
    return Prefetch(start: s + diagonalOffsets[t] + count / 2, count: count - count / 2)
  }

  /// A range of doubles that a triangular solve asks the processor to load on the way.
  struct Prefetch {
    let start: UnsafePointer<Double>
    let count: Int

    /// Asks for the whole range at once (where no triangular solve can carry it).
    func issue() { CLA.prefetch(start, count: count) }
  }

  /// Solves L L' x = b in place (after ``factor(pivotShift:)``).
  public func solve(_ x: inout [Double]) {
    precondition(x.count == order)
    x.withUnsafeMutableBufferPointer { solve($0.baseAddress!, rightHandSides: 1, leadingDimension: order) }
  }

  /// y[i] -= Σ_j E_t(i, j) x[j] over the stored entries (i in the c_t corner rows, j in the w_t corner columns), or
  /// with `transpose` y[j] -= Σ_i E_t(i, j) x[i]; k right-hand sides, each vector with its own leading dimension.
  @inline(__always)
  private func subtractCoupling(_ t: Int, transpose: Bool, _ s: UnsafePointer<Double>, _ x: UnsafePointer<Double>,
                                _ ldx: Int, _ y: UnsafeMutablePointer<Double>, _ ldy: Int, _ k: Int) {
    let count = subdiagonalCounts[t]
    if count == 0 { return }
    let e = s + subdiagonalOffsets[t]
    let lo = patternOffsets[t]
    patternRows.withUnsafeBufferPointer { pr in
      patternColumns.withUnsafeBufferPointer { pc in
        let rows = pr.baseAddress! + lo
        let cols = pc.baseAddress! + lo
        for r in 0..<k {
          let xr = x + r * ldx
          let yr = y + r * ldy
          if transpose {
            for q in 0..<count { yr[Int(cols[q])] -= e[q] * xr[Int(rows[q])] }
          } else {
            for q in 0..<count { yr[Int(rows[q])] -= e[q] * xr[Int(cols[q])] }
          }
        }
      }
    }
  }

  @inline(__always)
  private func triangular(_ t: Int, transpose: Bool, _ s: UnsafePointer<Double>, _ x: UnsafeMutablePointer<Double>,
                          _ k: Int, _ ld: Int, unpacked: Unpacked? = nil, prefetching next: Prefetch? = nil) {
    trailingTriangular(t, blockSizes[t], transpose: transpose, s, x, k, ld, unpacked: unpacked, prefetching: next)
  }

  /// x := T^-1 x or T^-T x for the trailing q x q triangle T of L_t, stored full (during the factorisation) or
  /// packed (after it).
  @inline(__always)
  private func trailingTriangular(_ t: Int, _ q: Int, transpose: Bool, _ s: UnsafePointer<Double>,
                                  _ x: UnsafeMutablePointer<Double>, _ k: Int, _ ld: Int, unpacked: Unpacked? = nil,
                                  prefetching next: Prefetch? = nil) {
    let m = blockSizes[t]
    guard let unpacked else {
      let l = s + diagonalOffsets[t] + Self.packedOffset(m, q)
      var from = 0
      if let next, k > 0 {
        CLA.tpsvLowerSmall(q, transpose: transpose, l, x, prefetching: next.start, count: next.count)
        from = 1
      }
      for r in from..<k { CLA.tpsvLowerSmall(q, transpose: transpose, l, x + r * ld) }
      return
    }
    next?.issue()
    let l = UnsafePointer(full(t, unpacked)) + (m - q) * (1 + m)
    if k == 1 {
      CLA.trsvLowerSmall(q, transpose: transpose, l, m, x)
    } else {
      CLA.trsmLowerFew(q, k, transpose: transpose, l, m, x, ld)
    }
  }

  /// Copies q rows of k right-hand sides (leading dimension ld) into a q x k block with leading dimension q.
  @inline(__always)
  private func gather(_ x: UnsafePointer<Double>, _ q: Int, _ k: Int, _ ld: Int, into w: UnsafeMutablePointer<Double>) {
    for r in 0..<k { (w + r * q).update(from: x + r * ld, count: q) }
  }

  /// x[rows] += w for a q x k block w (leading dimension q).
  @inline(__always)
  private func scatterAdd(_ w: UnsafePointer<Double>, _ q: Int, _ k: Int, into x: UnsafeMutablePointer<Double>,
                          _ ld: Int) {
    for r in 0..<k {
      let xr = x + r * ld
      let wr = w + r * q
      for i in 0..<q { xr[i] += wr[i] }
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
    let workSize = max(largestBlock, 1) * k
    storage.withUnsafeBufferPointer { sp in
      let s = SharedConstPointer(sp.baseAddress!)
      let x = SharedPointer(b)
      let reduce: @Sendable (Int) -> Void = { [self] part in
        let work = UnsafeMutablePointer<Double>.allocate(capacity: workSize)
        defer { work.deallocate() }
        if part == 0 {
          for t in 0..<mid where blockSizes[t] > 0 {
            forwardReduceStep(t, s.p, x.p, k, ld, work, prefetching: t + 1)
          }
        } else {
          for t in stride(from: blocks - 1, to: mid, by: -1) where blockSizes[t] > 0 {
            backwardReduceStep(t, s.p, x.p, k, ld, work, prefetching: t - 1)
          }
        }
      }
      if parallel { DispatchQueue.concurrentPerform(iterations: 2, execute: reduce) } else { reduce(0); reduce(1) }
      if blockSizes[mid] > 0 {
        let work = UnsafeMutablePointer<Double>.allocate(capacity: workSize)
        defer { work.deallocate() }
        forwardReduceStep(mid, s.p, x.p, k, ld, work)
      }
    }
  }

  /// One block of F^-1 from the front (blocks up to and including the middle one): x_t[tail] -= Ẽ_t x_{t-1}[tail],
  /// with Ẽ_t x = E_t (L_{t-1}[tail, tail]^-T x) formed in `work`, then x_t := L_t^-1 x_t. Needs block t factored
  /// and block t-1 done. Asks for block `prefetching`'s factor on the way (see ``prefetchHalf(_:_:half:)``).
  @inline(__always)
  private func forwardReduceStep(_ t: Int, _ s: UnsafePointer<Double>, _ x: UnsafeMutablePointer<Double>, _ k: Int,
                                 _ ld: Int, _ work: UnsafeMutablePointer<Double>, unpacked: Unpacked? = nil,
                                 prefetching next: Int = -1) {
    let m = blockSizes[t]
    let c = couplingSizes[t]
    let w = couplingWidths[t]
    var first = prefetchHalf(next, s, half: 0)
    if t > 0 && c > 0 && w > 0 && subdiagonalCounts[t] > 0 {
      gather(x + rowOffsets[t] - w, w, k, ld, into: work)
      trailingTriangular(t - 1, w, transpose: true, s, work, k, w, unpacked: unpacked, prefetching: first)
      subtractCoupling(t, transpose: false, s, work, w, x + rowOffsets[t] + (m - c), ld, k)
      first = nil
    }
    first?.issue()
    triangular(t, transpose: false, s, x + rowOffsets[t], k, ld, unpacked: unpacked,
               prefetching: prefetchHalf(next, s, half: 1))
  }

  /// One block of F^-1 from the back (blocks after the middle one): x_t := L_t^-1 x_t, then
  /// x_{t-1}[tail] -= Y_t' x_t[tail], with Y_t' x = E_t' (L_t[tail, tail]^-T x) formed in `work`. Asks for block
  /// `prefetching`'s factor on the way (see ``prefetchHalf(_:_:half:)``).
  @inline(__always)
  private func backwardReduceStep(_ t: Int, _ s: UnsafePointer<Double>, _ x: UnsafeMutablePointer<Double>, _ k: Int,
                                  _ ld: Int, _ work: UnsafeMutablePointer<Double>, unpacked: Unpacked? = nil,
                                  firstRow: Int = 0, prefetching next: Int = -1) {
    let m = blockSizes[t]
    let c = couplingSizes[t]
    let w = couplingWidths[t]
    // Rows before firstRow are zero and stay so: only the trailing triangle acts.
    trailingTriangular(t, m - firstRow, transpose: false, s, x + rowOffsets[t] + firstRow, k, ld, unpacked: unpacked,
                       prefetching: prefetchHalf(next, s, half: 0))
    let second = prefetchHalf(next, s, half: 1)
    if c > 0 && w > 0 && subdiagonalCounts[t] > 0 {
      gather(x + rowOffsets[t] + (m - c), c, k, ld, into: work)
      trailingTriangular(t, c, transpose: true, s, work, k, c, unpacked: unpacked, prefetching: second)
      subtractCoupling(t, transpose: true, s, work, c, x + rowOffsets[t] - w, ld, k)
    } else {
      second?.issue()
    }
  }

  /// Applies F^-T (see ``forwardSolve(_:rightHandSides:leadingDimension:)``): the middle block's transposed
  /// triangular solve, then both sweeps substitute back outwards.
  public func backwardSolve(_ b: UnsafeMutablePointer<Double>, rightHandSides k: Int, leadingDimension ld: Int) {
    let blocks = blockSizes.count
    if blocks == 0 || k == 0 { return }
    let mid = middle
    let workSize = max(largestBlock, 1) * k
    storage.withUnsafeBufferPointer { sp in
      let s = SharedConstPointer(sp.baseAddress!)
      let x = SharedPointer(b)
      if blockSizes[mid] > 0 { triangular(mid, transpose: true, s.p, x.p + rowOffsets[mid], k, ld) }
      let expand: @Sendable (Int) -> Void = { [self] part in
        let work = UnsafeMutablePointer<Double>.allocate(capacity: workSize)
        defer { work.deallocate() }
        if part == 0 {
          // x_t[tail] -= Ẽ_{t+1}' x_{t+1}[tail] = L_t[tail, tail]^-1 E_{t+1}' x_{t+1}[tail], then x_t := L_t^-T x_t.
          for t in stride(from: mid - 1, through: 0, by: -1) where blockSizes[t] > 0 {
            var first = prefetchHalf(t - 1, s.p, half: 0)
            let cn = couplingSizes[t + 1]
            let mn = blockSizes[t + 1]
            let wn = couplingWidths[t + 1]
            if cn > 0 && mn > 0 && wn > 0 && subdiagonalCounts[t + 1] > 0 {
              for r in 0..<k { (work + r * wn).update(repeating: 0, count: wn) }
              subtractCoupling(t + 1, transpose: true, s.p, x.p + rowOffsets[t + 1] + (mn - cn), ld, work, wn, k)
              trailingTriangular(t, wn, transpose: false, s.p, work, k, wn, prefetching: first)
              scatterAdd(work, wn, k, into: x.p + rowOffsets[t + 1] - wn, ld)
              first = nil
            }
            first?.issue()
            triangular(t, transpose: true, s.p, x.p + rowOffsets[t], k, ld,
                       prefetching: prefetchHalf(t - 1, s.p, half: 1))
          }
        } else {
          // x_t[tail] -= Y_t x_{t-1}[tail] = L_t[tail, tail]^-1 E_t x_{t-1}[tail], then x_t := L_t^-T x_t.
          for t in (mid + 1)..<blocks where blockSizes[t] > 0 {
            var first = prefetchHalf(t + 1, s.p, half: 0)
            let m = blockSizes[t]
            let c = couplingSizes[t]
            let w = couplingWidths[t]
            if c > 0 && w > 0 && subdiagonalCounts[t] > 0 {
              for r in 0..<k { (work + r * c).update(repeating: 0, count: c) }
              subtractCoupling(t, transpose: false, s.p, x.p + rowOffsets[t] - w, ld, work, c, k)
              trailingTriangular(t, c, transpose: false, s.p, work, k, c, prefetching: first)
              scatterAdd(work, c, k, into: x.p + rowOffsets[t] + (m - c), ld)
              first = nil
            }
            first?.issue()
            triangular(t, transpose: true, s.p, x.p + rowOffsets[t], k, ld,
                       prefetching: prefetchHalf(t + 1, s.p, half: 1))
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
