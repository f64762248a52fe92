/// Cholesky factorisation of a symmetric positive definite band matrix with `bandwidth` sub-diagonals
/// (LAPACK dpbtrf / dpbtrs, lower band storage).
///
/// Band storage: element (i, j) with j <= i <= j + bandwidth sits at `band[(i - j) + j * (bandwidth + 1)]`.
public struct BandedCholesky: Sendable {
  public let order: Int
  public let bandwidth: Int
  var band: [Double]

  /// Factors the band matrix given in lower band storage (see the type's documentation).
  public init(order: Int, bandwidth: Int, lowerBand: [Double]) throws {
    guard lowerBand.count == order * (bandwidth + 1) else {
      throw LinearAlgebraError.dimensionMismatch("band storage needs \(order * (bandwidth + 1)) entries")
    }
    self.order = order
    self.bandwidth = bandwidth
    self.band = lowerBand
    if order == 0 { return }
    let ld = bandwidth + 1
    let info = band.withUnsafeMutableBufferPointer { CLA.pbtrf(order, bandwidth, $0.baseAddress!, ld) }
    try lapackInfo(Int32(info), routine: "dpbtrf")
    if info > 0 { throw LinearAlgebraError.notPositiveDefinite(order: info) }
  }

  /// Factors a dense symmetric matrix, keeping only the band (entries outside it must be zero).
  public init(_ a: Matrix, bandwidth: Int) throws {
    var band = [Double](repeating: 0, count: a.rows * (bandwidth + 1))
    for j in 0..<a.rows {
      for i in j..<min(a.rows, j + bandwidth + 1) { band[(i - j) + j * (bandwidth + 1)] = a[i, j] }
    }
    try self.init(order: a.rows, bandwidth: bandwidth, lowerBand: band)
  }

  public func solve(_ b: [Double]) throws -> [Double] {
    guard b.count == order else { throw LinearAlgebraError.dimensionMismatch("rhs has \(b.count) rows, not \(order)") }
    var x = b
    if order == 0 { return x }
    let (n, kd) = (order, bandwidth)
    let info = band.withUnsafeBufferPointer { ab in
      x.withUnsafeMutableBufferPointer { CLA.pbtrs(n, kd, 1, ab.baseAddress!, kd + 1, $0.baseAddress!, n) }
    }
    try lapackInfo(Int32(info), routine: "dpbtrs")
    return x
  }
}
