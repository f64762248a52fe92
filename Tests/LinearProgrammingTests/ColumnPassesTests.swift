import CColumnPasses
import Testing

/// The C passes over the columns (CColumnPasses.h) against the interior-point formulas written out here column by
/// column, in every version the CPU has (8, 4 and 1 columns at a time), on ranges whose ends are not multiples of 8.
@Suite(.serialized) struct ColumnPassesTests {
  /// Fixed pseudo-random vectors for `n` columns (linear congruential generator): every mask (none, lower, upper,
  /// both), the solver's conventions where a bound is missing (w = 1, z = 0, bound 0), and A' with 0-3 entries per
  /// column over 5 rows.
  final class Columns {
    let n: Int
    var vectors: [String: UnsafeMutablePointer<Double>] = [:]
    let masks: UnsafeMutablePointer<UInt8>
    var atStart: [Int32] = [0]
    var atColumn: [Int32] = []
    var atValue: [Double] = []
    let y: [Double] = [0.7, -1.3, 2.1, 0.05, -0.4]
    /// The diagonal of a quadratic objective, passed when a test asks for it (zero on every fourth column).
    let quadratic: UnsafeMutablePointer<Double>
    static let names = ["x", "wl", "wu", "zl", "zu", "rl", "ru", "rd", "lower", "upper", "cost", "colScale", "theta",
                        "f", "tn", "xil", "xiu", "ax", "awl", "awu", "azl", "azu", "dx", "dwl", "dwu", "dzl", "dzu"]

    init(n: Int, seed: UInt64) {
      self.n = n
      var state = seed
      func next() -> Double {
        state = state &* 6364136223846793005 &+ 1442695040888963407
        return Double(state >> 11) / Double(1 << 53)
      }
      masks = .allocate(capacity: n)
      quadratic = .allocate(capacity: n)
      for j in 0..<n { quadratic[j] = j % 4 == 1 ? 0 : 0.05 + 2 * next() }
      for name in Self.names {
        let p = UnsafeMutablePointer<Double>.allocate(capacity: n)
        // Directions and A'dy of either sign; the iterate, data and work vectors positive.
        let signed = name.hasPrefix("d") || name.hasPrefix("a") || name == "tn"
        for j in 0..<n { p[j] = signed ? 2 * next() - 1 : 0.1 + next() }
        vectors[name] = p
      }
      for j in 0..<n {
        masks[j] = UInt8(j % 4)
        if masks[j] & 1 == 0 { self["wl"][j] = 1; self["zl"][j] = 0; self["lower"][j] = 0; self["rl"][j] = 0 }
        if masks[j] & 2 == 0 { self["wu"][j] = 1; self["zu"][j] = 0; self["upper"][j] = 0; self["ru"][j] = 0 }
        for _ in 0..<(j % 4) {
          atColumn.append(Int32(Int(next() * 5) % 5))
          atValue.append(2 * next() - 1)
        }
        atStart.append(Int32(atColumn.count))
      }
    }

    deinit {
      for p in vectors.values { p.deallocate() }
      masks.deallocate()
      quadratic.deallocate()
    }

    subscript(name: String) -> UnsafeMutablePointer<Double> { vectors[name]! }

    func copy() -> Columns {
      let c = Columns(n: n, seed: 1)
      for name in Self.names { c[name].update(from: self[name], count: n) }
      c.masks.update(from: masks, count: n)
      c.quadratic.update(from: quadratic, count: n)
      (c.atStart, c.atColumn, c.atValue) = (atStart, atColumn, atValue)
      return c
    }

    /// Calls body with the C view of these vectors.
    func withPass<R>(target: Double, step: (Double, Double), quadratic withQ: Bool = false,
                     _ body: (inout gp_columns) -> R) -> R {
      atStart.withUnsafeBufferPointer { s in
        atColumn.withUnsafeBufferPointer { c in
          atValue.withUnsafeBufferPointer { v in
            y.withUnsafeBufferPointer { yp in
              var pass = gp_columns(
                x: self["x"], wl: self["wl"], wu: self["wu"], zl: self["zl"], zu: self["zu"], rl: self["rl"],
                ru: self["ru"], rd: self["rd"], lower: self["lower"], upper: self["upper"], cost: self["cost"],
                colScale: self["colScale"], quadratic: withQ ? UnsafePointer(quadratic) : nil, masks: masks, theta: self["theta"], f: self["f"], tn: self["tn"],
                xil: self["xil"], xiu: self["xiu"], ax: self["ax"], awl: self["awl"], awu: self["awu"],
                azl: self["azl"], azu: self["azu"], dx: self["dx"], dwl: self["dwl"], dwu: self["dwu"],
                dzl: self["dzl"], dzu: self["dzu"], atStart: s.baseAddress, atColumn: c.baseAddress,
                atValue: v.baseAddress, y: yp.baseAddress, target: target, rho: 1e-10, boundScale: 2,
                costScale: 0.5, primalStep: step.0, dualStep: step.1)
              return body(&pass)
            }
          }
        }
      }
    }
  }

  /// Columns in a test, the range passed (ends not multiples of 8) and the target σμ.
  static let (n, lo, hi, target) = (45, 3, 42, 0.02)

  /// The versions to check: every one the CPU has (forcing one it lacks keeps the one in use).
  static var versions: [Int32] {
    let best = gp_column_lanes()
    return [1, 4, 8].filter { $0 <= best }
  }

  static func runVersion<R>(_ lanes: Int32, _ body: () -> R) -> R {
    let before = gp_set_column_lanes(lanes)
    defer { _ = gp_set_column_lanes(before) }
    #expect(gp_column_lanes() == lanes)
    return body()
  }

  static func close(_ a: Double, _ b: Double, _ tolerance: Double = 1e-13) -> Bool {
    abs(a - b) <= tolerance * max(1, abs(a), abs(b))
  }

  /// Every vector of `v` equals the reference's, entry by entry.
  static func expectVectors(_ v: Columns, _ reference: Columns, _ label: String) {
    for name in Columns.names {
      for j in 0..<v.n where !close(v[name][j], reference[name][j]) {
        Issue.record("\(label): \(name)[\(j)] = \(v[name][j]), expected \(reference[name][j])")
      }
    }
  }

  /// Mehrotra's corrector terms from the predictor's dx, as the header states them.
  static func correctorTerms(_ v: Columns, _ j: Int, target: Double, mL: Double, mU: Double)
    -> (Double, Double)
  {
    let (wl, wu, zl, zu, rl, ru, adx) = (v["wl"][j], v["wu"][j], v["zl"][j], v["zu"][j], v["rl"][j], v["ru"][j],
                                         v["ax"][j])
    let awl = mL * (adx - rl)
    let awu = mU * (ru - adx)
    let azl = (-wl * zl - zl * awl) / wl
    let azu = (-wu * zu - zu * awu) / wu
    return (mL * (target - wl * zl - awl * azl), mU * (target - wu * zu - awu * azu))
  }

  /// The direction of column j from A'dy in tn with terms xl, xu.
  static func direction(_ v: Columns, _ j: Int, xl: Double, xu: Double, mL: Double, mU: Double)
    -> (dx: Double, dwl: Double, dwu: Double, dzl: Double, dzu: Double)
  {
    let dx = v["theta"][j] * (v["tn"][j] - v["f"][j])
    let dwl = mL * (dx - v["rl"][j])
    let dwu = mU * (v["ru"][j] - dx)
    return (dx, dwl, dwu, (xl - v["zl"][j] * dwl) / v["wl"][j], (xu - v["zu"][j] * dwu) / v["wu"][j])
  }

  @Test func residualPassMatchesFormulas() {
    let (n, lo, hi, target) = (Self.n, Self.lo, Self.hi, Self.target)
    let (ap, ad) = (0.37, 0.61)
    let original = Columns(n: n, seed: 11)
    // Without and with a quadratic objective: q enters rd (through the gradient c + q x), Θ, both objectives and
    // the Farkas residual (see CColumnPasses.h).
    for withQ in [false, true] {
    for step in [GP_STEP_NONE, GP_STEP_STORED, GP_STEP_FORMED, GP_STEP_FORMED_AFFINE] {
      // The reference, column by column.
      let r = original.copy()
      var tally = (pres: 0.0, dres: 0.0, dobj: 0.0, pobj: 0.0, comp: 0.0, size: 0.0, farkas: 0.0)
      for j in lo..<hi {
        let (mL, mU) = (Double(r.masks[j] & 1), Double(r.masks[j] >> 1))
        if step != GP_STEP_NONE {
          var d = (dx: r["dx"][j], dwl: r["dwl"][j], dwu: r["dwu"][j], dzl: r["dzl"][j], dzu: r["dzu"][j])
          if step == GP_STEP_FORMED {
            d = Self.direction(r, j, xl: r["xil"][j], xu: r["xiu"][j], mL: mL, mU: mU)
          } else if step == GP_STEP_FORMED_AFFINE {
            let (xl, xu) = Self.correctorTerms(r, j, target: target, mL: mL, mU: mU)
            d = Self.direction(r, j, xl: xl, xu: xu, mL: mL, mU: mU)
          }
          r["x"][j] += ap * d.dx
          r["wl"][j] += ap * d.dwl
          r["wu"][j] += ap * d.dwu
          r["zl"][j] += ad * d.dzl
          r["zu"][j] += ad * d.dzu
        }
        let (x, wl, wu, zl, zu) = (r["x"][j], r["wl"][j], r["wu"][j], r["zl"][j], r["zu"][j])
        let (l, u, c, cs) = (r["lower"][j], r["upper"][j], r["cost"][j], r["colScale"][j])
        var aty = 0.0
        for k in Int(r.atStart[j])..<Int(r.atStart[j + 1]) { aty += r.atValue[k] * r.y[Int(r.atColumn[k])] }
        let rl = mL * (l - x + wl)
        let ru = mU * (u - x - wu)
        let q = withQ ? r.quadratic[j] : 0
        let g = withQ ? c + q * x : c
        let rd = g - aty - zl + zu
        (r["rl"][j], r["ru"][j], r["rd"][j]) = (rl, ru, rd)
        var dd = 1e-10 + zl / wl + zu / wu
        if withQ { dd += q }
        if r.masks[j] == 0 { dd = max(dd, 1e-8) }
        r["theta"][j] = 1 / dd
        r["f"][j] = rd - (-wl * zl + zl * rl) / wl + (-wu * zu - zu * ru) / wu
        tally.pres = max(tally.pres, abs(rl) * cs / 2, abs(ru) * cs / 2)
        tally.dres = max(tally.dres, abs(rd) / (cs * 0.5))
        tally.dobj += l * zl - u * zu - 0.5 * q * x * x
        tally.pobj += c * x + 0.5 * q * x * x
        tally.comp += wl * zl + wu * zu
        tally.size = max(tally.size, zl, zu)
        tally.farkas = max(tally.farkas, abs(g - rd))
      }
      for lanes in Self.versions {
        let v = original.copy()
        var t = gp_column_tally()
        Self.runVersion(lanes) {
          v.withPass(target: target, step: (ap, ad), quadratic: withQ) {
            gp_residual_pass(&$0, lo, hi, Int32(step), &t)
          }
        }
        Self.expectVectors(v, r, "step \(step), \(lanes) lanes, quadratic \(withQ)")
        #expect(t.primalResidual == tally.pres && t.dualResidual == tally.dres && t.dualSize == tally.size
                && t.farkasResidual == tally.farkas, "step \(step), \(lanes) lanes: maxima")
        #expect(Self.close(t.dualObjective, tally.dobj) && Self.close(t.primalObjective, tally.pobj)
                && Self.close(t.complementarity, tally.comp), "step \(step), \(lanes) lanes: sums")
      }
    }
    }
  }

  @Test func directionPassMatchesFormulas() {
    let (lo, hi, target) = (Self.lo, Self.hi, Self.target)
    let original = Columns(n: Self.n, seed: 12)
    for terms in [GP_TERMS_STORED, GP_TERMS_PREDICTOR, GP_TERMS_AFFINE] {
      for (storeDx, storeBounds) in [(true, true), (true, false), (false, true), (false, false)] {
        let r = original.copy()
        var expected = (primal: 0.0, dual: 0.0, dwz: 0.0, wdz: 0.0, dwdz: 0.0)
        for j in lo..<hi {
          let (mL, mU) = (Double(r.masks[j] & 1), Double(r.masks[j] >> 1))
          let (wl, wu, zl, zu) = (r["wl"][j], r["wu"][j], r["zl"][j], r["zu"][j])
          var (xl, xu) = (r["xil"][j], r["xiu"][j])
          if terms == GP_TERMS_PREDICTOR { (xl, xu) = (-wl * zl, -wu * zu) }
          if terms == GP_TERMS_AFFINE { (xl, xu) = Self.correctorTerms(r, j, target: target, mL: mL, mU: mU) }
          let d = Self.direction(r, j, xl: xl, xu: xu, mL: mL, mU: mU)
          if storeDx { r["dx"][j] = d.dx }
          if storeBounds { (r["dwl"][j], r["dwu"][j], r["dzl"][j], r["dzu"][j]) = (d.dwl, d.dwu, d.dzl, d.dzu) }
          expected.primal = max(expected.primal, -d.dwl / wl, -d.dwu / wu)
          expected.dual = max(expected.dual, d.dzl < 0 ? -d.dzl / zl : 0, d.dzu < 0 ? -d.dzu / zu : 0)
          if terms == GP_TERMS_PREDICTOR {
            expected.dwz += d.dwl * zl + d.dwu * zu
            expected.wdz += wl * d.dzl + wu * d.dzu
            expected.dwdz += d.dwl * d.dzl + d.dwu * d.dzu
          }
        }
        for lanes in Self.versions {
          let v = original.copy()
          var p = gp_direction_products()
          Self.runVersion(lanes) {
            v.withPass(target: target, step: (0, 0)) {
              gp_direction_pass(&$0, lo, hi, Int32(terms), storeDx ? 1 : 0, storeBounds ? 1 : 0, &p)
            }
          }
          Self.expectVectors(v, r, "terms \(terms), \(lanes) lanes")
          #expect(Self.close(p.primalRate, expected.primal) && Self.close(p.dualRate, expected.dual),
                  "terms \(terms), \(lanes) lanes: rates \(p.primalRate) \(p.dualRate), expected \(expected)")
          #expect(Self.close(p.dwz, expected.dwz) && Self.close(p.wdz, expected.wdz)
                  && Self.close(p.dwdz, expected.dwdz), "terms \(terms), \(lanes) lanes: products")
        }
      }
    }
  }

  @Test func rightHandSidePassMatchesFormulas() {
    let (lo, hi, target) = (Self.lo, Self.hi, Self.target)
    let original = Columns(n: Self.n, seed: 13)
    for terms in [GP_TERMS_STORED, GP_TERMS_AFFINE, GP_TERMS_STORED_TARGET] {
      let r = original.copy()
      for j in lo..<hi {
        let (mL, mU) = (Double(r.masks[j] & 1), Double(r.masks[j] >> 1))
        let (wl, wu, zl, zu) = (r["wl"][j], r["wu"][j], r["zl"][j], r["zu"][j])
        var (xl, xu) = (r["xil"][j], r["xiu"][j])
        if terms == GP_TERMS_AFFINE { (xl, xu) = Self.correctorTerms(r, j, target: target, mL: mL, mU: mU) }
        if terms == GP_TERMS_STORED_TARGET {
          xl = mL * (target - wl * zl - r["awl"][j] * r["azl"][j])
          xu = mU * (target - wu * zu - r["awu"][j] * r["azu"][j])
          (r["xil"][j], r["xiu"][j]) = (xl, xu)
        }
        r["f"][j] = r["rd"][j] - (xl + zl * r["rl"][j]) / wl + (xu - zu * r["ru"][j]) / wu
      }
      for lanes in Self.versions {
        let v = original.copy()
        Self.runVersion(lanes) {
          v.withPass(target: target, step: (0, 0)) { gp_right_hand_side_pass(&$0, lo, hi, Int32(terms)) }
        }
        Self.expectVectors(v, r, "terms \(terms), \(lanes) lanes")
      }
    }
  }
}
