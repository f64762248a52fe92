import CDenseKernels
import CLinearAlgebra

// One of the two files in LinearAlgebra that call C (the other, CHOLMOD.swift, holds the sparse Cholesky;
// LinearProgramming's one is ColumnPasses.swift). Every BLAS/LAPACK call goes through one of these thin functions; all
// matrices are column-major with an explicit leading dimension. LAPACK's `info` is turned into typed errors here.

typealias LInt = Int32

@inline(__always) func lapackInfo(_ info: Int32, routine: String) throws {
  if info < 0 { throw LinearAlgebraError.illegalArgument(routine: routine, index: Int(-info)) }
}

enum CLA {
  /// Cholesky factorisation of the lower triangle of an n x n matrix in place (dpotrf). Returns LAPACK info.
  static func potrf(_ n: Int, _ a: UnsafeMutablePointer<Double>, _ lda: Int) -> Int {
    Int(LAPACKE_dpotrf_work(LAPACK_COL_MAJOR, Int8(UInt8(ascii: "L")), LInt(n), a, LInt(lda)))
  }

  /// Cholesky factorisation of a small block (the stage blocks of ``BlockTridiagonalCholesky``, tens of rows) with
  /// GridPlan's own kernel, LAPACK's dpotrf above 128 rows. Returns LAPACK info.
  static func potrfSmall(_ n: Int, _ a: UnsafeMutablePointer<Double>, _ lda: Int) -> Int {
    n <= 128 ? Int(gp_cholesky_lower(Int32(n), a, Int32(lda))) : potrf(n, a, lda)
  }

  /// ``potrfSmall(_:_:_:)`` that asks on the way for the lower triangle of the next block to be filled (order
  /// `nextOrder`, leading dimension the same), a slice at each panel (a hint: no effect on results).
  static func potrfSmall(_ n: Int, _ a: UnsafeMutablePointer<Double>, _ lda: Int,
                         prefetching next: UnsafeMutablePointer<Double>, order nextOrder: Int) -> Int {
    if n <= 128 { return Int(gp_cholesky_lower_prefetching(Int32(n), a, Int32(lda), next, Int32(nextOrder))) }
    prefetchLowerForWriting(nextOrder, next, nextOrder)
    return potrf(n, a, lda)
  }

  /// Whether ``couplingUpdate(_:_:_:_:_:_:_:first:)`` runs GridPlan's AVX-512 kernel (faster than the BLAS pair
  /// dtrsm + dsyrk on the chain's small coupling blocks); else the BLAS pair is used.
  static let couplingKernel = gp_dense_kernels_vectorised() == 2

  /// X := X L^-T for an r x k matrix X (leading dimension r) and the k x k lower triangle L, then D := D - X X' on
  /// the lower triangle of the r x r matrix D; row i of X is zero before column first[i] (nil: dense rows).
  static func couplingUpdate(_ r: Int, _ k: Int, _ x: UnsafeMutablePointer<Double>, _ l: UnsafePointer<Double>,
                             _ ldl: Int, _ d: UnsafeMutablePointer<Double>, _ ldd: Int,
                             first: UnsafePointer<Int32>?) {
    gp_coupling_update(Int32(r), Int32(k), x, l, Int32(ldl), d, Int32(ldd), first)
  }

  /// Solves L L' X = B for nrhs right-hand sides (dpotrs).
  static func potrs(_ n: Int, _ nrhs: Int, _ a: UnsafePointer<Double>, _ lda: Int,
                    _ b: UnsafeMutablePointer<Double>, _ ldb: Int) -> Int {
    Int(LAPACKE_dpotrs_work(LAPACK_COL_MAJOR, Int8(UInt8(ascii: "L")), LInt(n), LInt(nrhs), a, LInt(lda), b, LInt(ldb)))
  }

  /// Banded Cholesky, lower storage with kd sub-diagonals (dpbtrf).
  static func pbtrf(_ n: Int, _ kd: Int, _ ab: UnsafeMutablePointer<Double>, _ ldab: Int) -> Int {
    Int(LAPACKE_dpbtrf_work(LAPACK_COL_MAJOR, Int8(UInt8(ascii: "L")), LInt(n), LInt(kd), ab, LInt(ldab)))
  }

  static func pbtrs(_ n: Int, _ kd: Int, _ nrhs: Int, _ ab: UnsafePointer<Double>, _ ldab: Int,
                    _ b: UnsafeMutablePointer<Double>, _ ldb: Int) -> Int {
    Int(LAPACKE_dpbtrs_work(LAPACK_COL_MAJOR, Int8(UInt8(ascii: "L")), LInt(n), LInt(kd), LInt(nrhs), ab, LInt(ldab),
                            b, LInt(ldb)))
  }

  /// LU factorisation with partial pivoting (dgetrf).
  static func getrf(_ m: Int, _ n: Int, _ a: UnsafeMutablePointer<Double>, _ lda: Int,
                    _ ipiv: UnsafeMutablePointer<LInt>) -> Int {
    Int(LAPACKE_dgetrf_work(LAPACK_COL_MAJOR, LInt(m), LInt(n), a, LInt(lda), ipiv))
  }

  static func getrs(_ n: Int, _ nrhs: Int, transpose: Bool, _ a: UnsafePointer<Double>, _ lda: Int,
                    _ ipiv: UnsafePointer<LInt>, _ b: UnsafeMutablePointer<Double>, _ ldb: Int) -> Int {
    Int(LAPACKE_dgetrs_work(LAPACK_COL_MAJOR, Int8(UInt8(ascii: transpose ? "T" : "N")), LInt(n), LInt(nrhs), a,
                            LInt(lda), ipiv, b, LInt(ldb)))
  }

  /// B := B * L^{-T} for an m x n matrix B and n x n lower triangular L (dtrsm, right side).
  static func trsmRightLowerTranspose(_ m: Int, _ n: Int, _ l: UnsafePointer<Double>, _ ldl: Int,
                                      _ b: UnsafeMutablePointer<Double>, _ ldb: Int) {
    cblas_dtrsm(CblasColMajor, CblasRight, CblasLower, CblasTrans, CblasNonUnit, LInt(m), LInt(n), 1.0, l, LInt(ldl),
                b, LInt(ldb))
  }

  /// B := L^{-1} B (transpose false) or L^{-T} B (transpose true) for n x nrhs B (dtrsm, left side).
  static func trsmLeftLower(_ n: Int, _ nrhs: Int, transpose: Bool, _ l: UnsafePointer<Double>, _ ldl: Int,
                            _ b: UnsafeMutablePointer<Double>, _ ldb: Int) {
    cblas_dtrsm(CblasColMajor, CblasLeft, CblasLower, transpose ? CblasTrans : CblasNoTrans, CblasNonUnit, LInt(n),
                LInt(nrhs), 1.0, l, LInt(ldl), b, LInt(ldb))
  }

  /// x := L^{-1} x or L^{-T} x (dtrsv).
  static func trsvLower(_ n: Int, transpose: Bool, _ l: UnsafePointer<Double>, _ ldl: Int,
                        _ x: UnsafeMutablePointer<Double>) {
    cblas_dtrsv(CblasColMajor, CblasLower, transpose ? CblasTrans : CblasNoTrans, CblasNonUnit, LInt(n), l, LInt(ldl),
                x, 1)
  }

  /// x := L^{-1} x or L^{-T} x for L lower triangular in packed column-major storage (dtpsv).
  static func tpsvLower(_ n: Int, transpose: Bool, _ l: UnsafePointer<Double>, _ x: UnsafeMutablePointer<Double>) {
    cblas_dtpsv(CblasColMajor, CblasLower, transpose ? CblasTrans : CblasNoTrans, CblasNonUnit, LInt(n), l, x, 1)
  }

  /// The same as ``tpsvLower(_:transpose:_:_:)`` with GridPlan's own kernel, for the small blocks of
  /// ``BlockTridiagonalCholesky`` (no call per column; about 0.7 times dtpsv's time on order 56).
  static func tpsvLowerSmall(_ n: Int, transpose: Bool, _ l: UnsafePointer<Double>, _ x: UnsafeMutablePointer<Double>) {
    gp_packed_lower_solve(Int32(n), l, x, transpose ? 1 : 0)
  }

  /// ``tpsvLowerSmall(_:transpose:_:_:)`` that asks for `count` doubles from `next` on the way, a slice at each
  /// panel (a hint: no effect on results).
  static func tpsvLowerSmall(_ n: Int, transpose: Bool, _ l: UnsafePointer<Double>, _ x: UnsafeMutablePointer<Double>,
                             prefetching next: UnsafePointer<Double>, count: Int) {
    gp_packed_lower_solve_prefetching(Int32(n), l, x, transpose ? 1 : 0, next, count)
  }

  /// Hints the processor to load `count` doubles from `p` into its caches (no effect on results).
  static func prefetch(_ p: UnsafePointer<Double>, count: Int) {
    gp_prefetch(p, count)
  }

  /// The same for memory about to be written.
  static func prefetchForWriting(_ p: UnsafeMutablePointer<Double>, count: Int) {
    gp_prefetch_for_writing(p, count)
  }

  /// The same for the lower triangle of an n x n matrix (leading dimension lda).
  static func prefetchLowerForWriting(_ n: Int, _ a: UnsafeMutablePointer<Double>, _ lda: Int) {
    gp_prefetch_lower_for_writing(Int32(n), a, Int32(lda))
  }

  /// Zeroes the lower triangle (diagonal included) of an n x n matrix; the strict upper triangle is not touched.
  static func zeroLower(_ n: Int, _ a: UnsafeMutablePointer<Double>, _ lda: Int) {
    gp_zero_lower(Int32(n), a, Int32(lda))
  }

  /// C (k x k) -= A'A for A n x k with leading dimension lda, both triangles of C (GridPlan's kernel).
  static func gramSubtract(_ n: Int, _ k: Int, _ a: UnsafePointer<Double>, _ lda: Int,
                           into c: UnsafeMutablePointer<Double>) {
    gp_gram_subtract(Int32(n), Int32(k), a, lda, c)
  }

  /// Packs the lower triangle of an n x n matrix (leading dimension lda) column after column into `out`: in place
  /// (`out` == `a`), or with `streaming` through the front of `a` (overwritten) and non-temporal stores.
  static func packLower(_ n: Int, _ a: UnsafeMutablePointer<Double>, _ lda: Int, into out: UnsafeMutablePointer<Double>,
                        streaming: Bool) {
    gp_pack_lower(Int32(n), a, Int32(lda), out, streaming ? 1 : 0)
  }

  /// Copies the lower triangle (diagonal included) of an n x n matrix into b (the same leading dimension).
  static func copyLower(_ n: Int, _ a: UnsafePointer<Double>, into b: UnsafeMutablePointer<Double>, _ ld: Int) {
    gp_copy_lower(Int32(n), a, b, Int32(ld))
  }

  /// The same as ``trsvLower(_:transpose:_:_:_:)`` with GridPlan's own kernel, for the small blocks of
  /// ``BlockTridiagonalCholesky``.
  static func trsvLowerSmall(_ n: Int, transpose: Bool, _ l: UnsafePointer<Double>, _ ldl: Int,
                             _ x: UnsafeMutablePointer<Double>) {
    gp_lower_solve(Int32(n), l, Int32(ldl), x, transpose ? 1 : 0)
  }

  /// X := L^{-1} X or L^{-T} X for a few right-hand sides (columns ldx apart) and a lower triangle stored in full
  /// (GridPlan's kernel; see CDenseKernels.h).
  static func trsmLowerSmall(_ n: Int, _ k: Int, transpose: Bool, _ l: UnsafePointer<Double>, _ ldl: Int,
                             _ x: UnsafeMutablePointer<Double>, _ ldx: Int) {
    gp_lower_solve_many(Int32(n), Int32(k), l, Int32(ldl), x, ldx, transpose ? 1 : 0)
  }

  /// Up to this many right-hand sides, ``trsmLowerFew(_:_:transpose:_:_:_:_:)`` and
  /// ``multiplySubtractFew(_:_:_:_:_:_:_:_:_:)`` run GridPlan's AVX-512 kernels where the CPU has them: at these sizes
  /// (a bordered chain's border columns) dtrsm and dgemm spend most of their time copying panels.
  static let fewColumns = 64

  /// X := L^{-1} X or L^{-T} X for a lower triangle stored in full: GridPlan's kernel for a few right-hand sides
  /// where the CPU has AVX-512, else dtrsm.
  static func trsmLowerFew(_ n: Int, _ k: Int, transpose: Bool, _ l: UnsafePointer<Double>, _ ldl: Int,
                           _ x: UnsafeMutablePointer<Double>, _ ldx: Int) {
    if k <= fewColumns && couplingKernel {
      trsmLowerSmall(n, k, transpose: transpose, l, ldl, x, ldx)
    } else {
      trsmLeftLower(n, k, transpose: transpose, l, ldl, x, ldx)
    }
  }

  /// Y := Y - E X for a c x p matrix E and k right-hand sides: GridPlan's kernel for a few of them where the CPU has
  /// AVX-512, else dgemm.
  static func multiplySubtractFew(_ c: Int, _ k: Int, _ p: Int, _ e: UnsafePointer<Double>, _ lde: Int,
                                  _ x: UnsafePointer<Double>, _ ldx: Int, _ y: UnsafeMutablePointer<Double>,
                                  _ ldy: Int) {
    if k <= fewColumns && couplingKernel {
      multiplySubtractSmall(c, k, p, e, lde, x, ldx, y, ldy)
    } else {
      gemm(transA: false, transB: false, c, k, p, alpha: -1, e, lde, x, ldx, beta: 1, y, ldy)
    }
  }

  /// Y := Y - E X for a c x p matrix E and a few right-hand sides (GridPlan's kernel; see CDenseKernels.h).
  static func multiplySubtractSmall(_ c: Int, _ k: Int, _ p: Int, _ e: UnsafePointer<Double>, _ lde: Int,
                                    _ x: UnsafePointer<Double>, _ ldx: Int, _ y: UnsafeMutablePointer<Double>,
                                    _ ldy: Int) {
    gp_multiply_subtract_few(Int32(c), Int32(k), Int32(p), e, Int32(lde), x, ldx, y, ldy)
  }

  /// C := C + alpha * A A' on the lower triangle, C n x n, A n x k (dsyrk).
  static func syrkLower(_ n: Int, _ k: Int, alpha: Double, _ a: UnsafePointer<Double>, _ lda: Int, beta: Double,
                        _ c: UnsafeMutablePointer<Double>, _ ldc: Int) {
    cblas_dsyrk(CblasColMajor, CblasLower, CblasNoTrans, LInt(n), LInt(k), alpha, a, LInt(lda), beta, c, LInt(ldc))
  }

  /// C := C + alpha * A' A on the lower triangle, C n x n, A k x n (dsyrk, transposed).
  static func syrkLowerTranspose(_ n: Int, _ k: Int, alpha: Double, _ a: UnsafePointer<Double>, _ lda: Int,
                                 beta: Double, _ c: UnsafeMutablePointer<Double>, _ ldc: Int) {
    cblas_dsyrk(CblasColMajor, CblasLower, CblasTrans, LInt(n), LInt(k), alpha, a, LInt(lda), beta, c, LInt(ldc))
  }

  /// C := alpha op(A) op(B) + beta C (dgemm).
  static func gemm(transA: Bool, transB: Bool, _ m: Int, _ n: Int, _ k: Int, alpha: Double,
                   _ a: UnsafePointer<Double>, _ lda: Int, _ b: UnsafePointer<Double>, _ ldb: Int, beta: Double,
                   _ c: UnsafeMutablePointer<Double>, _ ldc: Int) {
    cblas_dgemm(CblasColMajor, transA ? CblasTrans : CblasNoTrans, transB ? CblasTrans : CblasNoTrans, LInt(m),
                LInt(n), LInt(k), alpha, a, LInt(lda), b, LInt(ldb), beta, c, LInt(ldc))
  }

  /// y := alpha op(A) x + beta y (dgemv).
  static func gemv(trans: Bool, _ m: Int, _ n: Int, alpha: Double, _ a: UnsafePointer<Double>, _ lda: Int,
                   _ x: UnsafePointer<Double>, beta: Double, _ y: UnsafeMutablePointer<Double>) {
    cblas_dgemv(CblasColMajor, trans ? CblasTrans : CblasNoTrans, LInt(m), LInt(n), alpha, a, LInt(lda), x, 1, beta,
                y, 1)
  }

  static func setThreads(_ n: Int) { openblas_set_num_threads(Int32(n)) }
  static func threads() -> Int { Int(openblas_get_num_threads()) }
}

/// Process-wide BLAS settings. OpenBLAS threads are global to the process: choose one mode per process.
public enum BLAS {
  /// Sets the number of OpenBLAS threads for the whole process.
  public static func setThreadCount(_ n: Int) { CLA.setThreads(max(1, n)) }
  /// The current number of OpenBLAS threads.
  public static var threadCount: Int { CLA.threads() }
}
