/// One profile file: a kind (wind, solar, load, hydro), one column per site, one value per hour.
public struct ProfileTable: Sendable, Equatable {
  /// File stem: `wind` is written as `wind.csv`.
  public var kind: String
  /// Column names (site ids), in order.
  public var columns: [String]
  /// Values `[column][hour]`, already rounded to the 4 decimals that the CSV carries, so that what a test or the
  /// calibration summary measures is what the file holds.
  public var values: [[Double]]
  /// The annual mean each column was calibrated to.
  public var targets: [Double]

  public init(kind: String, columns: [String], values: [[Double]], targets: [Double]) {
    precondition(columns.count == values.count && columns.count == targets.count, "one series and target per column")
    self.kind = kind
    self.columns = columns
    self.values = values
    self.targets = targets
  }

  /// The series of a column, nil if there is no such column.
  public func series(_ column: String) -> [Double]? {
    columns.firstIndex(of: column).map { values[$0] }
  }

  /// Mean of each column.
  public var means: [Double] { values.map { $0.reduce(0, +) / Double(max(1, $0.count)) } }

  /// The CSV text: header `snapshot,<columns>`, then one line per hour with values to 4 decimals.
  public func csv(snapshots: [String]) -> String {
    var out = "snapshot," + columns.joined(separator: ",") + "\n"
    out.reserveCapacity(snapshots.count * (17 + 8 * columns.count))
    for (t, stamp) in snapshots.enumerated() {
      out += stamp
      for c in values.indices {
        out += ","
        out += Self.fourDecimals(values[c][t])
      }
      out += "\n"
    }
    return out
  }

  /// Rounds half away from zero to 4 decimals.
  public static func rounded(_ x: Double) -> Double { (x * 10_000).rounded() / 10_000 }

  /// Fixed 4-decimal text without Foundation's formatter (a year of profiles is half a million numbers).
  static func fourDecimals(_ x: Double) -> String {
    let units = Int((abs(x) * 10_000).rounded())
    let fraction = String(units % 10_000)
    let sign = x < 0 && units != 0 ? "-" : ""
    return sign + String(units / 10_000) + "." + String(repeating: "0", count: 4 - fraction.count) + fraction
  }
}

/// All profiles of one synthesis run.
public struct ProfileSet: Sendable, Equatable {
  public var seed: UInt64
  public var snapshots: [String]
  public var wind: ProfileTable
  public var solar: ProfileTable
  public var load: ProfileTable
  public var hydro: ProfileTable

  /// In file order: wind, solar, load, hydro.
  public var tables: [ProfileTable] { [wind, solar, load, hydro] }
}
