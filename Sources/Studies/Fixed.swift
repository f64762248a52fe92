/// Fast fixed-point formatting of numbers for large CSV tables (Swift's shortest round-trip `description` is
/// several times slower and gives variable widths).
public enum Fixed {
  /// `value` with `decimals` digits after the point, "-0" normalised to "0", NaN as an empty field.
  public static func format(_ value: Double, decimals: Int) -> String {
    var out: [UInt8] = []
    append(value, decimals: decimals, to: &out)
    return String(decoding: out, as: UTF8.self)
  }

  /// Appends ``format(_:decimals:)`` of `value` as UTF-8 to `out`: a table of a million numbers is written into one
  /// buffer rather than through a String per number.
  public static func append(_ value: Double, decimals: Int, to out: inout [UInt8]) {
    if value.isNaN { return }
    if !value.isFinite {
      out.append(contentsOf: (value > 0 ? "inf" : "-inf").utf8)
      return
    }
    var scale = 1.0
    for _ in 0..<decimals { scale *= 10 }
    let scaled = (abs(value) * scale).rounded()
    if scaled >= 9e15 {
      out.append(contentsOf: "\(value)".utf8)
      return
    }
    var integer = UInt64(scaled)
    if integer == 0 {
      out.append(UInt8(ascii: "0"))
      return
    }
    // Trailing zeros of the fraction are not written (nor the point when no fraction digit is left).
    var fractionDigits = decimals
    while fractionDigits > 0 && integer % 10 == 0 {
      integer /= 10
      fractionDigits -= 1
    }
    var significant = 1
    var rest = integer / 10
    while rest > 0 {
      significant += 1
      rest /= 10
    }
    // At least one digit before the point: 0.005, not .005.
    let digits = max(significant, fractionDigits + 1)
    let sign = value < 0 ? 1 : 0
    let start = out.count
    out.append(contentsOf: repeatElement(UInt8(ascii: "0"), count: sign + digits + (fractionDigits > 0 ? 1 : 0)))
    out.withUnsafeMutableBufferPointer { text in
      if sign == 1 { text[start] = UInt8(ascii: "-") }
      var position = text.count
      for k in 0..<significant {
        if k == fractionDigits && k > 0 {
          position -= 1
          text[position] = UInt8(ascii: ".")
        }
        position -= 1
        text[position] = UInt8(ascii: "0") + UInt8(integer % 10)
        integer /= 10
      }
      if significant <= fractionDigits { text[text.count - fractionDigits - 1] = UInt8(ascii: ".") }
    }
  }
}
