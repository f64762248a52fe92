import CColumnPasses
import LinearAlgebra

/// The vectors of one pass over the columns (see CColumnPasses.h), as a value the two threads of the pass share.
struct ColumnPass: @unchecked Sendable {
  var vectors: gp_columns

  /// The step (as `step` says) and the residuals of columns lo..<hi, with their tally.
  func residuals(_ lo: Int, _ hi: Int, step: Int32) -> IPMCore.Tally {
    var (v, t) = (vectors, gp_column_tally())
    gp_residual_pass(&v, lo, hi, step, &t)
    return IPMCore.Tally(primalResidual: t.primalResidual, dualResidual: t.dualResidual,
                         dualObjective: t.dualObjective, primalObjective: t.primalObjective,
                         complementarity: t.complementarity, dualSize: t.dualSize, farkasResidual: t.farkasResidual)
  }

  /// The direction of columns lo..<hi from A'dy, and what it gathers.
  func direction(_ lo: Int, _ hi: Int, terms: Int32, storeDx: Bool, storeBounds: Bool) -> IPMCore.Products {
    var (v, p) = (vectors, gp_direction_products())
    gp_direction_pass(&v, lo, hi, terms, storeDx ? 1 : 0, storeBounds ? 1 : 0, &p)
    return IPMCore.Products(primalRate: p.primalRate, dualRate: p.dualRate, dwz: p.dwz, wdz: p.wdz, dwdz: p.dwdz)
  }

  /// f of a right-hand side for columns lo..<hi.
  func rightHandSide(_ lo: Int, _ hi: Int, terms: Int32) {
    var v = vectors
    gp_right_hand_side_pass(&v, lo, hi, terms)
  }
}

extension IPMCore {
  /// Where the complementarity terms ξ of a pass come from (see CColumnPasses.h).
  enum Terms {
    /// xil, xiu as stored.
    case stored
    /// The predictor's -wl∘zl, -wu∘zu.
    case predictor
    /// Mehrotra's corrector terms for ``affineTarget`` from the predictor's dx in ax.
    case affine
    /// Mehrotra's corrector terms for a target from the stored affine bound steps (written to xil, xiu).
    case storedTarget

    var code: Int32 {
      switch self {
      case .stored: Int32(GP_TERMS_STORED)
      case .predictor: Int32(GP_TERMS_PREDICTOR)
      case .affine: Int32(GP_TERMS_AFFINE)
      case .storedTarget: Int32(GP_TERMS_STORED_TARGET)
      }
    }
  }

  /// Calls `body` with the vectors of a pass: the iterate, data and work vectors, `direction` (the one the pass
  /// writes or steps along), the residuals (zeros when `homogeneous`), the target σμ and the step lengths.
  func withColumnPass<R>(direction: (Buffer, Buffer, Buffer, Buffer, Buffer), homogeneous: Bool = false,
                         target: Double = 0, step: (primal: Double, dual: Double) = (0, 0),
                         _ body: (ColumnPass) -> R) -> R {
    let (rl, ru, rd) = homogeneous ? (zeroN, zeroN, zeroN) : (self.rl, self.ru, self.rd)
    let fm = form
    return at.withUnsafeStorage { atStart, atColumn, atValue in
      fm.colScale.withUnsafeBufferPointer { colScale in
        theta.withUnsafeMutableBufferPointer { th in
          let v = gp_columns(
            x: x.p, wl: wl.p, wu: wu.p, zl: zl.p, zu: zu.p, rl: rl.p, ru: ru.p, rd: rd.p,
            lower: UnsafePointer(lo.p), upper: UnsafePointer(up.p), cost: UnsafePointer(c.p),
            colScale: colScale.baseAddress, quadratic: q.map { UnsafePointer($0.p) }, masks: UnsafePointer(masks.p), theta: th.baseAddress, f: f.p, tn: tn.p,
            xil: xil.p, xiu: xiu.p, ax: ax.p, awl: UnsafePointer(awl.p), awu: UnsafePointer(awu.p),
            azl: UnsafePointer(azl.p), azu: UnsafePointer(azu.p), dx: direction.0.p, dwl: direction.1.p,
            dwu: direction.2.p, dzl: direction.3.p, dzu: direction.4.p, atStart: atStart.p, atColumn: atColumn.p,
            atValue: atValue.p, y: UnsafePointer(y.p), target: target, rho: settings.primalRegularisation,
            boundScale: fm.boundScale, costScale: fm.costScale, primalStep: step.primal, dualStep: step.dual)
          return body(ColumnPass(vectors: v))
        }
      }
    }
  }
}
