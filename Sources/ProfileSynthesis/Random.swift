import Foundation

/// Deterministic pseudo-random numbers for profile synthesis: the same seed gives the same profiles on every machine.
///
/// Foundation's random sources are neither seedable nor stable across platforms, so the module carries its own:
/// SplitMix64 (Steele, Lea and Flood 2014) expands a 64-bit seed into generator state, xoshiro256** (Blackman and
/// Vigna 2018) draws the numbers, and the Box-Muller transform turns pairs of uniforms into standard normals.

/// SplitMix64: a 64-bit counter passed through a bijective mixer. Used to seed ``Xoshiro256StarStar``.
public struct SplitMix64: Sendable {
  public private(set) var state: UInt64

  public init(seed: UInt64) { state = seed }

  public mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}

/// xoshiro256**: 256 bits of state, period 2^256 - 1, passes BigCrush. One generator per independent stream.
public struct Xoshiro256StarStar: Sendable {
  private var s0, s1, s2, s3: UInt64
  /// The second normal of the last Box-Muller pair, returned by the next call to ``nextGaussian()``.
  private var spareGaussian: Double?

  /// A generator for `stream` of `seed`: distinct streams of one seed are statistically independent (their states
  /// come from SplitMix64 on `seed` mixed with the stream number), so adding a stream never changes the others.
  public init(seed: UInt64, stream: UInt64 = 0) {
    var mixer = SplitMix64(seed: seed ^ (stream &* 0xD1B5_4A32_D192_ED03))
    s0 = mixer.next()
    s1 = mixer.next()
    s2 = mixer.next()
    s3 = mixer.next()
    if s0 | s1 | s2 | s3 == 0 { s0 = 1 }  // the all-zero state is the one fixed point
  }

  @inline(__always) private static func rotl(_ x: UInt64, _ k: UInt64) -> UInt64 { (x << k) | (x >> (64 - k)) }

  public mutating func next() -> UInt64 {
    let result = Self.rotl(s1 &* 5, 7) &* 9
    let t = s1 << 17
    s2 ^= s0
    s3 ^= s1
    s1 ^= s2
    s0 ^= s3
    s2 ^= t
    s3 = Self.rotl(s3, 45)
    return result
  }

  /// Uniform in the open interval (0, 1): the top 53 bits, offset by half a step so neither end occurs
  /// (Box-Muller takes the logarithm).
  public mutating func nextUniform() -> Double {
    (Double(next() >> 11) + 0.5) * 0x1.0p-53
  }

  /// Standard normal by Box-Muller: r = sqrt(-2 ln u1), theta = 2 pi u2 gives r cos theta and r sin theta, two
  /// independent N(0, 1) values; the second is kept for the next call.
  public mutating func nextGaussian() -> Double {
    if let z = spareGaussian {
      spareGaussian = nil
      return z
    }
    let r = (-2 * log(nextUniform())).squareRoot()
    let theta = 2 * Double.pi * nextUniform()
    spareGaussian = r * sin(theta)
    return r * cos(theta)
  }
}
