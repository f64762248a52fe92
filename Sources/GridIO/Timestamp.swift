/// A local time (UTC+8, no daylight saving) as minutes since 1970-01-01T00:00, for hourly snapshot arithmetic.
///
/// Accepted spellings: `YYYY-MM-DDTHH:MM`, with a space instead of `T`, with `:SS` seconds (must be 0); written back
/// as `YYYY-MM-DDTHH:MM`.
struct Timestamp: Equatable, Comparable, Hashable {
  var minutes: Int

  static func < (a: Timestamp, b: Timestamp) -> Bool { a.minutes < b.minutes }

  init(minutes: Int) { self.minutes = minutes }

  init?(_ s: String) {
    var u = Array(s.utf8)
    self.init(bytes: &u, 0, u.count)
  }

  /// Parses bytes `u[start..<end]`.
  init?(bytes u: UnsafeRawBufferPointer, _ start: Int, _ end: Int) {
    let n = end - start
    guard n == 16 || n == 19 else { return nil }
    func digits(_ a: Int, _ count: Int) -> Int? {
      var v = 0
      for i in start + a..<start + a + count {
        let c = u[i]
        guard c >= 48 && c <= 57 else { return nil }
        v = v * 10 + Int(c - 48)
      }
      return v
    }
    guard u[start + 4] == 45, u[start + 7] == 45, u[start + 10] == 84 || u[start + 10] == 32,
      u[start + 13] == 58, let y = digits(0, 4), let m = digits(5, 2), let d = digits(8, 2), let h = digits(11, 2),
      let mi = digits(14, 2), m >= 1, m <= 12, d >= 1, d <= Timestamp.daysIn(month: m, year: y), h < 24, mi < 60
    else { return nil }
    if n == 19 { guard u[start + 16] == 58, digits(17, 2) == 0 else { return nil } }
    minutes = (Timestamp.days(year: y, month: m, day: d) * 24 + h) * 60 + mi
  }

  init?(bytes u: inout [UInt8], _ start: Int, _ end: Int) {
    guard let t = u.withUnsafeBytes({ Timestamp(bytes: $0, start, end) }) else { return nil }
    self = t
  }

  static func daysIn(month m: Int, year y: Int) -> Int {
    switch m {
    case 2: return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 ? 29 : 28
    case 4, 6, 9, 11: return 30
    default: return 31
    }
  }

  /// Days since 1970-01-01 of a civil date (proleptic Gregorian; H. Hinnant's algorithm).
  static func days(year: Int, month: Int, day: Int) -> Int {
    let y = month <= 2 ? year - 1 : year
    let era = (y >= 0 ? y : y - 399) / 400
    let yoe = y - era * 400
    let doy = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
    return era * 146097 + doe - 719468
  }

  /// The civil date of a day count since 1970-01-01.
  static func civil(days z0: Int) -> (year: Int, month: Int, day: Int) {
    let z = z0 + 719468
    let era = (z >= 0 ? z : z - 146096) / 146097
    let doe = z - era * 146097
    let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
    let mp = (5 * doy + 2) / 153
    let d = doy - (153 * mp + 2) / 5 + 1
    let m = mp < 10 ? mp + 3 : mp - 9
    return (yoe + era * 400 + (m <= 2 ? 1 : 0), m, d)
  }

  func adding(hours: Int) -> Timestamp { Timestamp(minutes: minutes + 60 * hours) }

  /// `YYYY-MM-DDTHH:MM`.
  var text: String {
    let dayCount = minutes >= 0 ? minutes / 1440 : (minutes - 1439) / 1440
    let (y, m, d) = Timestamp.civil(days: dayCount)
    let rest = minutes - dayCount * 1440
    func two(_ v: Int) -> String { v < 10 ? "0\(v)" : "\(v)" }
    let year = String(y)
    return String(repeating: "0", count: max(0, 4 - year.count)) + year + "-\(two(m))-\(two(d))T\(two(rest / 60)):"
      + two(rest % 60)
  }
}

/// Hour arithmetic on snapshot texts (`YYYY-MM-DDTHH:MM`), for the command line.
public enum SnapshotTime {
  /// The number of hourly snapshots from `first` to `last`, both included; nil if either is not a snapshot text,
  /// `last` is before `first`, or they are not a whole number of hours apart.
  public static func hours(from first: String, to last: String) -> Int? {
    guard let a = Timestamp(first), let b = Timestamp(last), b >= a, (b.minutes - a.minutes) % 60 == 0 else {
      return nil
    }
    return (b.minutes - a.minutes) / 60 + 1
  }
}
