import Foundation
import LinearAlgebra

/// The sparse leading rows of the staged backend's stage blocks (``StagedBlocks/sparse``).
///
/// A stage's rows are ordered local, exposed (touched by the next stage), coupling (touching the previous stage). The
/// local rows meet no other stage, so they can be eliminated hour by hour before the chain: with the block
/// `D_t = [A_t B_t'; B_t C_t]` (A_t the local rows), `A_t = L_A L_A'` by a sparse Cholesky and the chain's block
/// becomes the dense Schur complement `S_t = C_t - L_B L_B'` (`L_B = B_t L_A^-T`) of the exposed and coupling rows,
/// whose coupling blocks E_t are unchanged. The chain (``BlockTridiagonalCholesky``: two-sided sweeps, border, packed
/// factors for streaming solves) then runs on S_t; each stage's elimination runs inside the chain's fill of the
/// block, on the sweep's thread, while the block is in cache. Blocks with the same pattern share one symbolic
/// analysis (``SparseLeadingElimination``).
///
/// In full chain order (rows of stage t at `fullOffsets[t]`, local ones first) the factor is
/// `F = [[L_A, 0], [L_B, F_S]]`, so a solve is: per stage x := L^-1 x on its rows, the chain's F_S on the trailing
/// rows (gathered into a vector of their own), then per stage x := L^-T x. The border's W = F^-1 G is formed the same
/// way, its rows in full chain order.
final class SparseStages: @unchecked Sendable {
  let analyses: [SparseLeadingElimination]
  /// Per stage: its analysis, its number of local rows, its full size, its first row in full chain order, its first
  /// row in the chain of trailing rows, where its factor entries start in `values`.
  let analysisOf: [Int]
  let leadingSizes: [Int]
  let fullSizes: [Int]
  let fullOffsets: [Int]
  let trailingOffsets: [Int]
  let valueOffsets: [Int]
  /// Per analysis, the slot of each local row's diagonal.
  let diagonalSlots: [[Int]]
  /// Pairs whose entry lies in the sparse leading columns: slot in the stage's factor entries, grouped by stage.
  let pairs: ChainPairs
  let pairStart: [Int]
  let values: UnsafeMutablePointer<Double>
  /// Per stage, whether its elimination replaced a pivot in the last factorisation.
  let replaced: UnsafeMutablePointer<UInt8>
  let trailingOrder: Int
  /// The trailing rows' part of a vector (solves).
  let trailingWork: ScratchBuffer
  /// The timed trial's seconds (dense, sparse) on the largest block, nil when the choice was forced.
  let trial: (dense: Double, sparse: Double)?

  var stageCount: Int { fullSizes.count }

  /// The chain's pairs rewritten for blocks of trailing rows only, and the rest for the sparse elimination; nil when
  /// `choice` is automatic and the timed trial finds dense blocks faster.
  /// - Parameters: `positions` and `pairStart` are the chain pairs (positions in full blocks, see
  ///   ``StagedNormalEquations``), `leadingSizes` the local rows of each stage.
  static func make(pairs: ChainPairs, pairStart: [Int], fullSizes: [Int], leadingSizes: [Int], choice: StagedBlocks)
    -> (SparseStages, chainPairs: ChainPairs, chainPairStart: [Int])?
  {
    let stages = fullSizes.count
    // Each stage's pattern (diagonal-block positions, unique and sorted): stages with equal patterns share an analysis.
    var keyOf: [[UInt32]: Int] = [:]
    var keys: [[UInt32]] = []
    var analysisOf = [Int](repeating: 0, count: stages)
    for t in 0..<stages {
      let m = fullSizes[t]
      let diagonalEnd = UInt32(m * m)
      var positions = (pairStart[t]..<pairStart[t + 1]).compactMap { k -> UInt32? in
        let p = pairs.position[k]
        return p < diagonalEnd ? p : nil
      }
      positions.sort()
      var unique = 0
      for p in positions where unique == 0 || positions[unique - 1] != p {
        positions[unique] = p
        unique += 1
      }
      positions.removeLast(positions.count - unique)
      let key = [UInt32(m), UInt32(leadingSizes[t])] + positions
      if let a = keyOf[key] {
        analysisOf[t] = a
      } else {
        keyOf[key] = keys.count
        analysisOf[t] = keys.count
        keys.append(key)
      }
    }
    func analyse(_ a: Int) -> SparseLeadingElimination {
      let key = keys[a]
      let m = Int(key[0])
      let entries = key.dropFirst(2).map { (row: Int($0) % m, column: Int($0) / m) }
      return SparseLeadingElimination(order: m, leading: Int(key[1]), entries: entries)
    }
    // The trial: the largest block, its entries A A' (Θ = 1) with a small diagonal shift so that it is definite.
    var trial: (dense: Double, sparse: Double)? = nil
    var analyses = [SparseLeadingElimination?](repeating: nil, count: keys.count)
    if choice == .automatic {
      guard let largest = fullSizes.indices.max(by: { fullSizes[$0] < fullSizes[$1] }), fullSizes[largest] > 0 else {
        return nil
      }
      let analysis = analyse(analysisOf[largest])
      analyses[analysisOf[largest]] = analysis
      let m = fullSizes[largest]
      var block = [Double](repeating: 0, count: m * m)
      for k in pairStart[largest]..<pairStart[largest + 1] where Int(pairs.position[k]) < m * m {
        block[Int(pairs.position[k])] += pairs.coefficient[k]
      }
      var diagonal = 0.0
      for i in 0..<m { diagonal = max(diagonal, block[i * (m + 1)]) }
      for i in 0..<m { block[i * (m + 1)] += 1e-6 * max(diagonal, 1) }
      let times = block.withUnsafeBufferPointer { analysis.timedTrial(block: $0.baseAddress!) }
      if getenv("GRIDPLAN_STAGED_BLOCKS_TRIAL") != nil {
        FileHandle.standardError.write(Data(String(
          format: "staged blocks: trial on a block of %d rows (%d local): dense %.1f us, sparse %.1f us\n",
          m, analysis.leading, times.dense * 1e6, times.sparse * 1e6).utf8))
      }
      if times.sparse >= times.dense { return nil }
      trial = times
    }
    let all = analyses.indices.map { analyses[$0] ?? analyse($0) }
    // Split the pairs: the sparse columns' entries, and the chain's (trailing block, then coupling entries).
    var sparseCount = 0
    var chainCount = 0
    var slotOf = [Int32](repeating: 0, count: pairStart[stages])  // slot, or -1 - position in the chain's block
    for t in 0..<stages {
      let a = all[analysisOf[t]]
      let (m, nA, q) = (fullSizes[t], a.leading, a.trailing)
      for k in pairStart[t]..<pairStart[t + 1] {
        let p = Int(pairs.position[k])
        if p >= m * m {
          slotOf[k] = Int32(-1 - (q * q + p - m * m))
          chainCount += 1
          continue
        }
        let (i, j) = (p % m, p / m)
        if i >= nA && j >= nA {
          slotOf[k] = Int32(-1 - ((i - nA) + (j - nA) * q))
          chainCount += 1
        } else {
          slotOf[k] = Int32(a.slot(row: i, column: j)!.index)
          sparseCount += 1
        }
      }
    }
    let sparsePairs = ChainPairs(count: sparseCount)
    let chainPairs = ChainPairs(count: chainCount)
    var sparseStart = [0]
    var chainStart = [0]
    var (s, c) = (0, 0)
    for t in 0..<stages {
      for k in pairStart[t]..<pairStart[t + 1] {
        let slot = slotOf[k]
        if slot >= 0 {
          sparsePairs.position[s] = UInt32(slot)
          sparsePairs.coefficient[s] = pairs.coefficient[k]
          sparsePairs.column[s] = pairs.column[k]
          s += 1
        } else {
          chainPairs.position[c] = UInt32(-1 - slot)
          chainPairs.coefficient[c] = pairs.coefficient[k]
          chainPairs.column[c] = pairs.column[k]
          c += 1
        }
      }
      sparseStart.append(s)
      chainStart.append(c)
    }
    let stagesObject = SparseStages(analyses: all, analysisOf: analysisOf, fullSizes: fullSizes, pairs: sparsePairs,
                                    pairStart: sparseStart, trial: trial)
    return (stagesObject, chainPairs, chainStart)
  }

  private init(analyses: [SparseLeadingElimination], analysisOf: [Int], fullSizes: [Int], pairs: ChainPairs,
               pairStart: [Int], trial: (dense: Double, sparse: Double)?) {
    self.analyses = analyses
    self.analysisOf = analysisOf
    self.fullSizes = fullSizes
    self.leadingSizes = analysisOf.map { analyses[$0].leading }
    var (full, trailing, value) = ([Int](), [Int](), [Int]())
    var (f, r, v) = (0, 0, 0)
    for t in analysisOf.indices {
      let a = analyses[analysisOf[t]]
      full.append(f)
      trailing.append(r)
      value.append(v)
      f += fullSizes[t]
      r += a.trailing
      v += a.entryCount
    }
    fullOffsets = full
    trailingOffsets = trailing
    valueOffsets = value + [v]
    trailingOrder = r
    diagonalSlots = analyses.map { a in (0..<a.leading).map { a.slot(row: $0, column: $0)!.index } }
    self.pairs = pairs
    self.pairStart = pairStart
    // Written by the first factorisation's fills, stage by stage on the sweep threads (paged in there).
    values = .allocate(capacity: max(v, 1))
    replaced = .allocate(capacity: max(analysisOf.count, 1))
    replaced.initialize(repeating: 0, count: max(analysisOf.count, 1))
    trailingWork = ScratchBuffer(count: r)
    self.trial = trial
  }

  deinit {
    values.deallocate()
    replaced.deallocate()
  }

  /// The trailing sizes (the chain's block sizes).
  var trailingSizes: [Int] { analysisOf.map { analyses[$0].trailing } }

  /// Stage t's elimination, called by the chain's fill of its block (`block`: the trailing rows' lower triangle,
  /// leading dimension q, zeroed, with the chain's pairs already added): fills the sparse columns from the pairs,
  /// adds δ on the local rows' diagonal and eliminates them, leaving S_t in `block`.
  @inline(__always)
  func eliminate(_ t: Int, theta: UnsafePointer<Double>, delta: Double, into block: UnsafeMutablePointer<Double>) {
    let a = analyses[analysisOf[t]]
    let v = values + valueOffsets[t]
    v.update(repeating: 0, count: a.entryCount)
    let (position, coefficient, column) = (pairs.position, pairs.coefficient, pairs.column)
    for k in pairStart[t]..<pairStart[t + 1] { v[Int(position[k])] += coefficient[k] * theta[Int(column[k])] }
    diagonalSlots[analysisOf[t]].withUnsafeBufferPointer { d in for s in d { v[s] += delta } }
    replaced[t] = a.factor(v, dense: block) > 0 ? 1 : 0
  }

  /// x := L^-1 x on stage t's rows of k vectors in full chain order (leading dimension ld).
  @inline(__always)
  func forward(_ t: Int, _ x: UnsafeMutablePointer<Double>, _ k: Int, _ ld: Int) {
    let a = analyses[analysisOf[t]]
    if a.leading == 0 { return }
    a.forwardSolve(values + valueOffsets[t], x + fullOffsets[t], rightHandSides: k, leadingDimension: ld)
  }

  /// x := L^-T x on stage t's local rows (its trailing rows solved already).
  @inline(__always)
  func backward(_ t: Int, _ x: UnsafeMutablePointer<Double>) {
    let a = analyses[analysisOf[t]]
    if a.leading == 0 { return }
    a.backwardSolve(values + valueOffsets[t], x + fullOffsets[t], rightHandSides: 1, leadingDimension: 0)
  }

  /// Copies stage t's trailing rows between full chain order and the trailing chain (k columns).
  @inline(__always)
  func copyTrailing(_ t: Int, full: UnsafeMutablePointer<Double>, _ ldFull: Int,
                    trailing: UnsafeMutablePointer<Double>, _ ldTrailing: Int, _ k: Int, toTrailing: Bool) {
    let q = analyses[analysisOf[t]].trailing
    if q == 0 { return }
    let f = full + fullOffsets[t] + leadingSizes[t]
    let r = trailing + trailingOffsets[t]
    for c in 0..<k {
      if toTrailing {
        (r + c * ldTrailing).update(from: f + c * ldFull, count: q)
      } else {
        (f + c * ldFull).update(from: r + c * ldTrailing, count: q)
      }
    }
  }

  /// Calls `body(lo, hi, part)` on two halves of the stages on two threads (when `parallel`), else on all of them.
  static func run(_ n: Int, parallel: Bool, _ body: @Sendable (Int, Int, Int) -> Void) {
    if !parallel || n < 64 {
      body(0, n, 0)
      return
    }
    DispatchQueue.concurrentPerform(iterations: 2) { part in
      if part == 0 { body(0, n / 2, 0) } else { body(n / 2, n, 1) }
    }
  }

  /// Number of stages whose last elimination replaced a pivot.
  var replacedCount: Int { (0..<stageCount).reduce(0) { $0 + Int(replaced[$1]) } }
}
