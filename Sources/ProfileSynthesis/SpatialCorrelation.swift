import Foundation

/// Weather that is persistent in time and correlated in space: the latent Gaussian fields behind wind and clouds.
///
/// Each site carries a standard-normal latent z_i(t). Over space the innovations are correlated as
/// corr(i, j) = exp(-d_ij / L) (an exponential kernel of the great-circle distance d_ij, which is positive definite on
/// the sphere), drawn as `chol(C) n` with n independent normals. Over time each component is an AR(1) process
/// x(t+1) = phi x(t) + sqrt(1 - phi^2) chol(C) n(t), phi = exp(-1 / tau), whose autocorrelation exp(-lag / tau)
/// has correlation time tau hours; it starts in its stationary law, so every hour has the marginal N(0, C).
/// Several components (a slow synoptic one of a few days and a fast one of hours) add with weights w_k that sum to
/// one: z = sum_k sqrt(w_k) x_k keeps unit variance and spatial correlation C.
public enum SpatialCorrelation {
  /// The matrix exp(-d_ij / lengthKm) of the sites.
  public static func exponential(sites: [Site], lengthKm: Double) -> [[Double]] {
    sites.map { a in sites.map { b in a.id == b.id ? 1 : exp(-a.distanceKm(to: b) / lengthKm) } }
  }

  /// Lower Cholesky factor L with L L' = a (a symmetric positive definite; the sizes here are a dozen or two, so a
  /// plain O(n^3) loop is all it needs).
  public static func cholesky(_ a: [[Double]]) throws -> [[Double]] {
    let n = a.count
    var l = Array(repeating: Array(repeating: 0.0, count: n), count: n)
    for j in 0..<n {
      var d = a[j][j]
      for k in 0..<j { d -= l[j][k] * l[j][k] }
      guard d > 1e-12 else { throw ProfileSynthesisError.correlationNotPositiveDefinite(order: j + 1) }
      l[j][j] = d.squareRoot()
      for i in (j + 1)..<n {
        var s = a[i][j]
        for k in 0..<j { s -= l[i][k] * l[j][k] }
        l[i][j] = s / l[j][j]
      }
    }
    return l
  }
}

/// One AR(1) component of a latent weather field.
public struct PersistenceComponent: Sendable, Equatable {
  /// Correlation time in hours (lag at which the autocorrelation falls to 1/e).
  public var correlationHours: Double
  /// Share of the variance (the weights of a field's components sum to 1).
  public var weight: Double

  public init(correlationHours: Double, weight: Double) {
    self.correlationHours = correlationHours
    self.weight = weight
  }
}

enum LatentWeather {
  /// Standard-normal latent series, `[site][hour]`, with the spatial factor `factor` (lower Cholesky) and the
  /// persistence `components`. Draw order: per hour, per component, one normal per site.
  static func generate(
    hours: Int, factor: [[Double]], components: [PersistenceComponent],
    rng: inout Xoshiro256StarStar
  ) -> [[Double]] {
    let n = factor.count
    var result = Array(repeating: Array(repeating: 0.0, count: hours), count: n)
    let phi = components.map { exp(-1 / $0.correlationHours) }
    let innovationScale = phi.map { (1 - $0 * $0).squareRoot() }
    let mix = components.map { $0.weight.squareRoot() }
    var state = Array(repeating: Array(repeating: 0.0, count: n), count: components.count)
    var normals = Array(repeating: 0.0, count: n)
    for t in 0..<hours {
      for c in components.indices {
        for i in 0..<n { normals[i] = rng.nextGaussian() }
        for i in 0..<n {
          var correlated = 0.0
          for k in 0...i { correlated += factor[i][k] * normals[k] }
          state[c][i] = t == 0 ? correlated : phi[c] * state[c][i] + innovationScale[c] * correlated
        }
      }
      for i in 0..<n {
        var z = 0.0
        for c in components.indices { z += mix[c] * state[c][i] }
        result[i][t] = z
      }
    }
    return result
  }

  /// The latent with its slow anomalies removed: each site's series minus a centred moving average of its daily
  /// means over `windowDays` (wrapping the year), rescaled to unit variance.
  ///
  /// An AR(1) with a correlation time of days still wanders for weeks: one month can be a third calmer than the next
  /// by chance. The profile year is a typical year, so anomalies longer than about a month are taken out here and
  /// the months follow the seasonal shape; the multi-day persistence stays. The filter is linear and the same at
  /// every site, so the spatial correlation is unchanged.
  static func removingSlowAnomalies(_ latent: [[Double]], windowDays: Int) -> [[Double]] {
    latent.map { z in
      let days = z.count / 24
      guard days > 0, windowDays > 1 else { return z }
      let daily = (0..<days).map { d in z[(d * 24)..<(d * 24 + 24)].reduce(0, +) / 24 }
      let half = windowDays / 2
      let average = (0..<days).map { d in
        (-half...half).reduce(0.0) { $0 + daily[((d + $1) % days + days) % days] } / Double(2 * half + 1)
      }
      var filtered = z.indices.map { z[$0] - average[min($0 / 24, days - 1)] }
      let mean = filtered.reduce(0, +) / Double(filtered.count)
      let sd = (filtered.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(filtered.count)).squareRoot()
      for t in filtered.indices { filtered[t] = (filtered[t] - mean) / max(sd, 1e-12) }
      return filtered
    }
  }

  /// The standard normal distribution function, Phi(z) = erfc(-z / sqrt 2) / 2.
  static func normalCDF(_ z: Double) -> Double { 0.5 * erfc(-z / 2.0.squareRoot()) }
}
