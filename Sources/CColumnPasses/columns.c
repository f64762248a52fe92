// The passes of CColumnPasses.h, in three versions (see lanes.h): portable (one column at a time), AVX2 (four) and
// AVX-512 (eight), chosen when the library loads.

// No fused multiply-adds: every version rounds each product and sum on its own, as the portable one (and the Swift
// code that forms the same values elsewhere) does, so the versions agree bit for bit column by column.
#pragma clang fp contract(off)

#include "CColumnPasses.h"

/// Swift's max(a, b).
#define MAX_SCALAR(a, b) ((b) >= (a) ? (b) : (a))

typedef double v1d __attribute__((vector_size(8)));
typedef long long v1l __attribute__((vector_size(8)));
typedef unsigned char v1b __attribute__((vector_size(1)));
#define LANES 1
#define V v1d
#define VM v1l
#define VB v1b
#define NAME(x) portable_##x
#include "lanes.h"

#if defined(__x86_64__) && defined(__clang__)
#define HAS_VECTOR_VERSIONS 1

typedef double v4d __attribute__((vector_size(32)));
typedef long long v4l __attribute__((vector_size(32)));
typedef unsigned char v4b __attribute__((vector_size(4)));
#pragma clang attribute push(__attribute__((target("avx2"))), apply_to = function)
#define LANES 4
#define V v4d
#define VM v4l
#define VB v4b
#define NAME(x) avx2_##x
#include "lanes.h"
#pragma clang attribute pop

typedef double v8d __attribute__((vector_size(64)));
typedef long long v8l __attribute__((vector_size(64)));
typedef unsigned char v8b __attribute__((vector_size(8)));
#pragma clang attribute push(__attribute__((target("avx2,avx512f,avx512vl,avx512dq,avx512bw"), \
                                           min_vector_width(512))), apply_to = function)
#define LANES 8
#define V v8d
#define VM v8l
#define VB v8b
#define NAME(x) avx512_##x
#include "lanes.h"
#pragma clang attribute pop
#endif

/// Columns at a time: 8, 4 or 1.
static int lanes = 1;

/// What the CPU allows.
static int available = 1;

__attribute__((constructor)) static void detectColumnLanes(void) {
#if HAS_VECTOR_VERSIONS
  __builtin_cpu_init();
  if (__builtin_cpu_supports("avx2")) available = 4;
  if (available == 4 && __builtin_cpu_supports("avx512f") && __builtin_cpu_supports("avx512vl")
      && __builtin_cpu_supports("avx512dq") && __builtin_cpu_supports("avx512bw")) {
    available = 8;
  }
#endif
  lanes = available;
}

int gp_column_lanes(void) { return lanes; }

int gp_set_column_lanes(int wanted) {
  int before = lanes;
  if ((wanted == 1 || wanted == 4 || wanted == 8) && wanted <= available) lanes = wanted;
  return before;
}

void gp_residual_pass(const gp_columns *v, long lo, long hi, int step, gp_column_tally *tally) {
#if HAS_VECTOR_VERSIONS
  if (lanes == 8) return avx512_residualPass(v, lo, hi, step, tally);
  if (lanes == 4) return avx2_residualPass(v, lo, hi, step, tally);
#endif
  portable_residualPass(v, lo, hi, step, tally);
}

void gp_direction_pass(const gp_columns *v, long lo, long hi, int terms, int storeDx, int storeBounds,
                       gp_direction_products *products) {
#if HAS_VECTOR_VERSIONS
  if (lanes == 8) return avx512_directionPass(v, lo, hi, terms, storeDx, storeBounds, products);
  if (lanes == 4) return avx2_directionPass(v, lo, hi, terms, storeDx, storeBounds, products);
#endif
  portable_directionPass(v, lo, hi, terms, storeDx, storeBounds, products);
}

void gp_right_hand_side_pass(const gp_columns *v, long lo, long hi, int terms) {
#if HAS_VECTOR_VERSIONS
  if (lanes == 8) return avx512_rightHandSidePass(v, lo, hi, terms);
  if (lanes == 4) return avx2_rightHandSidePass(v, lo, hi, terms);
#endif
  portable_rightHandSidePass(v, lo, hi, terms);
}
