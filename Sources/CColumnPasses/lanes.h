// The passes of CColumnPasses.h for one version: columns.c includes this file once per version, with LANES (columns
// at a time), V (LANES doubles), VM (LANES 64-bit integers: comparison results), VB (LANES bytes) and NAME(x) (the
// version's name for x) defined. Every formula is written once, here, for LANES columns; the AVX2 and AVX-512
// versions take their last columns (fewer than LANES) with the portable version's functions, which do the same
// arithmetic one column at a time. The macros are undefined at the end.

#define AI static inline __attribute__((always_inline))

AI V NAME(load)(const double *p) {
  V v;
  __builtin_memcpy(&v, p, sizeof v);
  return v;
}

AI void NAME(store)(double *p, V v) { __builtin_memcpy(p, &v, sizeof v); }

/// Bit `shift` of each column's mask byte as 0 or 1.
AI V NAME(maskBit)(const uint8_t *m, int shift) {
  VB b;
  __builtin_memcpy(&b, m, sizeof b);
  return __builtin_convertvector((b >> shift) & 1, V);
}

/// Columns without any finite bound (mask byte 0), as all-ones lanes.
AI VM NAME(unbounded)(const uint8_t *m) {
  VB b;
  __builtin_memcpy(&b, m, sizeof b);
  return __builtin_convertvector(b == 0, VM);
}

/// c ? a : b lane by lane.
AI V NAME(select)(VM c, V a, V b) { return (V)(((VM)a & c) | ((VM)b & ~c)); }

/// Swift's max(a, b): b >= a ? b : a.
AI V NAME(max)(V a, V b) { return NAME(select)(b >= a, b, a); }

AI V NAME(abs)(V a) { return (V)((VM)a & 0x7fffffffffffffffLL); }

/// Mehrotra's corrector terms mL(σμ - wl zl - Δwl Δzl), mU(σμ - wu zu - Δwu Δzu), with the predictor's bound steps
/// formed from its dx (the predictor's terms -wl zl, -wu zu).
AI void NAME(correctorTerms)(double target, V adx, V mL, V mU, V rl, V ru, V wl, V wu, V zl, V zu, V *xl, V *xu) {
  V a = mL * (adx - rl);
  V b = mU * (ru - adx);
  V azl = (-wl * zl - zl * a) * (1.0 / wl);
  V azu = (-wu * zu - zu * b) * (1.0 / wu);
  *xl = mL * (target - wl * zl - a * azl);
  *xu = mU * (target - wu * zu - b * azu);
}

/// One column's direction from (A'dy)_j, and 1/wl, 1/wu.
AI void NAME(columnDirection)(V theta, V atdy, V f, V mL, V mU, V rl, V ru, V wl, V wu, V zl, V zu, V xil, V xiu,
                              V *dx, V *dwl, V *dwu, V *dzl, V *dzu, V *iwl, V *iwu) {
  *dx = theta * (atdy - f);
  *dwl = mL * (*dx - rl);
  *dwu = mU * (ru - *dx);
  *iwl = 1.0 / wl;
  *iwu = 1.0 / wu;
  *dzl = (xil - zl * *dwl) * *iwl;
  *dzu = (xiu - zu * *dwu) * *iwu;
}

typedef struct {
  V primalResidual, dualResidual, dualObjective, primalObjective, complementarity, dualSize, farkasResidual;
} NAME(Tally);

/// The step (as `step` says) and the residual pass for LANES columns from j; aty holds their (A'y)_j.
AI void NAME(residualColumns)(const gp_columns *v, long j, const double *aty, const int step, NAME(Tally) *t) {
  const uint8_t *masks = v->masks + j;
  V mL = NAME(maskBit)(masks, 0), mU = NAME(maskBit)(masks, 1);
  V x = NAME(load)(v->x + j), wl = NAME(load)(v->wl + j), wu = NAME(load)(v->wu + j);
  V zl = NAME(load)(v->zl + j), zu = NAME(load)(v->zu + j);
  if (step != GP_STEP_NONE) {
    V sx, swl, swu, szl, szu;
    if (step == GP_STEP_STORED) {
      sx = NAME(load)(v->dx + j);
      swl = NAME(load)(v->dwl + j);
      swu = NAME(load)(v->dwu + j);
      szl = NAME(load)(v->dzl + j);
      szu = NAME(load)(v->dzu + j);
    } else {
      V rl0 = NAME(load)(v->rl + j), ru0 = NAME(load)(v->ru + j);
      V xl, xu, iwl, iwu;
      if (step == GP_STEP_FORMED_AFFINE) {
        NAME(correctorTerms)(v->target, NAME(load)(v->ax + j), mL, mU, rl0, ru0, wl, wu, zl, zu, &xl, &xu);
      } else {
        xl = NAME(load)(v->xil + j);
        xu = NAME(load)(v->xiu + j);
      }
      NAME(columnDirection)(NAME(load)(v->theta + j), NAME(load)(v->tn + j), NAME(load)(v->f + j), mL, mU, rl0, ru0,
                            wl, wu, zl, zu, xl, xu, &sx, &swl, &swu, &szl, &szu, &iwl, &iwu);
    }
    double ap = v->primalStep, ad = v->dualStep;
    x = x + ap * sx;
    wl = wl + ap * swl;
    wu = wu + ap * swu;
    zl = zl + ad * szl;
    zu = zu + ad * szu;
    NAME(store)(v->x + j, x);
    NAME(store)(v->wl + j, wl);
    NAME(store)(v->wu + j, wu);
    NAME(store)(v->zl + j, zl);
    NAME(store)(v->zu + j, zu);
  }
  V lo = NAME(load)(v->lower + j), up = NAME(load)(v->upper + j), c = NAME(load)(v->cost + j);
  V rl = mL * (lo - x + wl);
  V ru = mU * (up - x - wu);
  // With a quadratic objective the gradient c + q∘x takes the place of c (an LP keeps c itself, bit for bit).
  V q = (V){}, g = c;
  if (v->quadratic) {
    q = NAME(load)(v->quadratic + j);
    g = c + q * x;
  }
  V rd = g - NAME(load)(aty) - zl + zu;
  NAME(store)(v->rl + j, rl);
  NAME(store)(v->ru + j, ru);
  NAME(store)(v->rd + j, rd);
  V cs = NAME(load)(v->colScale + j);
  V s = cs / v->boundScale;
  t->primalResidual = NAME(max)(NAME(max)(t->primalResidual, NAME(abs)(rl) * s), NAME(abs)(ru) * s);
  t->dualObjective = t->dualObjective + (lo * zl - up * zu);
  t->dualResidual = NAME(max)(t->dualResidual, NAME(abs)(rd) / (cs * v->costScale));
  if (v->quadratic) {
    V half = 0.5 * q * x * x;
    t->primalObjective = t->primalObjective + (c * x + half);
    t->dualObjective = t->dualObjective - half;
  } else {
    t->primalObjective = t->primalObjective + c * x;
  }
  // zl = 0 where the lower bound is masked (likewise zu): the products need no mask.
  t->complementarity = t->complementarity + (wl * zl + wu * zu);
  t->dualSize = NAME(max)(NAME(max)(t->dualSize, zl), zu);
  t->farkasResidual = NAME(max)(t->farkasResidual, NAME(abs)(g - rd));
  V d = v->rho + zl / wl + zu / wu;
  if (v->quadratic) d = d + q;
  d = NAME(select)(NAME(unbounded)(masks), NAME(max)(d, (V){} + 1e-8), d);
  NAME(store)(v->theta + j, 1.0 / d);
  V xl = -wl * zl, xu = -wu * zu;
  NAME(store)(v->f + j, rd - (xl + zl * rl) / wl + (xu - zu * ru) / wu);
}

typedef struct {
  V primalRate, dualRate, dwz, wdz, dwdz;
} NAME(Products);

/// The direction's pass for LANES columns from j.
AI void NAME(directionColumns)(const gp_columns *v, long j, const int terms, int storeDx, int storeBounds,
                               NAME(Products) *p) {
  const uint8_t *masks = v->masks + j;
  V mL = NAME(maskBit)(masks, 0), mU = NAME(maskBit)(masks, 1);
  V wl = NAME(load)(v->wl + j), wu = NAME(load)(v->wu + j), zl = NAME(load)(v->zl + j), zu = NAME(load)(v->zu + j);
  V rl = NAME(load)(v->rl + j), ru = NAME(load)(v->ru + j);
  V xl, xu;
  if (terms == GP_TERMS_PREDICTOR) {
    xl = -wl * zl;
    xu = -wu * zu;
  } else if (terms == GP_TERMS_AFFINE) {
    NAME(correctorTerms)(v->target, NAME(load)(v->ax + j), mL, mU, rl, ru, wl, wu, zl, zu, &xl, &xu);
  } else {
    xl = NAME(load)(v->xil + j);
    xu = NAME(load)(v->xiu + j);
  }
  V dx, dwl, dwu, dzl, dzu, iwl, iwu;
  NAME(columnDirection)(NAME(load)(v->theta + j), NAME(load)(v->tn + j), NAME(load)(v->f + j), mL, mU, rl, ru, wl,
                        wu, zl, zu, xl, xu, &dx, &dwl, &dwu, &dzl, &dzu, &iwl, &iwu);
  if (storeDx) NAME(store)(v->dx + j, dx);
  if (storeBounds) {
    NAME(store)(v->dwl + j, dwl);
    NAME(store)(v->dwu + j, dwu);
    NAME(store)(v->dzl + j, dzl);
    NAME(store)(v->dzu + j, dzu);
  }
  p->primalRate = NAME(max)(NAME(max)(p->primalRate, -dwl * iwl), -dwu * iwu);
  // zl = 0 only where the bound is masked, and there Δzl = 0: the selects keep 0/0 out.
  V zero = (V){};
  p->dualRate = NAME(max)(NAME(max)(p->dualRate, NAME(select)(dzl < 0, -dzl / zl, zero)),
                          NAME(select)(dzu < 0, -dzu / zu, zero));
  if (terms == GP_TERMS_PREDICTOR) {
    // Where a bound is masked, z and both steps are 0: no mask needed.
    p->dwz = p->dwz + (dwl * zl + dwu * zu);
    p->wdz = p->wdz + (wl * dzl + wu * dzu);
    p->dwdz = p->dwdz + (dwl * dzl + dwu * dzu);
  }
}

/// The right-hand side's pass for LANES columns from j.
AI void NAME(rightHandSideColumns)(const gp_columns *v, long j, const int terms) {
  V wl = NAME(load)(v->wl + j), wu = NAME(load)(v->wu + j), zl = NAME(load)(v->zl + j), zu = NAME(load)(v->zu + j);
  V rl = NAME(load)(v->rl + j), ru = NAME(load)(v->ru + j);
  V xl, xu;
  if (terms == GP_TERMS_AFFINE) {
    const uint8_t *masks = v->masks + j;
    NAME(correctorTerms)(v->target, NAME(load)(v->ax + j), NAME(maskBit)(masks, 0), NAME(maskBit)(masks, 1), rl, ru,
                         wl, wu, zl, zu, &xl, &xu);
  } else if (terms == GP_TERMS_STORED_TARGET) {
    const uint8_t *masks = v->masks + j;
    xl = NAME(maskBit)(masks, 0) * (v->target - wl * zl - NAME(load)(v->awl + j) * NAME(load)(v->azl + j));
    xu = NAME(maskBit)(masks, 1) * (v->target - wu * zu - NAME(load)(v->awu + j) * NAME(load)(v->azu + j));
    NAME(store)(v->xil + j, xl);
    NAME(store)(v->xiu + j, xu);
  } else {
    xl = NAME(load)(v->xil + j);
    xu = NAME(load)(v->xiu + j);
  }
  NAME(store)(v->f + j, NAME(load)(v->rd + j) - (xl + zl * rl) / wl + (xu - zu * ru) / wu);
}

// MARK: - Passes over a range of columns

/// Lane l of a (as a double).
AI double NAME(lane)(V a, int l) { return a[l]; }

/// Folds the lanes of t into r in lane order: sums added, maxima taken (the AVX2 and AVX-512 versions fold the
/// portable one's tail after their lanes).
AI void NAME(foldTally)(gp_column_tally *r, NAME(Tally) t) {
  for (int l = 0; l < LANES; l++) {
    r->primalResidual = MAX_SCALAR(r->primalResidual, NAME(lane)(t.primalResidual, l));
    r->dualResidual = MAX_SCALAR(r->dualResidual, NAME(lane)(t.dualResidual, l));
    r->dualObjective += NAME(lane)(t.dualObjective, l);
    r->primalObjective += NAME(lane)(t.primalObjective, l);
    r->complementarity += NAME(lane)(t.complementarity, l);
    r->dualSize = MAX_SCALAR(r->dualSize, NAME(lane)(t.dualSize, l));
    r->farkasResidual = MAX_SCALAR(r->farkasResidual, NAME(lane)(t.farkasResidual, l));
  }
}

/// The same for a direction's products.
AI void NAME(foldProducts)(gp_direction_products *r, NAME(Products) p) {
  for (int l = 0; l < LANES; l++) {
    r->primalRate = MAX_SCALAR(r->primalRate, NAME(lane)(p.primalRate, l));
    r->dualRate = MAX_SCALAR(r->dualRate, NAME(lane)(p.dualRate, l));
    r->dwz += NAME(lane)(p.dwz, l);
    r->wdz += NAME(lane)(p.wdz, l);
    r->dwdz += NAME(lane)(p.dwdz, l);
  }
}

AI void NAME(residualRange)(const gp_columns *v, long lo, long hi, const int step, gp_column_tally *out) {
  NAME(Tally) t = {};
#if LANES > 1
  portable_Tally tail = {};
#endif
  enum { chunk = 512 };
  double aty[chunk];
  for (long start = lo; start < hi; start += chunk) {
    long end = hi - start < chunk ? hi : start + chunk;
    // (A'y)_j, row j of A', for the chunk's columns first: the gathers stay out of the lanes.
    for (long j = start; j < end; j++) {
      double s = 0;
      for (int32_t k = v->atStart[j]; k < v->atStart[j + 1]; k++) s += v->atValue[k] * v->y[v->atColumn[k]];
      aty[j - start] = s;
    }
    long j = start;
    for (; j + LANES <= end; j += LANES) NAME(residualColumns)(v, j, aty + (j - start), step, &t);
#if LANES > 1
    for (; j < end; j++) portable_residualColumns(v, j, aty + (j - start), step, &tail);
#endif
  }
  gp_column_tally r = {0, 0, 0, 0, 0, 0, 0};
  NAME(foldTally)(&r, t);
#if LANES > 1
  portable_foldTally(&r, tail);
#endif
  *out = r;
}

static void NAME(residualPass)(const gp_columns *v, long lo, long hi, int step, gp_column_tally *out) {
  switch (step) {
  case GP_STEP_STORED: NAME(residualRange)(v, lo, hi, GP_STEP_STORED, out); break;
  case GP_STEP_FORMED: NAME(residualRange)(v, lo, hi, GP_STEP_FORMED, out); break;
  case GP_STEP_FORMED_AFFINE: NAME(residualRange)(v, lo, hi, GP_STEP_FORMED_AFFINE, out); break;
  default: NAME(residualRange)(v, lo, hi, GP_STEP_NONE, out); break;
  }
}

AI void NAME(directionRange)(const gp_columns *v, long lo, long hi, const int terms, int storeDx, int storeBounds,
                             gp_direction_products *out) {
  NAME(Products) p = {};
  long j = lo;
  for (; j + LANES <= hi; j += LANES) NAME(directionColumns)(v, j, terms, storeDx, storeBounds, &p);
  gp_direction_products r = {0, 0, 0, 0, 0};
  NAME(foldProducts)(&r, p);
#if LANES > 1
  portable_Products tail = {};
  for (; j < hi; j++) portable_directionColumns(v, j, terms, storeDx, storeBounds, &tail);
  portable_foldProducts(&r, tail);
#endif
  *out = r;
}

static void NAME(directionPass)(const gp_columns *v, long lo, long hi, int terms, int storeDx, int storeBounds,
                                gp_direction_products *out) {
  switch (terms) {
  case GP_TERMS_PREDICTOR: NAME(directionRange)(v, lo, hi, GP_TERMS_PREDICTOR, storeDx, storeBounds, out); break;
  case GP_TERMS_AFFINE: NAME(directionRange)(v, lo, hi, GP_TERMS_AFFINE, storeDx, storeBounds, out); break;
  default: NAME(directionRange)(v, lo, hi, GP_TERMS_STORED, storeDx, storeBounds, out); break;
  }
}

AI void NAME(rightHandSideRange)(const gp_columns *v, long lo, long hi, const int terms) {
  long j = lo;
  for (; j + LANES <= hi; j += LANES) NAME(rightHandSideColumns)(v, j, terms);
#if LANES > 1
  for (; j < hi; j++) portable_rightHandSideColumns(v, j, terms);
#endif
}

static void NAME(rightHandSidePass)(const gp_columns *v, long lo, long hi, int terms) {
  switch (terms) {
  case GP_TERMS_AFFINE: NAME(rightHandSideRange)(v, lo, hi, GP_TERMS_AFFINE); break;
  case GP_TERMS_STORED_TARGET: NAME(rightHandSideRange)(v, lo, hi, GP_TERMS_STORED_TARGET); break;
  default: NAME(rightHandSideRange)(v, lo, hi, GP_TERMS_STORED); break;
  }
}

#undef AI
#undef LANES
#undef V
#undef VM
#undef VB
#undef NAME
