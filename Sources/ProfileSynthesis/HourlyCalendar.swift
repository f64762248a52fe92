/// The hours of a synthetic profile year, in local time (UTC+8, no daylight saving).
///
/// GridPlan's profile year has 8760 hours starting `2024-01-01T00:00`. 2024 is a leap year (8784 hours); the
/// convention here keeps 29 February (so February's weather and the sun's position are those of a real 2024 day)
/// and drops 31 December, so the last snapshot is `2024-12-30T23:00`. Day numbers, months and the solar geometry
/// are those of the real 2024 dates; December's mean is over 30 days.
public struct HourlyCalendar: Sendable, Equatable {
  public let year: Int
  public let hours: Int

  /// Days per month of `year` (Gregorian leap rule).
  public let daysInMonth: [Int]

  public init(year: Int = 2024, hours: Int = 8760) {
    precondition(hours > 0 && hours % 24 == 0, "hours must be a positive multiple of 24")
    self.year = year
    self.hours = hours
    let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    daysInMonth = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
    precondition(hours / 24 <= daysInMonth.reduce(0, +), "at most one calendar year")
  }

  /// Number of whole days covered.
  public var days: Int { hours / 24 }

  /// Days in the year (365 or 366), for the solar geometry's angle of the year.
  public var daysInYear: Int { daysInMonth.reduce(0, +) }

  /// Month (0 = January) of each day index of the horizon.
  public var monthOfDay: [Int] {
    var result: [Int] = []
    result.reserveCapacity(days)
    for (m, n) in daysInMonth.enumerated() { result += Array(repeating: m, count: n) }
    return Array(result.prefix(days))
  }

  /// Number of days of each month inside the horizon (December has 30 in the default 8760-hour year).
  public var daysInHorizonPerMonth: [Int] {
    var counts = Array(repeating: 0, count: 12)
    for m in monthOfDay { counts[m] += 1 }
    return counts
  }

  /// Day index (0-based, 0 = 1 January) of the middle of each month, as a fractional day: the nodes of the smooth
  /// seasonal curves.
  public var monthMidpoints: [Double] {
    var start = 0
    return daysInMonth.map { n in
      defer { start += n }
      return Double(start) + Double(n) / 2
    }
  }

  /// ISO 8601 local timestamps, `2024-01-01T00:00` ..., one per hour.
  public var snapshots: [String] {
    var result: [String] = []
    result.reserveCapacity(hours)
    var hour = 0
    outer: for (m, n) in daysInMonth.enumerated() {
      for d in 1...n {
        for h in 0..<24 {
          if hour == hours { break outer }
          result.append("\(year)-\(Self.twoDigits(m + 1))-\(Self.twoDigits(d))T\(Self.twoDigits(h)):00")
          hour += 1
        }
      }
    }
    return result
  }

  private static func twoDigits(_ x: Int) -> String { x < 10 ? "0\(x)" : "\(x)" }
}
