/// The iterations of ``InteriorPointSolver`` on a scaled standard form. Variables:
/// primal x, lower-bound slacks wl = x - l, upper-bound slacks wu = u - x (kept positive; the residuals
/// rl = l - x + wl and ru = u - x - wu vanish at feasibility), duals y and bound multipliers zl, zu >= 0.
struct IPMCore {
  let form: StandardForm
  let settings: InteriorPointSettings
  let m: Int
  let n: Int
  let at: SparseMatrix
  let hasL: [Bool]
  let hasU: [Bool]
  let boundCount: Int
  var x: [Double]
  var wl: [Double]
  var wu: [Double]
  var y: [Double]
  var zl: [Double]
  var zu: [Double]
  /// Seconds spent per phase and counts (factorisations, solves), reported in the solution.
  var profile = SolveProfile()

  struct Outcome {
    var status: SolveStatus
    var reason: String
    var iterations: Int
    var primalInfeasibility: Double
    var dualInfeasibility: Double
    var gap: Double
  }

  init(form: StandardForm, settings: InteriorPointSettings) {
    self.form = form
    self.settings = settings
    m = form.rowCount
    n = form.columnCount
    at = form.a.transposed()
    hasL = form.lower.map { $0.isFinite }
    hasU = form.upper.map { $0.isFinite }
    boundCount = hasL.filter { $0 }.count + hasU.filter { $0 }.count
    x = [Double](repeating: 0, count: n)
    wl = [Double](repeating: 0, count: n)
    wu = [Double](repeating: 0, count: n)
    y = [Double](repeating: 0, count: m)
    zl = [Double](repeating: 0, count: n)
    zu = [Double](repeating: 0, count: n)
  }

  // MARK: - Linear algebra helpers

  func aTimes(_ v: [Double]) -> [Double] { form.a.multiply(v) }
  func atTimes(_ v: [Double]) -> [Double] { at.multiply(v) }

  /// Solves (A Θ A' + δI) dy = r with iterative refinement against A Θ A'.
  mutating func solveNormal(_ eq: any NormalEquations, theta: [Double], _ r: [Double]) -> [Double] {
    var dy = r
    var t0 = ContinuousClock.now
    eq.solve(&dy)
    profile.add("solve", since: t0)
    profile.solves += 1
    if settings.refinementSteps == 0 { return dy }
    var rnorm = 0.0
    for v in r { rnorm = max(rnorm, abs(v)) }
    for _ in 0..<settings.refinementSteps {
      t0 = ContinuousClock.now
      var t = atTimes(dy)
      for j in 0..<n { t[j] *= theta[j] }
      let mdy = aTimes(t)
      var res = [Double](repeating: 0, count: m)
      var worst = 0.0
      for i in 0..<m {
        res[i] = r[i] - mdy[i]
        worst = max(worst, abs(res[i]))
      }
      profile.add("refinement residual", since: t0)
      if worst <= settings.refinementTolerance * max(1, rnorm) { break }
      t0 = ContinuousClock.now
      eq.solve(&res)
      profile.add("solve", since: t0)
      profile.solves += 1
      for i in 0..<m { dy[i] += res[i] }
    }
    return dy
  }

  // MARK: - Residuals and measures

  struct Residuals {
    var rp: [Double]
    var rl: [Double]
    var ru: [Double]
    var rd: [Double]
  }

  func residuals() -> Residuals {
    var rp = aTimes(x)
    for i in 0..<m { rp[i] = form.b[i] - rp[i] }
    var rl = [Double](repeating: 0, count: n)
    var ru = [Double](repeating: 0, count: n)
    let aty = atTimes(y)
    var rd = [Double](repeating: 0, count: n)
    for j in 0..<n {
      if hasL[j] { rl[j] = form.lower[j] - x[j] + wl[j] }
      if hasU[j] { ru[j] = form.upper[j] - x[j] - wu[j] }
      rd[j] = form.c[j] - aty[j] - zl[j] + zu[j]
    }
    return Residuals(rp: rp, rl: rl, ru: ru, rd: rd)
  }

  /// Relative infeasibilities and gap on the unscaled problem, and the unscaled objectives.
  func measures(_ r: Residuals) -> (pinf: Double, dinf: Double, gap: Double, pobj: Double, dobj: Double) {
    let f = form
    var pres = 0.0
    var bnorm = 0.0
    for i in 0..<m {
      let s = 1 / (f.rowScale[i] * f.boundScale)
      pres = max(pres, abs(r.rp[i]) * s)
      bnorm = max(bnorm, abs(f.b[i]) * s)
    }
    var dres = 0.0
    var cnorm = 0.0
    var pobj = 0.0
    var dobj = 0.0
    for j in 0..<n {
      let s = f.colScale[j] / f.boundScale
      if hasL[j] {
        pres = max(pres, abs(r.rl[j]) * s)
        bnorm = max(bnorm, abs(f.lower[j]) * s)
        dobj += f.lower[j] * zl[j]
      }
      if hasU[j] {
        pres = max(pres, abs(r.ru[j]) * s)
        bnorm = max(bnorm, abs(f.upper[j]) * s)
        dobj -= f.upper[j] * zu[j]
      }
      let d = 1 / (f.colScale[j] * f.costScale)
      dres = max(dres, abs(r.rd[j]) * d)
      cnorm = max(cnorm, abs(f.c[j]) * d)
      pobj += f.c[j] * x[j]
    }
    for i in 0..<m { dobj += f.b[i] * y[i] }
    let unscale = 1 / (f.costScale * f.boundScale)
    pobj = pobj * unscale + f.objectiveOffset
    dobj = dobj * unscale + f.objectiveOffset
    let gap = abs(pobj - dobj) / (1 + abs(pobj))
    return (pres / (1 + bnorm), dres / (1 + cnorm), gap, pobj, dobj)
  }

  // MARK: - Start

  mutating func start(_ eq: inout any NormalEquations) throws {
    let ones = [Double](repeating: 1, count: n)
    _ = try eq.factor(theta: ones, delta: 1e-8)
    // x = A'(AA')^-1 b, y = (AA')^-1 A c.
    var v = form.b
    eq.solve(&v)
    let xt = atTimes(v)
    var w = aTimes(form.c)
    eq.solve(&w)
    y = w
    let s = zip(form.c, atTimes(w)).map { $0 - $1 }
    for j in 0..<n {
      x[j] = xt[j]
      if hasL[j] && hasU[j] {
        // Start boxed columns inside their box when the least-squares point is outside.
        if x[j] <= form.lower[j] || x[j] >= form.upper[j] { x[j] = 0.5 * (form.lower[j] + form.upper[j]) }
      }
      if hasL[j] { wl[j] = x[j] - form.lower[j] }
      if hasU[j] { wu[j] = form.upper[j] - x[j] }
      if hasL[j] && hasU[j] {
        zl[j] = max(s[j], 0)
        zu[j] = max(-s[j], 0)
      } else if hasL[j] {
        zl[j] = s[j]
      } else if hasU[j] {
        zu[j] = -s[j]
      }
    }
    var minW = Double.infinity
    var minZ = Double.infinity
    for j in 0..<n {
      if hasL[j] { minW = min(minW, wl[j]); minZ = min(minZ, zl[j]) }
      if hasU[j] { minW = min(minW, wu[j]); minZ = min(minZ, zu[j]) }
    }
    if boundCount == 0 { return }
    let dw = max(-1.5 * minW, 0)
    let dz = max(-1.5 * minZ, 0)
    var wz = 0.0
    var sw = 0.0
    var sz = 0.0
    for j in 0..<n {
      if hasL[j] {
        wl[j] += dw; zl[j] += dz
        wz += wl[j] * zl[j]; sw += wl[j]; sz += zl[j]
      }
      if hasU[j] {
        wu[j] += dw; zu[j] += dz
        wz += wu[j] * zu[j]; sw += wu[j]; sz += zu[j]
      }
    }
    let dw2 = sz > 0 ? 0.5 * wz / sz : 0
    let dz2 = sw > 0 ? 0.5 * wz / sw : 0
    let floor = 1e-2
    for j in 0..<n {
      if hasL[j] { wl[j] = max(wl[j] + dw2, floor); zl[j] = max(zl[j] + dz2, floor) }
      if hasU[j] { wu[j] = max(wu[j] + dw2, floor); zu[j] = max(zu[j] + dz2, floor) }
    }
  }

  // MARK: - Direction

  struct Direction {
    var dx: [Double]
    var dy: [Double]
    var dwl: [Double]
    var dwu: [Double]
    var dzl: [Double]
    var dzu: [Double]
  }

  /// Solves the Newton system for complementarity targets ξl = target - wl∘zl - corrections, given as arrays.
  mutating func direction(_ eq: any NormalEquations, theta: [Double], _ r: Residuals, xil: [Double], xiu: [Double])
    -> Direction
  {
    var f = r.rd
    for j in 0..<n {
      if hasL[j] { f[j] -= (xil[j] + zl[j] * r.rl[j]) / wl[j] }
      if hasU[j] { f[j] += (xiu[j] - zu[j] * r.ru[j]) / wu[j] }
    }
    var tf = [Double](repeating: 0, count: n)
    for j in 0..<n { tf[j] = theta[j] * f[j] }
    var rhs = aTimes(tf)
    for i in 0..<m { rhs[i] += r.rp[i] }
    let dy = solveNormal(eq, theta: theta, rhs)
    let atdy = atTimes(dy)
    var d = Direction(
      dx: [Double](repeating: 0, count: n), dy: dy, dwl: [Double](repeating: 0, count: n),
      dwu: [Double](repeating: 0, count: n), dzl: [Double](repeating: 0, count: n),
      dzu: [Double](repeating: 0, count: n))
    for j in 0..<n {
      let dx = theta[j] * (atdy[j] - f[j])
      d.dx[j] = dx
      if hasL[j] {
        d.dwl[j] = dx - r.rl[j]
        d.dzl[j] = (xil[j] - zl[j] * d.dwl[j]) / wl[j]
      }
      if hasU[j] {
        d.dwu[j] = r.ru[j] - dx
        d.dzu[j] = (xiu[j] - zu[j] * d.dwu[j]) / wu[j]
      }
    }
    return d
  }

  /// Largest steps in [0, 1] keeping the slacks (primal) and bound multipliers (dual) nonnegative.
  func maxSteps(_ d: Direction) -> (primal: Double, dual: Double) {
    var ap = 1.0
    var ad = 1.0
    for j in 0..<n {
      if hasL[j] {
        if d.dwl[j] < 0 { ap = min(ap, -wl[j] / d.dwl[j]) }
        if d.dzl[j] < 0 { ad = min(ad, -zl[j] / d.dzl[j]) }
      }
      if hasU[j] {
        if d.dwu[j] < 0 { ap = min(ap, -wu[j] / d.dwu[j]) }
        if d.dzu[j] < 0 { ad = min(ad, -zu[j] / d.dzu[j]) }
      }
    }
    return (ap, ad)
  }

  // MARK: - Certificates

  /// A Farkas ray from the dual iterate: A'y + zl - zu = 0 and b'y + l'zl - u'zu > 0 (relative to its size).
  func primalInfeasibilityCertificate(_ r: Residuals) -> Bool {
    var value = 0.0
    for i in 0..<m { value += form.b[i] * y[i] }
    var scale = 0.0
    for i in 0..<m { scale = max(scale, abs(y[i])) }
    for j in 0..<n {
      if hasL[j] { value += form.lower[j] * zl[j]; scale = max(scale, zl[j]) }
      if hasU[j] { value -= form.upper[j] * zu[j]; scale = max(scale, zu[j]) }
    }
    guard value > 0, scale > 0 else { return false }
    // A'y + zl - zu = c - rd.
    var worst = 0.0
    for j in 0..<n { worst = max(worst, abs(form.c[j] - r.rd[j])) }
    return worst / value <= 1e-8 && value / scale > 1e-10
  }

  /// A ray of descent from the primal iterate: A d = 0, d in the recession cone, c'd < 0.
  func dualInfeasibilityCertificate(_ r: Residuals) -> Bool {
    var cx = 0.0
    for j in 0..<n { cx += form.c[j] * x[j] }
    guard cx < 0 else { return false }
    let scale = -cx
    // A x = b - rp.
    var worst = 0.0
    for i in 0..<m { worst = max(worst, abs(form.b[i] - r.rp[i])) }
    for j in 0..<n {
      if hasL[j] && hasU[j] { worst = max(worst, abs(x[j])) }
      else if hasL[j] { worst = max(worst, max(-x[j], 0)) }
      else if hasU[j] { worst = max(worst, max(x[j], 0)) }
    }
    return worst / scale <= 1e-8
  }

  // MARK: - Main loop

  mutating func run(equations eq: inout any NormalEquations, started elapsed: () -> Double) -> Outcome {
    if m == 0 && n == 0 { return Outcome(status: .optimal, reason: "", iterations: 0, primalInfeasibility: 0,
                                         dualInfeasibility: 0, gap: 0) }
    do {
      try start(&eq)
    } catch {
      return Outcome(status: .numericalFailure, reason: "factorisation failed at the starting point: \(error)",
                     iterations: 0, primalInfeasibility: .nan, dualInfeasibility: .nan, gap: .nan)
    }
    let tol = settings.tolerance
    var theta = [Double](repeating: 0, count: n)
    var xil = [Double](repeating: 0, count: n)
    var xiu = [Double](repeating: 0, count: n)
    var last = (pinf: Double.nan, dinf: Double.nan, gap: Double.nan, pobj: Double.nan, dobj: Double.nan)
    var smallSteps = 0
    var history: [(pinf: Double, dinf: Double)] = []
    for iteration in 0...settings.maxIterations {
      let r = residuals()
      let meas = measures(r)
      last = meas
      var mu = 0.0
      for j in 0..<n {
        if hasL[j] { mu += wl[j] * zl[j] }
        if hasU[j] { mu += wu[j] * zu[j] }
      }
      mu = boundCount > 0 ? mu / Double(boundCount) : 0
      if meas.pinf <= tol && meas.dinf <= tol && meas.gap <= tol {
        return Outcome(status: .optimal, reason: "relative primal and dual infeasibility and gap at most \(tol)",
                       iterations: iteration, primalInfeasibility: meas.pinf, dualInfeasibility: meas.dinf,
                       gap: meas.gap)
      }
      if meas.pinf > tol && primalInfeasibilityCertificate(r) {
        return Outcome(status: .primalInfeasible,
                       reason: "the dual iterates approach a Farkas ray: no point satisfies the rows and bounds",
                       iterations: iteration, primalInfeasibility: meas.pinf, dualInfeasibility: meas.dinf,
                       gap: meas.gap)
      }
      if meas.dinf > tol && dualInfeasibilityCertificate(r) {
        return Outcome(status: .dualInfeasible,
                       reason: "the primal iterates approach a ray along which the objective decreases without bound",
                       iterations: iteration, primalInfeasibility: meas.pinf, dualInfeasibility: meas.dinf,
                       gap: meas.gap)
      }
      if iteration == settings.maxIterations { break }
      // Stalling: infeasibility that no longer falls while the iterates approach the boundary is the sign of an
      // infeasible LP that the certificates above did not catch; the caller then decides by auxiliary LPs.
      history.append((meas.pinf, meas.dinf))
      let window = 8
      if history.count > window {
        let old = history[history.count - 1 - window]
        let stuckP = meas.pinf > tol && meas.pinf > 0.5 * old.pinf
        let stuckD = meas.dinf > tol && meas.dinf > 0.5 * old.dinf
        if (stuckP || stuckD) && mu < 1e-6 * max(meas.pinf, meas.dinf) {
          return Outcome(status: .numericalFailure,
                         reason: "the iterates stalled: \(stuckP ? "primal" : "dual") infeasibility stopped falling",
                         iterations: iteration, primalInfeasibility: meas.pinf, dualInfeasibility: meas.dinf,
                         gap: meas.gap)
        }
      }
      if !(mu.isFinite && meas.pobj.isFinite && meas.dobj.isFinite) {
        return Outcome(status: .numericalFailure, reason: "the iterates are no longer finite",
                       iterations: iteration, primalInfeasibility: meas.pinf, dualInfeasibility: meas.dinf,
                       gap: meas.gap)
      }
      // Scaling matrix.
      for j in 0..<n {
        var d = settings.primalRegularisation
        if hasL[j] { d += zl[j] / wl[j] }
        if hasU[j] { d += zu[j] / wu[j] }
        if !hasL[j] && !hasU[j] { d = max(d, 1e-8) }
        theta[j] = 1 / d
      }
      do {
        let t0 = ContinuousClock.now
        _ = try eq.factor(theta: theta, delta: settings.dualRegularisation)
        profile.add("factor", since: t0)
        profile.factorisations += 1
      } catch {
        return Outcome(status: .numericalFailure, reason: "factorisation failed: \(error)", iterations: iteration,
                       primalInfeasibility: meas.pinf, dualInfeasibility: meas.dinf, gap: meas.gap)
      }
      // Predictor.
      for j in 0..<n {
        xil[j] = hasL[j] ? -wl[j] * zl[j] : 0
        xiu[j] = hasU[j] ? -wu[j] * zu[j] : 0
      }
      let aff = direction(eq, theta: theta, r, xil: xil, xiu: xiu)
      let (apA, adA) = maxSteps(aff)
      var muAff = 0.0
      for j in 0..<n {
        if hasL[j] { muAff += (wl[j] + apA * aff.dwl[j]) * (zl[j] + adA * aff.dzl[j]) }
        if hasU[j] { muAff += (wu[j] + apA * aff.dwu[j]) * (zu[j] + adA * aff.dzu[j]) }
      }
      muAff = boundCount > 0 ? muAff / Double(boundCount) : 0
      let sigma = mu > 0 ? min(1, pow3(muAff / mu)) : 0
      // Corrector.
      for j in 0..<n {
        if hasL[j] { xil[j] = sigma * mu - wl[j] * zl[j] - aff.dwl[j] * aff.dzl[j] }
        if hasU[j] { xiu[j] = sigma * mu - wu[j] * zu[j] - aff.dwu[j] * aff.dzu[j] }
      }
      let d = direction(eq, theta: theta, r, xil: xil, xiu: xiu)
      let (apMax, adMax) = maxSteps(d)
      let ap = min(1, settings.stepFraction * apMax)
      let ad = min(1, settings.stepFraction * adMax)
      for j in 0..<n {
        x[j] += ap * d.dx[j]
        if hasL[j] { wl[j] += ap * d.dwl[j]; zl[j] += ad * d.dzl[j] }
        if hasU[j] { wu[j] += ap * d.dwu[j]; zu[j] += ad * d.dzu[j] }
      }
      for i in 0..<m { y[i] += ad * d.dy[i] }
      settings.progress?(IterationLog(
        iteration: iteration + 1, primalObjective: meas.pobj, dualObjective: meas.dobj, primalInfeasibility: meas.pinf,
        dualInfeasibility: meas.dinf, relativeGap: meas.gap, mu: mu, primalStep: ap, dualStep: ad, seconds: elapsed()))
      smallSteps = (ap < 1e-8 && ad < 1e-8) ? smallSteps + 1 : 0
      if smallSteps >= 5 {
        return Outcome(status: .numericalFailure, reason: "the iterates stalled: five steps shorter than 1e-8",
                       iterations: iteration + 1, primalInfeasibility: meas.pinf, dualInfeasibility: meas.dinf,
                       gap: meas.gap)
      }
    }
    return Outcome(status: .iterationLimit,
                   reason: "stopped after \(settings.maxIterations) iterations before the tolerances were met",
                   iterations: settings.maxIterations, primalInfeasibility: last.pinf, dualInfeasibility: last.dinf,
                   gap: last.gap)
  }
}

/// Where a solve spent its time.
public struct SolveProfile: Sendable {
  public var seconds: [String: Double] = [:]
  public var factorisations = 0
  public var solves = 0

  mutating func add(_ phase: String, since start: ContinuousClock.Instant) {
    let d = ContinuousClock.now - start
    seconds[phase, default: 0] += Double(d.components.seconds) + Double(d.components.attoseconds) * 1e-18
  }
}

@inline(__always) func pow3(_ v: Double) -> Double { v * v * v }
