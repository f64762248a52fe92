/// Fast fixed-point formatting of numbers for large CSV tables (Swift's shortest round-trip `description` is
/// several times slower and gives variable widths).
public enum Fixed {
  /// `value` with `decimals` digits after the point, "-0" normalised to "0", NaN as an empty field.
  public static func format(_ value: Double, decimals: Int) -> String {
    if value.isNaN { return "" }
    if !value.isFinite { return value > 0 ? "inf" : "-inf" }
    var scale = 1.0
    for _ in 0..<decimals { scale *= 10 }
    let scaled = (abs(value) * scale).rounded()
    if scaled >= 9e15 { return "\(value)" }
    var integer = UInt64(scaled)
    if integer == 0 { return "0" }
    var digits: [UInt8] = []
    digits.reserveCapacity(24)
    var written = 0
    while integer > 0 || written <= decimals {
      digits.append(UInt8(ascii: "0") + UInt8(integer % 10))
      integer /= 10
      written += 1
      if written == decimals && decimals > 0 { digits.append(UInt8(ascii: ".")) }
    }
    // Trim trailing zeros of the fraction (they are at the front of the reversed buffer).
    var start = 0
    if decimals > 0 {
      while start < digits.count && digits[start] == UInt8(ascii: "0") { start += 1 }
      if start < digits.count && digits[start] == UInt8(ascii: ".") { start += 1 }
    }
    var out = [UInt8]()
    out.reserveCapacity(digits.count - start + 1)
    if value < 0 { out.append(UInt8(ascii: "-")) }
    for i in stride(from: digits.count - 1, through: start, by: -1) { out.append(digits[i]) }
    return String(decoding: out, as: UTF8.self)
  }
}
