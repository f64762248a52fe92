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
/// matrix is built block by block in cache while it is factored and is never stored unfactored. Border rows (stage ``StageStructure/border``) and border columns (a capacity that
/// appears in every stage) never enter the blocks: with `v = Θ_D A_D' dy` the system is
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
  /// W'W accumulated block by block during a factorisation, one K x K matrix per sweep.
  let gram: ScratchBuffer
  var lu: LUFactorization?

  var borderSize: Int { borderRows.count + borderColumns.count }

  init(_ form: StandardForm, structure: StageStructure, originalNames: ([String], [String]), parallel: Bool) throws {
    let a = form.a
    m = a.rowCount
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
      throw LinearProgramError.invalidStageStructure("row '\(rowName(i))' has stage \(rowStage[i]); allowed: >= 0, or -1 for the border")
    }
    for j in 0..<n where colStage[j] < border {
      throw LinearProgramError.invalidStageStructure("column '\(columnName(j))' has stage \(colStage[j]); allowed: >= 0, or -1 for the border")
    }
    let stageCount = max(rowStage.max() ?? -1, 0) + 1
    let at = a.transposed()
    var coupling = [Bool](repeating: false, count: m)
    var exposed = [Bool](repeating: false, count: m)
    for j in 0..<n where colStage[j] != border {
      var lo = Int.max
      var hi = Int.min
      var loRow = -1
      var hiRow = -1
      for (i, _) in at.row(j) where rowStage[i] != border {
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
        for (i, _) in at.row(j) where rowStage[i] != border {
          if rowStage[i] == hi { coupling[i] = true } else { exposed[i] = true }
        }
      }
    }
    // Order per stage: local rows, then rows the next stage touches, then the coupling rows (which touch the
    // previous stage). The coupling rows of stage t+1 then meet only the trailing rows of stage t: E_{t+1} is narrow.
    var local = [[Int]](repeating: [], count: stageCount)
    var exposedOnly = [[Int]](repeating: [], count: stageCount)
    var tail = [[Int]](repeating: [], count: stageCount)
    var bRows: [Int] = []
    for i in 0..<m {
      let t = rowStage[i]
      if t == border {
        bRows.append(i)
      } else if coupling[i] {
        tail[t].append(i)
      } else if exposed[i] {
        exposedOnly[t].append(i)
      } else {
        local[t].append(i)
      }
    }
    var order: [Int] = []
    order.reserveCapacity(m)
    var sizes: [Int] = []
    var couplingSizes: [Int] = []
    var widths: [Int] = []
    for t in 0..<stageCount {
      order.append(contentsOf: local[t])
      order.append(contentsOf: exposedOnly[t])
      order.append(contentsOf: tail[t])
      sizes.append(local[t].count + exposedOnly[t].count + tail[t].count)
      couplingSizes.append(t == 0 ? 0 : tail[t].count)
      widths.append(t == 0 ? 0 : exposedOnly[t - 1].count + tail[t - 1].count)
    }
    let bCols = (0..<n).filter { colStage[$0] == border }
    let nChain = order.count
    let kb = bRows.count
    let kTotal = kb + bCols.count
    // Where each row lives.
    var chainIndex = [Int](repeating: -1, count: m)
    var stageOf = [Int](repeating: 0, count: m)
    for (k, i) in order.enumerated() { chainIndex[i] = k; stageOf[i] = rowStage[i] }
    var borderIndex = [Int](repeating: -1, count: m)
    for (k, i) in bRows.enumerated() { borderIndex[i] = k }
    var gPos: [Int] = []
    var gCoef: [Double] = []
    var gCol: [Int32] = []
    var gBlock: [Int32] = []
    var hPos: [Int] = []
    var hCoef: [Double] = []
    var hCol: [Int32] = []
    // Chain pairs in local terms first: block, kind (diagonal or coupling) and index inside the block (for the
    // coupling block, the dense index i + j c inside its c x w corner); positions follow once the coupling
    // patterns, and with them the storage layout, are known.
    var pBlock: [Int32] = []
    var pLocal: [Int32] = []
    var pCoef: [Double] = []
    var pCol: [Int32] = []
    pBlock.reserveCapacity(3 * a.nonzeroCount)
    pLocal.reserveCapacity(3 * a.nonzeroCount)
    pCoef.reserveCapacity(3 * a.nonzeroCount)
    pCol.reserveCapacity(3 * a.nonzeroCount)
    var rOff: [Int] = []
    var row0 = 0
    for t in 0..<stageCount { rOff.append(row0); row0 += sizes[t] }
    for j in 0..<n where colStage[j] != border {
      let lo = at.rowStart[j]
      let hi = at.rowStart[j + 1]
      for u in lo..<hi {
        let p = at.columnIndices[u]
        for v in lo...u {
          let q = at.columnIndices[v]
          let coef = at.values[u] * at.values[v]
          let cp = chainIndex[p]
          let cq = chainIndex[q]
          if cp >= 0 && cq >= 0 {
            var (r, rr) = (cp, cq)
            var (tr, tc) = (stageOf[p], stageOf[q])
            if tr < tc || (tr == tc && r < rr) { swap(&r, &rr); swap(&tr, &tc) }
            if tr == tc {
              pLocal.append(Int32((r - rOff[tr]) + (rr - rOff[tr]) * sizes[tr]))
            } else {
              let ct = couplingSizes[tr]
              let i = r - rOff[tr] - (sizes[tr] - ct)
              let jj = rr - rOff[tc] - (sizes[tc] - widths[tr])
              pLocal.append(Int32(-1 - (i + jj * ct)))
            }
            pBlock.append(Int32(tr))
            pCoef.append(coef)
            pCol.append(Int32(j))
          } else if cp >= 0 || cq >= 0 {
            let (c, bk) = cp >= 0 ? (cp, borderIndex[q]) : (cq, borderIndex[p])
            gPos.append(c + bk * nChain)
            gCoef.append(coef)
            gCol.append(Int32(j))
            gBlock.append(Int32(cp >= 0 ? stageOf[p] : stageOf[q]))
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
    // Group the pairs by block (counting sort, stable: column order, hence locality, within a block), and collect
    // each block's coupling pattern: the corner entries some pair touches, column-major.
    var pairStart = [Int](repeating: 0, count: stageCount + 1)
    for t in pBlock { pairStart[Int(t) + 1] += 1 }
    for t in 0..<stageCount { pairStart[t + 1] += pairStart[t] }
    var next = pairStart
    var byBlock = [Int](repeating: 0, count: pBlock.count)
    for k in pBlock.indices {
      let t = Int(pBlock[k])
      byBlock[next[t]] = k
      next[t] += 1
    }
    var patterns = [[(row: Int, column: Int)]](repeating: [], count: stageCount)
    var patternIndex = [Int32](repeating: -1, count: pBlock.count)
    for t in 0..<stageCount {
      let ct = max(couplingSizes[t], 1)
      var keys: [Int32] = []
      for q in pairStart[t]..<pairStart[t + 1] where pLocal[byBlock[q]] < 0 { keys.append(-1 - pLocal[byBlock[q]]) }
      let unique = Array(Set(keys)).sorted()
      var slot: [Int32: Int32] = [:]
      for (u, key) in unique.enumerated() {
        slot[key] = Int32(u)
        patterns[t].append((row: Int(key) % ct, column: Int(key) / ct))
      }
      for q in pairStart[t]..<pairStart[t + 1] where pLocal[byBlock[q]] < 0 {
        patternIndex[byBlock[q]] = slot[-1 - pLocal[byBlock[q]]]!
      }
    }
    if parallel { BLAS.setThreadCount(1) }
    let chain = try BlockTridiagonalCholesky(blockSizes: sizes, couplingSizes: couplingSizes, couplingWidths: widths,
                                             subdiagonalPatterns: patterns, parallel: parallel)
    var cPos: [UInt32] = []
    var cCoef: [Double] = []
    var cCol: [Int32] = []
    cPos.reserveCapacity(pBlock.count)
    cCoef.reserveCapacity(pBlock.count)
    cCol.reserveCapacity(pBlock.count)
    for k in byBlock {
      let t = Int(pBlock[k])
      // Offset from the start of block t's storage (D_t, then E_t's stored entries).
      let local = pLocal[k] >= 0 ? Int(pLocal[k]) : sizes[t] * sizes[t] + Int(patternIndex[k])
      cPos.append(UInt32(local))
      cCoef.append(pCoef[k])
      cCol.append(pCol[k])
    }
    var gConst: [(Int, Double)] = []
    var gConstBlock: [Int32] = []
    var hConst: [(Int, Double)] = []
    for (k, j) in bCols.enumerated() {
      let col = kb + k
      for (i, v) in at.row(j) {
        if chainIndex[i] >= 0 {
          gConst.append((chainIndex[i] + col * nChain, v))
          gConstBlock.append(Int32(stageOf[i]))
        } else {
          let bi = borderIndex[i]
          hConst.append((bi + col * kTotal, v))
          hConst.append((col + bi * kTotal, v))
        }
      }
    }
    self.chainOrder = nChain
    self.chainRow = order
    self.borderRows = bRows
    self.borderColumns = bCols
    self.chain = chain
    self.pairs = ChainPairs(position: cPos, coefficient: cCoef, column: cCol)
    self.pairStart = pairStart
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
    // G (W after a factorisation), and one more column for a right-hand side solved along with the factorisation.
    self.g = [Double](repeating: 0, count: nChain * (kTotal + 1))
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
    let shifted = try theta.withUnsafeBufferPointer { th -> Int in
      guard let base = th.baseAddress else { return try chain.factor(pivotShift: 1e-12) }
      let pairs = self.pairs
      let thp = SharedConstPointer(base)
      let starts = pairStart
      let offsets = chain.diagonalOffsets
      let sizes = chain.blockSizes
      let rowOffsets = chain.rowOffsets
      let gPosition = self.gPosition
      let gCoefficient = self.gCoefficient
      let gColumn = self.gColumn
      let gStart = self.gStart
      let gConstant = self.gConstant
      let gConstantStart = self.gConstantStart
      let gram = self.gram
      return try g.withUnsafeMutableBufferPointer { (gp: inout UnsafeMutableBufferPointer<Double>) throws -> Int in
        let gBase = SharedPointer(gp.baseAddress!)
        // Each block is filled by the factorisation just before it is factored: A Θ A' pair by pair, then δ on the
        // diagonal, and the block's rows of G (zeroed, then pair by pair and the border columns' constants).
        let fill: BlockTridiagonalCholesky.BlockFill = { (t: Int, s: UnsafeMutablePointer<Double>) in
          let block = s + offsets[t]
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
        let finished: BlockTridiagonalCholesky.BlockDone = { (t: Int, sweep: Int) in
          let rows = UnsafePointer(gBase.p + rowOffsets[t])
          DenseKernels.subtractTransposeProduct(n: sizes[t], k: kTotal, rows, rows, leadingDimension: nChain,
                                                into: gram.p + sweep * gramSize)
        }
        // Factor K_cc = F F' and, block by block on the way, W = F^-1 G in place of G.
        return try chain.factor(pivotShift: 1e-12, fill: fill, forwardSolving: gBase.p, rightHandSides: forwardColumns,
                                leadingDimension: nChain, finished: kTotal > 0 ? finished : nil)
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

  func solve(_ r: inout [Double]) {
    let nChain = chainOrder
    for k in 0..<nChain { work.p[k] = r[chainRow[k]] }
    chain.forwardSolve(work.p, rightHandSides: 1, leadingDimension: nChain)
    finishSolve(&r)
  }

  /// The rest of a solve once the chain-ordered work vector holds u = F^-1 r_c: the border, z = S^-1 (r_b - W'u),
  /// then dy_c = F^-T (u - W z), written back into r.
  private func finishSolve(_ r: inout [Double]) {
    let nChain = chainOrder
    let wp = UnsafeMutableBufferPointer(start: work.p, count: nChain)
    let kTotal = borderSize
    if kTotal > 0, let lu = lu {
      var t = [Double](repeating: 0, count: kTotal)
      for (k, i) in borderRows.enumerated() { t[k] = r[i] }
      g.withUnsafeBufferPointer { xp in
        t.withUnsafeMutableBufferPointer { tp in
          DenseKernels.multiplyAdd(transpose: true, rows: nChain, columns: kTotal, alpha: -1, xp.baseAddress!,
                                   leadingDimension: nChain, UnsafePointer(wp.baseAddress!), into: tp.baseAddress!)
        }
      }
      let z = (try? lu.solve(t)) ?? t
      z.withUnsafeBufferPointer { zp in
        g.withUnsafeBufferPointer { xp in
          DenseKernels.multiplyAdd(transpose: false, rows: nChain, columns: kTotal, alpha: -1, xp.baseAddress!,
                                   leadingDimension: nChain, zp.baseAddress!, into: wp.baseAddress!)
        }
      }
      for (k, i) in borderRows.enumerated() { r[i] = z[k] }
    }
    chain.backwardSolve(wp.baseAddress!, rightHandSides: 1, leadingDimension: nChain)
    for k in 0..<nChain { r[chainRow[k]] = wp[k] }
  }
}

/// The chain's fill pairs in memory that the fill closure, running on the factorisation's threads, can share.
final class ChainPairs: @unchecked Sendable {
  let position: UnsafeMutablePointer<UInt32>
  let coefficient: UnsafeMutablePointer<Double>
  let column: UnsafeMutablePointer<Int32>

  init(position p: [UInt32], coefficient c: [Double], column j: [Int32]) {
    position = .allocate(capacity: max(p.count, 1))
    coefficient = .allocate(capacity: max(c.count, 1))
    column = .allocate(capacity: max(j.count, 1))
    _ = UnsafeMutableBufferPointer(start: position, count: p.count).initialize(from: p)
    _ = UnsafeMutableBufferPointer(start: coefficient, count: c.count).initialize(from: c)
    _ = UnsafeMutableBufferPointer(start: column, count: j.count).initialize(from: j)
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

/// An optional read-only pointer (an empty array's base address is nil) that two threads may share.
struct SharedOptionalPointer<Pointee>: @unchecked Sendable {
  let p: UnsafePointer<Pointee>?
  init(_ p: UnsafePointer<Pointee>?) { self.p = p }
}

