import Foundation
import CColumnPasses
import LinearAlgebra

/// The iterations of ``InteriorPointSolver`` on a scaled standard form.
///
/// Variables: primal x, lower-bound slacks wl = x - l and upper-bound slacks wu = u - x (kept positive; the
/// residuals rl = l - x + wl and ru = u - x - wu vanish at feasibility), duals y and bound multipliers zl, zu >= 0.
/// A column without a lower bound keeps wl = 1, zl = 0 and the mask mL = 0, so every formula holds for all columns
/// without branches (likewise for upper bounds). Vectors live in buffers allocated once; loops over columns and rows
/// run on two threads when they are long.
///
/// Newton system, eliminated to the normal equations with D = zl/wl + zu/wu + ρ + q and Θ = D^-1:
///
///     f  = rd - (ξl + zl∘rl)/wl + (ξu - zu∘ru)/wu
///     (A Θ A' + δI) dy = rp + A Θ f
///     dx = Θ (A'dy - f),  dwl = dx - rl,  dwu = ru - dx,  dzl = (ξl - zl∘dwl)/wl,  dzu = (ξu - zu∘dwu)/wu
///
/// Separable convex quadratic objectives, min c'x + 1/2 x'Qx with Q = diag(q) >= 0 (``StandardForm/q``; q = 0 for
/// an LP, and then no q term is computed at all): the optimality conditions are A x = b, x - wl = l, x + wu = u,
/// c + Q x - A'y - zl + zu = 0, wl∘zl = wu∘zu = μ. So the dual residual is rd = c + q∘x - A'y - zl + zu, and its
/// Newton row q∘dx - A'dy - dzl + dzu = -rd, with dzl and dzu eliminated as above, reads (D - ρ)∘dx - A'dy = -f: Q
/// adds to the diagonal of the x block, Θ^-1 = Zl Wl^-1 + Zu Wu^-1 + ρ + Q, and the normal matrix A Θ A' keeps its
/// pattern (both backends take Θ as it comes). The primal objective is c'x + 1/2 x'Qx, the dual objective
/// b'y + l'zl - u'zu - 1/2 x'Qx, and their difference, x'Qx + wl'zl + wu'zu at a feasible point, is the gap the
/// stopping test measures relative to the QP objective. These terms are formed in the column passes
/// (CColumnPasses.h).
final class IPMCore {
  let form: StandardForm
  let settings: InteriorPointSettings
  /// Vector loops and products over the columns run on two threads (``InteriorPointSettings/parallelSweeps``).
  let parallel: Bool
  let m: Int
  let n: Int
  /// A and A' for the products of the iterations (32-bit indices, see ``ProductMatrix``).
  let a: ProductMatrix
  let at: ProductMatrix
  let boundCount: Int
  // Problem data (bounds with infinities replaced by 0 and masked).
  let c: Buffer
  /// The diagonal of Q (scaled), or nil for an LP.
  let q: Buffer?
  let b: Buffer
  let lo: Buffer
  let up: Buffer
  /// Which bounds are finite (mL and mU of the formulas; one byte per column, see ``BoundMasks``).
  let masks: BoundMasks
  // Iterate.
  let x: Buffer
  let wl: Buffer
  let wu: Buffer
  let zl: Buffer
  let zu: Buffer
  let y: Buffer
  // Residuals.
  let rp: Buffer
  let rl: Buffer
  let ru: Buffer
  let rd: Buffer
  // Work.
  var theta: [Double]
  let xil: Buffer
  let xiu: Buffer
  let f: Buffer
  let tn: Buffer
  let tm: Buffer
  /// The right-hand side of the normal equations (kept while refinement uses tm).
  let rhsM: Buffer
  /// Zero right-hand sides for centrality correctors.
  let zeroM: Buffer
  let zeroN: Buffer
  var rhs: [Double]
  // Directions: affine (a) and combined (d).
  let ax: Buffer, awl: Buffer, awu: Buffer, azl: Buffer, azu: Buffer, ay: Buffer
  let dx: Buffer, dwl: Buffer, dwu: Buffer, dzl: Buffer, dzu: Buffer, dy: Buffer
  /// Seconds spent per phase and counts (factorisations, solves), reported in the solution.
  var profile = SolveProfile()
  /// When set (plain Mehrotra, no centrality correctors), the corrector's complementarity terms σμ - w∘z - Δw∘Δz for
  /// this target σμ are not stored in xil, xiu: every pass that needs them forms them from w, z, the residuals and
  /// the predictor's dx, the one part of the affine direction stored (in `ax`, see ``DirectionParts/dx``): one vector
  /// written and read instead of six (the affine dwl, dwu, dzl, dzu and xil, xiu). Six vectors of a million entries
  /// are then never touched (peak memory on the synthetic benchmark LP 832 MB, against 865 MB with them stored), at
  /// the same speed (the extra arithmetic costs what the saved traffic gains).
  var affineTarget: Double? = nil

  struct Outcome {
    var status: SolveStatus
    var reason: String
    var iterations: Int
    var primalInfeasibility: Double
    var dualInfeasibility: Double
    var gap: Double
  }

  init(form: StandardForm, settings: InteriorPointSettings) throws {
    self.settings = settings
    parallel = settings.parallelSweeps
    m = form.rowCount
    n = form.columnCount
    guard let a = ProductMatrix(form.a, parallel: parallel), let at = ProductMatrix(form.at, parallel: parallel) else {
      throw LinearProgramError.tooLarge(
        "\(form.a.nonzeroCount) nonzeros and \(form.a.columnCount) columns after presolve; allowed: fewer than "
          + "2^31 (2,147,483,647) of each")
    }
    (self.a, self.at) = (a, at)
    var kept = form
    kept.releaseMatrices()
    self.form = kept
    c = Buffer(form.c, parallel: parallel)
    q = form.q.isEmpty ? nil : Buffer(form.q, parallel: parallel)
    b = Buffer(form.b, parallel: parallel)
    // Bounds with infinities masked, in one pass on two threads, counting the finite ones (exactly: whole numbers).
    let (lo, up, masks) = (Buffer(uninitializedCount: n), Buffer(uninitializedCount: n), BoundMasks(count: n))
    let (lower, upper) = (form.lower, form.upper)
    boundCount = Int(Chunks.sum(n, parallel: parallel) { first, end in
      var count = 0.0
      for j in first..<end {
        let (l, u) = (lower[j], upper[j])
        lo[j] = l.isFinite ? l : 0
        up[j] = u.isFinite ? u : 0
        masks.p[j] = (l.isFinite ? 1 : 0) | (u.isFinite ? 2 : 0)
        count += masks.lower(j) + masks.upper(j)
      }
      return count
    })
    (self.lo, self.up, self.masks) = (lo, up, masks)
    // x and y are zero until start() (and stay so when it fails); every other vector is written before it is read:
    // the iterate by start(), the residuals by computeResiduals(), the work vectors and directions by the loops that
    // use them.
    x = Buffer(count: n, repeating: 0, parallel: parallel)
    y = Buffer(count: m, repeating: 0, parallel: parallel)
    wl = Buffer(uninitializedCount: n)
    wu = Buffer(uninitializedCount: n)
    zl = Buffer(uninitializedCount: n)
    zu = Buffer(uninitializedCount: n)
    rp = Buffer(uninitializedCount: m)
    rl = Buffer(uninitializedCount: n)
    ru = Buffer(uninitializedCount: n)
    rd = Buffer(uninitializedCount: n)
    let (columns, inParallel) = (n, parallel)
    theta = [Double](unsafeUninitializedCapacity: columns) { th, count in
      if let base = th.baseAddress {
        let p = SharedPointer(base)
        Chunks.run(columns, parallel: inParallel) { lo, hi, _ in (p.p + lo).update(repeating: 1, count: hi - lo) }
      }
      count = columns
    }
    xil = Buffer(uninitializedCount: n)
    xiu = Buffer(uninitializedCount: n)
    f = Buffer(uninitializedCount: n)
    tn = Buffer(uninitializedCount: n)
    tm = Buffer(uninitializedCount: m)
    rhsM = Buffer(uninitializedCount: m)
    // Only the centrality correctors solve with zero right-hand sides.
    let correcting = settings.centralityCorrectors > 0
    zeroM = Buffer(count: correcting ? m : 0)
    zeroN = Buffer(count: correcting ? n : 0)
    rhs = [Double](repeating: 0, count: m)
    ax = Buffer(uninitializedCount: n); awl = Buffer(uninitializedCount: n); awu = Buffer(uninitializedCount: n)
    azl = Buffer(uninitializedCount: n); azu = Buffer(uninitializedCount: n); ay = Buffer(uninitializedCount: m)
    dx = Buffer(uninitializedCount: n); dwl = Buffer(uninitializedCount: n); dwu = Buffer(uninitializedCount: n)
    dzl = Buffer(uninitializedCount: n); dzu = Buffer(uninitializedCount: n); dy = Buffer(uninitializedCount: m)
  }

  deinit {
    masks.free()
    for buffer in [c, b, lo, up, x, wl, wu, zl, zu, y, rp, rl, ru, rd, xil, xiu, f, tn, tm, rhsM, zeroM, zeroN,
                   ax, awl, awu, azl, azu, ay, dx, dwl, dwu, dzl, dzu, dy] {
      buffer.free()
    }
    q?.free()
  }

  /// The solution vectors as arrays.
  var primal: [Double] { x.array }
  var dual: [Double] { y.array }

  // MARK: - Normal equations

  /// Solves (A Θ A' + δI) out = r with iterative refinement against A Θ A'; r and out have length m. Returns the
  /// accuracy that ``refine(_:_:_:)`` reports.
  @discardableResult
  func solveNormal(_ eq: any NormalEquations, _ r: Buffer, into out: Buffer) -> SolveAccuracy {
    let m = self.m
    rhs.withUnsafeMutableBufferPointer { $0.baseAddress!.update(from: r.p, count: m) }
    let t0 = ContinuousClock.now
    eq.solve(&rhs)
    profile.add("solve", since: t0)
    profile.solves += 1
    rhs.withUnsafeBufferPointer { out.p.update(from: $0.baseAddress!, count: m) }
    return refine(eq, r, out)
  }

  /// The outcome of a normal-equations solve: the largest entries of the residual of the solution kept and of the
  /// right-hand side, and whether `tn` holds A' times that solution (the residual's first product, which the
  /// direction needs next).
  struct SolveAccuracy {
    var residual: Double
    var rightHandSide: Double
    var productInTn: Bool
  }

  /// Improves a solution `out` of (A Θ A' + δI) out = r by iterative refinement against A Θ A' (see
  /// ``SolveAccuracy``; the residual is not measured, and reported as 0, with refinement off). Without `measuring`,
  /// only forms A' out in tn (the residual's first product, which the direction needs) and reports the residual as
  /// 0: the predictor's solve, whose direction only shapes the corrector's right-hand side; the corrector's solve,
  /// with the same factor, is measured and refined, and decides whether the factor is accurate enough.
  @discardableResult
  func refine(_ eq: any NormalEquations, _ r: Buffer, _ out: Buffer, measuring: Bool = true) -> SolveAccuracy {
    let (tn, tm, m) = (self.tn, self.tm, self.m)
    if !measuring {
      let t0 = ContinuousClock.now
      at.multiply(out.p, into: tn.p, parallel: parallel)
      profile.add("refinement residual", since: t0)
      return SolveAccuracy(residual: 0, rightHandSide: 0, productInTn: true)
    }
    // The loops over the rows run in two halves too (a maximum is the same in any order).
    let rnorm = Chunks.maximum(m, parallel: parallel) { lo, hi in
      var largest = 0.0
      for i in lo..<hi { largest = max(largest, abs(r.p[i])) }
      return largest
    }
    if settings.refinementSteps == 0 { return SolveAccuracy(residual: 0, rightHandSide: rnorm, productInTn: false) }
    var previous = Double.infinity
    for step in 0..<settings.refinementSteps {
      var t0 = ContinuousClock.now
      at.multiply(out.p, into: tn.p, parallel: parallel)
      theta.withUnsafeBufferPointer { th in
        a.multiply(tn.p, scaledBy: th.baseAddress!, into: tm.p, parallel: parallel)
      }
      let worst = Chunks.maximum(m, parallel: parallel) { lo, hi in
        var largest = 0.0
        for i in lo..<hi {
          let v = r.p[i] - tm.p[i]
          tm.p[i] = v
          largest = max(largest, abs(v))
        }
        return largest
      }
      profile.add("refinement residual", since: t0)
      if worst <= settings.refinementTolerance * max(1, rnorm) {
        return SolveAccuracy(residual: worst, rightHandSide: rnorm, productInTn: true)
      }
      if step > 0 && !(worst < previous) {
        // The last correction made the residual worse (a factor too inaccurate for refinement to converge, as when a
        // border column nears its bound): take it back and keep the better solution.
        rhs.withUnsafeBufferPointer { rp in for i in 0..<m { out[i] -= rp[i] } }
        return SolveAccuracy(residual: previous, rightHandSide: rnorm, productInTn: false)
      }
      previous = worst
      rhs.withUnsafeMutableBufferPointer { $0.baseAddress!.update(from: tm.p, count: m) }
      t0 = ContinuousClock.now
      eq.solve(&rhs)
      profile.add("solve", since: t0)
      profile.solves += 1
      rhs.withUnsafeBufferPointer { rp in for i in 0..<m { out[i] += rp[i] } }
    }
    // Out of steps: the last correction was not measured; it followed ones that reduced the residual.
    return SolveAccuracy(residual: previous, rightHandSide: rnorm, productInTn: false)
  }

  // MARK: - Residuals and measures

  /// Sums and maxima over the rows and columns of one iterate, for ``measures()`` and the Farkas certificate.
  struct Tally: Sendable {
    /// Largest primal residual (rows and bounds) in original units.
    var primalResidual = 0.0
    /// Largest dual residual in original units.
    var dualResidual = 0.0
    /// b'y + l'zl - u'zu and c'x, scaled.
    var dualObjective = 0.0
    var primalObjective = 0.0
    /// Sum of the complementarity products.
    var complementarity = 0.0
    /// Largest of |y|, zl, zu.
    var dualSize = 0.0
    /// Largest |A'y + zl - zu| = |c - rd|, scaled.
    var farkasResidual = 0.0

    static func combined(_ a: Tally, _ b: Tally) -> Tally {
      Tally(primalResidual: max(a.primalResidual, b.primalResidual), dualResidual: max(a.dualResidual, b.dualResidual),
            dualObjective: a.dualObjective + b.dualObjective, primalObjective: a.primalObjective + b.primalObjective,
            complementarity: a.complementarity + b.complementarity, dualSize: max(a.dualSize, b.dualSize),
            farkasResidual: max(a.farkasResidual, b.farkasResidual))
    }
  }

  /// The tally of the current iterate, set by ``computeResiduals(step:fromSolve:)``.
  var tally = Tally()

  /// The largest right-hand side or bound and the largest cost, in original units: the scales of the relative
  /// infeasibilities.
  lazy var dataNorms: (bounds: Double, costs: Double) = {
    let fm = form
    var bnorm = 0.0
    for i in 0..<m { bnorm = max(bnorm, abs(b[i]) / (fm.rowScale[i] * fm.boundScale)) }
    var cnorm = 0.0
    for j in 0..<n {
      let s = fm.colScale[j] / fm.boundScale
      bnorm = max(bnorm, abs(lo[j]) * s, abs(up[j]) * s)
      cnorm = max(cnorm, abs(c[j]) / (fm.colScale[j] * fm.costScale))
    }
    return (bnorm, cnorm)
  }()

  /// Factors from a scaled row residual to original units.
  lazy var rowUnscale: [Double] = form.rowScale.map { 1 / ($0 * form.boundScale) }

  /// rp = b - A x, rl = mL(l - x + wl), ru = mU(u - x - wu), rd = c - A'y - zl + zu, and in the same passes the
  /// ``tally`` of the iterate that ``measures()`` reads, the scaling matrix Θ = (zl/wl + zu/wu + ρ)^-1, and the
  /// predictor's f for its complementarity terms -mL wl zl, -mU wu zu (see
  /// ``formRightHandSide(homogeneous:centring:)``) with its right-hand side rhsM = rp + A Θ f (formed in the pass
  /// over A's rows that forms rp). Those terms are not stored in xil, xiu: the predictor's
  /// ``completeDirection(into:homogeneous:productInTn:storing:predictorTerms:)`` forms them from w and z.
  ///
  /// With `step` (the primal and dual step lengths along the direction in dx, dwl, dwu, dzl, dzu, dy), the iterate
  /// first takes that step, in the same pass over the columns: one pass over the column vectors per iteration
  /// serves the step, the residuals, their tally and the next iteration's Θ.
  ///
  /// With `fromSolve`, the direction's column parts are not read from dx, dwl, dwu, dzl, dzu but formed again, in
  /// this pass, from what its solve left: A'dy in tn with f, Θ, rl, ru, xil and xiu (the corrector's
  /// ``completeDirection(into:homogeneous:productInTn:storing:predictorTerms:)`` with `.dy` writes none of the
  /// five: five vectors not written and read back, for two more read).
  func computeResiduals(step: (primal: Double, dual: Double)? = nil, fromSolve: Bool = false) {
    if let step {
      let (y, dy, ad) = (self.y, self.dy, step.dual)
      Chunks.run(m, parallel: parallel) { lo, hi, _ in for i in lo..<hi { y.p[i] += ad * dy.p[i] } }
    }
    let (rp, b, y) = (self.rp, self.b, self.y)
    let mode = step == nil ? GP_STEP_NONE : !fromSolve ? GP_STEP_STORED
      : affineTarget != nil ? GP_STEP_FORMED_AFFINE : GP_STEP_FORMED
    // (A'y)_j is summed inside the column pass (row j of A'), not stored by a product pass first and read back.
    let columns = withColumnPass(direction: (dx, dwl, dwu, dzl, dzu), target: affineTarget ?? 0,
                                 step: step ?? (0, 0)) { pass in
      Chunks.reduce(n, parallel: parallel, Tally(), Tally.combined) { lo, hi in
        pass.residuals(lo, hi, step: Int32(mode))
      }
    }
    // One pass over the rows of A: rp = b - A x and the predictor's right-hand side rhsM = rp + A Θ f (f from the
    // column pass), with the rows' part of the tally. Each row's two sums take its entries in stored order, as
    // separate products would.
    let (rhsM, x, f) = (self.rhsM, self.x, self.f)
    let rows = rowUnscale.withUnsafeBufferPointer { rs -> Tally in
      guard let base = rs.baseAddress else { return Tally() }
      let rsp = SharedConstPointer(base)
      return theta.withUnsafeBufferPointer { th -> Tally in
        let thp = SharedConstPointer(th.baseAddress!)
        return a.withUnsafeStorage { start, column, value in
          Chunks.reduce(m, parallel: parallel, Tally(), Tally.combined) { lo_, hi in
            var t = Tally()
            for i in lo_..<hi {
              var (ax, aThetaF) = (0.0, 0.0)
              for k in Int(start.p[i])..<Int(start.p[i + 1]) {
                let (j, v) = (Int(column.p[k]), value.p[k])
                ax += v * x.p[j]
                aThetaF += v * (thp.p[j] * f.p[j])
              }
              let r = b.p[i] - ax
              rp.p[i] = r
              rhsM.p[i] = aThetaF + r
              t.primalResidual = max(t.primalResidual, abs(r) * rsp.p[i])
              t.dualObjective += b.p[i] * y.p[i]
              t.dualSize = max(t.dualSize, abs(y.p[i]))
            }
            return t
          }
        }
      }
    }
    tally = Tally.combined(rows, columns)
  }

  /// Relative infeasibilities and gap on the unscaled problem, the unscaled objectives, and mu, from the tally of
  /// the last ``computeResiduals(step:fromSolve:)``.
  func measures() -> (pinf: Double, dinf: Double, gap: Double, pobj: Double, dobj: Double, mu: Double) {
    let fm = form
    let norms = dataNorms
    let unscale = 1 / (fm.costScale * fm.boundScale)
    let pobj = tally.primalObjective * unscale + fm.objectiveOffset
    let dobj = tally.dualObjective * unscale + fm.objectiveOffset
    let gap = abs(pobj - dobj) / (1 + abs(pobj))
    let mu = boundCount > 0 ? tally.complementarity / Double(boundCount) : 0
    return (tally.primalResidual / (1 + norms.bounds), tally.dualResidual / (1 + norms.costs), gap, pobj, dobj, mu)
  }

  // MARK: - Start

  func start(_ eq: inout any NormalEquations) throws {
    // Θ is still all ones here.
    _ = try eq.factor(theta: theta, delta: 1e-8)
    // x = A'(AA')^-1 b, y = (AA')^-1 A c, s = c - A'y (in tn).
    var v = form.b
    eq.solve(&v)
    v.withUnsafeBufferPointer { at.multiply($0.baseAddress!, into: self.x.p, parallel: parallel) }
    var w = [Double](repeating: 0, count: m)
    w.withUnsafeMutableBufferPointer { a.multiply(self.c.p, into: $0.baseAddress!, parallel: parallel) }
    eq.solve(&w)
    for i in 0..<m { y[i] = w[i] }
    w.withUnsafeBufferPointer { at.multiply($0.baseAddress!, into: tn.p, parallel: parallel) }
    let (x, wl, wu, zl, zu, lo_, up_, masks, c, s, q) =
      (self.x, self.wl, self.wu, self.zl, self.zu, self.lo, self.up, self.masks, self.c, self.tn, self.q)
    let (minW, minZ) = Chunks.minima(n, parallel: parallel) { lo, hi in
      var minW = Double.infinity
      var minZ = Double.infinity
      for j in lo..<hi {
        let hasL = masks.hasLower(j)
        let hasU = masks.hasUpper(j)
        if hasL && hasU {
          // Boxed columns start in the middle of their box: the least-squares point leaves many of them at or near
          // a bound, whose first steps are then short (from the middle, the synthetic benchmark LP takes 49
          // iterations instead of 52, the default study's year 42 instead of 44, its month 27 instead of 28).
          x.p[j] = 0.5 * (lo_.p[j] + up_.p[j])
        }
        // The bound multipliers start from the dual slack of the objective's gradient at x: c (+ q∘x for a QP).
        let sj = (q.map { c.p[j] + $0.p[j] * x.p[j] } ?? c.p[j]) - s.p[j]
        wl.p[j] = hasL ? x.p[j] - lo_.p[j] : 1
        wu.p[j] = hasU ? up_.p[j] - x.p[j] : 1
        zl.p[j] = hasL ? (hasU ? max(sj, 0) : sj) : 0
        zu.p[j] = hasU ? (hasL ? max(-sj, 0) : -sj) : 0
        if hasL { minW = min(minW, wl.p[j]); minZ = min(minZ, zl.p[j]) }
        if hasU { minW = min(minW, wu.p[j]); minZ = min(minZ, zu.p[j]) }
      }
      return (minW, minZ)
    }
    if boundCount == 0 { return }
    let dw = max(-1.5 * minW, 0)
    let dz = max(-1.5 * minZ, 0)
    var wz = 0.0
    var sw = 0.0
    var sz = 0.0
    for j in 0..<n {
      if masks.hasLower(j) {
        wl[j] += dw; zl[j] += dz
        wz += wl[j] * zl[j]; sw += wl[j]; sz += zl[j]
      }
      if masks.hasUpper(j) {
        wu[j] += dw; zu[j] += dz
        wz += wu[j] * zu[j]; sw += wu[j]; sz += zu[j]
      }
    }
    let dw2 = sz > 0 ? 0.5 * wz / sz : 0
    let dz2 = sw > 0 ? 0.5 * wz / sw : 0
    let floor = 1e-2
    Chunks.run(n, parallel: parallel) { lo, hi, _ in
      for j in lo..<hi {
        if masks.hasLower(j) { wl.p[j] = max(wl.p[j] + dw2, floor); zl.p[j] = max(zl.p[j] + dz2, floor) }
        if masks.hasUpper(j) { wu.p[j] = max(wu.p[j] + dw2, floor); zu.p[j] = max(zu.p[j] + dz2, floor) }
      }
    }
  }

  // MARK: - Direction

  /// Solves the Newton system for the complementarity right-hand sides in xil, xiu (zero where masked) and writes
  /// the direction into (ddx, dwl, dwu, dzl, dzu, ddy). Returns the largest primal and dual steps in [0, 1].
  ///
  /// With `centring`, the complementarity terms are Mehrotra's corrector ones for that target, σμ - w∘z - Δw∘Δz
  /// with the affine direction in the a-buffers, formed (and stored in xil, xiu) by the pass that forms the
  /// right-hand side.
  ///
  /// Also returns the accuracy of the normal-equations solve (see ``refine(_:_:_:)``). With `storing` .dy, only ddy
  /// is written (see ``DirectionParts``).
  func direction(_ eq: any NormalEquations, into d: (Buffer, Buffer, Buffer, Buffer, Buffer, Buffer),
                 homogeneous: Bool = false, centring target: Double? = nil, storing: DirectionParts = .all)
    -> (primal: Double, dual: Double, accuracy: SolveAccuracy)
  {
    formRightHandSide(homogeneous: homogeneous, centring: target)
    let accuracy = solveNormal(eq, rhsM, into: d.5)
    let (primal, dual, _) = completeDirection(into: d, homogeneous: homogeneous, productInTn: accuracy.productInTn,
                                              storing: storing)
    return (primal, dual, accuracy)
  }

  /// Whether a normal-equations solve is accurate enough to take its direction: residual at most 1e-8 relative to
  /// the right-hand side (absolute below 1). Refinement normally reaches 1e-10; only a factor that lost the small
  /// eigenvalues of an extremely ill-conditioned matrix misses this.
  static func accurate(_ a: SolveAccuracy) -> Bool {
    a.residual <= 1e-8 * max(1, a.rightHandSide)
  }

  /// The right-hand side of the normal equations for the complementarity terms in xil, xiu: f (kept for
  /// ``completeDirection(into:homogeneous:productInTn:storing:predictorTerms:)``) and rhsM = rp + A Θ f. With
  /// `centring` (a target σμ), the same pass first sets xil, xiu to Mehrotra's corrector terms for it (see
  /// ``direction(_:into:homogeneous:centring:storing:)``).
  func formRightHandSide(homogeneous: Bool, centring target: Double? = nil) {
    // A centrality corrector keeps the residuals: it solves with zero primal and dual right-hand sides. With an
    // affine target, the terms are formed again wherever they are read (see affineTarget): only f is stored.
    let terms: Terms = target == nil ? .stored : affineTarget != nil ? .affine : .storedTarget
    withColumnPass(direction: (dx, dwl, dwu, dzl, dzu), homogeneous: homogeneous, target: target ?? 0) { pass in
      Chunks.run(n, parallel: parallel) { lo, hi, _ in pass.rightHandSide(lo, hi, terms: terms.code) }
    }
    finishRightHandSide(homogeneous: homogeneous)
  }

  /// rhsM = rp + A Θ f, once f is formed (the part of ``formRightHandSide(homogeneous:centring:)`` after its pass
  /// over the columns; for the predictor, ``computeResiduals(step:fromSolve:)`` forms it with rp). Θ f is formed
  /// entry by entry inside the product, not stored first.
  func finishRightHandSide(homogeneous: Bool) {
    let adding: UnsafePointer<Double>? = homogeneous ? nil : UnsafePointer(rp.p)
    theta.withUnsafeBufferPointer {
      a.multiply(f.p, scaledBy: $0.baseAddress!, adding: adding, into: rhsM.p, parallel: parallel)
    }
  }

  /// Which parts of a direction ``completeDirection(into:homogeneous:productInTn:storing:predictorTerms:)`` writes.
  enum DirectionParts {
    /// All of them.
    case all
    /// dwl, dwu, dzl, dzu, not dx (the predictor's when centrality correctors follow: its dx is never read).
    case boundSteps
    /// Only dx (the predictor's in plain Mehrotra: the passes that need its bound steps form them from it, see
    /// ``affineTarget``).
    case dx
    /// None: only dy, which the solve wrote (the step's pass forms the rest again, see
    /// ``computeResiduals(step:fromSolve:)``).
    case dy
  }

  /// The rest of the direction once d's dy is known: dx, dwl, dwu, dzl, dzu. Returns the largest primal and dual
  /// steps in [0, 1] and, for the predictor (`predictorTerms`), the sums over the bounds of Δw∘z, w∘Δz and Δw∘Δz:
  /// with Σ w∘z from the iterate's tally they give the complementarity after steps αp, αd as
  /// Σ w∘z + αp Σ Δw∘z + αd Σ w∘Δz + αp αd Σ Δw∘Δz, without another pass over the columns.
  ///
  /// With `productInTn`, tn already holds A' dy (left there by the solve's refinement). `storing` says which parts
  /// of the direction are written (the passes over the columns are bound by memory, and a vector written costs
  /// about twice one read). With `predictorTerms`, the complementarity terms are the predictor's, -mL wl zl and
  /// -mU wu zu, formed here instead of read from xil, xiu.
  func completeDirection(into d: (Buffer, Buffer, Buffer, Buffer, Buffer, Buffer), homogeneous: Bool,
                         productInTn: Bool = false, storing: DirectionParts = .all, predictorTerms: Bool = false)
    -> (primal: Double, dual: Double, products: Products)
  {
    let (ddx, ddwl, ddwu, ddzl, ddzu, ddy) = d
    if !productInTn { at.multiply(ddy.p, into: tn.p, parallel: parallel) }
    let (keepDx, keepBounds) = (storing == .all || storing == .dx, storing == .all || storing == .boundSteps)
    let terms: Terms = predictorTerms ? .predictor : affineTarget != nil ? .affine : .stored
    // The steps to the boundary, min -w/Δw over Δw < 0 (likewise z), are taken as 1 / max(-Δw/w).
    let totals = withColumnPass(direction: (ddx, ddwl, ddwu, ddzl, ddzu), homogeneous: homogeneous,
                                target: affineTarget ?? 0) { pass in
      Chunks.reduce(n, parallel: parallel, Products(), Products.combined) { lo, hi in
        pass.direction(lo, hi, terms: terms.code, storeDx: keepDx, storeBounds: keepBounds)
      }
    }
    let (primalRate, dualRate) = (totals.primalRate, totals.dualRate)
    return (primalRate > 1 ? 1 / primalRate : 1, dualRate > 1 ? 1 / dualRate : 1, totals)
  }

  /// What ``completeDirection(into:homogeneous:productInTn:storing:predictorTerms:)`` gathers over the columns: the
  /// largest -Δw/w and -Δz/z (the inverse step lengths) and the sums of Δw∘z, w∘Δz and Δw∘Δz over the bounds.
  struct Products: Sendable {
    var primalRate = 0.0
    var dualRate = 0.0
    var dwz = 0.0
    var wdz = 0.0
    var dwdz = 0.0

    static func combined(_ a: Products, _ b: Products) -> Products {
      Products(primalRate: max(a.primalRate, b.primalRate), dualRate: max(a.dualRate, b.dualRate),
               dwz: a.dwz + b.dwz, wdz: a.wdz + b.wdz, dwdz: a.dwdz + b.dwdz)
    }
  }

  /// Largest primal and dual steps in [0, 1] along the sum of the current direction and the corrector in the affine
  /// buffers.
  func combinedSteps() -> (Double, Double) {
    let (wl, wu, zl, zu, dwl, dwu, dzl, dzu, awl, awu, azl, azu) =
      (self.wl, self.wu, self.zl, self.zu, self.dwl, self.dwu, self.dzl, self.dzu, self.awl, self.awu, self.azl,
       self.azu)
    return Chunks.minima(n, parallel: parallel) { lo, hi in
      var ap = 1.0
      var ad = 1.0
      for j in lo..<hi {
        let a = dwl.p[j] + awl.p[j]
        let b = dwu.p[j] + awu.p[j]
        let c = dzl.p[j] + azl.p[j]
        let d = dzu.p[j] + azu.p[j]
        if a < 0 { ap = min(ap, -wl.p[j] / a) }
        if b < 0 { ap = min(ap, -wu.p[j] / b) }
        if c < 0 { ad = min(ad, -zl.p[j] / c) }
        if d < 0 { ad = min(ad, -zu.p[j] / d) }
      }
      return (ap, ad)
    }
  }

  // MARK: - Certificates

  /// A Farkas ray from the dual iterate: A'y + zl - zu = 0 and b'y + l'zl - u'zu > 0 (relative to its size), from
  /// the tally of the last ``computeResiduals(step:fromSolve:)``.
  func primalInfeasibilityCertificate() -> Bool {
    let value = tally.dualObjective
    let scale = tally.dualSize
    guard value > 0, scale > 0 else { return false }
    return tally.farkasResidual / value <= 1e-8 && value / scale > 1e-10
  }

  /// A ray of descent from the primal iterate: A d = 0, d in the recession cone, c'd < 0.
  func dualInfeasibilityCertificate() -> Bool {
    var cx = 0.0
    for j in 0..<n { cx += c[j] * x[j] }
    guard cx < 0 else { return false }
    var worst = 0.0
    // A ray of a convex QP must also have Q d = 0: it cannot move a column with a quadratic cost.
    if let q { for j in 0..<n where q[j] > 0 { worst = max(worst, abs(x[j])) } }
    for i in 0..<m { worst = max(worst, abs(b[i] - rp[i])) }  // A x = b - rp
    for j in 0..<n {
      let hasL = masks.hasLower(j)
      let hasU = masks.hasUpper(j)
      if hasL && hasU { worst = max(worst, abs(x[j])) }
      else if hasL { worst = max(worst, max(-x[j], 0)) }
      else if hasU { worst = max(worst, max(x[j], 0)) }
    }
    return worst / -cx <= 1e-8
  }

  // MARK: - Main loop

  func run(equations eq: inout any NormalEquations, started elapsed: () -> Double) -> Outcome {
    if m == 0 && n == 0 {
      return Outcome(status: .optimal, reason: "", iterations: 0, primalInfeasibility: 0, dualInfeasibility: 0,
                     gap: 0)
    }
    do {
      let t0 = ContinuousClock.now
      try start(&eq)
      profile.add("starting point", since: t0)
    } catch {
      return Outcome(status: .numericalFailure, reason: "factorisation failed at the starting point: \(error)",
                     iterations: 0, primalInfeasibility: .nan, dualInfeasibility: .nan, gap: .nan)
    }
    let tol = settings.tolerance
    var last = (pinf: Double.nan, dinf: Double.nan, gap: Double.nan)
    var smallSteps = 0
    var history: [(pinf: Double, dinf: Double)] = []
    /// The last iterate's accuracy, for the reason of a solve stopped early.
    func accuracy() -> String {
      "relative primal infeasibility \(short(last.pinf)), dual infeasibility \(short(last.dinf)), gap "
        + "\(short(last.gap)) at the last iterate; \(short(tol)) each is optimal"
    }
    func outcome(_ s: SolveStatus, _ why: String, _ it: Int) -> Outcome {
      Outcome(status: s, reason: why, iterations: it, primalInfeasibility: last.pinf, dualInfeasibility: last.dinf,
              gap: last.gap)
    }
    let (masks, wl, wu, zl, zu, xil, xiu) = (self.masks, self.wl, self.wu, self.zl, self.zu, self.xil, self.xiu)
    let (awl, awu, azl, azu) = (self.awl, self.awu, self.azl, self.azu)
    // Centrality correctors add to a stored corrector direction; without them the step's pass forms it again.
    let directionFromSolve = settings.centralityCorrectors == 0
    var t0 = ContinuousClock.now
    computeResiduals()
    profile.add("iterate", since: t0)
    for iteration in 0...settings.maxIterations {
      let meas = measures()
      last = (meas.pinf, meas.dinf, meas.gap)
      let mu = meas.mu
      if meas.pinf <= tol && meas.dinf <= tol && meas.gap <= tol {
        return outcome(.optimal, "relative primal and dual infeasibility and gap at most \(tol)", iteration)
      }
      if meas.pinf > tol && primalInfeasibilityCertificate() {
        return outcome(.primalInfeasible,
                       "the dual iterates approach a Farkas ray: no point satisfies the rows and bounds", iteration)
      }
      if meas.dinf > tol && dualInfeasibilityCertificate() {
        return outcome(.dualInfeasible,
                       "the primal iterates approach a ray along which the objective decreases without bound",
                       iteration)
      }
      if iteration == settings.maxIterations { break }
      if let limit = settings.timeLimitSeconds, elapsed() >= limit {
        return outcome(.timeLimit, "stopped at the time limit of \(limit) s after \(iteration) iterations, before the "
                         + "tolerances were met (\(accuracy()))", iteration)
      }
      if settings.shouldStop?() == true {
        return outcome(.interrupted, "interrupted after \(iteration) iterations (\(accuracy()))", iteration)
      }
      if !(mu.isFinite && meas.pobj.isFinite && meas.dobj.isFinite) {
        return outcome(.numericalFailure, "the iterates are no longer finite", iteration)
      }
      // Stalling: infeasibility that no longer falls while the iterates approach the boundary is the sign of an
      // infeasible LP that the certificates above did not catch; the caller then decides by auxiliary LPs. An
      // infeasibility within 100 x the tolerance is not a stall but the rounding floor of an endgame, which the next
      // iterations usually get below.
      history.append((meas.pinf, meas.dinf))
      let window = 8
      if history.count > window {
        let old = history[history.count - 1 - window]
        let stuckP = meas.pinf > 100 * tol && meas.pinf > 0.5 * old.pinf
        let stuckD = meas.dinf > 100 * tol && meas.dinf > 0.5 * old.dinf
        if (stuckP || stuckD) && mu < 1e-6 * max(meas.pinf, meas.dinf) {
          return outcome(.numericalFailure,
                         "the iterates stalled: \(stuckP ? "primal" : "dual") infeasibility stopped falling", iteration)
        }
      }
      // Θ, the predictor's f and its right-hand side came with the residuals. That right-hand side is known before
      // the factorisation, which solves for it on the way (the time of that solve counts as factorisation).
      // Factor, then solve for the predictor and the corrector. When Θ spans so many orders of magnitude that the
      // factor of the regularised matrix is too inaccurate for refinement to bring a residual down (it diverges), the
      // direction would be noise: factor again with 100 x the dual regularisation (up to 1e-4) and start over.
      var delta = settings.dualRegularisation
      var (apMax, adMax, target) = (0.0, 0.0, 0.0)
      while true {
        do {
          t0 = ContinuousClock.now
          rhs.withUnsafeMutableBufferPointer { $0.baseAddress!.update(from: rhsM.p, count: m) }
          _ = try eq.factor(theta: theta, delta: delta, solving: &rhs)
          rhs.withUnsafeBufferPointer { ay.p.update(from: $0.baseAddress!, count: m) }
          profile.add("factor", since: t0)
          profile.factorisations += 1
          profile.solves += 1
        } catch {
          return outcome(.numericalFailure, "factorisation failed: \(error)", iteration)
        }
        t0 = ContinuousClock.now
        let retry = delta < 1e-4
        // The predictor's solve is not measured (see refine): the corrector's is.
        let predictor = refine(eq, rhsM, ay, measuring: false)
        // Plain Mehrotra stores only the predictor's dx (see affineTarget); correctors need its bound steps.
        affineTarget = nil
        let (apA, adA, sums) = completeDirection(into: (ax, awl, awu, azl, azu, ay), homogeneous: false,
                                                 productInTn: predictor.productInTn,
                                                 storing: directionFromSolve ? .dx : .boundSteps, predictorTerms: true)
        // The complementarity after the affine steps, from the sums the pass gathered (see completeDirection).
        let muAffTotal = tally.complementarity + apA * sums.dwz + adA * sums.wdz + apA * adA * sums.dwdz
        let muAff = boundCount > 0 ? muAffTotal / Double(boundCount) : 0
        let sigma = mu > 0 ? min(1, pow3(muAff / mu)) : 0
        // Corrector (its complementarity terms are formed with its right-hand side).
        target = sigma * mu
        if directionFromSolve { affineTarget = target }
        // Without centrality correctors the step's pass forms the direction again from what the corrector's solve
        // leaves (see computeResiduals(step:fromSolve:)): only dy is stored.
        let corrector = direction(eq, into: (dx, dwl, dwu, dzl, dzu, dy), centring: target,
                                  storing: directionFromSolve ? .dy : .all)
        (apMax, adMax) = (corrector.primal, corrector.dual)
        if !retry || Self.accurate(corrector.accuracy) { break }
        // The predictor's right-hand side again (the corrector's replaced it).
        delta = min(100 * delta, 1e-4)
        affineTarget = nil
        Chunks.run(n, parallel: parallel) { lo, hi, _ in
          for j in lo..<hi {
            xil.p[j] = -wl.p[j] * zl.p[j]
            xiu.p[j] = -wu.p[j] * zu.p[j]
          }
        }
        formRightHandSide(homogeneous: false)
        profile.add("iterate", since: t0)
      }
      // Gondzio's multiple centrality correctors: aim at longer steps by pulling the complementarity products of the
      // trial point into [0.1, 10] x the target, while the step lengths keep growing.
      for _ in 0..<settings.centralityCorrectors {
        let (tp, td) = (min(1, apMax + 0.2), min(1, adMax + 0.2))
        let (dwl, dwu, dzl, dzu) = (self.dwl, self.dwu, self.dzl, self.dzu)
        let low = 0.1 * target
        let high = 10 * target
        Chunks.run(n, parallel: parallel) { lo, hi, _ in
          for j in lo..<hi {
            let vl = (wl.p[j] + tp * dwl.p[j]) * (zl.p[j] + td * dzl.p[j])
            let vu = (wu.p[j] + tp * dwu.p[j]) * (zu.p[j] + td * dzu.p[j])
            xil.p[j] = masks.lower(j) * max(min(max(vl, low), high) - vl, -high)
            xiu.p[j] = masks.upper(j) * max(min(max(vu, low), high) - vu, -high)
          }
        }
        _ = direction(eq, into: (ax, awl, awu, azl, azu, ay), homogeneous: true)
        let (np, nd) = combinedSteps()
        guard min(np, nd) >= min(apMax, adMax) + 0.02 else { break }
        let (x0, y0) = (self.dx, self.dy)
        let (cx, cwl, cwu, czl, czu, cy) = (ax, awl, awu, azl, azu, ay)
        Chunks.run(n, parallel: parallel) { lo, hi, _ in
          for j in lo..<hi {
            x0.p[j] += cx.p[j]; dwl.p[j] += cwl.p[j]; dwu.p[j] += cwu.p[j]
            dzl.p[j] += czl.p[j]; dzu.p[j] += czu.p[j]
          }
        }
        for i in 0..<m { y0[i] += cy[i] }
        (apMax, adMax) = (np, nd)
        profile.correctors += 1
      }
      let ap = min(1, settings.stepFraction * apMax)
      let ad = min(1, settings.stepFraction * adMax)
      // The step, with the new iterate's residuals, tally and Θ in the same pass.
      computeResiduals(step: (ap, ad), fromSolve: directionFromSolve)
      profile.add("iterate", since: t0)
      settings.progress?(IterationLog(
        iteration: iteration + 1, primalObjective: meas.pobj, dualObjective: meas.dobj, primalInfeasibility: meas.pinf,
        dualInfeasibility: meas.dinf, relativeGap: meas.gap, mu: mu, primalStep: ap, dualStep: ad, seconds: elapsed()))
      smallSteps = (ap < 1e-8 && ad < 1e-8) ? smallSteps + 1 : 0
      if smallSteps >= 5 {
        return outcome(.numericalFailure, "the iterates stalled: five steps shorter than 1e-8", iteration + 1)
      }
    }
    return outcome(.iterationLimit,
                   "stopped after \(settings.maxIterations) iterations before the tolerances were met (\(accuracy()))",
                   settings.maxIterations)
  }
}

/// Where a solve spent its time.
public struct SolveProfile: Sendable {
  public var seconds: [String: Double] = [:]
  public var factorisations = 0
  public var solves = 0
  /// Centrality correctors accepted.
  public var correctors = 0
  /// The backend that factored the normal equations: "staged" or "general".
  public var backend = ""

  mutating func add(_ phase: String, since start: ContinuousClock.Instant, until end: ContinuousClock.Instant = .now) {
    let d = end - start
    seconds[phase, default: 0] += Double(d.components.seconds) + Double(d.components.attoseconds) * 1e-18
  }
}

@inline(__always) func pow3(_ v: Double) -> Double { v * v * v }

/// A number in 2 significant digits (1.2e-05), for messages.
func short(_ v: Double) -> String { String(format: "%.2g", v) }
