#ifndef GRIDPLAN_CCOLUMNPASSES_H
#define GRIDPLAN_CCOLUMNPASSES_H

#include <stdint.h>

/// The passes over the columns of GridPlan's interior-point iterations (a year's LP has a million columns): the step
/// with the new iterate's residuals, the rest of a direction once its dy is known, and the f of a right-hand side.
/// They divide several times per column; written as scalar loops, their divisions wait on one another, and a pass
/// takes about twice what moving its vectors through memory does. Here each pass runs 8 columns at a time (AVX-512),
/// 4 (AVX2) or 1 (portable), chosen by the CPU at load time. The arithmetic is the same in every version (no fused
/// multiply-adds), so a column's values are bit for bit the same whatever the version; only the order in which sums
/// over the columns add up differs.
///
/// Vectors of the iterate, with the notation of the solver (masks: bit 0 a finite lower bound, bit 1 an upper one):
///
///     rl = mL(l - x + wl), ru = mU(u - x - wu), rd = c + q∘x - A'y - zl + zu, Θ = (zl/wl + zu/wu + ρ + q)^-1
///     f  = rd - (ξl + zl∘rl)/wl + (ξu - zu∘ru)/wu
///     dx = Θ (A'dy - f), dwl = mL(dx - rl), dwu = mU(ru - dx), dzl = (ξl - zl∘dwl)/wl, dzu = (ξu - zu∘dwu)/wu
///
/// ξ, the complementarity terms, are read from xil, xiu, or formed: the predictor's -wl∘zl, -wu∘zu, or Mehrotra's
/// corrector terms for the target σμ from the predictor's dx (in ax): mL(σμ - wl zl - Δwl Δzl), likewise for u.
///
/// q is the diagonal of a separable convex quadratic objective c'x + 1/2 x'diag(q)x (NULL for an LP: then every
/// value is computed exactly as without the terms). It enters the dual residual and Θ only: the Newton row of the
/// dual residual, q∘Δx - A'Δy - Δzl + Δzu = -rd, with Δzl, Δzu eliminated, is (zl/wl + zu/wu + q)∘Δx - A'Δy = -f,
/// so f and the formulas of the direction keep their form. The tally's primal objective gains 1/2 q x², its dual
/// objective (b'y + l'zl - u'zu - 1/2 x'Qx) loses it, and the Farkas residual is |A'y + zl - zu| = |c + q∘x - rd|.
typedef struct {
  double *x, *wl, *wu, *zl, *zu;
  /// Residuals; the direction and right-hand-side passes read them (zeros for a homogeneous system).
  double *rl, *ru, *rd;
  const double *lower, *upper, *cost, *colScale;
  /// The diagonal of Q, or NULL (an LP).
  const double *quadratic;
  const uint8_t *masks;
  double *theta, *f, *tn, *xil, *xiu;
  /// The predictor's direction: dx (ax, always), and its bound steps (read only by GP_TERMS_STORED_TARGET).
  double *ax;
  const double *awl, *awu, *azl, *azu;
  /// The direction that the pass writes or steps along.
  double *dx, *dwl, *dwu, *dzl, *dzu;
  /// A' (one row per column of A) in compressed rows with 32-bit indices, and y, for A'y in the residual pass.
  const int32_t *atStart, *atColumn;
  const double *atValue, *y;
  /// σμ for the corrector terms; ρ (primal regularisation); the scales of the relative residuals; the step lengths.
  double target, rho, boundScale, costScale, primalStep, dualStep;
} gp_columns;

/// Maxima and sums over the columns of one iterate (the solver's Tally).
typedef struct {
  double primalResidual, dualResidual, dualObjective, primalObjective, complementarity, dualSize, farkasResidual;
} gp_column_tally;

/// What a direction's pass gathers: the largest -Δw/w and -Δz/z, and the sums of Δw∘z, w∘Δz, Δw∘Δz (predictor).
typedef struct {
  double primalRate, dualRate, dwz, wdz, dwdz;
} gp_direction_products;

/// Where ξ comes from.
enum {
  /// Read from xil, xiu.
  GP_TERMS_STORED = 0,
  /// The predictor's -wl∘zl, -wu∘zu.
  GP_TERMS_PREDICTOR = 1,
  /// Mehrotra's corrector terms for `target`, from the predictor's dx in ax.
  GP_TERMS_AFFINE = 2,
  /// Mehrotra's corrector terms for `target` from the stored predictor bound steps awl..azu; written to xil, xiu
  /// (right-hand-side pass only).
  GP_TERMS_STORED_TARGET = 3,
};

/// How the residual pass moves the iterate first.
enum {
  /// It does not (the starting point).
  GP_STEP_NONE = 0,
  /// Along the stored direction dx, dwl, dwu, dzl, dzu.
  GP_STEP_STORED = 1,
  /// Along the direction formed again from A'dy in tn, f and Θ, with ξ from xil, xiu.
  GP_STEP_FORMED = 2,
  /// The same with the corrector terms formed from ax (GP_TERMS_AFFINE).
  GP_STEP_FORMED_AFFINE = 3,
};

/// Columns lo..<hi: takes the step (primalStep, dualStep) as `step` says, then writes rl, ru, rd, Θ and the
/// predictor's f of the new iterate and returns its tally (A'y summed per column from A' and y).
void gp_residual_pass(const gp_columns *v, long lo, long hi, int step, gp_column_tally *tally);

/// Columns lo..<hi: the direction from A'dy in tn with ξ as `terms` says (not GP_TERMS_STORED_TARGET); writes dx
/// when storeDx, dwl, dwu, dzl, dzu when storeBounds; returns the inverse step rates, and the products when
/// `terms` is GP_TERMS_PREDICTOR (else zeros).
void gp_direction_pass(const gp_columns *v, long lo, long hi, int terms, int storeDx, int storeBounds,
                       gp_direction_products *products);

/// Columns lo..<hi: f of a right-hand side with ξ as `terms` says (not GP_TERMS_PREDICTOR); with
/// GP_TERMS_STORED_TARGET also writes the terms to xil, xiu.
void gp_right_hand_side_pass(const gp_columns *v, long lo, long hi, int terms);

/// Which version the passes run: 8 (AVX-512), 4 (AVX2) or 1 (portable) columns at a time.
int gp_column_lanes(void);

/// Forces a version (8, 4 or 1; one the CPU has) for tests; returns the one in use before. Not thread-safe.
int gp_set_column_lanes(int lanes);

#endif
