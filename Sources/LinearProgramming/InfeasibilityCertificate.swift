/// Where an infeasible LP's conflict lies, read from the dual iterates of a solve that ended `.primalInfeasible`.
///
/// Those iterates approach a Farkas ray: y with `A'y + z_l - z_u = 0`, `z_l, z_u ≥ 0` and `b'y + l'z_l - u'z_u > 0`,
/// a weighted sum of rows and bounds that no x can satisfy. The rows with the largest |y_i| and the bounds with the
/// largest multipliers (`z_l - z_u = -A'y`: a lower bound where it is positive, an upper bound where it is negative)
/// are the constraints that cannot hold together; a weight far below the largest is the ray's rounding, not part of
/// the conflict.
public struct InfeasibilityCertificate: Sendable {
  public enum Kind: String, Sendable {
    case row
    case lowerBound = "lower bound"
    case upperBound = "upper bound"
  }

  public struct Entry: Sendable, Equatable {
    /// The row's or column's name.
    public var name: String
    public var kind: Kind
    /// Weight relative to the largest of the certificate (0...1].
    public var weight: Double
  }

  /// The certificate's rows and bounds with at least `relative` times the largest weight, largest first.
  public let entries: [Entry]

  public init(_ lp: LinearProgram, rowDuals y: [Double], relative: Double = 1e-3) {
    precondition(y.count == lp.rowCount, "\(y.count) duals for \(lp.rowCount) rows")
    var bound = [Double](repeating: 0, count: lp.columnCount)
    for i in 0..<lp.rowCount where y[i] != 0 && y[i].isFinite {
      for (j, a) in lp.matrix.row(i) { bound[j] -= a * y[i] }
    }
    var all: [Entry] = []
    for i in 0..<lp.rowCount where y[i].isFinite && y[i] != 0 {
      all.append(Entry(name: lp.rowNames[i], kind: .row, weight: abs(y[i])))
    }
    for j in 0..<lp.columnCount where bound[j].isFinite && bound[j] != 0 {
      // Only a finite bound can carry a multiplier.
      if bound[j] > 0 && lp.columnLower[j].isFinite {
        all.append(Entry(name: lp.columnNames[j], kind: .lowerBound, weight: bound[j]))
      } else if bound[j] < 0 && lp.columnUpper[j].isFinite {
        all.append(Entry(name: lp.columnNames[j], kind: .upperBound, weight: -bound[j]))
      }
    }
    let largest = all.map(\.weight).max() ?? 0
    guard largest > 0 else {
      entries = []
      return
    }
    entries = all.filter { $0.weight >= relative * largest }
      .map { Entry(name: $0.name, kind: $0.kind, weight: $0.weight / largest) }
      .sorted { ($0.weight, $1.name) > ($1.weight, $0.name) }
  }
}
