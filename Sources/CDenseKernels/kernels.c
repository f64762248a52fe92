#include <string.h>
#include <stdlib.h>
#include "CDenseKernels.h"
#include <math.h>
#if defined(__x86_64__)
#include <emmintrin.h>
#endif

/// y[0..<len] -= v * c[0..<len].
static inline __attribute__((always_inline)) void subtract_scaled(int len, double v, const double *restrict c,
                                                                    double *restrict y) {
  for (int i = 0; i < len; i++) y[i] -= v * c[i];
}

// Right-looking Cholesky in panels of four columns: each panel is factored with rank-1 updates inside it, then the
// trailing lower triangle takes one rank-4 update (four columns read once per trailing column). On blocks of 40-60
// rows that stay in the L1 cache this is about 1.5x faster than a general dpotrf, whose set-up dominates there.
// The inner loops are contiguous column slices that the compiler vectorises; with FMA every update is a fused
// multiply-add.

/// Factors column j (its updates from the columns before it done): the square root of the pivot, the column below it
/// divided by it, and the rank-1 update of columns j+1..<upto. Returns 0, or j + 1 for a pivot that is not positive.
static inline __attribute__((always_inline)) int factor_column(int n, double *restrict a, int lda, int j, int upto) {
  double *cj = a + (long)j * lda;
  double d = cj[j];
  if (!(d > 0)) return j + 1;
  d = sqrt(d);
  cj[j] = d;
  double inv = 1.0 / d;
  for (int i = j + 1; i < n; i++) cj[i] *= inv;
  for (int k = j + 1; k < upto; k++) subtract_scaled(n - k, cj[k], cj + k, a + (long)k * lda + k);
  return 0;
}

static inline __attribute__((always_inline)) int cholesky_body(int n, double *restrict a, int lda) {
  int j = 0;
  for (; j + 3 < n; j += 4) {
    for (int jj = j; jj < j + 4; jj++) {
      int info = factor_column(n, a, lda, jj, j + 4);
      if (info) return info;
    }
    const double *c0 = a + (long)j * lda, *c1 = c0 + lda, *c2 = c1 + lda, *c3 = c2 + lda;
    for (int k = j + 4; k < n; k++) {
      double l0 = c0[k], l1 = c1[k], l2 = c2[k], l3 = c3[k];
      double *ck = a + (long)k * lda;
      for (int i = k; i < n; i++) ck[i] -= l0 * c0[i] + l1 * c1[i] + l2 * c2[i] + l3 * c3[i];
    }
  }
  for (; j < n; j++) {
    int info = factor_column(n, a, lda, j, n);
    if (info) return info;
  }
  return 0;
}

// Triangular solves for the blocks' factors, which the solves stream from memory block after block, both in panels of
// four columns (see solve_body). Column j of the triangle starts at its diagonal entry, column_start(j); it is packed
// (column after column) or full (leading dimension ldl).

/// c[0..<len] . y[0..<len] in four partial sums.
static inline __attribute__((always_inline)) double dot(int len, const double *restrict c, const double *restrict y) {
  double s0 = 0, s1 = 0, s2 = 0, s3 = 0;
  int i = 0;
  for (; i + 3 < len; i += 4) {
    s0 += c[i] * y[i];
    s1 += c[i + 1] * y[i + 1];
    s2 += c[i + 2] * y[i + 2];
    s3 += c[i + 3] * y[i + 3];
  }
  for (; i < len; i++) s0 += c[i] * y[i];
  return (s0 + s1) + (s2 + s3);
}

/// Four doubles, loaded from and stored to addresses aligned to 8 bytes (GCC/Clang vector extension: AVX2 registers
/// in the AVX2 build, pairs of SSE2 ones in the portable one).
typedef double v4d __attribute__((vector_size(32), aligned(8)));

/// The sum of a v4d's entries (a macro: a function taking a v4d would change its ABI with the target).
#define SUM4(a) (((a)[0] + (a)[1]) + ((a)[2] + (a)[3]))

/// Where column j (its diagonal entry) of a lower triangle of order n starts: packed when ldl == 0, else full.
static inline __attribute__((always_inline)) long column_start(int n, int ldl, int j) {
  return ldl == 0 ? (long)j * n - (long)j * (j - 1) / 2 : (long)j * (ldl + 1);
}

/// Issues prefetch hints for the next slice of [pf, pf + pfn) (doubles), `per` doubles a slice, `done` so far.
#define PREFETCH_SLICE()                                                              \
  if (pf && *done < pfn) {                                                            \
    long end = *done + per < pfn ? *done + per : pfn;                                 \
    for (long q = *done; q < end; q += 8) __builtin_prefetch(pf + q, 0, 3);           \
    *done = end;                                                                      \
  }

/// With pf, the pfn doubles from pf (the next block's factor, which the caller reads next) are asked for a slice at
/// each panel, spread over the solve: asked for all at once they are more requests than the processor keeps in flight,
/// and the rest of them wait (C microbenchmark of the solves' four kinds of step on 4,380 packed blocks of order 51
/// streamed from memory: 1.8-2.2 ms spread, near the 1.7-1.9 ms of blocks held in cache, against 3.6-5.3 ms asked for
/// all at once and 3.0-5.9 ms without hints).
static inline __attribute__((always_inline)) void solve_body(int n, const double *restrict l, int ldl,
                                                               double *restrict x, int transpose,
                                                               const double *pf, long pfn) {
  long panels = n / 4, doneValue = 0, *done = &doneValue;
  long per = panels > 0 ? (pfn + panels - 1) / panels : pfn;
  if (!transpose) {
    // Panels of four columns: the panel's 4 x 4 triangle, then the rows below take all four columns' updates in one
    // pass (x read and written once per panel instead of once per column: about 1.6 times faster in cache).
    int j = 0;
    for (; j + 3 < n; j += 4) {
      PREFETCH_SLICE()
      const double *c0 = l + column_start(n, ldl, j), *c1 = l + column_start(n, ldl, j + 1);
      const double *c2 = l + column_start(n, ldl, j + 2), *c3 = l + column_start(n, ldl, j + 3);
      // The pivots' reciprocals do not depend on x: they are formed off the chain of dependent operations, which then
      // has multiplications instead of divisions (in cache about 1.5 times faster on blocks of order 51).
      double r0 = 1.0 / c0[0], r1 = 1.0 / c1[0], r2 = 1.0 / c2[0], r3 = 1.0 / c3[0];
      double x0 = x[j] * r0;
      double x1 = (x[j + 1] - c0[1] * x0) * r1;
      double x2 = (x[j + 2] - c0[2] * x0 - c1[1] * x1) * r2;
      double x3 = (x[j + 3] - c0[3] * x0 - c1[2] * x1 - c2[1] * x2) * r3;
      x[j] = x0;
      x[j + 1] = x1;
      x[j + 2] = x2;
      x[j + 3] = x3;
      // Row j+4 of each column, and x from there.
      const double *p0 = c0 + 4, *p1 = c1 + 3, *p2 = c2 + 2, *p3 = c3 + 1;
      double *y = x + j + 4;
      int len = n - j - 4, i = 0;
      v4d v0 = {x0, x0, x0, x0}, v1 = {x1, x1, x1, x1}, v2 = {x2, x2, x2, x2}, v3 = {x3, x3, x3, x3};
      for (; i + 3 < len; i += 4) {
        v4d update = *(const v4d *)(p0 + i) * v0 + *(const v4d *)(p1 + i) * v1 + *(const v4d *)(p2 + i) * v2
                     + *(const v4d *)(p3 + i) * v3;
        *(v4d *)(y + i) -= update;
      }
      for (; i < len; i++) y[i] -= p0[i] * x0 + p1[i] * x1 + p2[i] * x2 + p3[i] * x3;
    }
    for (; j < n; j++) {
      const double *c = l + column_start(n, ldl, j);
      double v = x[j] / c[0];
      x[j] = v;
      subtract_scaled(n - j - 1, v, c + 1, x + j + 1);
    }
  } else {
    // Panels of four columns j-3..j from the bottom: the four dot products with the solved part of x below the
    // panel share its loads and run as four independent sums (one column's dot product at a time is a chain of
    // dependent additions: about 3 times slower on blocks held in cache), then the panel's 4 x 4 triangle. Below
    // a panel there are 4k rows: no remainder loop.
    int j = n - 1;
    for (; j >= 3; j -= 4) {
      PREFETCH_SLICE()
      const double *c0 = l + column_start(n, ldl, j - 3), *c1 = l + column_start(n, ldl, j - 2);
      const double *c2 = l + column_start(n, ldl, j - 1), *c3 = l + column_start(n, ldl, j);
      // Row j+1 of each column, and the solved part of x from there.
      const double *p0 = c0 + 4, *p1 = c1 + 3, *p2 = c2 + 2, *p3 = c3 + 1, *y = x + j + 1;
      int len = n - j - 1;
      v4d a0 = {0, 0, 0, 0}, a1 = a0, a2 = a0, a3 = a0;
      for (int i = 0; i < len; i += 4) {
        v4d yv = *(const v4d *)(y + i);
        a0 += *(const v4d *)(p0 + i) * yv;
        a1 += *(const v4d *)(p1 + i) * yv;
        a2 += *(const v4d *)(p2 + i) * yv;
        a3 += *(const v4d *)(p3 + i) * yv;
      }
      double r0 = 1.0 / c0[0], r1 = 1.0 / c1[0], r2 = 1.0 / c2[0], r3 = 1.0 / c3[0];  // off the chain, as above
      double x3 = (x[j] - SUM4(a3)) * r3;
      double x2 = (x[j - 1] - SUM4(a2) - c2[1] * x3) * r2;
      double x1 = (x[j - 2] - SUM4(a1) - c1[2] * x3 - c1[1] * x2) * r1;
      double x0 = (x[j - 3] - SUM4(a0) - c0[3] * x3 - c0[2] * x2 - c0[1] * x1) * r0;
      x[j] = x3;
      x[j - 1] = x2;
      x[j - 2] = x1;
      x[j - 3] = x0;
    }
    for (; j >= 0; j--) {
      const double *c = l + column_start(n, ldl, j);
      x[j] = (x[j] - dot(n - j - 1, c + 1, x + j + 1)) / c[0];
    }
  }
  per = pfn;  // what the panels left (all of it below order 4)
  PREFETCH_SLICE()
}

void gp_prefetch(const double *p, long count) {
  for (long k = 0; k < count; k += 8) __builtin_prefetch(p + k);
}

void gp_prefetch_for_writing(double *p, long count) {
  for (long k = 0; k < count; k += 8) __builtin_prefetch(p + k, 1);
}

void gp_zero_lower(int n, double *a, int lda) {
  for (int j = 0; j < n; j++) memset(a + (long)j * lda + j, 0, sizeof(double) * (size_t)(n - j));
}

void gp_copy_lower(int n, const double *a, double *b, int ld) {
  for (int j = 0; j < n; j++) memcpy(b + (long)j * ld + j, a + (long)j * ld + j, sizeof(double) * (size_t)(n - j));
}

void gp_pack_lower(int n, double *a, int lda, double *out, int stream) {
  // Column after column to the front of a (each destination starts at or before its source: memmove in order is
  // safe), or straight to out.
  double *to = stream ? a : out;
  long k = 0;
  for (int j = 0; j < n; j++) {
    const double *from = a + (long)j * lda + j;
    if (to + k != from) memmove(to + k, from, sizeof(double) * (size_t)(n - j));
    k += n - j;
  }
  if (!stream) return;
#if defined(__x86_64__) && (defined(__clang__) || defined(__GNUC__))
  // Then to out with non-temporal stores, which do not first read the destination's cache lines from memory (the
  // packed factors of a long chain do not stay in cache anyway); an entry at either end goes alone where out is not
  // 16-byte aligned.
  long i = 0;
  if (((unsigned long)out & 15) != 0 && k > 0) { out[0] = a[0]; i = 1; }
  for (; i + 2 <= k; i += 2) _mm_stream_pd(out + i, _mm_loadu_pd(a + i));
  if (i < k) out[i] = a[i];
  _mm_sfence();
#else
  memcpy(out, a, sizeof(double) * (size_t)k);
#endif
}

/// gp_prefetch_lower_for_writing for columns j0..<j1 only.
static inline void prefetch_lower_columns_for_writing(int n, double *a, int lda, int j0, int j1) {
  for (int j = j0; j < j1 && j < n; j++) {
    double *c = a + (long)j * lda + j;
    for (int k = 0; k < n - j; k += 8) __builtin_prefetch(c + k, 1);
  }
}

void gp_prefetch_lower_for_writing(int n, double *a, int lda) { prefetch_lower_columns_for_writing(n, a, lda, 0, n); }

static int cholesky_portable(int n, double *restrict a, int lda) { return cholesky_body(n, a, lda); }

/// The portable version of the coupling update, column by column.
static void coupling_portable(int r, int k, double *restrict x, const double *restrict l, int ldl, double *restrict d,
                              int ldd, const int *first, const double *reciprocals) {
  for (int i = 0; i < r; i++) {
    int f = first ? first[i] : 0;
    for (int p = f; p < k; p++) {
      double v = x[i + (long)p * r] * reciprocals[p];
      x[i + (long)p * r] = v;
      for (int q = p + 1; q < k; q++) x[i + (long)q * r] -= v * l[q + (long)p * ldl];
    }
  }
  for (int j = 0; j < r; j++) {
    for (int i = j; i < r; i++) {
      int f = first ? (first[i] > first[j] ? first[i] : first[j]) : 0;
      double sum = 0;
      for (int p = f; p < k; p++) sum += x[i + (long)p * r] * x[j + (long)p * r];
      d[i + (long)j * ldd] -= sum;
    }
  }
}


static void solve_portable(int n, const double *restrict l, int ldl, double *restrict x, int transpose,
                           const double *pf, long pfn) {
  solve_body(n, l, ldl, x, transpose, pf, pfn);
}

#if defined(__x86_64__) && (defined(__clang__) || defined(__GNUC__))
__attribute__((target("avx2,fma"))) static int cholesky_avx2(int n, double *restrict a, int lda) {
  return cholesky_body(n, a, lda);
}

__attribute__((target("avx2,fma"))) static void solve_avx2(int n, const double *restrict l, int ldl,
                                                          double *restrict x, int transpose, const double *pf,
                                                          long pfn) {
  solve_body(n, l, ldl, x, transpose, pf, pfn);
}


// AVX-512 Cholesky (Zen 4/5, Intel since Skylake-X): right-looking in panels of four columns as above, with
//  - each panel's 4 x 4 diagonal block factored in registers and the rows below it solved with it, vectorised over
//    rows (the column-at-a-time version passes every pivot's square root and division through memory: a latency
//    chain that took about 40% of the time on blocks of order 51);
//  - the trailing update in register tiles of 8 rows x 4 columns (16 fused multiply-adds per 8 loads and 4 stores);
//  - look-ahead: the next panel's columns are updated and the next panel factored before the rest of the trailing
//    update, so that its latency-bound chain overlaps with the independent tiles.
// C microbenchmark (4 x 8,760 factorisations in cache, clang -O2, this Zen 5 VM): order 51 about 2.2 us against
// 4.9 us for the AVX2 kernel, order 70 about 4.0 us against 9.6 us.
#include <immintrin.h>

/// x - a0 b0 - a1 b1 - a2 b2 - a3 b3, one fused multiply-add after another in that order.
#define FNMADD4(x, a0, a1, a2, a3, b0, b1, b2, b3) \
  _mm512_fnmadd_pd(a3, b3, _mm512_fnmadd_pd(a2, b2, _mm512_fnmadd_pd(a1, b1, _mm512_fnmadd_pd(a0, b0, x))))
/// A vector of eight copies of v.
#define BCAST(v) _mm512_set1_pd(v)

/// Rank-4 update of the lower triangle's columns k0..<k1 (rows from the column's diagonal down) with the factored
/// panel columns c0..c3: in tiles of 8 rows x 4 columns, masked at the diagonal and at the last row (neither the
/// upper triangle nor rows from n on are read or written).
__attribute__((target("avx512f,avx512vl,fma"))) static inline void update_cols(int n, double *restrict a, int lda,
                                                                             const double *c0, const double *c1,
                                                                             const double *c2, const double *c3,
                                                                             int k0, int k1) {
  int k = k0;
  for (; k + 3 < k1; k += 4) {
      double *C0 = a + (long)k * lda, *C1 = C0 + lda, *C2 = C1 + lda, *C3 = C2 + lda;
      __m512d b00 = BCAST(c0[k]), b01 = BCAST(c1[k]), b02 = BCAST(c2[k]), b03 = BCAST(c3[k]);
      __m512d b10 = BCAST(c0[k + 1]), b11 = BCAST(c1[k + 1]), b12 = BCAST(c2[k + 1]), b13 = BCAST(c3[k + 1]);
      __m512d b20 = BCAST(c0[k + 2]), b21 = BCAST(c1[k + 2]), b22 = BCAST(c2[k + 2]), b23 = BCAST(c3[k + 2]);
      __m512d b30 = BCAST(c0[k + 3]), b31 = BCAST(c1[k + 3]), b32 = BCAST(c2[k + 3]), b33 = BCAST(c3[k + 3]);
      for (int i = k; i < n; i += 8) {
        int left = n - i;
        __mmask8 m = left >= 8 ? 0xFF : (__mmask8)((1u << left) - 1);
        __mmask8 m0 = m, m1 = m, m2 = m, m3 = m;
        if (i == k) { m1 &= 0xFE; m2 &= 0xFC; m3 &= 0xF8; }
        __m512d a0 = _mm512_maskz_loadu_pd(m, c0 + i), a1 = _mm512_maskz_loadu_pd(m, c1 + i);
        __m512d a2 = _mm512_maskz_loadu_pd(m, c2 + i), a3 = _mm512_maskz_loadu_pd(m, c3 + i);
        __m512d x0 = _mm512_maskz_loadu_pd(m0, C0 + i);
        __m512d x1 = _mm512_maskz_loadu_pd(m1, C1 + i);
        __m512d x2 = _mm512_maskz_loadu_pd(m2, C2 + i);
        __m512d x3 = _mm512_maskz_loadu_pd(m3, C3 + i);
        x0 = FNMADD4(x0, a0, a1, a2, a3, b00, b01, b02, b03);
        x1 = FNMADD4(x1, a0, a1, a2, a3, b10, b11, b12, b13);
        x2 = FNMADD4(x2, a0, a1, a2, a3, b20, b21, b22, b23);
        x3 = FNMADD4(x3, a0, a1, a2, a3, b30, b31, b32, b33);
        _mm512_mask_storeu_pd(C0 + i, m0, x0);
        _mm512_mask_storeu_pd(C1 + i, m1, x1);
        _mm512_mask_storeu_pd(C2 + i, m2, x2);
        _mm512_mask_storeu_pd(C3 + i, m3, x3);
      }
  }
  for (; k < k1; k++) {
      double l0 = c0[k], l1 = c1[k], l2 = c2[k], l3 = c3[k];
      double *ck = a + (long)k * lda;
      for (int i = k; i < n; i++) ck[i] -= l0 * c0[i] + l1 * c1[i] + l2 * c2[i] + l3 * c3[i];
  }
}

/// Factors panel columns j..j+3 (their updates from earlier panels done): the 4 x 4 diagonal block in registers, then
/// the rows below it (a triangular solve with that block, vectorised over rows).
__attribute__((target("avx512f,avx512vl,fma"))) static inline int panel4(int n, double *restrict a, int lda, int j) {
  double *c0 = a + (long)j * lda, *c1 = c0 + lda, *c2 = c1 + lda, *c3 = c2 + lda;
  double a00 = c0[j], a10 = c0[j + 1], a20 = c0[j + 2], a30 = c0[j + 3];
  double a11 = c1[j + 1], a21 = c1[j + 2], a31 = c1[j + 3], a22 = c2[j + 2], a32 = c2[j + 3], a33 = c3[j + 3];
  if (!(a00 > 0)) return j + 1;
  double l00 = sqrt(a00), i0 = 1.0 / l00;
  double l10 = a10 * i0, l20 = a20 * i0, l30 = a30 * i0;
  a11 -= l10 * l10;
  if (!(a11 > 0)) return j + 2;
  double l11 = sqrt(a11), i1 = 1.0 / l11;
  double l21 = (a21 - l20 * l10) * i1, l31 = (a31 - l30 * l10) * i1;
  a22 -= l20 * l20 + l21 * l21;
  if (!(a22 > 0)) return j + 3;
  double l22 = sqrt(a22), i2 = 1.0 / l22;
  double l32 = (a32 - l30 * l20 - l31 * l21) * i2;
  a33 -= l30 * l30 + l31 * l31 + l32 * l32;
  if (!(a33 > 0)) return j + 4;
  double l33 = sqrt(a33), i3 = 1.0 / l33;
  c0[j] = l00; c0[j + 1] = l10; c0[j + 2] = l20; c0[j + 3] = l30;
  c1[j + 1] = l11; c1[j + 2] = l21; c1[j + 3] = l31;
  c2[j + 2] = l22; c2[j + 3] = l32;
  c3[j + 3] = l33;
  __m512d vi0 = _mm512_set1_pd(i0), vi1 = _mm512_set1_pd(i1), vi2 = _mm512_set1_pd(i2), vi3 = _mm512_set1_pd(i3);
  __m512d v10 = _mm512_set1_pd(l10), v20 = _mm512_set1_pd(l20), v30 = _mm512_set1_pd(l30);
  __m512d v21 = _mm512_set1_pd(l21), v31 = _mm512_set1_pd(l31), v32 = _mm512_set1_pd(l32);
  for (int i = j + 4; i < n; i += 8) {
    int left = n - i;
    __mmask8 m = left >= 8 ? 0xFF : (__mmask8)((1u << left) - 1);
    __m512d x0 = _mm512_mul_pd(_mm512_maskz_loadu_pd(m, c0 + i), vi0);
    __m512d x1 = _mm512_mul_pd(_mm512_fnmadd_pd(x0, v10, _mm512_maskz_loadu_pd(m, c1 + i)), vi1);
    __m512d x2 = _mm512_fnmadd_pd(x1, v21, _mm512_fnmadd_pd(x0, v20, _mm512_maskz_loadu_pd(m, c2 + i)));
    x2 = _mm512_mul_pd(x2, vi2);
    __m512d x3 = _mm512_maskz_loadu_pd(m, c3 + i);
    x3 = _mm512_fnmadd_pd(x2, v32, _mm512_fnmadd_pd(x1, v31, _mm512_fnmadd_pd(x0, v30, x3)));
    x3 = _mm512_mul_pd(x3, vi3);
    _mm512_mask_storeu_pd(c0 + i, m, x0); _mm512_mask_storeu_pd(c1 + i, m, x1);
    _mm512_mask_storeu_pd(c2 + i, m, x2); _mm512_mask_storeu_pd(c3 + i, m, x3);
  }
  return 0;
}

__attribute__((target("avx512f,avx512vl,fma"))) static int cholesky_avx512(int n, double *restrict a, int lda,
                                                                           double *ahead, int aheadOrder) {
  if (ahead && n < 4) prefetch_lower_columns_for_writing(aheadOrder, ahead, aheadOrder, 0, aheadOrder);
  if (n < 4) {
    for (int j = 0; j < n; j++) {
      int info = factor_column(n, a, lda, j, n);
      if (info) return info;
    }
    return 0;
  }
  int info = panel4(n, a, lda, 0); if (info) return info;
  int j = 0, asked = 0;  // columns of `ahead` asked for so far
  for (; j + 3 < n; j += 4) {
    // The block the caller fills next, a slice of its columns at each panel (see gp_cholesky_lower_prefetching).
    if (ahead) {
      int upto = (int)((long)(j + 4) * aheadOrder / n);
      prefetch_lower_columns_for_writing(aheadOrder, ahead, aheadOrder, asked, upto);
      asked = upto;
    }
    const double *c0 = a + (long)j * lda, *c1 = c0 + lda, *c2 = c1 + lda, *c3 = c2 + lda;
    int next = j + 4, nextEnd = next + 4 <= n ? next + 4 : n;
    update_cols(n, a, lda, c0, c1, c2, c3, next, nextEnd);
    if (nextEnd - next == 4) { info = panel4(n, a, lda, next); if (info) return info; }
    else {
      for (int jj = next; jj < nextEnd; jj++) {
        info = factor_column(n, a, lda, jj, nextEnd);
        if (info) return info;
      }
    }
    update_cols(n, a, lda, c0, c1, c2, c3, nextEnd, n);
  }
  if (ahead) prefetch_lower_columns_for_writing(aheadOrder, ahead, aheadOrder, asked, aheadOrder);
  return 0;
}


// The coupling update of the chain's factorisation (see gp_coupling_update): for each chunk of 8 rows of X, the
// triangular solve from its first possibly nonzero column on, right-looking in panels of four columns (the panel's
// 4 x 4 triangle with reciprocals of L's diagonal, then 8 x 4 register tiles for the columns after it); then D -= X X'
// in 8 x 4 tiles, each an inner product from the first column where its rows and its columns may both be nonzero.
// C microbenchmark (this Zen 5 VM, against OpenBLAS dtrsm + dsyrk on the same data): the synthetic benchmark LP's
// forward update (25 x 40) 1.0 us against 2.8 us, its backward one (40 x 25) 1.3 us against 2.3 us.
/// The mask of the first min(left, 8) lanes.
__attribute__((target("avx512f,avx512vl"))) static inline __mmask8 rowmask(int left) {
  return left >= 8 ? 0xFF : (__mmask8)((1u << left) - 1);
}

__attribute__((target("avx512f,avx512vl,fma"))) static void coupling_avx512(int r, int k, double *restrict x,
                                                                     const double *restrict l, int ldl,
                                                                     double *restrict d, int ldd, const int *first,
                                                                     const double *reciprocals) {
  const double *rec = reciprocals;
  // Triangular solve, one chunk of 8 rows at a time, right-looking in panels of 4 columns.
  for (int i0 = 0; i0 < r; i0 += 8) {
    __mmask8 m = rowmask(r - i0);
    int f = k;
    if (first) { for (int i = i0; i < i0 + 8 && i < r; i++) if (first[i] < f) f = first[i]; } else f = 0;
    double *xi = x + i0;
    int p = f & ~3;
    for (; p + 3 < k; p += 4) {
      const double *l0 = l + (long)p * ldl, *l1 = l0 + ldl, *l2 = l1 + ldl, *l3 = l2 + ldl;
      __m512d x0 = _mm512_mul_pd(_mm512_maskz_loadu_pd(m, xi + (long)p * r), _mm512_set1_pd(rec[p]));
      __m512d x1 = _mm512_fnmadd_pd(x0, _mm512_set1_pd(l0[p + 1]), _mm512_maskz_loadu_pd(m, xi + (long)(p + 1) * r));
      x1 = _mm512_mul_pd(x1, _mm512_set1_pd(rec[p + 1]));
      __m512d x2 = _mm512_fnmadd_pd(x0, _mm512_set1_pd(l0[p + 2]), _mm512_maskz_loadu_pd(m, xi + (long)(p + 2) * r));
      x2 = _mm512_fnmadd_pd(x1, _mm512_set1_pd(l1[p + 2]), x2);
      x2 = _mm512_mul_pd(x2, _mm512_set1_pd(rec[p + 2]));
      __m512d x3 = _mm512_fnmadd_pd(x0, _mm512_set1_pd(l0[p + 3]), _mm512_maskz_loadu_pd(m, xi + (long)(p + 3) * r));
      x3 = _mm512_fnmadd_pd(x1, _mm512_set1_pd(l1[p + 3]), x3);
      x3 = _mm512_fnmadd_pd(x2, _mm512_set1_pd(l2[p + 3]), x3);
      x3 = _mm512_mul_pd(x3, _mm512_set1_pd(rec[p + 3]));
      _mm512_mask_storeu_pd(xi + (long)p * r, m, x0);
      _mm512_mask_storeu_pd(xi + (long)(p + 1) * r, m, x1);
      _mm512_mask_storeu_pd(xi + (long)(p + 2) * r, m, x2);
      _mm512_mask_storeu_pd(xi + (long)(p + 3) * r, m, x3);
      int q = p + 4;
      for (; q + 3 < k; q += 4) {
        double *y0 = xi + (long)q * r, *y1 = y0 + r, *y2 = y1 + r, *y3 = y2 + r;
        __m512d a0 = _mm512_maskz_loadu_pd(m, y0), a1 = _mm512_maskz_loadu_pd(m, y1);
        __m512d a2 = _mm512_maskz_loadu_pd(m, y2), a3 = _mm512_maskz_loadu_pd(m, y3);
        a0 = FNMADD4(a0, x0, x1, x2, x3, BCAST(l0[q]), BCAST(l1[q]), BCAST(l2[q]), BCAST(l3[q]));
        a1 = FNMADD4(a1, x0, x1, x2, x3, BCAST(l0[q + 1]), BCAST(l1[q + 1]), BCAST(l2[q + 1]), BCAST(l3[q + 1]));
        a2 = FNMADD4(a2, x0, x1, x2, x3, BCAST(l0[q + 2]), BCAST(l1[q + 2]), BCAST(l2[q + 2]), BCAST(l3[q + 2]));
        a3 = FNMADD4(a3, x0, x1, x2, x3, BCAST(l0[q + 3]), BCAST(l1[q + 3]), BCAST(l2[q + 3]), BCAST(l3[q + 3]));
        _mm512_mask_storeu_pd(y0, m, a0); _mm512_mask_storeu_pd(y1, m, a1);
        _mm512_mask_storeu_pd(y2, m, a2); _mm512_mask_storeu_pd(y3, m, a3);
      }
      for (; q < k; q++) {
        double *y = xi + (long)q * r;
        __m512d a = _mm512_maskz_loadu_pd(m, y);
        a = _mm512_fnmadd_pd(x0, _mm512_set1_pd(l0[q]), a); a = _mm512_fnmadd_pd(x1, _mm512_set1_pd(l1[q]), a);
        a = _mm512_fnmadd_pd(x2, _mm512_set1_pd(l2[q]), a); a = _mm512_fnmadd_pd(x3, _mm512_set1_pd(l3[q]), a);
        _mm512_mask_storeu_pd(y, m, a);
      }
    }
    for (; p < k; p++) {  // the last k % 4 columns, one at a time
      const double *lp = l + (long)p * ldl;
      __m512d xp = _mm512_mul_pd(_mm512_maskz_loadu_pd(m, xi + (long)p * r), _mm512_set1_pd(rec[p]));
      _mm512_mask_storeu_pd(xi + (long)p * r, m, xp);
      for (int q = p + 1; q < k; q++) {
        double *y = xi + (long)q * r;
        _mm512_mask_storeu_pd(y, m, _mm512_fnmadd_pd(xp, _mm512_set1_pd(lp[q]), _mm512_maskz_loadu_pd(m, y)));
      }
    }
  }
  // D := D - X X' on the lower triangle, tiles of 8 rows x 4 columns, each an inner product over the columns of X
  // from the first where both the tile's rows and its columns may be nonzero.
  for (int c0 = 0; c0 < r; c0 += 4) {
    int cols = r - c0 < 4 ? r - c0 : 4;
    int fc = k;
    if (first) { for (int j = c0; j < c0 + cols; j++) if (first[j] < fc) fc = first[j]; } else fc = 0;
    for (int i0 = c0; i0 < r; i0 += 8) {
      __mmask8 m = rowmask(r - i0);
      int fr = k;
      if (first) { for (int i = i0; i < i0 + 8 && i < r; i++) if (first[i] < fr) fr = first[i]; } else fr = 0;
      int p0 = fr > fc ? fr : fc;
      __m512d a0 = _mm512_setzero_pd(), a1 = a0, a2 = a0, a3 = a0;
      const double *xc = x + c0;
      for (int p = p0; p < k; p++) {
        __m512d v = _mm512_maskz_loadu_pd(m, x + i0 + (long)p * r);
        const double *b = xc + (long)p * r;
        a0 = _mm512_fmadd_pd(v, _mm512_set1_pd(b[0]), a0);
        if (cols > 1) a1 = _mm512_fmadd_pd(v, _mm512_set1_pd(b[1]), a1);
        if (cols > 2) a2 = _mm512_fmadd_pd(v, _mm512_set1_pd(b[2]), a2);
        if (cols > 3) a3 = _mm512_fmadd_pd(v, _mm512_set1_pd(b[3]), a3);
      }
      __mmask8 m0 = m, m1 = m, m2 = m, m3 = m;
      if (i0 == c0) { m1 &= 0xFE; m2 &= 0xFC; m3 &= 0xF8; }
      double *dc = d + (long)c0 * ldd + i0;
      _mm512_mask_storeu_pd(dc, m0, _mm512_sub_pd(_mm512_maskz_loadu_pd(m0, dc), a0));
      if (cols > 1) _mm512_mask_storeu_pd(dc + ldd, m1, _mm512_sub_pd(_mm512_maskz_loadu_pd(m1, dc + ldd), a1));
      if (cols > 2) _mm512_mask_storeu_pd(dc + 2 * ldd, m2, _mm512_sub_pd(_mm512_maskz_loadu_pd(m2, dc + 2 * ldd), a2));
      if (cols > 3) _mm512_mask_storeu_pd(dc + 3 * ldd, m3, _mm512_sub_pd(_mm512_maskz_loadu_pd(m3, dc + 3 * ldd), a3));
    }
  }
}


/// gp_gram_subtract with AVX-512: each dot product of two columns eight rows at a time (the last rows masked).
__attribute__((target("avx512f,avx512vl,fma"))) static void gram_avx512(int n, int k, const double *restrict a,
                                                                       long lda, double *restrict c) {
  __mmask8 tail = (__mmask8)((1u << (n & 7)) - 1);
  int body = n & ~7;
  for (int j = 0; j < k; j++) {
    const double *y = a + j * lda;
    for (int i = j; i < k; i++) {
      const double *x = a + i * lda;
      __m512d acc = _mm512_setzero_pd();
      for (int r = 0; r < body; r += 8) acc = _mm512_fmadd_pd(_mm512_loadu_pd(x + r), _mm512_loadu_pd(y + r), acc);
      if (tail) {
        acc = _mm512_fmadd_pd(_mm512_maskz_loadu_pd(tail, x + body), _mm512_maskz_loadu_pd(tail, y + body), acc);
      }
      double dot = _mm512_reduce_add_pd(acc);
      c[i + (long)j * k] -= dot;
      if (i != j) c[j + (long)i * k] -= dot;
    }
  }
}

/// 0: portable kernels, 1: AVX2/FMA, 2: AVX-512 Cholesky (the solves stay AVX2).
static int vectorised = 0;

__attribute__((constructor)) static void detect(void) {
  __builtin_cpu_init();
  vectorised = __builtin_cpu_supports("avx2") && __builtin_cpu_supports("fma");
  if (vectorised && __builtin_cpu_supports("avx512f") && __builtin_cpu_supports("avx512vl")) vectorised = 2;
}

int gp_cholesky_lower(int n, double *a, int lda) {
  if (vectorised == 2) return cholesky_avx512(n, a, lda, 0, 0);
  return vectorised ? cholesky_avx2(n, a, lda) : cholesky_portable(n, a, lda);
}

int gp_cholesky_lower_prefetching(int n, double *a, int lda, double *next, int nextOrder) {
  if (vectorised == 2) return cholesky_avx512(n, a, lda, next, nextOrder);
  if (next) prefetch_lower_columns_for_writing(nextOrder, next, nextOrder, 0, nextOrder);
  return vectorised ? cholesky_avx2(n, a, lda) : cholesky_portable(n, a, lda);
}

void gp_packed_lower_solve(int n, const double *l, double *x, int transpose) {
  (vectorised ? solve_avx2 : solve_portable)(n, l, 0, x, transpose, 0, 0);
}

void gp_packed_lower_solve_prefetching(int n, const double *l, double *x, int transpose, const double *next,
                                       long count) {
  (vectorised ? solve_avx2 : solve_portable)(n, l, 0, x, transpose, next, count);
}

void gp_lower_solve(int n, const double *l, int ldl, double *x, int transpose) {
  (vectorised ? solve_avx2 : solve_portable)(n, l, ldl, x, transpose, 0, 0);
}


int gp_dense_kernels_vectorised(void) { return vectorised; }
#else
void gp_packed_lower_solve(int n, const double *l, double *x, int transpose) {
  solve_portable(n, l, 0, x, transpose, 0, 0);
}

void gp_packed_lower_solve_prefetching(int n, const double *l, double *x, int transpose, const double *next,
                                       long count) {
  solve_portable(n, l, 0, x, transpose, next, count);
}

void gp_lower_solve(int n, const double *l, int ldl, double *x, int transpose) {
  solve_portable(n, l, ldl, x, transpose, 0, 0);
}

int gp_cholesky_lower(int n, double *a, int lda) { return cholesky_portable(n, a, lda); }

int gp_cholesky_lower_prefetching(int n, double *a, int lda, double *next, int nextOrder) {
  if (next) prefetch_lower_columns_for_writing(nextOrder, next, nextOrder, 0, nextOrder);
  return cholesky_portable(n, a, lda);
}


int gp_dense_kernels_vectorised(void) { return 0; }
#endif

/// One entry point on every platform: the AVX-512 kernel where the CPU has it, the portable one otherwise.
void gp_coupling_update(int r, int k, double *x, const double *l, int ldl, double *d, int ldd, const int *first) {
  if (r <= 0 || k <= 0) return;
  double stack[256];
  double *reciprocals = k <= 256 ? stack : malloc(sizeof(double) * k);
  for (int p = 0; p < k; p++) reciprocals[p] = 1.0 / l[(long)p * (ldl + 1)];
#if defined(__x86_64__) && (defined(__clang__) || defined(__GNUC__))
  if (vectorised == 2) coupling_avx512(r, k, x, l, ldl, d, ldd, first, reciprocals);
  else
#endif
    coupling_portable(r, k, x, l, ldl, d, ldd, first, reciprocals);
  if (reciprocals != stack) free(reciprocals);
}

/// One entry point on every platform (see the header).
void gp_gram_subtract(int n, int k, const double *a, long lda, double *c) {
  if (n <= 0 || k <= 0) return;
#if defined(__x86_64__) && (defined(__clang__) || defined(__GNUC__))
  if (vectorised == 2) {
    gram_avx512(n, k, a, lda, c);
    return;
  }
#endif
  for (int j = 0; j < k; j++) {
    for (int i = j; i < k; i++) {
      const double *x = a + i * lda, *y = a + j * lda;
      double dot = 0;
      for (int r = 0; r < n; r++) dot += x[r] * y[r];
      c[i + (long)j * k] -= dot;
      if (i != j) c[j + (long)i * k] -= dot;
    }
  }
}

// MARK: - Triangular solves with a few right-hand sides

/// Rows of the right-hand sides side by side: B[i * 16 + r] is row i of column r (16 columns at a time).
enum { MANY_WIDTH = 16, MANY_STACK_ROWS = 128 };

/// Without AVX-512: the one-column solve (gp_lower_solve) column by column.
static void lower_solve_many_portable(int n, int k, const double *l, int ldl, double *x, long ldx, int transpose) {
  for (int r = 0; r < k; r++) gp_lower_solve(n, l, ldl, x + r * ldx, transpose);
}

#if defined(__x86_64__) && (defined(__clang__) || defined(__GNUC__))
/// Up to 16 columns at once: the columns' rows gathered side by side into B (two vectors a row), solved by
/// substitution with the triangle's entries broadcast, then written back.
__attribute__((target("avx512f,avx512vl,fma"))) static void lower_solve_many_avx512(int n, int k, const double *l,
                                                                                    int ldl, double *x, long ldx,
                                                                                    int transpose, double *b) {
  for (int r0 = 0; r0 < k; r0 += MANY_WIDTH) {
    int w = k - r0 < MANY_WIDTH ? k - r0 : MANY_WIDTH;
    __mmask8 m0 = w >= 8 ? 0xFF : (__mmask8)((1u << w) - 1);
    __mmask8 m1 = w > 8 ? (__mmask8)((1u << (w - 8)) - 1) : 0;
    // Plain copies: vectorised, they become gathers and scatters, which are slow on some processors (AMD Zen 4).
    for (int r = 0; r < w; r++) {
      const double *col = x + (r0 + r) * ldx;
#pragma clang loop vectorize(disable)
      for (int i = 0; i < n; i++) b[i * MANY_WIDTH + r] = col[i];
    }
    if (!transpose) {
      for (int i = 0; i < n; i++) {
        __m512d a0 = _mm512_maskz_loadu_pd(m0, b + i * MANY_WIDTH);
        __m512d a1 = _mm512_maskz_loadu_pd(m1, b + i * MANY_WIDTH + 8);
        // Two partial sums per vector (even and odd j): the chains of fused multiply-adds overlap.
        __m512d e0 = _mm512_setzero_pd(), e1 = _mm512_setzero_pd();
        int j = 0;
        for (; j + 1 < i; j += 2) {
          __m512d lij = _mm512_set1_pd(l[i + (long)j * ldl]), lik = _mm512_set1_pd(l[i + (long)(j + 1) * ldl]);
          a0 = _mm512_fnmadd_pd(lij, _mm512_loadu_pd(b + j * MANY_WIDTH), a0);
          a1 = _mm512_fnmadd_pd(lij, _mm512_loadu_pd(b + j * MANY_WIDTH + 8), a1);
          e0 = _mm512_fnmadd_pd(lik, _mm512_loadu_pd(b + (j + 1) * MANY_WIDTH), e0);
          e1 = _mm512_fnmadd_pd(lik, _mm512_loadu_pd(b + (j + 1) * MANY_WIDTH + 8), e1);
        }
        if (j < i) {
          __m512d lij = _mm512_set1_pd(l[i + (long)j * ldl]);
          a0 = _mm512_fnmadd_pd(lij, _mm512_loadu_pd(b + j * MANY_WIDTH), a0);
          a1 = _mm512_fnmadd_pd(lij, _mm512_loadu_pd(b + j * MANY_WIDTH + 8), a1);
        }
        a0 = _mm512_add_pd(a0, e0);
        a1 = _mm512_add_pd(a1, e1);
        // Times the diagonal's reciprocal (as dtrsm's packed kernels do): off the chain from row to row.
        __m512d d = _mm512_set1_pd(1.0 / l[i + (long)i * ldl]);
        _mm512_storeu_pd(b + i * MANY_WIDTH, _mm512_mul_pd(a0, d));
        _mm512_storeu_pd(b + i * MANY_WIDTH + 8, _mm512_mul_pd(a1, d));
      }
    } else {
      for (int i = n - 1; i >= 0; i--) {
        const double *col = l + (long)i * ldl;
        __m512d a0 = _mm512_maskz_loadu_pd(m0, b + i * MANY_WIDTH);
        __m512d a1 = _mm512_maskz_loadu_pd(m1, b + i * MANY_WIDTH + 8);
        __m512d e0 = _mm512_setzero_pd(), e1 = _mm512_setzero_pd();
        int j = i + 1;
        for (; j + 1 < n; j += 2) {
          __m512d lji = _mm512_set1_pd(col[j]), lki = _mm512_set1_pd(col[j + 1]);
          a0 = _mm512_fnmadd_pd(lji, _mm512_loadu_pd(b + j * MANY_WIDTH), a0);
          a1 = _mm512_fnmadd_pd(lji, _mm512_loadu_pd(b + j * MANY_WIDTH + 8), a1);
          e0 = _mm512_fnmadd_pd(lki, _mm512_loadu_pd(b + (j + 1) * MANY_WIDTH), e0);
          e1 = _mm512_fnmadd_pd(lki, _mm512_loadu_pd(b + (j + 1) * MANY_WIDTH + 8), e1);
        }
        if (j < n) {
          __m512d lji = _mm512_set1_pd(col[j]);
          a0 = _mm512_fnmadd_pd(lji, _mm512_loadu_pd(b + j * MANY_WIDTH), a0);
          a1 = _mm512_fnmadd_pd(lji, _mm512_loadu_pd(b + j * MANY_WIDTH + 8), a1);
        }
        a0 = _mm512_add_pd(a0, e0);
        a1 = _mm512_add_pd(a1, e1);
        __m512d d = _mm512_set1_pd(1.0 / col[i]);
        _mm512_storeu_pd(b + i * MANY_WIDTH, _mm512_mul_pd(a0, d));
        _mm512_storeu_pd(b + i * MANY_WIDTH + 8, _mm512_mul_pd(a1, d));
      }
    }
    for (int r = 0; r < w; r++) {
      double *col = x + (r0 + r) * ldx;
#pragma clang loop vectorize(disable)
      for (int i = 0; i < n; i++) col[i] = b[i * MANY_WIDTH + r];
    }
  }
}
#endif

void gp_lower_solve_many(int n, int k, const double *l, int ldl, double *x, long ldx, int transpose) {
  if (n <= 0 || k <= 0) return;
#if defined(__x86_64__) && (defined(__clang__) || defined(__GNUC__))
  if (vectorised == 2) {
    double stack[MANY_STACK_ROWS * MANY_WIDTH];
    double *b = n <= MANY_STACK_ROWS ? stack : malloc(sizeof(double) * (size_t)n * MANY_WIDTH);
    if (b) {
      lower_solve_many_avx512(n, k, l, ldl, x, ldx, transpose, b);
      if (b != stack) free(b);
      return;
    }
  }
#endif
  lower_solve_many_portable(n, k, l, ldl, x, ldx, transpose);
}

// MARK: - Small products with a few right-hand sides

static void multiply_subtract_few_portable(int c, int k, int p, const double *e, int lde, const double *x, long ldx,
                                           double *y, long ldy) {
  for (int r = 0; r < k; r++) {
    const double *xr = x + r * ldx;
    double *yr = y + r * ldy;
    for (int j = 0; j < p; j++) {
      double v = xr[j];
      if (v == 0) continue;
      const double *ej = e + (long)j * lde;
      for (int i = 0; i < c; i++) yr[i] -= ej[i] * v;
    }
  }
}

#if defined(__x86_64__) && (defined(__clang__) || defined(__GNUC__))
/// Each column of Y sixteen rows at a time, in two vectors, updated by the columns of E scaled by X's entries.
__attribute__((target("avx512f,avx512vl,fma"))) static void multiply_subtract_few_avx512(
    int c, int k, int p, const double *e, int lde, const double *x, long ldx, double *y, long ldy) {
  for (int i0 = 0; i0 < c; i0 += 16) {
    int h = c - i0 < 16 ? c - i0 : 16;
    __mmask8 m0 = h >= 8 ? 0xFF : (__mmask8)((1u << h) - 1);
    __mmask8 m1 = h > 8 ? (__mmask8)((1u << (h - 8)) - 1) : 0;
    for (int r = 0; r < k; r++) {
      const double *xr = x + r * ldx;
      double *yr = y + r * ldy + i0;
      __m512d a0 = _mm512_maskz_loadu_pd(m0, yr), a1 = _mm512_maskz_loadu_pd(m1, yr + 8);
      for (int j = 0; j < p; j++) {
        __m512d v = _mm512_set1_pd(xr[j]);
        const double *ej = e + (long)j * lde + i0;
        a0 = _mm512_fnmadd_pd(_mm512_maskz_loadu_pd(m0, ej), v, a0);
        a1 = _mm512_fnmadd_pd(_mm512_maskz_loadu_pd(m1, ej + 8), v, a1);
      }
      _mm512_mask_storeu_pd(yr, m0, a0);
      _mm512_mask_storeu_pd(yr + 8, m1, a1);
    }
  }
}
#endif

void gp_multiply_subtract_few(int c, int k, int p, const double *e, int lde, const double *x, long ldx, double *y,
                              long ldy) {
  if (c <= 0 || k <= 0 || p <= 0) return;
#if defined(__x86_64__) && (defined(__clang__) || defined(__GNUC__))
  if (vectorised == 2) {
    multiply_subtract_few_avx512(c, k, p, e, lde, x, ldx, y, ldy);
    return;
  }
#endif
  multiply_subtract_few_portable(c, k, p, e, lde, x, ldx, y, ldy);
}
