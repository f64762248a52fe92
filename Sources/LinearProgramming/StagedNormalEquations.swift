import Foundation
import Dispatch
import LinearAlgebra

/// The stage-structured backend for multi-period LPs.
///
/// Rows are ordered stage by stage; inside a stage, rows that share a column with a row of the previous stage
/// (state of charge, ramping) come last. Then `M = A Θ A' + δI` restricted to the stage rows is block-tridiagonal
/// with sub-diagonal blocks nonzero only in those trailing coupling rows, and is factored by
/// ``BlockTridiagonalCholesky``. The products of A's entries that make up M are listed once, block by block (with
/// each sub-diagonal block's sparsity pattern); each factorisation scales them by Θ inside its block fill, so the
/// matrix is built block by block in cache while it is factored and is never stored unfactored. Border rows (stage
/// ``StageStructure/border``) and border columns (a capacity that appears in every stage) never enter the blocks:
/// with `v = Θ_D A_D' dy` the system is
///
///     [ K_cc  G ] [dy_c]   [r_c]         G = [K_cb  A_D,c]
///     [ G'    H ] [ z  ] = [r_b; 0]      H = [[K_bb, A_D,b], [A_D,b', -Θ_D^-1]]
///
/// With the twisted factorisation K_cc = F F' and W = F^-1 G (one half-solve per factorisation), the Schur complement
/// is `S = H - W'W` (small, dense, indefinite: LU), and a solve is one pass: u = F^-1 r_c, z = S^-1 (r_b - W'u),
/// dy_c = F^-T (u - W z).
struct StagedNormalEquations: NormalEquations {
  let m: Int
  let chainOrder: Int
  /// Chain position -> standard-form row.
  let chainRow: [Int]
  /// Border rows (standard-form indices) and border columns.
  let borderRows: [Int]
  let borderColumns: [Int]
  var chain: BlockTridiagonalCholesky
  // Pairs of rows sharing a regular column, grouped by block (block t's from pairStart[t]): position from the start
  // of the block's storage, coefficient, column.
  let pairs: ChainPairs
  let pairStart: [Int]
  /// The chain-ordered right-hand side of a solve (kept between solves).
  let work: ScratchBuffer
  // Pairs with one chain row and one border row: position in G (N x K, column-major), grouped by the block of the
  // chain row (block t's from gStart[t]).
  let gPosition: [Int]
  let gCoefficient: [Double]
  let gColumn: [Int32]
  let gStart: [Int]
  // Pairs of border rows: position in H (K x K), coefficient, column (each off-diagonal pair stored twice).
  let hPosition: [Int]
  let hCoefficient: [Double]
  let hColumn: [Int32]
  // Constant entries of the border columns in G (grouped by block, block t's from gConstantStart[t]) and H.
  let gConstant: [(Int, Double)]
  let gConstantStart: [Int]
  let hConstant: [(Int, Double)]
  /// G before a factorisation, W = F^-1 G after it (N x K, column-major), then a column for a fused right-hand side.
  var g: [Double]
  /// Per block, the first row where G may be nonzero (the block size where it is zero).
  let firstNonzeroRows: [Int]
  /// W'W accumulated block by block during a factorisation, one K x K matrix per sweep.
  let gram: ScratchBuffer
  var lu: LUFactorization?
  /// The stages' sparse leading rows, eliminated before the chain (nil: dense blocks; see ``SparseStages``).
  let sparse: SparseStages?
  /// Floating-point operations of one factorisation of the chain, Σ_t m_t³/3 + c_t w_t² + c_t² w_t (each block's
  /// Cholesky, the coupling's triangular solve and its rank-c_t update; the sparse leading rows' share left out).
  let factorFlops: Double
  /// With `sparse`: per stage the first row (full order) where G may be nonzero, and the chain's copy of the trailing
  /// rows of G and the fused right-hand side (trailing order x (K + 1)).
  let fullFirstNonzeroRows: [Int]
  let trailingG: ScratchBuffer?

  var borderSize: Int { borderRows.count + borderColumns.count }

  /// - Parameter classes: the rows' classes from ``classify(_:originalNames:)``, when the caller has them already.
  init(_ form: StandardForm, structure: StageStructure, originalNames: ([String], [String]), parallel: Bool,
       blocks: StagedBlocks = .dense, classes: RowClasses? = nil) throws {
    let (a, at) = (form.a, form.at)
    m = a.rowCount
    let n = a.columnCount
    let rowStage = form.rowStage ?? []
    let colStage = form.columnStage ?? []
    let border = StageStructure.border
    let (stageCount, classStart, bRows, order, chainPosition) =
      try classes ?? Self.classify(form, originalNames: originalNames)
    let nChain = classStart[3 * stageCount]
    let chainIndex = chainPosition  // immutable: the pair passes read it on two threads
    let (rowOffset, sizes, couplingSizes, widths) = Self.blocks(classStart: classStart)
    let bCols = (0..<n).filter { colStage[$0] == border }
    let kb = bRows.count
    let kTotal = kb + bCols.count
    var borderIndex = [Int](repeating: -1, count: m)
    for (k, i) in bRows.enumerated() { borderIndex[i] = k }
    // Chain pairs: every pair of chain rows sharing a regular column, grouped by block (the later stage of the two)
    // and, inside a block, in column order (locality of Θ). Two passes over the columns, split over two threads: the
    // first counts each half's pairs per block, the second writes them in place, the first half's pairs of a block
    // before the second half's, which is the order a single pass would give. A diagonal-block pair's position is its
    // index inside D_t; a coupling pair first gets its dense index i + j c_t inside E_t's c_t x w_t corner (flagged),
    // replaced by its slot in the block's coupling pattern once that pattern is known.
    let counts = UnsafeMutablePointer<Int>.allocate(capacity: 2 * stageCount)
    counts.initialize(repeating: 0, count: 2 * stageCount)
    defer { counts.deallocate() }
    let shared = SharedPointer(counts)
    /// Calls `body` with the block, position, column and the two entries of A' (u >= v) of every chain pair.
    @Sendable func forEachChainPair(in columns: Range<Int>, _ body: (Int, UInt32, Int, Int, Int) -> Void) {
      for j in columns where colStage[j] != border {
        let lo = at.rowStart[j]
        for u in lo..<at.rowStart[j + 1] {
          let p = at.columnIndices[u]
          let cp = chainIndex[p]
          if cp < 0 { continue }
          for v in lo...u {
            let q = at.columnIndices[v]
            let cq = chainIndex[q]
            if cq < 0 { continue }
            var (r, rr) = (cp, cq)
            var (tr, tc) = (rowStage[p], rowStage[q])
            if tr < tc || (tr == tc && r < rr) { swap(&r, &rr); swap(&tr, &tc) }
            if tr == tc {
              body(tr, UInt32((r - rowOffset[tr]) + (rr - rowOffset[tr]) * sizes[tr]), j, u, v)
            } else {
              let ct = couplingSizes[tr]
              let i = r - rowOffset[tr] - (sizes[tr] - ct)
              let jj = rr - rowOffset[tc] - (sizes[tc] - widths[tr])
              body(tr, ChainPairs.couplingFlag | UInt32(i + jj * ct), j, u, v)
            }
          }
        }
      }
    }
    Chunks.run(n, parallel: parallel) { lo, hi, part in
      let count = shared.p + part * stageCount
      forEachChainPair(in: lo..<hi) { t, _, _, _, _ in count[t] += 1 }
    }
    var pairStart = [Int](repeating: 0, count: stageCount + 1)
    for t in 0..<stageCount {
      let (first, second) = (counts[t], counts[stageCount + t])
      counts[t] = pairStart[t]
      counts[stageCount + t] = pairStart[t] + first
      pairStart[t + 1] = pairStart[t] + first + second
    }
    let pairs = ChainPairs(count: pairStart[stageCount])
    Chunks.run(n, parallel: parallel) { lo, hi, part in
      let next = shared.p + part * stageCount
      forEachChainPair(in: lo..<hi) { t, position, j, u, v in
        let k = next[t]
        pairs.position[k] = position
        pairs.coefficient[k] = at.values[u] * at.values[v]
        pairs.column[k] = Int32(j)
        next[t] = k + 1
      }
    }
    // Each block's coupling pattern: the corner entries some pair touches, in ascending dense index (column-major);
    // a coupling pair's position is then m_t * m_t plus its entry's index (see BlockTridiagonalCholesky.BlockFill).
    var patterns = [[(row: Int, column: Int)]](repeating: [], count: stageCount)
    var keys: [UInt32] = []
    for t in 0..<stageCount {
      let range = pairStart[t]..<pairStart[t + 1]
      keys.removeAll(keepingCapacity: true)
      for k in range where pairs.position[k] & ChainPairs.couplingFlag != 0 {
        keys.append(pairs.position[k] & ~ChainPairs.couplingFlag)
      }
      if keys.isEmpty { continue }
      keys.sort()
      var unique = 0
      for key in keys where unique == 0 || keys[unique - 1] != key {
        keys[unique] = key
        unique += 1
      }
      keys.removeLast(keys.count - unique)
      let ct = couplingSizes[t]
      patterns[t] = keys.map { (row: Int($0) % ct, column: Int($0) / ct) }
      let diagonal = UInt32(sizes[t] * sizes[t])
      for k in range where pairs.position[k] & ChainPairs.couplingFlag != 0 {
        pairs.position[k] = diagonal + UInt32(keys.sortedIndex(of: pairs.position[k] & ~ChainPairs.couplingFlag))
      }
    }
    if parallel { BLAS.setThreadCount(1) }
    // Pairs with a border row, in column order.
    var gPos: [Int] = []
    var gCoef: [Double] = []
    var gCol: [Int32] = []
    var gBlock: [Int32] = []
    var hPos: [Int] = []
    var hCoef: [Double] = []
    var hCol: [Int32] = []
    for j in 0..<n where colStage[j] != border {
      let lo = at.rowStart[j]
      let hi = at.rowStart[j + 1]
      guard (lo..<hi).contains(where: { chainIndex[at.columnIndices[$0]] < 0 }) else { continue }
      for u in lo..<hi {
        let p = at.columnIndices[u]
        for v in lo...u {
          let q = at.columnIndices[v]
          let coef = at.values[u] * at.values[v]
          let cp = chainIndex[p]
          let cq = chainIndex[q]
          if cp >= 0 && cq >= 0 { continue }
          if cp >= 0 || cq >= 0 {
            let (c, bk) = cp >= 0 ? (cp, borderIndex[q]) : (cq, borderIndex[p])
            gPos.append(c + bk * nChain)
            gCoef.append(coef)
            gCol.append(Int32(j))
            gBlock.append(Int32(cp >= 0 ? rowStage[p] : rowStage[q]))
          } else {
            let (bp, bq) = (borderIndex[p], borderIndex[q])
            hPos.append(bp + bq * kTotal)
            hCoef.append(coef)
            hCol.append(Int32(j))
            if bp != bq {
              hPos.append(bq + bp * kTotal)
              hCoef.append(coef)
              hCol.append(Int32(j))
            }
          }
        }
      }
    }
    var gConst: [(Int, Double)] = []
    var gConstBlock: [Int32] = []
    var hConst: [(Int, Double)] = []
    for (k, j) in bCols.enumerated() {
      let col = kb + k
      for u in at.rowStart[j]..<at.rowStart[j + 1] {
        let (i, v) = (at.columnIndices[u], at.values[u])
        if chainIndex[i] >= 0 {
          gConst.append((chainIndex[i] + col * nChain, v))
          gConstBlock.append(Int32(rowStage[i]))
        } else {
          let bi = borderIndex[i]
          hConst.append((bi + col * kTotal, v))
          hConst.append((col + bi * kTotal, v))
        }
      }
    }
    // The border columns of G are sparse right-hand sides for the factorisation (a cyclic state-of-charge row touches
    // only the first and last hours): the first row of each block where G may be nonzero.
    var firstNonzero = sizes
    for p in gPos + gConst.map({ $0.0 }) {
      let c = p % nChain
      let t = rowStage[order[c]]
      firstNonzero[t] = min(firstNonzero[t], c - rowOffset[t])
    }
    // Sparse leading rows: the chain then works on the trailing rows' Schur complements, with its own pairs.
    var chainSizes = sizes
    var chainFirst = firstNonzero
    var chainPairs = pairs
    var chainPairStart = pairStart
    var sparse: SparseStages? = nil
    if blocks != .dense {
      let leading = (0..<stageCount).map { classStart[3 * $0 + 1] - classStart[3 * $0] }
      if let made = SparseStages.make(pairs: pairs, pairStart: pairStart, fullSizes: sizes, leadingSizes: leading,
                                      choice: blocks) {
        sparse = made.0
        chainPairs = made.chainPairs
        chainPairStart = made.chainPairStart
        chainSizes = made.0.trailingSizes
        // A border entry on a local row reaches every trailing row of its stage through L_B.
        chainFirst = (0..<stageCount).map { firstNonzero[$0] >= leading[$0] ? firstNonzero[$0] - leading[$0] : 0 }
      }
    }
    let middle = BlockTridiagonalCholesky.balancedMiddle(
      blockSizes: chainSizes, couplingSizes: couplingSizes, couplingWidths: widths, subdiagonalPatterns: patterns,
      sparseColumns: kTotal, firstNonzeroRows: chainFirst)
    let chain = try BlockTridiagonalCholesky(
      blockSizes: chainSizes, couplingSizes: couplingSizes, couplingWidths: widths, subdiagonalPatterns: patterns,
      parallel: parallel, filledByFactorisation: true, middle: stageCount >= 4 ? middle : nil)
    factorFlops = Self.flops(sizes: chainSizes, couplingSizes: couplingSizes, widths: widths)
    self.firstNonzeroRows = chainFirst
    self.fullFirstNonzeroRows = firstNonzero
    self.sparse = sparse
    self.trailingG = sparse.map { ScratchBuffer(count: $0.trailingOrder * (kTotal + 1)) }
    self.chainOrder = nChain
    self.chainRow = order
    self.borderRows = bRows
    self.borderColumns = bCols
    self.chain = chain
    self.pairs = chainPairs
    self.pairStart = chainPairStart
    self.work = ScratchBuffer(count: nChain)
    let gOrder = Self.groupedByBlock(gBlock, blocks: stageCount)
    self.gPosition = gOrder.order.map { gPos[$0] }
    self.gCoefficient = gOrder.order.map { gCoef[$0] }
    self.gColumn = gOrder.order.map { gCol[$0] }
    self.gStart = gOrder.start
    let gConstOrder = Self.groupedByBlock(gConstBlock, blocks: stageCount)
    self.gConstant = gConstOrder.order.map { gConst[$0] }
    self.gConstantStart = gConstOrder.start
    self.gram = ScratchBuffer(count: 2 * kTotal * kTotal)
    self.hPosition = hPos
    self.hCoefficient = hCoef
    self.hColumn = hCol
    self.hConstant = hConst
    // G (W after a factorisation), and one more column for a right-hand side solved along with the factorisation;
    // each factorisation's block fill zeroes and fills G's rows, and the fused column is written before use.
    self.g = [Double](uninitializedCount: nChain * (kTotal + 1))
    self.lu = nil
  }

  /// A stable counting sort of entries by block: the entry indices in block order, and where each block's start.
  private static func groupedByBlock(_ block: [Int32], blocks: Int) -> (order: [Int], start: [Int]) {
    var start = [Int](repeating: 0, count: blocks + 1)
    for t in block { start[Int(t) + 1] += 1 }
    for t in 0..<blocks { start[t + 1] += start[t] }
    var next = start
    var order = [Int](repeating: 0, count: block.count)
    for (k, t) in block.enumerated() {
      order[next[Int(t)]] = k
      next[Int(t)] += 1
    }
    return (order, start)
  }

  /// The rows of each stage in three classes, in this order: local (they meet no other stage), exposed (the next
  /// stage's rows touch their columns), coupling (they touch the previous stage's columns). Returns the number of
  /// stages, where each class of each stage starts in the chain order (class k of stage t at `classStart[3 t + k]`),
  /// the border rows, and the chain order (chain position -> row, and row -> chain position or -1). Throws when a
  /// row or column breaks the stage rule.
  static func classify(_ form: StandardForm, originalNames: ([String], [String])) throws -> RowClasses {
    let (a, at) = (form.a, form.at)
    let m = a.rowCount
    let n = a.columnCount
    let rowStage = form.rowStage ?? []
    let colStage = form.columnStage ?? []
    let border = StageStructure.border
    func rowName(_ i: Int) -> String { originalNames.0[form.originalRow[i]] }
    func columnName(_ j: Int) -> String {
      let o = form.originalColumn[j]
      return o >= 0 ? originalNames.1[o] : "slack of row '\(originalNames.0[-1 - o])'"
    }
    for i in 0..<m where rowStage[i] < border {
      throw LinearProgramError.invalidStageStructure(
        "row '\(rowName(i))' has stage \(rowStage[i]); allowed: >= 0, or -1 for the border")
    }
    for j in 0..<n where colStage[j] < border {
      throw LinearProgramError.invalidStageStructure(
        "column '\(columnName(j))' has stage \(colStage[j]); allowed: >= 0, or -1 for the border")
    }
    let stageCount = max(rowStage.max() ?? -1, 0) + 1
    var coupling = [Bool](repeating: false, count: m)
    var exposed = [Bool](repeating: false, count: m)
    for j in 0..<n where colStage[j] != border {
      let entries = at.rowStart[j]..<at.rowStart[j + 1]
      var lo = Int.max
      var hi = Int.min
      var loRow = -1
      var hiRow = -1
      for u in entries where rowStage[at.columnIndices[u]] != border {
        let i = at.columnIndices[u]
        if rowStage[i] < lo { lo = rowStage[i]; loRow = i }
        if rowStage[i] > hi { hi = rowStage[i]; hiRow = i }
      }
      if loRow < 0 { continue }
      if hi - lo > 1 {
        throw LinearProgramError.invalidStageStructure(
          "rows '\(rowName(loRow))' (stage \(lo)) and '\(rowName(hiRow))' (stage \(hi)) share column "
            + "'\(columnName(j))'; rows that share a column must be in the same or neighbouring stages "
            + "(make the column or one of the rows a border one)")
      }
      if hi == lo + 1 {
        for u in entries where rowStage[at.columnIndices[u]] != border {
          let i = at.columnIndices[u]
          if rowStage[i] == hi { coupling[i] = true } else { exposed[i] = true }
        }
      }
    }
    // Order per stage: local rows, then rows the next stage touches, then the coupling rows (which touch the
    // previous stage). The coupling rows of stage t+1 then meet only the trailing rows of stage t: E_{t+1} is narrow.
    // A stable counting sort on the key 3 t + class lists the rows so, each class in row order.
    func key(_ i: Int) -> Int { 3 * rowStage[i] + (coupling[i] ? 2 : exposed[i] ? 1 : 0) }
    var classStart = [Int](repeating: 0, count: 3 * stageCount + 1)
    var bRows: [Int] = []
    for i in 0..<m {
      if rowStage[i] == border { bRows.append(i) } else { classStart[key(i) + 1] += 1 }
    }
    for k in 0..<3 * stageCount { classStart[k + 1] += classStart[k] }
    let nChain = classStart[3 * stageCount]
    var order = [Int](repeating: 0, count: nChain)
    var chainPosition = [Int](repeating: -1, count: m)
    var nextInClass = classStart
    for i in 0..<m where rowStage[i] != border {
      let k = key(i)
      order[nextInClass[k]] = i
      chainPosition[i] = nextInClass[k]
      nextInClass[k] += 1
    }
    return (stageCount, classStart, bRows, order, chainPosition)
  }

  /// What ``classify(_:originalNames:)`` returns.
  typealias RowClasses = (stageCount: Int, classStart: [Int], borderRows: [Int], order: [Int], chainPosition: [Int])

  /// Floating-point operations of one factorisation with dense stage blocks (``factorFlops``), from the row classes
  /// alone: what the backend would cost, before it is built.
  static func estimatedFactorFlops(_ classes: RowClasses) -> Double {
    let (_, sizes, couplingSizes, widths) = blocks(classStart: classes.classStart)
    return flops(sizes: sizes, couplingSizes: couplingSizes, widths: widths)
  }

  /// Σ_t m_t³/3 + c_t w_t² + c_t² w_t: each block's Cholesky, the coupling's triangular solve and its rank-c_t update.
  static func flops(sizes: [Int], couplingSizes: [Int], widths: [Int]) -> Double {
    zip(sizes, zip(couplingSizes, widths)).reduce(0.0) { sum, block in
      let (m, (c, w)) = (Double(block.0), (Double(block.1.0), Double(block.1.1)))
      return sum + m * m * m / 3 + c * w * w + c * c * w
    }
  }

  /// Block t of the chain from the start of each class of rows (local, exposed, coupling) of each stage: its first
  /// row and size, and its last c_t rows (the coupling ones) touching the last w_t rows of block t-1 (the exposed and
  /// coupling ones).
  private static func blocks(classStart: [Int])
    -> (rowOffset: [Int], sizes: [Int], couplingSizes: [Int], widths: [Int])
  {
    var (rowOffset, sizes, couplingSizes, widths) = ([Int](), [Int](), [Int](), [Int]())
    for t in 0..<(classStart.count - 1) / 3 {
      let (first, tail, end) = (classStart[3 * t], classStart[3 * t + 2], classStart[3 * t + 3])
      rowOffset.append(first)
      sizes.append(end - first)
      couplingSizes.append(t == 0 ? 0 : end - tail)
      widths.append(t == 0 ? 0 : first - classStart[3 * t - 2])
    }
    return (rowOffset, sizes, couplingSizes, widths)
  }

  mutating func factor(theta: [Double], delta: Double) throws -> Int {
    try factor(theta: theta, delta: delta, fusingRightHandSide: false)
  }

  /// Factors with the forward half of the solve for r riding on the factorisation's sweeps (r goes in G's extra
  /// column), then finishes the solve as ``solve(_:)`` does.
  mutating func factor(theta: [Double], delta: Double, solving r: inout [Double]) throws -> Int {
    let (nChain, kTotal, chainRow) = (chainOrder, borderSize, self.chainRow)
    g.withUnsafeMutableBufferPointer { gp in
      let column = gp.baseAddress! + kTotal * nChain
      for k in 0..<nChain { column[k] = r[chainRow[k]] }
    }
    let shifted = try factor(theta: theta, delta: delta, fusingRightHandSide: true)
    g.withUnsafeBufferPointer { gp in work.p.update(from: gp.baseAddress! + kTotal * nChain, count: nChain) }
    finishSolve(&r)
    return shifted
  }

  /// Factors K_cc and the border's Schur complement; with `fusingRightHandSide`, G's extra column (a chain-ordered
  /// right-hand side) is forward-solved along with G.
  private mutating func factor(theta: [Double], delta: Double, fusingRightHandSide fused: Bool) throws -> Int {
    let kTotal = borderSize
    let nChain = chainOrder
    let forwardColumns = kTotal + (fused ? 1 : 0)
    let gramSize = kTotal * kTotal
    gram.p.update(repeating: 0, count: 2 * gramSize)
    let shifted = try sparse != nil ? factorSparse(theta: theta, delta: delta, forwardColumns: forwardColumns)
      : theta.withUnsafeBufferPointer { th -> Int in
      guard let base = th.baseAddress else { return try chain.factor(pivotShift: 1e-12) }
      let pairs = self.pairs
      let thp = SharedConstPointer(base)
      let starts = pairStart
      let sizes = chain.blockSizes
      let rowOffsets = chain.rowOffsets
      let gPosition = self.gPosition
      let gCoefficient = self.gCoefficient
      let gColumn = self.gColumn
      let gStart = self.gStart
      let gConstant = self.gConstant
      let gConstantStart = self.gConstantStart
      let gram = self.gram
      let firstNonzeroRows = self.firstNonzeroRows
      return try g.withUnsafeMutableBufferPointer { (gp: inout UnsafeMutableBufferPointer<Double>) throws -> Int in
        let gBase = SharedPointer(gp.baseAddress!)
        // Each block is filled by the factorisation just before it is factored: A Θ A' pair by pair, then δ on the
        // diagonal, and the block's rows of G (zeroed, then pair by pair and the border columns' constants).
        let fill: BlockTridiagonalCholesky.BlockFill = { (t: Int, block: UnsafeMutablePointer<Double>) in
          let (position, coefficient, column) = (pairs.position, pairs.coefficient, pairs.column)
          for k in starts[t]..<starts[t + 1] { block[Int(position[k])] += coefficient[k] * thp.p[Int(column[k])] }
          let m = sizes[t]
          for l in 0..<m { block[l * (m + 1)] += delta }
          guard kTotal > 0 else { return }
          for col in 0..<kTotal { (gBase.p + col * nChain + rowOffsets[t]).update(repeating: 0, count: m) }
          for k in gStart[t]..<gStart[t + 1] { gBase.p[gPosition[k]] += gCoefficient[k] * thp.p[Int(gColumn[k])] }
          for k in gConstantStart[t]..<gConstantStart[t + 1] { gBase.p[gConstant[k].0] = gConstant[k].1 }
        }
        guard forwardColumns > 0 else { return try chain.factor(pivotShift: 1e-12, fill: fill) }
        // W'W, block by block as each block's rows of W become final, into one accumulator per sweep.
        let finished: BlockTridiagonalCholesky.BlockDone = { (t: Int, sweep: Int, first: Int) in
          let rows = UnsafePointer(gBase.p + rowOffsets[t] + first)
          DenseKernels.subtractGram(n: sizes[t] - first, k: kTotal, rows, leadingDimension: nChain,
                                    into: gram.p + sweep * gramSize)
        }
        // Factor K_cc = F F' and, block by block on the way, W = F^-1 G in place of G (G's columns are sparse).
        return try chain.factor(pivotShift: 1e-12, fill: fill, forwardSolving: gBase.p, rightHandSides: forwardColumns,
                                leadingDimension: nChain, sparseColumns: kTotal, firstNonzeroRows: firstNonzeroRows,
                                finished: kTotal > 0 ? finished : nil)
      }
    }
    guard kTotal > 0 else { return shifted }
    var h = [Double](repeating: 0, count: gramSize)
    for k in 0..<hPosition.count { h[hPosition[k]] += hCoefficient[k] * theta[Int(hColumn[k])] }
    for (p, v) in hConstant { h[p] = v }
    let kb = borderRows.count
    for k in 0..<kb { h[k * (kTotal + 1)] += delta }
    for (k, j) in borderColumns.enumerated() { h[(kb + k) * (kTotal + 1)] = -1 / theta[j] }
    // S = H - W'W.
    for k in 0..<gramSize { h[k] += gram.p[k] + gram.p[gramSize + k] }
    var s = Matrix(rows: kTotal, columns: kTotal)
    s.storage = h
    do {
      lu = try LUFactorization(s)
    } catch LinearAlgebraError.singular {
      // An exactly singular Schur complement (a border row whose columns all sit at their bounds): regularise it
      // like the blocks, positive on the border rows and negative on the border columns; refinement corrects it.
      var largest = 1.0
      for v in h { largest = max(largest, abs(v)) }
      let shift = 1e-12 * largest
      for k in 0..<kTotal { s[k, k] += k < kb ? shift : -shift }
      lu = try LUFactorization(s)
    }
    return shifted
  }

  /// ``factor(theta:delta:fusingRightHandSide:)`` with sparse leading rows (see ``SparseStages``): the chain's fill
  /// of a block eliminates the stage's local rows into it and forward-solves the stage's rows of G and of the fused
  /// right-hand side with L (in full chain order), handing their trailing rows to the chain, whose forward solve
  /// finishes them; `finished` copies them back and sums W'W over both kinds of rows.
  private mutating func factorSparse(theta: [Double], delta: Double, forwardColumns: Int) throws -> Int {
    let sp = sparse!
    let (kTotal, nChain, nTrail) = (borderSize, chainOrder, sp.trailingOrder)
    let gramSize = kTotal * kTotal
    let pairs = self.pairs
    let starts = pairStart
    let sizes = chain.blockSizes
    let (gPosition, gCoefficient, gColumn, gStart) = (self.gPosition, self.gCoefficient, self.gColumn, self.gStart)
    let (gConstant, gConstantStart) = (self.gConstant, self.gConstantStart)
    let gram = self.gram
    let fullFirst = fullFirstNonzeroRows
    let trailingG = SharedPointer(self.trailingG!.p)
    let middle = chain.middle
    let shifted = try theta.withUnsafeBufferPointer { th -> Int in
      guard let base = th.baseAddress else { return try chain.factor(pivotShift: 1e-12) }
      let thp = SharedConstPointer(base)
      return try g.withUnsafeMutableBufferPointer { (gp: inout UnsafeMutableBufferPointer<Double>) throws -> Int in
        let gBase = SharedPointer(gp.baseAddress!)
        let fill: BlockTridiagonalCholesky.BlockFill = { (t: Int, block: UnsafeMutablePointer<Double>) in
          let (position, coefficient, column) = (pairs.position, pairs.coefficient, pairs.column)
          for k in starts[t]..<starts[t + 1] { block[Int(position[k])] += coefficient[k] * thp.p[Int(column[k])] }
          let q = sizes[t]
          for l in 0..<q { block[l * (q + 1)] += delta }
          sp.eliminate(t, theta: thp.p, delta: delta, into: block)
          guard forwardColumns > 0 else { return }
          let (m, offset) = (sp.fullSizes[t], sp.fullOffsets[t])
          if kTotal > 0 {
            for col in 0..<kTotal { (gBase.p + col * nChain + offset).update(repeating: 0, count: m) }
            for k in gStart[t]..<gStart[t + 1] { gBase.p[gPosition[k]] += gCoefficient[k] * thp.p[Int(gColumn[k])] }
            for k in gConstantStart[t]..<gConstantStart[t + 1] { gBase.p[gConstant[k].0] = gConstant[k].1 }
          }
          // G's columns need L^-1 only in stages where they touch a local row; the fused column always does.
          if fullFirst[t] < sp.leadingSizes[t] {
            sp.forward(t, gBase.p, forwardColumns, nChain)
          } else if forwardColumns > kTotal {
            sp.forward(t, gBase.p + kTotal * nChain, 1, nChain)
          }
          sp.copyTrailing(t, full: gBase.p, nChain, trailing: trailingG.p, nTrail, forwardColumns, toTrailing: true)
        }
        guard forwardColumns > 0 else { return try chain.factor(pivotShift: 1e-12, fill: fill) }
        // W's rows of a stage: local ones (zero unless G touches a local row) and trailing ones from `first` on.
        let finished: BlockTridiagonalCholesky.BlockDone = { (t: Int, sweep: Int, first: Int) in
          sp.copyTrailing(t, full: gBase.p, nChain, trailing: trailingG.p, nTrail, forwardColumns, toTrailing: false)
          guard kTotal > 0 else { return }
          let m = sp.fullSizes[t]
          let from = fullFirst[t] < sp.leadingSizes[t] ? 0 : sp.leadingSizes[t] + first
          if from >= m { return }
          DenseKernels.subtractGram(n: m - from, k: kTotal, UnsafePointer(gBase.p + sp.fullOffsets[t] + from),
                                    leadingDimension: nChain, into: gram.p + sweep * gramSize)
        }
        let shifted = try chain.factor(pivotShift: 1e-12, fill: fill, forwardSolving: trailingG.p,
                                       rightHandSides: forwardColumns, leadingDimension: nTrail,
                                       sparseColumns: kTotal, firstNonzeroRows: firstNonzeroRows, finished: finished)
        // Stages without trailing rows are not visited by `finished` (except the middle one): W's rows are local.
        if kTotal > 0 {
          for t in 0..<sp.stageCount where sizes[t] == 0 && t != middle && fullFirst[t] < sp.leadingSizes[t] {
            DenseKernels.subtractGram(n: sp.fullSizes[t], k: kTotal, UnsafePointer(gBase.p + sp.fullOffsets[t]),
                                      leadingDimension: nChain, into: gram.p)
          }
        }
        return shifted
      }
    }
    return shifted + sp.replacedCount
  }

  /// F^-1 on the chain-ordered work vector with sparse leading rows: each stage's L^-1, then the chain's forward solve
  /// on the trailing rows.
  private func sparseForwardSolve(_ sp: SparseStages) {
    let (nChain, nTrail) = (chainOrder, sp.trailingOrder)
    let (w, tw) = (SharedPointer(work.p), SharedPointer(sp.trailingWork.p))
    SparseStages.run(sp.stageCount, parallel: chain.parallel) { lo, hi, _ in
      for t in lo..<hi {
        sp.forward(t, w.p, 1, nChain)
        sp.copyTrailing(t, full: w.p, nChain, trailing: tw.p, nTrail, 1, toTrailing: true)
      }
    }
    chain.forwardSolve(tw.p, rightHandSides: 1, leadingDimension: nTrail)
    SparseStages.run(sp.stageCount, parallel: chain.parallel) { lo, hi, _ in
      for t in lo..<hi { sp.copyTrailing(t, full: w.p, nChain, trailing: tw.p, nTrail, 1, toTrailing: false) }
    }
  }

  /// F^-T on a chain-ordered vector with sparse leading rows: the chain's backward solve on the trailing rows, then
  /// each stage's L^-T.
  private func sparseBackwardSolve(_ sp: SparseStages, _ u: UnsafeMutablePointer<Double>) {
    let (nChain, nTrail) = (chainOrder, sp.trailingOrder)
    let (w, tw) = (SharedPointer(u), SharedPointer(sp.trailingWork.p))
    SparseStages.run(sp.stageCount, parallel: chain.parallel) { lo, hi, _ in
      for t in lo..<hi { sp.copyTrailing(t, full: w.p, nChain, trailing: tw.p, nTrail, 1, toTrailing: true) }
    }
    chain.backwardSolve(tw.p, rightHandSides: 1, leadingDimension: nTrail)
    SparseStages.run(sp.stageCount, parallel: chain.parallel) { lo, hi, _ in
      for t in lo..<hi {
        sp.copyTrailing(t, full: w.p, nChain, trailing: tw.p, nTrail, 1, toTrailing: false)
        sp.backward(t, w.p)
      }
    }
  }

  func solve(_ r: inout [Double]) {
    let (nChain, chainRow, work) = (chainOrder, self.chainRow, self.work)
    r.withUnsafeBufferPointer { rp in
      let source = SharedConstPointer(rp.baseAddress!)
      Chunks.run(nChain, parallel: chain.parallel) { lo, hi, _ in
        for k in lo..<hi { work.p[k] = source.p[chainRow[k]] }
      }
    }
    if let sp = sparse {
      sparseForwardSolve(sp)
    } else {
      chain.forwardSolve(work.p, rightHandSides: 1, leadingDimension: nChain)
    }
    finishSolve(&r)
  }

  /// The rest of a solve once the chain-ordered work vector holds u = F^-1 r_c: the border, z = S^-1 (r_b - W'u),
  /// then dy_c = F^-T (u - W z), written back into r. The products with W (N x K, tens of megabytes for a year)
  /// are split over two threads by rows.
  private func finishSolve(_ r: inout [Double]) {
    let (nChain, chainRow, parallel) = (chainOrder, self.chainRow, chain.parallel)
    let u = SharedPointer(work.p)
    let kTotal = borderSize
    if kTotal > 0, let lu = lu {
      var t = [Double](repeating: 0, count: kTotal)
      for (k, i) in borderRows.enumerated() { t[k] = r[i] }
      let halves = UnsafeMutablePointer<Double>.allocate(capacity: 2 * kTotal)
      halves.initialize(repeating: 0, count: 2 * kTotal)
      defer { halves.deallocate() }
      let partial = SharedPointer(halves)
      g.withUnsafeBufferPointer { xp in
        let w = SharedConstPointer(xp.baseAddress!)
        Chunks.run(nChain, parallel: parallel) { lo, hi, part in
          DenseKernels.multiplyAdd(transpose: true, rows: hi - lo, columns: kTotal, alpha: -1, w.p + lo,
                                   leadingDimension: nChain, UnsafePointer(u.p + lo), into: partial.p + part * kTotal)
        }
      }
      for k in 0..<kTotal { t[k] += halves[k] + halves[kTotal + k] }
      let z = (try? lu.solve(t)) ?? t
      z.withUnsafeBufferPointer { zp in
        let zs = SharedConstPointer(zp.baseAddress!)
        g.withUnsafeBufferPointer { xp in
          let w = SharedConstPointer(xp.baseAddress!)
          Chunks.run(nChain, parallel: parallel) { lo, hi, _ in
            DenseKernels.multiplyAdd(transpose: false, rows: hi - lo, columns: kTotal, alpha: -1, w.p + lo,
                                     leadingDimension: nChain, zs.p, into: u.p + lo)
          }
        }
      }
      for (k, i) in borderRows.enumerated() { r[i] = z[k] }
    }
    if let sp = sparse {
      sparseBackwardSolve(sp, u.p)
    } else {
      chain.backwardSolve(u.p, rightHandSides: 1, leadingDimension: nChain)
    }
    r.withUnsafeMutableBufferPointer { rp in
      let target = SharedPointer(rp.baseAddress!)
      Chunks.run(nChain, parallel: parallel) { lo, hi, _ in
        for k in lo..<hi { target.p[chainRow[k]] = u.p[k] }
      }
    }
  }
}

/// The chain's fill pairs in memory that the fill closure, running on the factorisation's threads, can share.
/// Allocated uninitialised and written once, in place, by ``StagedNormalEquations``.
final class ChainPairs: @unchecked Sendable {
  /// Marks a position that is still a coupling pair's dense corner index while the pairs are being built (positions
  /// inside D_t stay below it unless a block has more than 46,340 rows, 17 GB of factor).
  static let couplingFlag: UInt32 = 1 << 31

  let position: UnsafeMutablePointer<UInt32>
  let coefficient: UnsafeMutablePointer<Double>
  let column: UnsafeMutablePointer<Int32>

  init(count: Int) {
    position = .allocate(capacity: max(count, 1))
    coefficient = .allocate(capacity: max(count, 1))
    column = .allocate(capacity: max(count, 1))
  }

  deinit {
    position.deallocate()
    coefficient.deallocate()
    column.deallocate()
  }
}

/// A work vector allocated once (solves would otherwise allocate, and page in, a fresh one each time).
final class ScratchBuffer: @unchecked Sendable {
  let p: UnsafeMutablePointer<Double>

  init(count: Int) {
    p = .allocate(capacity: max(count, 1))
    p.initialize(repeating: 0, count: max(count, 1))
  }

  deinit { p.deallocate() }
}

extension Array where Element: Comparable {
  /// The index of `value` in this sorted array that holds it (binary search).
  fileprivate func sortedIndex(of value: Element) -> Int {
    var (lo, hi) = (0, count)
    while lo < hi {
      let mid = (lo + hi) / 2
      if self[mid] < value { lo = mid + 1 } else { hi = mid }
    }
    return lo
  }
}
