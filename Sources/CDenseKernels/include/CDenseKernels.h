#ifndef GRIDPLAN_CDENSEKERNELS_H
#define GRIDPLAN_CDENSEKERNELS_H

/// Dense kernels for the small blocks (tens of rows) of GridPlan's stage-structured factorisation, where a call into
/// a general BLAS/LAPACK spends much of its time on set-up. Column-major, lower triangles, in place.

/// Cholesky factorisation A = L L' of the lower triangle of the n x n matrix a (leading dimension lda), in place, as
/// LAPACK's dpotrf('L'): returns 0, or j + 1 when the leading minor of order j + 1 is not positive definite (the
/// columns before j are then factored, the rest untouched).
int gp_cholesky_lower(int n, double *a, int lda);

/// gp_cholesky_lower that also asks the processor to load, for writing, the lower triangle of the nextOrder x
/// nextOrder matrix at next (leading dimension nextOrder: the block the caller fills next), a slice of its columns at
/// each panel (AVX-512 kernel; the others ask for it all at once first). A hint: no effect on results.
int gp_cholesky_lower_prefetching(int n, double *a, int lda, double *next, int nextOrder);

/// Solves L x = b (transpose = 0) or L' x = b (transpose != 0) in place for a lower triangle L of order n stored
/// packed by columns (column j holds rows j..n-1, as BLAS dtpsv reads it).
void gp_packed_lower_solve(int n, const double *l, double *x, int transpose);

/// gp_packed_lower_solve that also asks the processor for the count doubles from next (the block the caller reads
/// after this one), a slice at each panel of the solve: spread so, the requests stay within what the processor keeps
/// in flight (a hint: no effect on results).
void gp_packed_lower_solve_prefetching(int n, const double *l, double *x, int transpose, const double *next,
                                       long count);

/// The same for a lower triangle stored in full column-major (leading dimension ldl; the upper triangle is not read).
void gp_lower_solve(int n, const double *l, int ldl, double *x, int transpose);

/// The coupling update of a block-tridiagonal Cholesky step: X := X L^-T, then D := D - X X'. X is r x k column-major
/// (leading dimension r), L the k x k lower triangle at l (leading dimension ldl, diagonal nonzero), D the lower
/// triangle of the r x r matrix at d (leading dimension ldd; its strict upper triangle is not touched). Row i of X must
/// be zero before column first[i] (it stays so, and the zeros are skipped); first == NULL means dense rows. Forwards
/// (Ẽ_t = E_t L_{t-1}^-T, D_t -= Ẽ_t Ẽ_t') X is E_t; backwards (Y_t = L_t^-1 E_t, D_{t-1} -= Y_t' Y_t) X is E_t'.
void gp_coupling_update(int r, int k, double *x, const double *l, int ldl, double *d, int ldd, const int *first);

/// Asks the processor to start loading the count doubles from p into its caches (a hint; no effect on results). The
/// solves stream the factor block by block, half of them from the end of the storage backwards, which the hardware
/// prefetchers follow poorly: a solve hints the next block while it works on the current one.
void gp_prefetch(const double *p, long count);

/// The same for memory about to be written (the factorisation's next block, which its fill zeroes and fills).
void gp_prefetch_for_writing(double *p, long count);

/// Sets the lower triangle (diagonal included) of the n x n matrix a (leading dimension lda) to zero; the strict
/// upper triangle is not touched.
void gp_zero_lower(int n, double *a, int lda);

/// Copies the lower triangle (diagonal included) of the n x n matrix a into b (both leading dimension ld).
void gp_copy_lower(int n, const double *a, double *b, int ld);

/// C (k x k, leading dimension k, both triangles) -= A'A for A n x k with leading dimension lda: the Gram matrix of
/// a few long columns (the border's W'W block by block); AVX-512 where the CPU has it.
void gp_gram_subtract(int n, int k, const double *a, long lda, double *c);

/// Writes the lower triangle of the n x n matrix a (leading dimension lda) to out packed column after column. With
/// stream nonzero, packs it to the front of a first (a is overwritten) and copies it to out with non-temporal stores
/// on x86-64 (out is not read into the cache first); else out may be a itself (packing in place).
void gp_pack_lower(int n, double *a, int lda, double *out, int stream);

/// gp_prefetch_for_writing for the lower triangle of the n x n matrix a (leading dimension lda), column by column.
void gp_prefetch_lower_for_writing(int n, double *a, int lda);

/// Solves L X = B (transpose = 0) or L' X = B in place for k right-hand sides (column r at x + r * ldx) and the
/// lower triangle L of order n stored in full (leading dimension ldl): for a few columns, where dtrsm spends most of
/// its time copying panels. AVX-512: up to 16 columns at a time, their rows side by side in a small buffer.
void gp_lower_solve_many(int n, int k, const double *l, int ldl, double *x, long ldx, int transpose);

/// Y -= E X for a c x p matrix E (leading dimension lde) and k right-hand sides: X is p x k, Y c x k, their columns
/// ldx and ldy apart (a bordered chain's border columns, carried through a coupling block): for a few columns, where
/// dgemm spends most of its time copying panels.
void gp_multiply_subtract_few(int c, int k, int p, const double *e, int lde, const double *x, long ldx, double *y,
                              long ldy);

/// Which versions the kernels run on this CPU: 0 portable, 1 AVX2/FMA, 2 AVX2/FMA solves and an AVX-512 Cholesky.
int gp_dense_kernels_vectorised(void);

#endif
