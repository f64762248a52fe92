/// Dense products on column-major buffers, for callers that keep their own storage.
public enum DenseKernels {
  /// C (k x k, leading dimension k) := C - A'A for A of size n x k with leading dimension lda (both triangles of C):
  /// the Gram matrix of a few columns, by GridPlan's kernel (at the small sizes of a chain's blocks dgemm spends
  /// most of its time copying A into its panels).
  public static func subtractGram(n: Int, k: Int, _ a: UnsafePointer<Double>, leadingDimension lda: Int,
                                  into c: UnsafeMutablePointer<Double>) {
    if n == 0 || k == 0 { return }
    CLA.gramSubtract(n, k, a, lda, into: c)
  }

  /// y := y + alpha * A x for A of size n x k (leading dimension lda), or y := y + alpha * A' x when transposed.
  public static func multiplyAdd(
    transpose: Bool, rows n: Int, columns k: Int, alpha: Double, _ a: UnsafePointer<Double>, leadingDimension lda: Int,
    _ x: UnsafePointer<Double>, into y: UnsafeMutablePointer<Double>
  ) {
    if n == 0 || k == 0 { return }
    CLA.gemv(trans: transpose, n, k, alpha: alpha, a, lda, x, beta: 1, y)
  }
}
