#include <string.h>
#include "CDenseKernels.h"
#include <math.h>

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

static inline __attribute__((always_inline)) void solve_body(int n, const double *restrict l, int ldl,
                                                               double *restrict x, int transpose) {
  if (!transpose) {
    // Panels of four columns: the panel's 4 x 4 triangle, then the rows below take all four columns' updates in one
    // pass (x read and written once per panel instead of once per column: about 1.6 times faster in cache).
    int j = 0;
    for (; j + 3 < n; j += 4) {
      const double *c0 = l + column_start(n, ldl, j), *c1 = l + column_start(n, ldl, j + 1);
      const double *c2 = l + column_start(n, ldl, j + 2), *c3 = l + column_start(n, ldl, j + 3);
      double x0 = x[j] / c0[0];
      double x1 = (x[j + 1] - c0[1] * x0) / c1[0];
      double x2 = (x[j + 2] - c0[2] * x0 - c1[1] * x1) / c2[0];
      double x3 = (x[j + 3] - c0[3] * x0 - c1[2] * x1 - c2[1] * x2) / c3[0];
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
      double x3 = (x[j] - SUM4(a3)) / c3[0];
      double x2 = (x[j - 1] - SUM4(a2) - c2[1] * x3) / c2[0];
      double x1 = (x[j - 2] - SUM4(a1) - c1[2] * x3 - c1[1] * x2) / c1[0];
      double x0 = (x[j - 3] - SUM4(a0) - c0[3] * x3 - c0[2] * x2 - c0[1] * x1) / c0[0];
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

void gp_prefetch_lower_for_writing(int n, double *a, int lda) {
  for (int j = 0; j < n; j++) {
    double *c = a + (long)j * lda + j;
    for (int k = 0; k < n - j; k += 8) __builtin_prefetch(c + k, 1);
  }
}

static int cholesky_portable(int n, double *restrict a, int lda) { return cholesky_body(n, a, lda); }

static void solve_portable(int n, const double *restrict l, int ldl, double *restrict x, int transpose) {
  solve_body(n, l, ldl, x, transpose);
}

#if defined(__x86_64__) && (defined(__clang__) || defined(__GNUC__))
__attribute__((target("avx2,fma"))) static int cholesky_avx2(int n, double *restrict a, int lda) {
  return cholesky_body(n, a, lda);
}

__attribute__((target("avx2,fma"))) static void solve_avx2(int n, const double *restrict l, int ldl,
                                                          double *restrict x, int transpose) {
  solve_body(n, l, ldl, x, transpose);
}

static int vectorised = 0;

__attribute__((constructor)) static void detect(void) {
  __builtin_cpu_init();
  vectorised = __builtin_cpu_supports("avx2") && __builtin_cpu_supports("fma");
}

int gp_cholesky_lower(int n, double *a, int lda) {
  return vectorised ? cholesky_avx2(n, a, lda) : cholesky_portable(n, a, lda);
}

void gp_packed_lower_solve(int n, const double *l, double *x, int transpose) {
  (vectorised ? solve_avx2 : solve_portable)(n, l, 0, x, transpose);
}

void gp_lower_solve(int n, const double *l, int ldl, double *x, int transpose) {
  (vectorised ? solve_avx2 : solve_portable)(n, l, ldl, x, transpose);
}

int gp_dense_kernels_vectorised(void) { return vectorised; }
#else
void gp_packed_lower_solve(int n, const double *l, double *x, int transpose) { solve_portable(n, l, 0, x, transpose); }

void gp_lower_solve(int n, const double *l, int ldl, double *x, int transpose) {
  solve_portable(n, l, ldl, x, transpose);
}

int gp_cholesky_lower(int n, double *a, int lda) { return cholesky_portable(n, a, lda); }

int gp_dense_kernels_vectorised(void) { return 0; }
#endif
